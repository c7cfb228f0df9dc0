/**
 * Results of a survey question (domain.md §9, §5 "Satisfaction rates"). Published results come
 * as counts, as percentages, or both; a percentage is derived from a count and the number of
 * respondents, never the reverse (a count rebuilt from a rounded percentage would be a figure
 * nobody published).
 */
import type { QuestionKind } from "@/lib/surveys/vocabulary";
import type { OptionResult, SatisfactionRate, StoredOption } from "./types";

/** Rates are kept at the database's precision (Decimal(7,4)) so 54,9 + 40,2 is 95,1, not 95,100000000000001. */
export function roundRate(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}

/** count ÷ respondents as a percentage, or null when there is no respondent to divide by. */
export function percentOf(count: number, respondents: number): number | null {
  if (!(respondents > 0)) return null;
  return roundRate((count / respondents) * 100);
}

/** The options as shown: published percentages kept, missing ones computed from counts. */
export function optionResults(options: readonly StoredOption[], respondents: number): OptionResult[] {
  return options.map((o) => {
    if (o.percent !== null) return { label: o.label, count: o.count, percent: o.percent, percentComputed: false };
    const computed = o.count === null ? null : percentOf(o.count, respondents);
    return { label: o.label, count: o.count, percent: computed, percentComputed: computed !== null };
  });
}

/**
 * The satisfaction rate of a scale question: the share of its positive half. Scale options are
 * ordered from the most to the least satisfied ("très satisfait, satisfait, peu satisfait, pas
 * du tout satisfait"), so the positive half is the first ⌊n/2⌋ levels — satisfied + very
 * satisfied on the four-level scale. Null for another kind of question, for a scale of fewer
 * than two levels, or when a positive level has no figure (a rate from half the data would
 * mislead).
 */
export function satisfactionRate(kind: QuestionKind, options: readonly Pick<OptionResult, "percent">[]): SatisfactionRate | null {
  if (kind !== "SCALE" || options.length < 2) return null;
  const positive = options.slice(0, Math.floor(options.length / 2));
  const percents = positive.map((o) => o.percent);
  if (percents.some((p) => p === null)) return null;
  const values = percents as number[];
  return { rate: roundRate(values.reduce((a, b) => a + b, 0)), topRate: roundRate(values[0] ?? 0) };
}

/** respondents ÷ recipients (a member questionnaire: "13 réponses sur 25 membres (52 %)"). */
export function responseRate(respondents: number, recipients: number | null): number | null {
  return recipients === null ? null : percentOf(respondents, recipients);
}

/**
 * The share of respondents a single-answer question's published figures leave out (those who
 * did not answer that theme): 100 − the sum of its percentages, when that gap exceeds rounding
 * (more than 1 point). Null for a choice question (several answers possible), when a figure is
 * missing, or when the figures cover everyone.
 */
export function unansweredShare(kind: QuestionKind, options: readonly Pick<OptionResult, "percent">[]): number | null {
  if (kind !== "SCALE" || options.length === 0 || options.some((o) => o.percent === null)) return null;
  const gap = roundRate(100 - options.reduce((a, o) => a + (o.percent ?? 0), 0));
  return gap > 1 ? gap : null;
}
