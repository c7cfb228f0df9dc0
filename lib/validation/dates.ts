/**
 * Strict calendar dates ("2027-02-28") and times of day ("14:30"), as the HTML date and time
 * inputs send them. Pure functions, no zod: the schemas (./schemas.ts), the CSV import and
 * lib/format's parisLocalToDate all call these, so a date refused in a form is refused
 * everywhere.
 *
 * Strict means: exactly YYYY-MM-DD / HH:MM with ASCII digits, a day that exists in its month
 * (no rolling 31 February over to 3 March the way `Date` does), and a year in
 * [MIN_YEAR, MAX_YEAR]. Every accepted value round-trips: formatting what was parsed gives
 * back the very same string.
 */

/**
 * Years a date may have. Committees, mandates and meetings of this portal are all after 1990
 * (the CLU were created in the 2000s; a mandate start typed with two wrong digits, 1024 or
 * 0202, is a typo to catch), and 2100 is far beyond any planning horizon while keeping every
 * year at four digits (`Date`, PostgreSQL and the exports all agree on those).
 */
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

export interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

export interface TimeOfDay {
  /** 0–23 */
  hours: number;
  /** 0–59 */
  minutes: number;
}

export type DateProblem =
  | { kind: "format" }
  | { kind: "month" }
  | { kind: "day"; date: CalendarDate; daysInMonth: number }
  | { kind: "year"; year: number };

export type DateCheck = { ok: true; date: CalendarDate } | { ok: false; problem: DateProblem };

/** French month names, January first: the one list (dates, indicator periods, import headers). */
export const FRENCH_MONTHS = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
] as const;

// No `u` flag and no `m` flag: \d is ASCII only and `$` is the very end of the string.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** { 2027, 2, 28 } → "2027-02-28" */
export function formatIsoDate(date: CalendarDate): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** { 9, 5 } → "09:05" */
export function formatTimeOfDay(time: TimeOfDay): string {
  return `${pad(time.hours)}:${pad(time.minutes)}`;
}

/** Says what is wrong with a "YYYY-MM-DD" string, if anything. Never throws, whatever the input. */
export function checkIsoDate(value: unknown): DateCheck {
  const match = typeof value === "string" ? ISO_DATE.exec(value) : null;
  if (!match) return { ok: false, problem: { kind: "format" } };
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (date.month < 1 || date.month > 12) return { ok: false, problem: { kind: "month" } };
  const days = daysInMonth(date.year, date.month);
  if (date.day < 1 || date.day > days) return { ok: false, problem: { kind: "day", date, daysInMonth: days } };
  if (date.year < MIN_YEAR || date.year > MAX_YEAR) return { ok: false, problem: { kind: "year", year: date.year } };
  // Cannot fail after the checks above; kept so "round-trip checked" is a fact, not a claim.
  if (formatIsoDate(date) !== value) return { ok: false, problem: { kind: "format" } };
  return { ok: true, date };
}

/** "2027-02-28" → { 2027, 2, 28 }; "2027-02-31", "9999-99-99", "0000-00-00", "28/02/2027" → null. */
export function parseIsoDate(value: unknown): CalendarDate | null {
  const check = checkIsoDate(value);
  return check.ok ? check.date : null;
}

/** "14:30" → { 14, 30 }; "24:00", "9:30", "14:30:00" → null. Never throws. */
export function parseTime(value: unknown): TimeOfDay | null {
  const match = typeof value === "string" ? TIME.exec(value) : null;
  if (!match) return null;
  const time = { hours: Number(match[1]), minutes: Number(match[2]) };
  if (time.hours > 23 || time.minutes > 59) return null;
  return formatTimeOfDay(time) === value ? time : null;
}

/** "1er mars 2027", "31 février 2027" (the latter for messages about a day that does not exist). */
export function frenchDayMonthYear(date: CalendarDate): string {
  return `${date.day === 1 ? "1er" : date.day} ${FRENCH_MONTHS[date.month - 1] ?? "?"} ${date.year}`;
}

export const DATE_FORMAT_MESSAGE = "Saisissez une date réelle au format JJ/MM/AAAA, par exemple 31/12/2027.";

/**
 * The French sentence for a refused date, saying what is wrong: the user typed into a date
 * input that shows JJ/MM/AAAA (the browser sends YYYY-MM-DD), so the format is given in the
 * user's terms.
 */
export function dateProblemMessage(problem: DateProblem): string {
  switch (problem.kind) {
    case "format":
      return DATE_FORMAT_MESSAGE;
    case "month":
      return "Cette date n'existe pas : le mois doit être compris entre 01 et 12.";
    case "day": {
      const { date, daysInMonth: days } = problem;
      if (date.day < 1 || date.day > 31) {
        return "Cette date n'existe pas : le jour doit être compris entre 01 et 31.";
      }
      const month = FRENCH_MONTHS[date.month - 1] ?? "";
      return `Le ${frenchDayMonthYear(date)} n'existe pas : ${month} ${date.year} compte ${days} jours.`;
    }
    case "year":
      return `L'année ${pad(problem.year, 4)} est hors de la période acceptée : saisissez une date entre ${MIN_YEAR} et ${MAX_YEAR}.`;
  }
}

export const TIME_FORMAT_MESSAGE = "Saisissez une heure au format HH:MM, par exemple 14:30.";

/** The French sentence for a refused time, or null when the time is valid. */
export function timeProblemMessage(value: unknown): string | null {
  if (parseTime(value) !== null) return null;
  if (typeof value === "string" && TIME.test(value)) {
    return `L'heure ${value} n'existe pas : saisissez une heure entre 00:00 et 23:59.`;
  }
  return TIME_FORMAT_MESSAGE;
}
