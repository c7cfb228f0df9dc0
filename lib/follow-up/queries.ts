/**
 * The "Suivi du plan d'actions" of a meeting (issue 9 item 6), read from the database: the
 * committee's actions (those born in its meetings, and the prefecture's plan that belongs to
 * no meeting) classified over the window since the previous meeting, and the questions of
 * earlier minutes still open. The meeting page, the minutes page and the minutes exports all
 * print this one structure. Scoped by prefecture and by what the caller may read.
 */
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/policy";
import { actionReadWhere, actionPlanToday } from "@/lib/action-plan/queries";
import { actionOwnerText, dueInWords, isOverdue } from "@/lib/action-plan/domain";
import { ACTION_ORIGIN_LABELS, ACTION_STATUSES, type ActionStatus } from "@/lib/action-plan/vocabulary";
import { askerName } from "@/lib/minutes/domain";
import { INTERVENTION_KIND_LABELS } from "@/lib/minutes/vocabulary";
import { formatDate, formatLongDate } from "@/lib/format";
import { FOLLOW_UP_KIND_LABELS, FOLLOW_UP_KINDS, followUpKind, openQuestions, statusInWindow, type FollowUpKind, type StatusChange } from "./domain";

export interface FollowUpActionView {
  id: string;
  title: string;
  kind: FollowUpKind;
  originText: string;
  owner: string | null;
  /** The status at the end of the window, with the one it moved from */
  statusText: string;
  dueText: string;
  overdue: boolean;
  /** The result, once closed */
  result: string | null;
  /** The latest progress note of the window: "12 octobre 2021 : …" */
  lastNote: string | null;
  href: string;
}

export interface FollowUpQuestionView {
  id: string;
  /** "Question de Mme X (UDAF), séance du jeudi 6 mai 2021" */
  text: string;
  body: string;
  href: string;
  createActionHref: string;
}

export interface MeetingFollowUp {
  /** "Depuis la séance du jeudi 6 mai 2021", or why there is nothing to compare with */
  windowText: string;
  groups: { kind: FollowUpKind; label: string; actions: FollowUpActionView[] }[];
  actionCount: number;
  openQuestions: FollowUpQuestionView[];
}

const personName = { civility: true, firstName: true, lastName: true } as const;

/**
 * The follow-up of one meeting, or null when the meeting is not this prefecture's. `now`
 * closes the window of a meeting still to come. `reader` is the caller, or "record" for the
 * minutes, which print the same follow-up for every reader (no action of a draft meeting).
 */
export async function followUpOfMeeting(code: string, prefectureId: string, meetingId: string, reader: Actor | null | "record", now: Date = new Date()): Promise<MeetingFollowUp | null> {
  const meeting = await db.meeting.findFirst({ where: { id: meetingId, prefectureId }, select: { id: true, committeeId: true, startsAt: true } });
  const visible: Prisma.ImprovementActionWhereInput | null =
    reader === "record" ? { prefectureId, OR: [{ meetingId: null }, { meeting: { status: { not: "DRAFT" } } }] } : actionReadWhere(reader, prefectureId);
  if (!meeting || !visible) return null;
  const previous = await previousMeeting(prefectureId, meeting.committeeId, meeting.startsAt);
  const window = { since: previous?.startsAt ?? null, until: meeting.startsAt.getTime() < now.getTime() ? meeting.startsAt : now };
  const today = actionPlanToday(window.until);

  const rows = await db.improvementAction.findMany({
    where: {
      AND: [
        visible,
        { prefectureId },
        { OR: [{ meetingId: null }, { meeting: { committeeId: meeting.committeeId, prefectureId } }] },
        { createdAt: { lt: window.until } },
        // Closed before the window and untouched since: its last write (the closing) is older.
        window.since ? { OR: [{ status: { in: ["PLANNED", "IN_PROGRESS"] } }, { updatedAt: { gte: window.since } }] } : {},
      ],
    },
    select: {
      id: true,
      title: true,
      origin: true,
      status: true,
      result: true,
      dueOn: true,
      createdAt: true,
      updatedAt: true,
      ownerLabel: true,
      ownerStructure: { select: { name: true, shortName: true } },
      ownerPerson: { select: personName },
      progressNotes: { where: { createdAt: { lt: window.until } }, orderBy: { createdAt: "desc" }, select: { body: true, createdAt: true } },
    },
    orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { title: "asc" }],
  });
  const trail = await db.auditLog.findMany({
    where: { prefectureId, entityType: "ImprovementAction", entityId: { in: rows.map((r) => r.id) }, action: { in: ["actionPlan.update", "actionPlan.status"] } },
    select: { entityId: true, action: true, at: true, before: true, after: true },
  });
  const changes = new Map<string, StatusChange[]>();
  const edits = new Map<string, Date[]>();
  for (const row of trail) {
    if (!row.entityId) continue;
    if (row.action === "actionPlan.status") {
      const to = statusIn(row.after);
      if (!to) continue;
      changes.set(row.entityId, [...(changes.get(row.entityId) ?? []), { at: row.at, from: statusIn(row.before), to }]);
    } else edits.set(row.entityId, [...(edits.get(row.entityId) ?? []), row.at]);
  }

  const views = rows.flatMap((r) => {
    const history = {
      status: r.status,
      createdAt: r.createdAt,
      statusChanges: changes.get(r.id) ?? [],
      // Rows written before the audit trail (the demo's) have no edits on record: their last write stands in.
      edits: edits.get(r.id) ?? (trail.some((t) => t.entityId === r.id) ? [] : [r.updatedAt]),
      notes: r.progressNotes.map((n) => n.createdAt),
    };
    const kind = followUpKind(history, window);
    if (!kind) return [];
    const status = statusInWindow(history, window);
    const dueOn = r.dueOn ? r.dueOn.toISOString().slice(0, 10) : null;
    const closed = kind === "CLOSED";
    const overdue = !closed && isOverdue({ status: status.status, dueOn }, today);
    const note = r.progressNotes.find((n) => !window.since || n.createdAt.getTime() >= window.since.getTime());
    const view: FollowUpActionView = {
      id: r.id,
      title: r.title,
      kind,
      originText: ACTION_ORIGIN_LABELS[r.origin],
      owner: actionOwnerText(r),
      statusText: status.text,
      // Self-describing, as the minutes print it on one line: "Échéance : 31 mars 2027".
      dueText: overdue ? dueInWords({ status: status.status, dueOn }, today) : r.dueOn ? `Échéance : ${formatDate(r.dueOn)}` : "Sans échéance",
      overdue,
      result: closed ? r.result : null,
      lastNote: note ? `${formatDate(note.createdAt)} : ${note.body}` : null,
      href: `/${code}/plan-actions/${r.id}`,
    };
    return [view];
  });

  const questions = await questionsOfEarlierMeetings(prefectureId, meeting.committeeId, meeting.startsAt);
  const open = openQuestions(questions, meeting.startsAt).map(
    (q): FollowUpQuestionView => ({
      id: q.id,
      text: `${q.kindText} de ${q.asker}, séance du ${formatLongDate(q.meetingStartsAt)}`,
      body: q.body,
      href: `/${code}/seances/${q.meetingId}/compte-rendu#section-${q.sectionId}`,
      createActionHref: `/${code}/plan-actions/nouvelle?intervention=${q.id}`,
    }),
  );

  return {
    windowText: previous ? `Depuis la séance du ${formatLongDate(previous.startsAt)}` : "Première séance de ce comité : les actions en cours du plan",
    groups: FOLLOW_UP_KINDS.map((kind) => ({ kind, label: FOLLOW_UP_KIND_LABELS[kind], actions: views.filter((v) => v.kind === kind) })).filter((g) => g.actions.length > 0),
    actionCount: views.length,
    openQuestions: open,
  };
}

