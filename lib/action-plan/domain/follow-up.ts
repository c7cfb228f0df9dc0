/**
 * "What happened since the last meeting" for the "Suivi du plan d'actions" agenda item
 * (issue 9 item 6): an action counts as closed when its last status change since that date
 * closed it, opened when it was created since, changed when anything else was written
 * (fields, a status, a progress note). Instants are compared as given (the meeting's start).
 */
import type { ActionStatus } from "@/lib/action-plan/vocabulary";

export type FollowUpChange = "OPENED" | "CHANGED" | "CLOSED";

export const FOLLOW_UP_CHANGE_LABELS = {
  OPENED: "Nouvelle action",
  CHANGED: "Action suivie",
  CLOSED: "Action close",
} as const satisfies Record<FollowUpChange, string>;

export interface FollowUpFacts {
  status: ActionStatus;
  createdAt: Date;
  updatedAt: Date;
  /** The latest progress note, or null */
  lastNoteAt: Date | null;
  /** The latest status change, or null (none recorded) */
  lastStatusChangeAt: Date | null;
}

export function changeSince(action: FollowUpFacts, since: Date): FollowUpChange | null {
  const after = (d: Date | null) => d !== null && d.getTime() >= since.getTime();
  const closed = action.status === "DONE" || action.status === "DROPPED";
  if (closed && after(action.lastStatusChangeAt)) return "CLOSED";
  if (after(action.createdAt)) return closed ? "CLOSED" : "OPENED";
  if (after(action.updatedAt) || after(action.lastNoteAt) || after(action.lastStatusChangeAt)) return "CHANGED";
  return null;
}
