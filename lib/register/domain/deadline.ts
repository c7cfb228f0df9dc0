/**
 * The answer commitment of one register entry (domain.md §7, Qual-e-Pref): an answer within
 * 5 working days of receipt. When the subject is complex, a holding reply sent within those 5
 * working days, announcing a delay, moves the deadline to the announced date (received +
 * announced calendar days from the holding reply, moved to the next working day when it falls
 * on a day off — the usual rule for a deadline, art. 642 CPC). One rule for the page, the
 * overdue list and the monthly indicators.
 */
import { formatLongDate } from "@/lib/format";
import { addCalendarDays, addWorkingDays, nextWorkingDayFrom, workingDaysBetween } from "./working-days";

export const ANSWER_WORKING_DAYS = 5;

export interface EntryDates {
  receivedOn: Date;
  holdingReplyOn: Date | null;
  /** Calendar days announced in the holding reply */
  announcedDelayDays: number | null;
  answeredOn: Date | null;
}

/** Received + 5 working days: never a weekend or a public holiday. */
export function answerDeadline(receivedOn: Date): Date {
  return addWorkingDays(receivedOn, ANSWER_WORKING_DAYS);
}

export interface EntryDeadline {
  date: Date;
  /** true when an on-time holding reply moved it past the 5 working days */
  extended: boolean;
}

/**
 * The deadline an entry is judged by. `fiveDay` may be passed by callers that computed it
 * already (the monthly figures memoise it per day of receipt).
 */
export function entryDeadline(entry: Omit<EntryDates, "answeredOn">, fiveDay = answerDeadline(entry.receivedOn)): EntryDeadline {
  const { holdingReplyOn, announcedDelayDays } = entry;
  if (holdingReplyOn && announcedDelayDays !== null && announcedDelayDays > 0 && workingDaysBetween(fiveDay, holdingReplyOn) <= 0) {
    const announced = nextWorkingDayFrom(addCalendarDays(holdingReplyOn, announcedDelayDays));
    if (announced > fiveDay) return { date: announced, extended: true };
  }
  return { date: fiveDay, extended: false };
}

export type EntryStatus =
  | { kind: "ANSWERED_IN_TIME"; deadline: EntryDeadline }
  | { kind: "ANSWERED_LATE"; deadline: EntryDeadline; lateWorkingDays: number }
  | { kind: "PENDING"; deadline: EntryDeadline }
  | { kind: "OVERDUE"; deadline: EntryDeadline; lateWorkingDays: number };

/**
 * Where an entry stands on `today` (an answer dated after `today` is not known yet). Late is
 * counted in working days after the deadline: an answer sent on the Saturday after a Friday
 * deadline lost no working day and is on time, and an unanswered entry becomes overdue on the
 * first working day after its deadline.
 */
export function entryStatus(entry: EntryDates, today: Date, fiveDay?: Date): EntryStatus {
  const deadline = entryDeadline(entry, fiveDay);
  if (entry.answeredOn && entry.answeredOn <= today) {
    const late = workingDaysBetween(deadline.date, entry.answeredOn);
    return late <= 0 ? { kind: "ANSWERED_IN_TIME", deadline } : { kind: "ANSWERED_LATE", deadline, lateWorkingDays: late };
  }
  const late = workingDaysBetween(deadline.date, today);
  return late <= 0 ? { kind: "PENDING", deadline } : { kind: "OVERDUE", deadline, lateWorkingDays: late };
}

export function isOverdue(entry: EntryDates, today: Date): boolean {
  return entryStatus(entry, today).kind === "OVERDUE";
}

const workingDays = (n: number) => `${n} jour${n >= 2 ? "s" : ""} ouvré${n >= 2 ? "s" : ""}`;

/** The status in words: « Répondu dans le délai », « En retard de 3 jours ouvrés », « En attente — échéance jeudi 6 mai 2021 ». */
export function statusInWords(status: EntryStatus): string {
  switch (status.kind) {
    case "ANSWERED_IN_TIME":
      return "Répondu dans le délai";
    case "ANSWERED_LATE":
      return `Répondu avec ${workingDays(status.lateWorkingDays)} de retard`;
    case "PENDING":
      return `En attente — échéance ${formatLongDate(status.deadline.date)}`;
    case "OVERDUE":
      return `En retard de ${workingDays(status.lateWorkingDays)}`;
  }
}

/**
 * The latest day of receipt whose 5-working-day deadline is already overdue on `today`: an
 * unanswered entry received after it cannot be overdue (a holding reply only moves a deadline
 * later), so the overdue query reads only entries received up to it.
 */
export function lastReceivedDayPossiblyOverdue(today: Date): Date {
  // The 5-day deadline grows with the day of receipt: step back from today until it is passed.
  let received = today;
  while (workingDaysBetween(answerDeadline(received), today) <= 0) received = addCalendarDays(received, -1);
  return received;
}
