/**
 * Locking by month, as a referent thinks of it ("figures presented up to June"): the months,
 * quarters, semesters and the year that end by the end of that month are locked together;
 * unlocking from a month frees every period that ends on or after it (the quarter holding
 * May is freed with May: its figure depends on May's).
 */
import { PERIODS_PER_YEAR } from "./aggregate";
import type { PeriodRef as DatedPeriodRef, Periodicity } from "./types";

/** A period within a year */
export type PeriodOfYear = Omit<DatedPeriodRef, "year">;

const PERIODICITIES: readonly Periodicity[] = ["MONTHLY", "QUARTERLY", "SEMIANNUAL", "YEARLY"];

/** The last month (1–12) of a period: March for T1, June for S1, December for the year. */
export function lastMonthOf({ periodicity, period }: PeriodOfYear): number {
  return period * (12 / PERIODS_PER_YEAR[periodicity]);
}

function allPeriods(): PeriodOfYear[] {
  return PERIODICITIES.flatMap((periodicity) => Array.from({ length: PERIODS_PER_YEAR[periodicity] }, (_, i) => ({ periodicity, period: i + 1 })));
}

/** Every period that ends by the end of `month` (1–12). */
export function periodsThrough(month: number): PeriodOfYear[] {
  return allPeriods().filter((p) => lastMonthOf(p) <= month);
}

/** Every period that ends in or after `month` (1–12). */
export function periodsFrom(month: number): PeriodOfYear[] {
  return allPeriods().filter((p) => lastMonthOf(p) >= month);
}

/**
 * The month up to which a year is locked without gap, from its locked monthly periods
 * (0: January is not locked). What the lock form shows and proposes next.
 */
export function lockedThrough(locked: readonly PeriodOfYear[]): number {
  const months = new Set(locked.filter((p) => p.periodicity === "MONTHLY").map((p) => p.period));
  let month = 0;
  while (months.has(month + 1)) month++;
  return month;
}
