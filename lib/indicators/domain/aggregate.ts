/**
 * Aggregation of the periods of one series (one prefecture × scope × indicator) into a
 * quarter, a semester or a year. The rule is a property of the indicator definition, never of
 * the chart, so a yearly figure is the same on the dashboard, in the bilan and in open data.
 *
 * Rules:
 * - POOLED_RATIO: components are summed over the periods, then the formula is applied once
 *   (2021 pickup rate = Σ(received − lost) ÷ Σ received = 81,49 %, not the mean of twelve
 *   percentages). For a monthly rate over a stock denominator (web visits ÷ population) this
 *   gives the mean monthly rate, which is how prefectures publish the yearly figure.
 *   A WEIGHTED_MEAN formula is pooled as Σ value·weight ÷ Σ weight.
 * - WEIGHTED_MEAN: Σ value·weight ÷ Σ weight (monthly mean delays weighted by the number of
 *   decisions). If the definition has no VALUE/WEIGHT components it behaves like MEAN.
 * - MEAN: plain mean of the period values, each weighted by its span (a semester counts as
 *   two quarters) — the published 2021 CNI delay 13,5 is the mean of four quarters.
 * - SUM: sum of the period values (counts).
 * - LAST: value of the latest period (stocks such as followers).
 *
 * Directly entered values (a published rate without components):
 * - A period's value is computed from its components when they are complete; otherwise its
 *   published (directly entered) value is used; a period with neither is skipped.
 * - POOLED_RATIO and WEIGHTED_MEAN need the components of every period they use. When at least
 *   one used period only has a direct value, the exact pooled figure cannot be formed: the
 *   result falls back to the span-weighted mean of the period values, with
 *   `method: "MEAN"` and `approximate: true`, so a screen can show it with a warning instead
 *   of hiding the year.
 * - `aggregateInto` aggregates the finer values found inside the target period; a value
 *   entered directly AT the target period (Vienne's yearly 90 %) is returned as `entered`
 *   and is the result only when there is nothing finer to aggregate (`source: "AS_ENTERED"`).
 * - Missing periods never make the result null: the aggregate is computed over what exists
 *   and `aggregateInto` lists the missing periods and sets `complete: false`.
 */
import { computeValue, hasCompleteComponents, isFigure, requiredComponentCodes, valueComponentCode, weightComponentCode } from "./formula";
import type {
  AggregationDefinition,
  AggregationRule,
  IndicatorValueInput,
  PeriodRef,
  PeriodValue,
  Periodicity,
} from "./types";

/* ---------- Period arithmetic ---------- */

export const PERIODS_PER_YEAR: Readonly<Record<Periodicity, number>> = {
  MONTHLY: 12,
  QUARTERLY: 4,
  SEMIANNUAL: 2,
  YEARLY: 1,
};

/** true when `period` is a valid ordinal for `periodicity` (month 1–12, quarter 1–4…). */
export function isValidPeriod(periodicity: Periodicity, period: number): boolean {
  return Number.isInteger(period) && period >= 1 && period <= PERIODS_PER_YEAR[periodicity];
}

/** true when `a` is strictly finer than `b` (MONTHLY is finer than QUARTERLY). */
export function isFinerThan(a: Periodicity, b: Periodicity): boolean {
  return PERIODS_PER_YEAR[a] > PERIODS_PER_YEAR[b];
}

/** First and last month (1–12) covered by a period. */
export function monthSpan(ref: Pick<PeriodRef, "periodicity" | "period">): { first: number; last: number } {
  const months = 12 / PERIODS_PER_YEAR[ref.periodicity];
  return { first: (ref.period - 1) * months + 1, last: ref.period * months };
}

/** true when `inner` lies inside `outer` (same year, months included). */
export function periodContains(outer: PeriodRef, inner: PeriodRef): boolean {
  if (outer.year !== inner.year) return false;
  const o = monthSpan(outer);
  const i = monthSpan(inner);
  return i.first >= o.first && i.last <= o.last;
}

/** The periods of `periodicity` inside `target` (the months of a quarter, the quarters of a year…). */
export function periodsWithin(target: PeriodRef, periodicity: Periodicity): PeriodRef[] {
  if (isFinerThan(target.periodicity, periodicity)) return [];
  const { first, last } = monthSpan(target);
  const months = 12 / PERIODS_PER_YEAR[periodicity];
  const result: PeriodRef[] = [];
  for (let m = first; m <= last; m += months) {
    result.push({ year: target.year, periodicity, period: Math.ceil(m / months) });
  }
  return result;
}

