/**
 * The meeting as an iCalendar file (.ics, RFC 5545) that members add to their calendar: one
 * VEVENT, METHOD:PUBLISH, times in UTC (end = endsAt or start + 2 h), an all-day event when
 * only the day is known, the agenda as plain-text description. Built with `ics`: small, CJS
 * (loads from tsx, Vitest and Next alike), validates the event and escapes TEXT values; its
 * line folding counts characters, so lines are folded again here by octets, CRLF-terminated.
 */
import { createEvent, type EventAttributes } from "ics";

import type { MeetingDocumentData } from "@/lib/meetings";
import {
  agendaAsText,
  meetingLocation,
  meetingTitle,
  meetingWhen,
  meetingWhereLine,
  modeSentence,
  parisCalendarDay,
} from "./format";
import { MEETING_MODE_LABELS } from "@/lib/meetings/vocabulary";

export interface MeetingIcsOptions {
  /** Stable across re-exports of the same meeting ("<meetingId>@<host>"), so calendars update the event. */
  uid: string;
  /** The meeting's page on the portal. */
  url?: string;
  /** Increase on every change after the first publication (RFC 5545 SEQUENCE). */
  sequence?: number;
}

const DEFAULT_DURATION_MS = 2 * 60 * 60 * 1000;
const PRODUCT_ID = "-//Portail des comites locaux des usagers//Seances//FR";

function nextDay([y, m, d]: [number, number, number]): [number, number, number] {
  const date = new Date(Date.UTC(y, m - 1, d + 1));
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

/**
 * The event's UID: the same for the downloaded file and the e-mailed one, so a calendar that
 * imports both keeps one event and updates it.
 */
export function meetingIcsUid(meetingId: string): string {
  return `${meetingId}@clu-portail`;
}

export function renderMeetingIcs(data: MeetingDocumentData, options: MeetingIcsOptions): string {
  const { meeting } = data;
  const where = meetingWhereLine(meeting);
  const mode = modeSentence(meeting);
  const description = [
    `${data.committee.name} — séance du ${meetingWhen(meeting)}${where ? `, ${where}` : ""}.`,
    ...(mode ? [mode] : []),
    "",
    "Ordre du jour :",
    ...agendaAsText(data.agenda),
    ...(options.url ? ["", `Documents de la séance : ${options.url}`] : []),
  ].join("\n");

  const common = {
    productId: PRODUCT_ID,
    method: "PUBLISH",
    uid: options.uid,
    sequence: options.sequence ?? 0,
    title: meetingTitle(data),
    description,
    location: meetingLocation(meeting) ?? (meeting.mode === "IN_PERSON" ? undefined : MEETING_MODE_LABELS[meeting.mode]),
    url: options.url,
    status: "CONFIRMED",
    busyStatus: "BUSY",
    organizer: data.contact?.email ? { name: data.contact.name, email: data.contact.email } : undefined,
  } satisfies Partial<EventAttributes>;

  const end =
    meeting.endsAt && meeting.endsAt > meeting.startsAt
      ? meeting.endsAt
      : new Date(meeting.startsAt.getTime() + DEFAULT_DURATION_MS);
  const day = parisCalendarDay(meeting.startsAt);
  const event: EventAttributes = meeting.hasStartTime
    ? {
        ...common,
        start: meeting.startsAt.getTime(),
        startInputType: "utc",
        startOutputType: "utc",
        end: end.getTime(),
        endInputType: "utc",
        endOutputType: "utc",
      }
    : // All-day: DTSTART;VALUE=DATE is the Paris day, DTEND the (exclusive) next day.
      { ...common, start: day, end: nextDay(day) };

  const { error, value } = createEvent(event);
  if (error || !value) throw error ?? new Error("ics: empty calendar");
  return refold(value);
}

/**
 * `ics` folds lines at 75 characters; RFC 5545 §3.1 wants 75 octets, and accented French text
 * goes over. Unfold, then fold again at 75 octets without cutting a UTF-8 sequence, CRLF
 * line endings and a single space before each continuation.
 */
function refold(calendar: string): string {
  const lines = calendar.replace(/\r?\n[ \t]/g, "").split(/\r?\n/);
  if (lines[lines.length - 1] === "") lines.pop();
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}

function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, "utf8");
    // 75 octets on the first line; continuations start with a space, leaving 74.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}
