/**
 * The loop between two meetings of a committee (issue 9 item 6), as pure rules: what the
 * "Suivi du plan d'actions" agenda item of a meeting reports.
 *
 * The window runs from the previous meeting's start (excluded: null when there is none) to
 * this meeting's start, or to now while the meeting is still to come. Every instant comes
 * from the action's history (creation, edits, status changes, progress notes), so the
 * follow-up of a past meeting reads the same whenever it is printed: a later change does
 * not rewrite what was reported then.
 *
 * Open items carry over: an open action nobody touched is still listed ("sans changement"),
 * and a question, suggestion or complaint of any earlier meeting of the committee stays open
 * until it gets an answer in the minutes or an action.
 */
import { ACTION_STATUS_LABELS, type ActionStatus } from "@/lib/action-plan/vocabulary";

export type FollowUpKind = "CLOSED" | "OPENED" | "CHANGED" | "OPEN";

/** In the order the item reads them: what was done first, what still waits last. */
export const FOLLOW_UP_KINDS = ["CLOSED", "OPENED", "CHANGED", "OPEN"] as const satisfies readonly FollowUpKind[];

export const FOLLOW_UP_KIND_LABELS = {
  CLOSED: "Actions closes",
  OPENED: "Nouvelles actions",
  CHANGED: "Actions qui ont avancé",
  OPEN: "Actions en cours, sans changement",
} as const satisfies Record<FollowUpKind, string>;

export interface FollowUpWindow {
  /** The previous meeting's start; null: the committee's first meeting */
  since: Date | null;
  /** This meeting's start, or now while it is to come */
  until: Date;
}

export interface StatusChange {
  at: Date;
  from: ActionStatus | null;
  to: ActionStatus;
}

export interface ActionHistory {
  /** The status now */
  status: ActionStatus;
  createdAt: Date;
  /** From the audit trail, in any order */
  statusChanges: readonly StatusChange[];
  /** Field edits (title, owner, due date…) from the audit trail */
  edits: readonly Date[];
  /** Progress notes */
  notes: readonly Date[];
}

const CLOSED_STATUSES: readonly ActionStatus[] = ["DONE", "DROPPED"];
export const isClosedStatus = (s: ActionStatus) => CLOSED_STATUSES.includes(s);

/** The status an action had just before `at`, read back from its changes. */
export function statusBefore(h: ActionHistory, at: Date): ActionStatus {
  const changes = [...h.statusChanges].sort((a, b) => a.at.getTime() - b.at.getTime());
  const before = changes.filter((c) => c.at.getTime() < at.getTime());
  const last = before.at(-1);
  if (last) return last.to;
  const after = changes.find((c) => c.at.getTime() >= at.getTime());
  // No change before: the status it was created with (the first later change's "from").
  return after?.from ?? h.status;
}

/** How an action enters a meeting's follow-up, or null when it does not (not yet created, closed before). */
export function followUpKind(h: ActionHistory, w: FollowUpWindow): FollowUpKind | null {
  const until = w.until.getTime();
  const since = w.since?.getTime() ?? Number.NEGATIVE_INFINITY;
  const inWindow = (d: Date) => d.getTime() >= since && d.getTime() < until;
  if (h.createdAt.getTime() >= until) return null;
  const closedAtEnd = isClosedStatus(statusBefore(h, w.until));
  // A committee's first meeting has nothing to compare with: it reviews the open actions only.
  if (w.since === null) return closedAtEnd ? null : "OPEN";
  const createdInWindow = inWindow(h.createdAt);
  if (closedAtEnd) return createdInWindow || !isClosedStatus(statusBefore(h, w.since)) ? "CLOSED" : null;
  if (createdInWindow) return "OPENED";
  const touched = [...h.edits, ...h.notes, ...h.statusChanges.map((c) => c.at)].some(inWindow);
  return touched ? "CHANGED" : "OPEN";
}

/** "Réalisée (était : En cours)" when the status moved in the window, else the status. */
export function statusInWindow(h: ActionHistory, w: FollowUpWindow): { status: ActionStatus; text: string } {
  const end = statusBefore(h, w.until);
  const start = w.since && h.createdAt.getTime() < w.since.getTime() ? statusBefore(h, w.since) : null;
  const text = start && start !== end ? `${ACTION_STATUS_LABELS[end]} (était : ${ACTION_STATUS_LABELS[start].toLowerCase()})` : ACTION_STATUS_LABELS[end];
  return { status: end, text };
}

export interface QuestionFacts {
  /** The start of the meeting whose minutes record it */
  meetingStartsAt: Date;
  answered: boolean;
  hasAction: boolean;
}

/**
 * The questions still open at a meeting: asked at an earlier meeting of the committee, with
 * neither an answer nor an action. Oldest first: the longest-waiting question comes first.
 */
export function openQuestions<Q extends QuestionFacts>(questions: readonly Q[], meetingStartsAt: Date): Q[] {
  return questions
    .filter((q) => q.meetingStartsAt.getTime() < meetingStartsAt.getTime() && !q.answered && !q.hasAction)
    .sort((a, b) => a.meetingStartsAt.getTime() - b.meetingStartsAt.getTime());
}