/* ---------- Period values ---------- */

/** A period's value: computed from complete components, else its published/entered value, else null. */
export function periodValue(def: AggregationDefinition, p: Pick<PeriodValue, "components" | "published">): number | null {
  const computed = computeValue(def, p.components);
  if (computed !== null) return computed;
  return isFigure(p.published) ? p.published : null;
}

export interface AggregateResult {
  value: number | null;
  /** Rule actually applied; "MEAN" when a component rule fell back; null when nothing was usable. */
  method: AggregationRule | null;
  /** true when direct values forced a component rule (POOLED_RATIO, WEIGHTED_MEAN) to fall back to a mean. */
  approximate: boolean;
  /** Periods that contributed, in input order. */
  used: number[];
  /** Periods given but without any usable figure. */
  skipped: number[];
  /** Summed components when the result was pooled. */
  pooled?: Record<string, number>;
}

interface Entry {
  p: PeriodValue;
  value: number | null;
  complete: boolean;
}

function spanOf(p: PeriodValue): number {
  return isFigure(p.span) && p.span > 0 ? p.span : 1;
}

function spanWeightedMean(entries: readonly Entry[]): number | null {
  let weighted = 0;
  let spans = 0;
  for (const e of entries) {
    if (e.value === null) continue;
    weighted += e.value * spanOf(e.p);
    spans += spanOf(e.p);
  }
  return spans === 0 ? null : weighted / spans;
}

function result(
  value: number | null,
  method: AggregationRule | null,
  used: readonly Entry[],
  all: readonly Entry[],
  extra: Partial<AggregateResult> = {},
): AggregateResult {
  const usedSet = new Set(used);
  return {
    value,
    method: value === null && used.length === 0 ? null : method,
    approximate: false,
    used: used.map((e) => e.p.period),
    skipped: all.filter((e) => !usedSet.has(e)).map((e) => e.p.period),
    ...extra,
  };
}

function weightedMeanOf(def: AggregationDefinition, entries: readonly Entry[]): number | null {
  const valueCode = valueComponentCode(def);
  const weightCode = weightComponentCode(def);
  if (!valueCode || !weightCode) return null;
  let weighted = 0;
  let weights = 0;
  for (const e of entries) {
    const value = e.p.components?.[valueCode];
    const weight = e.p.components?.[weightCode];
    if (!isFigure(value) || !isFigure(weight)) continue;
    weighted += value * weight;
    weights += weight;
  }
  return weights === 0 ? null : weighted / weights;
}

/** POOLED_RATIO / WEIGHTED_MEAN: exact when every used period has components, else approximate mean. */
function componentRule(def: AggregationDefinition, rule: "POOLED_RATIO" | "WEIGHTED_MEAN", entries: readonly Entry[]): AggregateResult {
  const candidates = entries.filter((e) => e.complete || e.value !== null);
  if (candidates.length === 0) return result(null, null, [], entries);

  if (candidates.every((e) => e.complete)) {
    const weighted = rule === "WEIGHTED_MEAN" || def.formula === "WEIGHTED_MEAN";
    if (weighted) {
      return result(weightedMeanOf(def, candidates), "WEIGHTED_MEAN", candidates, entries);
    }
    const pooled: Record<string, number> = {};
    for (const code of requiredComponentCodes(def)) {
      pooled[code] = candidates.reduce((sum, e) => sum + (e.p.components?.[code] ?? 0), 0);
    }
    return result(computeValue(def, pooled), "POOLED_RATIO", candidates, entries, { pooled });
  }

  const withValue = candidates.filter((e) => e.value !== null);
  return result(spanWeightedMean(withValue), "MEAN", withValue, entries, { approximate: true });
}

/** Aggregate the periods of one series according to the definition's aggregation rule. */
export function aggregate(def: AggregationDefinition, periods: readonly PeriodValue[]): AggregateResult {
  const entries: Entry[] = periods.map((p) => ({
    p,
    value: periodValue(def, p),
    complete: hasCompleteComponents(def, p.components),
  }));
  const valued = entries.filter((e) => e.value !== null);

  switch (def.aggregation) {
    case "POOLED_RATIO":
      return componentRule(def, "POOLED_RATIO", entries);
    case "WEIGHTED_MEAN":
      if (valueComponentCode(def) && weightComponentCode(def)) return componentRule(def, "WEIGHTED_MEAN", entries);
      return result(spanWeightedMean(valued), "MEAN", valued, entries);
    case "MEAN":
      return result(spanWeightedMean(valued), "MEAN", valued, entries);
    case "SUM":
      return result(
        valued.length === 0 ? null : valued.reduce((sum, e) => sum + (e.value ?? 0), 0),
        "SUM",
        valued,
        entries,
      );
    case "LAST": {
      const last = valued.reduce<Entry | null>((best, e) => (best === null || e.p.period >= best.p.period ? e : best), null);
      return result(last?.value ?? null, "LAST", last ? [last] : [], entries);
    }
  }
}

