/**
 * When an action is late: open (planned or in progress) with a due date before the day it is
 * judged on. Days are "YYYY-MM-DD" (Paris calendar days), compared as strings.
 */
import { formatDate } from "@/lib/format";
import { OPEN_STATUSES, type ActionStatus } from "@/lib/action-plan/vocabulary";

export interface DueFacts {
  status: ActionStatus;
  /** "YYYY-MM-DD" or null when no due date was set */
  dueOn: string | null;
}

export const isOpen = (status: ActionStatus) => (OPEN_STATUSES as readonly ActionStatus[]).includes(status);

export function isOverdue(action: DueFacts, today: string): boolean {
  return action.dueOn !== null && isOpen(action.status) && action.dueOn < today;
}

/** Whole calendar days past the due date (0 when not overdue). */
export function daysOverdue(action: DueFacts, today: string): number {
  if (!isOverdue(action, today) || !action.dueOn) return 0;
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${action.dueOn}T00:00:00Z`)) / 86_400_000);
}

const dayDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The due date in words, with the delay when late: "En retard de 12 jours (échéance 31 décembre 2021)". */
export function dueInWords(action: DueFacts, today: string): string {
  if (!action.dueOn) return "Sans échéance";
  const date = formatDate(dayDate(action.dueOn));
  const late = daysOverdue(action, today);
  if (late > 0) return `En retard de ${late} ${late < 2 ? "jour" : "jours"} (échéance ${date})`;
  return date;
}