/** The committee's meeting before a date (convened or held): where the follow-up's window starts. */
export async function previousMeeting(prefectureId: string, committeeId: string, before: Date): Promise<{ id: string; startsAt: Date } | null> {
  return db.meeting.findFirst({
    where: { prefectureId, committeeId, startsAt: { lt: before }, status: { in: ["CONVENED", "HELD"] } },
    orderBy: { startsAt: "desc" },
    select: { id: true, startsAt: true },
  });
}

/** The status an audit row's before/after JSON holds, if any. */
function statusIn(json: unknown): ActionStatus | null {
  const value = json && typeof json === "object" && "status" in json ? (json as { status: unknown }).status : null;
  return ACTION_STATUSES.find((s) => s === value) ?? null;
}

/** The questions, suggestions and complaints of the latest minutes of each earlier meeting of the committee. */
async function questionsOfEarlierMeetings(prefectureId: string, committeeId: string, before: Date) {
  const minutes = await db.minutes.findMany({
    where: { meeting: { prefectureId, committeeId, startsAt: { lt: before } } },
    select: { id: true, revision: true, meetingId: true, meeting: { select: { startsAt: true } } },
  });
  // A corrected record replaces the earlier revision: only the latest one counts.
  const latest = new Map<string, (typeof minutes)[number]>();
  for (const m of minutes) if ((latest.get(m.meetingId)?.revision ?? -1) < m.revision) latest.set(m.meetingId, m);
  const byId = new Map([...latest.values()].map((m) => [m.id, m]));
  if (byId.size === 0) return [];
  const rows = await db.intervention.findMany({
    where: { section: { minutesId: { in: [...byId.keys()] } }, kind: { in: ["QUESTION", "SUGGESTION", "COMPLAINT"] } },
    orderBy: [{ section: { position: "asc" } }, { position: "asc" }],
    select: {
      id: true,
      kind: true,
      text: true,
      sectionId: true,
      askerLabel: true,
      askerPerson: { select: { ...personName, organization: { select: { name: true } } } },
      askerOrganization: { select: { name: true } },
      section: { select: { minutesId: true } },
      _count: { select: { answers: true, improvementActions: true } },
    },
  });
  return rows.map((i) => {
    const m = byId.get(i.section.minutesId) as (typeof minutes)[number];
    return {
      id: i.id,
      kindText: INTERVENTION_KIND_LABELS[i.kind],
      asker: askerName(i),
      body: i.text,
      sectionId: i.sectionId,
      meetingId: m.meetingId,
      meetingStartsAt: m.meeting.startsAt,
      answered: i._count.answers > 0,
      hasAction: i._count.improvementActions > 0,
    };
  });
}
