/**
 * Consistency of published figures with their own components. Imported tables (003's monthly
 * tables) print both the raw counts and a rate; the portal always computes from the counts and
 * reports every period where the printed rate cannot be obtained from them.
 *
 * Rule: a published value printed with `p` decimals is CONSISTENT with the computed value when
 * it equals the computed value ROUNDED to `p` decimals (half away from zero) OR TRUNCATED to
 * `p` decimals — both practices occur in spreadsheets (Charente Feb 2021: 5,2566… printed
 * 5,2 is a truncation and is consistent; 5,8495… printed 5,9 is neither and is reported).
 * A tiny epsilon absorbs binary floating-point noise (5.2 × 10 = 51.999…).
 *
 * The precision `p` is the number of decimals the value was PRINTED with ("6,80" → 2). A
 * JavaScript number cannot carry trailing zeros, so it is taken from, in order: the period's
 * own `precision`, the definition's display `precision`, the decimals of the number.
 *
 * Periods whose value cannot be computed (missing component, zero denominator) or that have
 * no published value are not inconsistencies: `checkPeriod` tells them apart.
 */
import { computeValue, isFigure } from "./formula";
import type { ComponentFigures, FormulaDefinition } from "./types";

const EPSILON = 1e-9;

function scaledBy(value: number, precision: number): number {
  return value * 10 ** precision;
}

function nudge(scaled: number): number {
  return scaled + Math.sign(scaled) * EPSILON * Math.max(1, Math.abs(scaled));
}

/** Round half away from zero to `precision` decimals. */
export function roundTo(value: number, precision: number): number {
  const s = nudge(scaledBy(value, precision));
  return (Math.sign(s) * Math.round(Math.abs(s))) / 10 ** precision;
}

/** Truncate (toward zero) to `precision` decimals. */
export function truncateTo(value: number, precision: number): number {
  return Math.trunc(nudge(scaledBy(value, precision))) / 10 ** precision;
}

/** Number of decimals needed to write `value` (6.8 → 1, 8.98 → 2, 90 → 0), capped at 10. */
export function decimalsOf(value: number): number {
  for (let d = 0; d < 10; d++) {
    if (Math.abs(roundTo(value, d) - value) < EPSILON * Math.max(1, Math.abs(value))) return d;
  }
  return 10;
}

/** true when `published` equals `computed` rounded or truncated to `precision` decimals. */
export function isConsistentWith(published: number, computed: number, precision: number): boolean {
  const target = Math.round(scaledBy(published, precision));
  const s = nudge(scaledBy(computed, precision));
  return target === Math.sign(s) * Math.round(Math.abs(s)) || target === Math.trunc(s);
}

export type ConsistencyStatus = "CONSISTENT" | "INCONSISTENT" | "NOT_COMPUTABLE" | "NOT_PUBLISHED";

export interface ConsistencyPeriod {
  components?: ComponentFigures;
  published?: number | null;
  /** Decimals the published value was printed with, when known. */
  precision?: number;
}

export interface ConsistencyCheck {
  status: ConsistencyStatus;
  computed: number | null;
  published: number | null;
  /** Precision used for the comparison (null when there was nothing to compare). */
  precision: number | null;
}

export type ConsistencyDefinition = FormulaDefinition & { precision?: number };

/** Check one period: is its published value obtainable from its components? */
export function checkPeriod(def: ConsistencyDefinition, p: ConsistencyPeriod): ConsistencyCheck {
  const published = isFigure(p.published) ? p.published : null;
  const computed = computeValue(def, p.components);
  if (published === null) return { status: "NOT_PUBLISHED", computed, published, precision: null };
  if (computed === null) return { status: "NOT_COMPUTABLE", computed, published, precision: null };
  const precision = p.precision ?? def.precision ?? decimalsOf(published);
  return {
    status: isConsistentWith(published, computed, precision) ? "CONSISTENT" : "INCONSISTENT",
    computed,
    published,
    precision,
  };
}

export interface Inconsistency<T> {
  /** The period as given (keeps the caller's identification: year, month, scope…). */
  item: T;
  published: number;
  computed: number;
  precision: number;
  /** published − computed */
  difference: number;
}

/** Every period whose published value differs from the recomputed one beyond rounding, in input order. */
export function findInconsistencies<T extends ConsistencyPeriod>(
  def: ConsistencyDefinition,
  periods: readonly T[],
): Inconsistency<T>[] {
  const found: Inconsistency<T>[] = [];
  for (const item of periods) {
    const check = checkPeriod(def, item);
    if (check.status !== "INCONSISTENT" || check.computed === null || check.published === null || check.precision === null) continue;
    found.push({
      item,
      published: check.published,
      computed: check.computed,
      precision: check.precision,
      difference: check.published - check.computed,
    });
  }
  return found;
}
