/**
 * Working days (jours ouvrés) as the register's 5-day commitment counts them (domain.md §7):
 * Monday to Friday, French public holidays excluded — the fixed ones and the moving ones
 * (Easter Monday, Ascension, Whit Monday), taken from @socialgouv/jours-feries, a maintained
 * list, not one written here. Alsace-Moselle's two extra days are not counted (no prefecture
 * of the portal needs them yet).
 *
 * Dates are calendar days carried as `Date`s at UTC midnight — what Prisma returns for a
 * `@db.Date` column — and counted internally as day numbers (days since 1970-01-01), so no
 * time zone or daylight-saving change can move a day.
 */
import joursFeries from "@socialgouv/jours-feries";

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a date at UTC midnight (the time of day, if any, is dropped). */
export function dayNumber(date: Date): number {
  return Math.floor(date.getTime() / MS_PER_DAY);
}

export function dateOfDayNumber(day: number): Date {
  return new Date(day * MS_PER_DAY);
}

/** "2021-05-06" → Date at UTC midnight (input already validated by lib/validation). */
export function utcDate(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

/** Date at UTC midnight → "2021-05-06". */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export interface PublicHoliday {
  date: Date;
  name: string;
}

interface YearHolidays {
  list: { day: number; name: string }[];
  /** Two feasts may fall on one day (Ascension on 1 May 2008): names joined. */
  names: Map<number, string>;
}

const holidaysByYear = new Map<number, YearHolidays>();

function holidaysOf(year: number): YearHolidays {
  let holidays = holidaysByYear.get(year);
  if (!holidays) {
    const list = Object.entries(joursFeries(year)).map(([name, local]) => {
      // The library builds local midnights and adds moving feasts as 24-hour steps, so a
      // daylight-saving change in between leaves them at 23:00 or 01:00: read the local
      // calendar day at noon, which no ±1 h shift can move.
      const noon = new Date(local.getTime() + MS_PER_DAY / 2);
      return { day: dayNumber(new Date(Date.UTC(noon.getFullYear(), noon.getMonth(), noon.getDate()))), name };
    });
    list.sort((a, b) => a.day - b.day);
    const names = new Map<number, string>();
    for (const { day, name } of list) names.set(day, names.has(day) ? `${names.get(day)}, ${name}` : name);
    holidays = { list, names };
    holidaysByYear.set(year, holidays);
  }
  return holidays;
}

/** The French public holidays of a year, in calendar order (11 entries, even when two share a day). */
export function frenchPublicHolidays(year: number): PublicHoliday[] {
  return holidaysOf(year).list.map(({ day, name }) => ({ date: dateOfDayNumber(day), name }));
}

/** "Lundi de Pentecôte" for 24 May 2021, null for a day that is not a public holiday. */
export function publicHolidayName(date: Date): string | null {
  return holidaysOf(date.getUTCFullYear()).names.get(dayNumber(date)) ?? null;
}

/** Weekday of a day number: 0 Sunday … 6 Saturday (1970-01-01 was a Thursday). */
function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Holidays as day numbers, for the years loaded so far (loaded as days are asked about). */
const holidayDays = new Set<number>();
let firstLoadedDay = Infinity;
let lastLoadedDay = -Infinity;

function ensureLoaded(day: number) {
  if (day >= firstLoadedDay && day <= lastLoadedDay) return;
  const year = dateOfDayNumber(day).getUTCFullYear();
  // Load whole years, contiguously, so a day inside [first, last] is always covered.
  const from = Math.min(year, Number.isFinite(firstLoadedDay) ? dateOfDayNumber(firstLoadedDay).getUTCFullYear() : year);
  const to = Math.max(year, Number.isFinite(lastLoadedDay) ? dateOfDayNumber(lastLoadedDay).getUTCFullYear() : year);
  for (let y = from; y <= to; y += 1) for (const h of holidaysOf(y).list) holidayDays.add(h.day);
  firstLoadedDay = dayNumber(new Date(Date.UTC(from, 0, 1)));
  lastLoadedDay = dayNumber(new Date(Date.UTC(to, 11, 31)));
}

function isWorkingDayNumber(day: number): boolean {
  const weekday = weekdayOf(day);
  if (weekday === 0 || weekday === 6) return false;
  ensureLoaded(day);
  return !holidayDays.has(day);
}

export function isWorkingDay(date: Date): boolean {
  return isWorkingDayNumber(dayNumber(date));
}

/**
 * The day `n` working days after `date` (n ≥ 0, whole): received on Monday 3 May 2021, five
 * working days later is Monday 10 May; received on a Saturday, Friday of the next week. With
 * n ≥ 1 the result is always a working day.
 */
export function addWorkingDays(date: Date, n: number): Date {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`addWorkingDays: n must be a whole number ≥ 0, got ${n}`);
  let day = dayNumber(date);
  for (let left = n; left > 0; ) {
    day += 1;
    if (isWorkingDayNumber(day)) left -= 1;
  }
  return dateOfDayNumber(day);
}

/** Monday-to-Friday days among day numbers ≤ x, counted from Monday 1969-12-29 (day −3). */
function weekdaysThrough(x: number): number {
  const n = x + 4; // days from Monday 1969-12-29 through x
  const weeks = Math.floor(n / 7);
  return 5 * weeks + Math.min(n - 7 * weeks, 5);
}

/**
 * Working days in (from, to]: after `from`, up to and including `to` — so
 * workingDaysBetween(d, addWorkingDays(d, n)) = n. Negative when `to` is before `from`.
 * Weekdays are counted by arithmetic and the holidays on weekdays subtracted, so an entry
 * five years overdue costs no more than one a day late.
 */
export function workingDaysBetween(from: Date, to: Date): number {
  const a = dayNumber(from);
  const b = dayNumber(to);
  // 0 − n rather than −n: no "−0" when no working day lies between.
  if (b < a) return 0 - workingDaysBetween(to, from);
  if (b === a) return 0;
  let count = weekdaysThrough(b) - weekdaysThrough(a);
  for (let y = from.getUTCFullYear(); y <= to.getUTCFullYear(); y += 1) {
    const list = holidaysOf(y).list;
    for (let i = 0; i < list.length; i += 1) {
      const day = list[i]!.day;
      // Two feasts on one day take one day off (the list is sorted by day).
      if (i > 0 && list[i - 1]!.day === day) continue;
      const weekday = weekdayOf(day);
      if (day > a && day <= b && weekday !== 0 && weekday !== 6) count -= 1;
    }
  }
  return count;
}

/** `date` itself when it is a working day, otherwise the next working day (a deadline falling on a day off moves to the next working day). */
export function nextWorkingDayFrom(date: Date): Date {
  let day = dayNumber(date);
  while (!isWorkingDayNumber(day)) day += 1;
  return dateOfDayNumber(day);
}

/** `date` plus `days` calendar days. */
export function addCalendarDays(date: Date, days: number): Date {
  return dateOfDayNumber(dayNumber(date) + days);
}
