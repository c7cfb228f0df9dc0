/**
 * Titles an action starts with when created from its source, so that the list says at once
 * what it answers: a missed indicator period, in the grid's own words and figures, or the
 * question asked in a meeting. The referent may rewrite them before saving.
 */
import { formatIndicatorValue, formatTarget, periodLongLabel, type IndicatorUnit, type Periodicity } from "@/lib/indicators/domain";

export interface MissedPeriod {
  label: string;
  unit: IndicatorUnit;
  precision: number;
  periodicity: Periodicity;
  period: number;
  year: number;
  /** "" for the whole prefecture, otherwise "services", "standard"… */
  scope: string;
  value: number | null;
  target: { value: number; direction: "AT_LEAST" | "AT_MOST" } | null;
}

/** "Taux d'appels décrochés — mars 2022 : 85,0 % pour un objectif ≥ 90 %" */
export function indicatorActionTitle(p: MissedPeriod): string {
  const scope = p.scope ? ` (${p.scope})` : "";
  const head = `${p.label}${scope} — ${periodLongLabel(p.periodicity, p.period, p.year)}`;
  if (p.value === null) return head;
  const value = formatIndicatorValue(p.value, p.unit, p.precision);
  return p.target ? `${head} : ${value} pour un objectif ${formatTarget(p.target, p.unit, p.precision)}` : `${head} : ${value}`;
}

const TITLE_MAX = 140;

/** The question's first sentence, cut on a word with "…" when longer than a title should be. */
export function interventionActionTitle(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const sentence = /^(.+?[.?!])(\s|$)/.exec(flat)?.[1] ?? flat;
  if (sentence.length <= TITLE_MAX) return sentence;
  const cut = sentence.slice(0, TITLE_MAX - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > 40 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, "")}…`;
}
