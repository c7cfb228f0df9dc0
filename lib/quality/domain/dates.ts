/**
 * Calendar arithmetic on ISO dates ("2022-10-20"): the label's dates are days, not instants,
 * and travel as strings so server components can hand them to client ones unchanged.
 */

const DAY_MS = 86_400_000;

function parts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split("-").map(Number);
  return [y ?? 0, m ?? 1, d ?? 1];
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** A @db.Date value (midnight UTC) → "YYYY-MM-DD". */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "YYYY-MM-DD" → the Date Prisma stores for a @db.Date column (midnight UTC). */
export function fromIsoDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/**
 * Adds calendar months; a day the target month lacks falls on its last day (31 August + 6
 * months → 28 or 29 February), never rolling into the month after as `Date` would.
 */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = parts(iso);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, last))}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((fromIsoDate(to).getTime() - fromIsoDate(from).getTime()) / DAY_MS);
}
