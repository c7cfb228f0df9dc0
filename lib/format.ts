/**
 * French formats (domain.md §5): "8,98 %", "836 333" (narrow no-break space), "jeudi 6 mai
 * 2021", "14h30". Dates are shown in Europe/Paris whatever the server's time zone.
 */
import { parseIsoDate, parseTime } from "@/lib/validation/dates";

const TIME_ZONE = "Europe/Paris";
const NNBSP = "\u202f";

// Intl formatters are built once and reused: building one costs ~0.1 ms, and a meeting page
// formats a hundred dates (measured: 17 % of its server CPU — bench/http.md).
const numberFormats = new Map<number, Intl.NumberFormat>();
function numberFormat(decimals: number): Intl.NumberFormat {
  let format = numberFormats.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat("fr-FR", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    numberFormats.set(decimals, format);
  }
  return format;
}
const LONG_DATE = new Intl.DateTimeFormat("fr-FR", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: TIME_ZONE });
const DATE = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", year: "numeric", timeZone: TIME_ZONE });
const TIME = new Intl.DateTimeFormat("fr-FR", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: TIME_ZONE });
const PARIS_PARTS_US = new Intl.DateTimeFormat("en-US", {
  timeZone: TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});
const PARIS_PARTS_CA = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

export function formatNumber(value: number, decimals = 0): string {
  return numberFormat(decimals).format(value).replace(/\u00a0/g, NNBSP);
}

/**
 * The word for a count, French rule: singular below 2 ("0 séance", "1 séance", "1,5 heure"),
 * plural from 2 ("2 séances"). `plural(n, "séance", "séances")` → the word alone, for
 * sentences that place the number themselves; see formatCount for "3 séances".
 */
export function plural(count: number, singular: string, pluralForm: string): string {
  return Math.abs(count) < 2 ? singular : pluralForm;
}

/** 3 → "3 séances", 1 → "1 séance", 1234 → "1 234 séances" (French thousands separator). */
export function formatCount(count: number, singular: string, pluralForm: string): string {
  return `${formatNumber(count)} ${plural(count, singular, pluralForm)}`;
}

/** 8.976 → "8,98 %" (the value is already a percentage). */
export function formatPercent(value: number, decimals = 2): string {
  return `${formatNumber(value, decimals)}${NNBSP}%`;
}

/**
 * French typography writes the first day of a month as an ordinal: "1er décembre" (Intl
 * prints "1 décembre"). Every date formatter goes through this, so no screen, e-mail or
 * document can print "1 décembre".
 */
function formatDayMonthYear(date: Date, withWeekday: boolean): string {
  const parts = (withWeekday ? LONG_DATE : DATE).formatToParts(date);
  return parts.map((p) => (p.type === "day" && p.value === "1" ? "1er" : p.value)).join("");
}

/** "jeudi 6 mai 2021", "mardi 1er décembre 2026" */
export function formatLongDate(date: Date): string {
  return formatDayMonthYear(date, true);
}

/** "6 mai 2021", "1er décembre 2026" */
export function formatDate(date: Date): string {
  return formatDayMonthYear(date, false);
}

/** "14h30", "9h30" → as the seeds print: "09h30" */
export function formatTime(date: Date): string {
  const parts = TIME.formatToParts(date);
  const hour = parts.find((p) => p.type === "hour")?.value ?? "00";
  const minute = parts.find((p) => p.type === "minute")?.value ?? "00";
  return `${hour}h${minute}`;
}

/** "jeudi 6 mai 2021 à 14h30" */
export function formatDateTime(date: Date): string {
  return `${formatLongDate(date)} à ${formatTime(date)}`;
}

/**
 * Local Paris wall time ("2021-05-06T14:30") → the instant, whatever the server's zone; null
 * when there is no such wall time: an impossible date or time (checked by lib/validation, never
 * rolled over), or a time skipped when the clocks go forward (last Sunday of March, 02:00 →
 * 03:00). A time that occurs twice when they go back is read as the second one (winter time).
 */
export function parseParisLocal(local: string): Date | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(local);
  const date = match ? parseIsoDate(match[1]) : null;
  const time = match ? parseTime(match[2]) : null;
  if (!match || !date || !time) return null;
  const asUtc = Date.UTC(date.year, date.month - 1, date.day, time.hours, time.minutes);
  // Offset of Paris at that instant (+1h or +2h), found by formatting the UTC guess in Paris.
  const offsetOf = (instant: number) => {
    const p = PARIS_PARTS_US.formatToParts(new Date(instant));
    const get = (t: string) => Number(p.find((x) => x.type === t)?.value);
    return Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute")) - instant;
  };
  const first = asUtc - offsetOf(asUtc);
  const instant = new Date(asUtc - offsetOf(first));
  // Round trip: a skipped wall time would otherwise come back silently an hour later.
  const back = parisDateParts(instant);
  return back.date === match[1] && back.time === match[2] ? instant : null;
}

/** parseParisLocal for values already validated (schemas, seeds): impossible input throws instead of rolling over. */
export function parisLocalToDate(local: string): Date {
  const instant = parseParisLocal(local);
  if (!instant) throw new RangeError(`Invalid or non-existent Paris local date-time: ${JSON.stringify(local)}`);
  return instant;
}

/** "M. Eric ROSE", "Mme Nathalie MASSÉ" */
export function formatPersonName(p: { civility: "M" | "MME" | null; firstName: string | null; lastName: string }): string {
  const civility = p.civility === "M" ? "M." : p.civility === "MME" ? "Mme" : null;
  return [civility, p.firstName, p.lastName].filter(Boolean).join(" ");
}

/**
 * "de la Vienne", "des Vosges", "de l'Ain", "du Nord": the article is taken from the State
 * header as published ("PRÉFET DE LA VIENNE"), since it cannot be guessed from the name.
 */
export function prefectureOf(p: { name: string; stateHeader: string }): string {
  const match = /^PR[ÉE]F[EÈ]TE?\s+(DE LA |DE L'|DE L’|DU |DES |DE )/i.exec(p.stateHeader);
  const article = (match?.[1] ?? "de ").toLowerCase().replace("’", "'");
  return `${article}${p.name}`;
}

/** An instant as Paris wall-clock parts for form fields: { date: "2021-05-06", time: "14:30" }. */
export function parisDateParts(date: Date): { date: string; time: string } {
  const parts = PARIS_PARTS_CA.formatToParts(date);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? "00";
  return { date: `${get("year")}-${get("month")}-${get("day")}`, time: `${get("hour")}:${get("minute")}` };
}