/* ---------- Roll-up of stored values into a target period ---------- */

export interface RollupResult extends AggregateResult {
  target: PeriodRef;
  /** AGGREGATED from finer values; AS_ENTERED when only a value at the target itself exists; NONE otherwise. */
  source: "AGGREGATED" | "AS_ENTERED" | "NONE";
  /** The value stored at the target period itself (computed from its components, else as entered), if any. */
  entered: number | null;
  /** The finer stored values that were aggregated, chronologically. */
  parts: PeriodRef[];
  /** Periods (of the definition's periodicity, else of the finest part) inside the target that no value covers. */
  missing: PeriodRef[];
  /** true when the target is fully covered. */
  complete: boolean;
}

function sameRef(a: PeriodRef, b: PeriodRef): boolean {
  return a.year === b.year && a.periodicity === b.periodicity && a.period === b.period;
}

/**
 * Aggregate the stored values of one series into `target` (a quarter, semester or year).
 * Finer values inside the target are picked finest first without overlapping (months first,
 * then quarters for uncovered months, then semesters), so a year with monthly values for
 * January–June and a directly entered second semester is covered entirely.
 */
export function aggregateInto(
  def: AggregationDefinition,
  values: readonly IndicatorValueInput[],
  target: PeriodRef,
): RollupResult {
  const enteredValue = values.find((v) => sameRef(v, target));
  const entered = enteredValue ? periodValue(def, enteredValue) : null;

  const candidates = values
    .filter((v) => isFinerThan(v.periodicity, target.periodicity) && periodContains(target, v))
    .filter((v) => periodValue(def, v) !== null || hasCompleteComponents(def, v.components))
    .sort((a, b) => PERIODS_PER_YEAR[b.periodicity] - PERIODS_PER_YEAR[a.periodicity] || a.period - b.period);

  const covered = new Set<number>();
  const picked: IndicatorValueInput[] = [];
  for (const v of candidates) {
    const { first, last } = monthSpan(v);
    let overlaps = false;
    for (let m = first; m <= last; m++) if (covered.has(m)) overlaps = true;
    if (overlaps) continue;
    for (let m = first; m <= last; m++) covered.add(m);
    picked.push(v);
  }
  picked.sort((a, b) => monthSpan(a).last - monthSpan(b).last);

  const granularity: Periodicity | undefined =
    def.periodicity ?? picked.reduce<Periodicity | undefined>(
      (finest, v) => (finest === undefined || isFinerThan(v.periodicity, finest) ? v.periodicity : finest),
      undefined,
    );
  const expected = granularity && isFinerThan(granularity, target.periodicity) ? periodsWithin(target, granularity) : [target];
  const missingWith = (isCovered: (ref: PeriodRef) => boolean) => expected.filter((ref) => !isCovered(ref));

  if (picked.length === 0) {
    const missing = entered !== null ? [] : missingWith(() => false);
    return {
      value: entered,
      method: null,
      approximate: false,
      used: [],
      skipped: [],
      target,
      source: entered !== null ? "AS_ENTERED" : "NONE",
      entered,
      parts: [],
      missing,
      complete: entered !== null,
    };
  }

  const periods: PeriodValue[] = picked.map((v) => {
    const { first, last } = monthSpan(v);
    return { period: last, components: v.components, published: v.published, span: last - first + 1 };
  });
  const aggregated = aggregate(def, periods);
  const missing = missingWith((ref) => {
    const { first, last } = monthSpan(ref);
    for (let m = first; m <= last; m++) if (!covered.has(m)) return false;
    return true;
  });
  return {
    ...aggregated,
    target,
    source: "AGGREGATED",
    entered,
    parts: picked.map((v) => ({ year: v.year, periodicity: v.periodicity, period: v.period })),
    missing,
    complete: missing.length === 0,
  };
}
