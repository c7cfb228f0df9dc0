/**
 * The share of SP+ engagements met, per structure and overall (000: "Les 4 structures
 * atteignent au final 64 % des engagements"). A share counts the engagements assessed "met"
 * among those assessed: a partly met one is not met, and an engagement not yet assessed is
 * left out (the completeness is reported beside it) rather than counted as failed.
 */
import type { AssessmentLevel } from "@/lib/quality/vocabulary";

export interface AssessmentCell {
  structureId: string;
  engagementId: string;
  level: AssessmentLevel | null;
}

export interface ShareCounts {
  met: number;
  partlyMet: number;
  notMet: number;
  /** cells with a level */
  assessed: number;
  /** engagements × structures expected */
  expected: number;
  /** met / assessed, as a percentage (0–100); null when nothing is assessed */
  share: number | null;
}

export interface EngagementShares {
  byStructure: ({ structureId: string } & ShareCounts)[];
  overall: ShareCounts;
}

function count(cells: readonly AssessmentCell[], expected: number): ShareCounts {
  const met = cells.filter((c) => c.level === "MET").length;
  const partlyMet = cells.filter((c) => c.level === "PARTLY_MET").length;
  const notMet = cells.filter((c) => c.level === "NOT_MET").length;
  const assessed = met + partlyMet + notMet;
  return { met, partlyMet, notMet, assessed, expected, share: assessed ? (met / assessed) * 100 : null };
}

/** Only cells of the given structures and engagements count (an engagement of another version does not). */
export function engagementShares(
  structureIds: readonly string[],
  engagementIds: readonly string[],
  cells: readonly AssessmentCell[],
): EngagementShares {
  const engagements = new Set(engagementIds);
  const structures = new Set(structureIds);
  const relevant = cells.filter((c) => engagements.has(c.engagementId) && structures.has(c.structureId));
  const byStructure = structureIds.map((structureId) => ({
    structureId,
    ...count(relevant.filter((c) => c.structureId === structureId), engagements.size),
  }));
  // Structures that assessed nothing are not part of the overall share.
  const participating = byStructure.filter((s) => s.assessed > 0).length;
  return { byStructure, overall: count(relevant, engagements.size * participating) };
}

/** Change in percentage points from the previous year; null when either year has no share. */
export function shareChange(current: number | null, previous: number | null | undefined): number | null {
  return current === null || previous === null || previous === undefined ? null : current - previous;
}
