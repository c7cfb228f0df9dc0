/**
 * What the meeting form says while the user types, before anything is saved: warnings that do
 * not stop the save (a date already past, a second meeting of the same committee that day) and
 * the end time that follows the start time. Pure: the form calls it in the browser with the
 * prefecture's meetings the page gave it; errors stay the zod schema's (schemas.ts).
 */
import { formatLongDate, parisDateParts, parseParisLocal } from "@/lib/format";
import { parseIsoDate, parseTime } from "@/lib/validation";

/** The form's fields the warnings read, as typed ("2021-05-06", "14:30"). */
export interface MeetingWarningFields {
  committeeId: string;
  date: string;
  startTime: string;
}

/** A meeting already recorded in the prefecture (cancelled ones left out by the caller). */
export interface ExistingMeetingStart {
  id: string;
  committeeId: string;
  startsAt: Date;
  hasStartTime: boolean;
}

export type MeetingWarningKind = "past" | "sameTime" | "sameDay";

export interface MeetingWarning {
  kind: MeetingWarningKind;
  message: string;
}

export interface MeetingWarningOptions {
  /** The meeting being edited: not a duplicate of itself. */
  meetingId?: string;
  /** Its saved date and start: a past date the user did not change is not worth a warning. */
  saved?: { date: string; startTime: string };
}

export const PAST_DATE_WARNING =
  "Cette date est passée : la séance sera enregistrée comme passée (pour reporter une séance déjà tenue, d'après son compte rendu). Vérifiez la date si vous préparez une séance à venir.";

/** "14:30" → "14h30", as the portal prints times. */
const frenchTime = (time: string) => time.replace(":", "h");

/**
 * The warnings for these fields at `now`, in the order the form shows them. Nothing is said
 * about fields that are not valid yet: their own error messages come first.
 */
export function meetingWarnings(
  fields: MeetingWarningFields,
  existing: readonly ExistingMeetingStart[],
  now: Date,
  options: MeetingWarningOptions = {},
): MeetingWarning[] {
  if (!parseIsoDate(fields.date)) return [];
  const time = parseTime(fields.startTime) ? fields.startTime : null;
  const warnings: MeetingWarning[] = [];

  const unchanged = options.saved && options.saved.date === fields.date && options.saved.startTime === fields.startTime;
  if (!unchanged) {
    const instant = time ? parseParisLocal(`${fields.date}T${time}`) : null;
    const past = instant ? instant.getTime() < now.getTime() : fields.date < parisDateParts(now).date;
    if (past) warnings.push({ kind: "past", message: PAST_DATE_WARNING });
  }

  const sameDay = existing
    .filter((m) => m.id !== options.meetingId && m.committeeId === fields.committeeId)
    .filter((m) => parisDateParts(m.startsAt).date === fields.date)
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const sameTime = time ? sameDay.find((m) => m.hasStartTime && parisDateParts(m.startsAt).time === time) : undefined;
  if (sameTime) {
    warnings.push({
      kind: "sameTime",
      message: `Ce comité a déjà une séance le ${formatLongDate(sameTime.startsAt)} à ${frenchTime(time!)} : vérifiez qu'il ne s'agit pas de la même séance.`,
    });
  } else if (sameDay[0]) {
    const other = sameDay[0];
    const at = other.hasStartTime ? ` à ${frenchTime(parisDateParts(other.startsAt).time)}` : "";
    warnings.push({
      kind: "sameDay",
      message: `Ce comité a déjà une séance le ${formatLongDate(other.startsAt)}${at} : vérifiez qu'il ne s'agit pas de la même séance.`,
    });
  }
  return warnings;
}

/** Duration given to a meeting whose end is not known yet. */
export const DEFAULT_MEETING_MINUTES = 120;

const minutesOf = (time: string) => {
  const t = parseTime(time);
  return t ? t.hours * 60 + t.minutes : null;
};
const timeOf = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

/**
 * The end time once the start moves from `previousStart` to `start`: the same duration when
 * the end was after the previous start; two hours after the start when the end is empty or
 * would now come before the start. null when the end should stay as it is (the start is not a
 * time yet, the end is still fine, or the new end would pass midnight).
 */
export function followingEndTime(previousStart: string, start: string, end: string): string | null {
  const from = minutesOf(start);
  if (from === null) return null;
  const before = minutesOf(previousStart);
  const until = minutesOf(end);
  const duration = before !== null && until !== null && until > before ? until - before : null;
  if (duration === null && until !== null && until > from) return null;
  const next = from + (duration ?? DEFAULT_MEETING_MINUTES);
  if (next > 23 * 60 + 59) return null;
  const value = timeOf(next);
  return value === end ? null : value;
}
