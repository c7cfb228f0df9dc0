/**
 * "Current on a day": the one rule for everything that holds over a span of days — a committee
 * seat, a committee's kind and name (CommitteePeriod), later a target or a referential version.
 *
 * `startsOn` and `endsOn` are calendar days (PostgreSQL DATE, read back by Prisma as UTC
 * midnight). `endsOn` is the LAST day of the span, included: that is what a secretariat types
 * ("Dernier jour du mandat : 31 décembre 2023") and what the screens print ("jusqu'au …").
 * Either bound may be missing (open-ended). The day of an instant is its Paris calendar day, so
 * a meeting at 00h30 on 1 January belongs to 1 January whatever the server's time zone.
 *
 * Pure: no Prisma, no clock. `currentOnWhere` is a plain object that Prisma accepts as the
 * `where` of any model with `startsOn`/`endsOn` DATE columns, so the SQL and the function say
 * the same thing (tests/integration/current-on.test.ts checks them against each other on real rows).
 */

const PARIS_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit" });

/** The Paris calendar day of an instant, as a UTC-midnight Date (how DATE columns come back). */
export function dayOf(instant: Date): Date {
  const parts = PARIS_DAY.formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return new Date(Date.UTC(get("year"), get("month") - 1, get("day")));
}

export interface DaySpan {
  startsOn: Date | null;
  endsOn: Date | null;
}

/** Is the span current on `day` (a UTC-midnight Date, see dayOf)? startsOn ≤ day ≤ endsOn. */
export function isCurrentOn(span: DaySpan, day: Date): boolean {
  const d = day.getTime();
  return (span.startsOn === null || span.startsOn.getTime() <= d) && (span.endsOn === null || d <= span.endsOn.getTime());
}

/** The same rule as a Prisma `where` fragment (for members, committee periods, …). */
export function currentOnWhere(day: Date) {
  return {
    AND: [
      { OR: [{ startsOn: null }, { startsOn: { lte: day } }] },
      { OR: [{ endsOn: null }, { endsOn: { gte: day } }] },
    ],
  };
}

/** The span current on `day` among several (the latest start wins when they overlap). */
export function currentOf<T extends DaySpan>(spans: readonly T[], day: Date): T | null {
  let best: T | null = null;
  for (const span of spans) {
    if (!isCurrentOn(span, day)) continue;
    if (!best || (span.startsOn?.getTime() ?? -Infinity) > (best.startsOn?.getTime() ?? -Infinity)) best = span;
  }
  return best;
}
