/**
 * A self-assessment level ↔ the row's `met` and `score` columns. The schema has no enum for
 * the three levels, so "partly met" is met = false with score 0.5: `met` alone keeps meaning
 * "counts as met" for any other reader of the table, and no migration was needed.
 */
import type { AssessmentLevel } from "@/lib/quality/vocabulary";

export const PARTLY_MET_SCORE = 0.5;

export function levelToColumns(level: AssessmentLevel): { met: boolean; score: number } {
  switch (level) {
    case "MET":
      return { met: true, score: 1 };
    case "PARTLY_MET":
      return { met: false, score: PARTLY_MET_SCORE };
    case "NOT_MET":
      return { met: false, score: 0 };
  }
}

/** null: a row without a level (a comment typed before the level is chosen). */
export function columnsToLevel(row: { met: boolean | null; score: number | null }): AssessmentLevel | null {
  if (row.met === null) return null;
  if (row.met) return "MET";
  return row.score !== null && row.score > 0 ? "PARTLY_MET" : "NOT_MET";
}
