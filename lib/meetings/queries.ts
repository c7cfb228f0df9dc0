/**
 * Meeting reads: the list, the hub of one meeting, and the data its documents are made from.
 * Every query carries the prefecture in its where clause; callers have checked the policy.
 */
import "server-only";
import { db } from "@/lib/db";
import { meetingReadScope, type Actor } from "@/lib/auth/policy";
import type { Prisma } from "@/lib/generated/prisma/client";
import { formatPersonName } from "@/lib/format";
import type { MeetingDocumentData, DocumentAgendaItem } from "./document-data";
import { buildAgendaTree, chairLine, numberAgenda } from "./domain";
import { loadAttendanceSheet } from "./attendance-sheet";
import { currentOf, currentOnWhere, dayOf } from "@/lib/periods";
import type { CommitteeKind } from "@/lib/committees/vocabulary";

export async function listCommittees(prefectureId: string) {
  return db.committee.findMany({
    where: { prefectureId, archivedAt: null },
    orderBy: { name: "asc" },
    select: { id: true, name: true, kind: true },
  });
}

/**
 * The meetings of a prefecture the actor may see, as a `where` fragment (the policy's
 * meetingReadScope): every list and loader filters in SQL, before any `take`.
 */
export function visibleMeetingsWhere(actor: Actor | null, prefectureId: string): Prisma.MeetingWhereInput {
  const scope = meetingReadScope(actor, prefectureId);
  if (!scope) return { id: { in: [] } };
  if (scope.committees === "all") return { prefectureId };
  return { prefectureId, committeeId: { in: scope.committees }, status: { not: "DRAFT" } };
}

/** A committee's name and kind come from the period current on the meeting's day. */
const committeeWithPeriods = {
  select: { id: true, name: true, kind: true, periods: { select: { kind: true, name: true, startsOn: true, endsOn: true } } },
} as const;

function committeeOnMeetingDay<T extends { id: string; name: string; kind: CommitteeKind; periods: { kind: CommitteeKind; name: string; startsOn: Date | null; endsOn: Date | null }[] }>(
  committee: T,
  startsAt: Date,
) {
  const period = currentOf(committee.periods, dayOf(startsAt));
  return { id: committee.id, name: period?.name ?? committee.name, kind: period?.kind ?? committee.kind };
}

export async function listMeetings(prefectureId: string, actor: Actor) {
  const meetings = await db.meeting.findMany({
    where: { prefectureId, ...visibleMeetingsWhere(actor, prefectureId) },
    orderBy: { startsAt: "desc" },
    select: {
      id: true,
      startsAt: true,
      hasStartTime: true,
      room: true,
      mode: true,
      status: true,
      committeeId: true,
      committee: committeeWithPeriods,
    },
  });
  return meetings.map((m) => ({ ...m, committee: committeeOnMeetingDay(m.committee, m.startsAt) }));
}

const personSelect = { civility: true, firstName: true, lastName: true, function: true } as const;

export async function getMeetingHub(prefectureId: string, meetingId: string) {
  // The history is read beside the hub, not after it: one statement whose subqueries find the
  // meeting's parts (agenda items, live documents, replies) — as the hub lists them — and which
  // returns only what the page shows of an audit row (never its before/after snapshots).
  const historyQuery = db.$queryRaw<{ id: bigint; at: Date; action: string; userName: string | null }[]>`
    SELECT a.id, a.at, a.action, u.name AS "userName"
    FROM audit_logs a
    LEFT JOIN users u ON u.id = a.user_id
    WHERE a.prefecture_id = ${prefectureId}::uuid
      AND a.entity_id IN (
        SELECT ${meetingId}::text
        UNION ALL SELECT i.id::text FROM agenda_items i WHERE i.meeting_id = ${meetingId}::uuid
        UNION ALL SELECT d.id::text FROM documents d WHERE d.meeting_id = ${meetingId}::uuid AND d.deleted_at IS NULL
        UNION ALL SELECT r.id::text FROM meeting_replies r WHERE r.meeting_id = ${meetingId}::uuid
      )
    ORDER BY a.at DESC
    LIMIT 50`;
  const meetingQuery = db.meeting.findFirst({
    where: { id: meetingId, prefectureId },
    include: {
      committee: committeeWithPeriods,
      chairPerson: { select: personSelect },
      agendaItems: {
        orderBy: [{ position: "asc" }],
        include: {
          presenters: { orderBy: { position: "asc" }, include: { person: { select: personSelect } } },
          documents: { where: { deletedAt: null }, select: { id: true, title: true, fileName: true, sizeBytes: true } },
        },
      },
      documents: {
        where: { deletedAt: null },
        orderBy: { createdAt: "asc" },
        select: { id: true, title: true, fileName: true, mimeType: true, sizeBytes: true, agendaItemId: true, createdAt: true },
      },
      replies: { include: { person: { select: personSelect } }, orderBy: { respondedAt: "asc" } },
      convocations: {
        orderBy: { sentAt: "desc" },
        include: { recipients: { include: { outboxMessage: { select: { sentAt: true, error: true } } } } },
      },
      attendances: {
        orderBy: { position: "asc" },
        include: {
          person: { select: personSelect },
          organization: { select: { name: true } },
          representedByPerson: { select: personSelect },
        },
      },
      statusChanges: { orderBy: { at: "asc" }, include: { user: { select: { name: true } } } },
    },
  });
  const [meeting, historyRows] = await Promise.all([meetingQuery, historyQuery]);
  if (!meeting) return null;
  const history = historyRows.map((h) => ({ id: h.id, at: h.at, action: h.action, user: h.userName === null ? null : { name: h.userName } }));
  return { ...meeting, committee: committeeOnMeetingDay(meeting.committee, meeting.startsAt), history };
}

export type MeetingHub = NonNullable<Awaited<ReturnType<typeof getMeetingHub>>>;

/** Current seats of the meeting's committee, in college order, for convocations and attendance. */
export async function listCommitteeSeats(prefectureId: string, committeeId: string, at: Date) {
  return db.member.findMany({
    where: {
      committeeId,
      committee: { prefectureId },
      ...currentOnWhere(dayOf(at)),
    },
    orderBy: [{ college: "asc" }, { createdAt: "asc" }],
    include: { person: { include: { organization: { select: { name: true } } } }, organization: { select: { name: true } } },
  });
}

function presenterLabel(p: { label: string | null; person: { civility: "M" | "MME" | null; firstName: string | null; lastName: string; function: string | null } | null }) {
  if (p.person) return [formatPersonName(p.person), p.person.function].filter(Boolean).join(", ");
  return p.label ?? "";
}

/** Everything the convocation, the attendance sheet and the .ics need. */
export async function getMeetingDocumentData(prefectureId: string, meetingId: string, issuedOn = new Date()): Promise<MeetingDocumentData | null> {
  const hub = await getMeetingHub(prefectureId, meetingId);
  if (!hub) return null;
  const prefecture = await db.prefecture.findUniqueOrThrow({ where: { id: prefectureId } });
  // The latest dated minutes of this committee (else of the prefecture) give the envelope.
  const referentContact =
    (await db.minutes.findFirst({
      where: { meeting: { prefectureId, committeeId: hub.committeeId }, issuedOn: { not: null }, contactName: { not: null } },
      orderBy: { issuedOn: "desc" },
      select: { issuingService: true, contactName: true, contactRole: true, contactPhone: true, contactEmail: true },
    })) ??
    (await db.minutes.findFirst({
      where: { meeting: { prefectureId }, issuedOn: { not: null }, contactName: { not: null } },
      orderBy: { issuedOn: "desc" },
      select: { issuingService: true, contactName: true, contactRole: true, contactPhone: true, contactEmail: true },
    }));
  const numbered = numberAgenda(
    buildAgendaTree(hub.agendaItems.map((i) => ({ ...i, presenterLabels: i.presenters.map(presenterLabel) }))),
    hub.numberingStyle,
  );
  type Numbered = (typeof numbered)[number];
  const toDocument = (item: Numbered): DocumentAgendaItem => ({
    number: item.number,
    title: item.title,
    presenters: item.presenterLabels,
    slideReference: item.slideReference,
    plannedMinutes: item.plannedMinutes,
    children: (item.children as Numbered[]).map(toDocument),
  });
  const seats = await listCommitteeSeats(prefectureId, hub.committeeId, hub.startsAt);
  return {
    meetingId: hub.id,
    prefecture: { code: prefecture.code, name: prefecture.name, stateHeader: prefecture.stateHeader, seatCity: prefecture.seatCity },
    committee: { kind: hub.committee.kind, name: hub.committee.name },
    issuingService: referentContact?.issuingService ?? null,
    contact: referentContact?.contactName
      ? {
          name: referentContact.contactName,
          role: referentContact.contactRole,
          phone: referentContact.contactPhone,
          email: referentContact.contactEmail,
        }
      : null,
    issuedPlace: prefecture.seatCity,
    issuedOn,
    meeting: {
      startsAt: hub.startsAt,
      hasStartTime: hub.hasStartTime,
      endsAt: hub.endsAt,
      room: hub.room,
      place: hub.place,
      mode: hub.mode,
      chair: chairLine(hub.chairPerson, hub.chairLabel),
    },
    agenda: numbered.map(toDocument),
    participants: seats.map((s) => ({
      name: s.person ? formatPersonName(s.person) : (s.seatLabel ?? s.organization?.name ?? ""),
      function: s.person?.function ?? (s.person ? null : s.seatLabel && s.organization ? s.seatLabel : null),
      organization: s.person?.organization?.name ?? s.organization?.name ?? null,
      college: s.college,
    })),
  };
}

/** The caller's own person on a committee (a member answering for themself), if any. */
export async function findMemberPerson(userId: string, prefectureId: string, committeeId: string) {
  return db.person.findFirst({ where: { userId, prefectureId, seats: { some: { committeeId } } }, select: { id: true } });
}

/** The attendance sheet to fill in (lib/meetings/attendance-sheet.ts), for a meeting the caller loaded. */
export async function getAttendanceSheet(meeting: Parameters<typeof loadAttendanceSheet>[1], now = new Date()) {
  return loadAttendanceSheet(db, meeting, now);
}

/** The prefecture's outbox: every e-mail the portal produced, sent or waiting. */
export async function listOutbox(prefectureId: string) {
  return db.outboxMessage.findMany({ where: { prefectureId }, orderBy: { createdAt: "desc" }, take: 200 });
}

/** Who may chair: the prefecture's persons, "CASTELNOT Chantal — Préfecture de la Vienne". */
export async function listChairChoices(prefectureId: string): Promise<{ id: string; label: string }[]> {
  const persons = await db.person.findMany({
    where: { prefectureId },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
    select: { id: true, firstName: true, lastName: true, function: true, organization: { select: { name: true } } },
    take: 2000,
  });
  return persons.map((p) => ({
    id: p.id,
    label: [[p.lastName, p.firstName].filter(Boolean).join(" "), p.function ?? p.organization?.name].filter(Boolean).join(" — "),
  }));
}

/** Suggestions for the "Présentation par" field: the prefecture's persons with their function. */
export async function listPresenterSuggestions(prefectureId: string): Promise<string[]> {
  const { presenterSuggestion } = await import("./presenters");
  const persons = await db.person.findMany({
    where: { prefectureId },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
    select: { id: true, civility: true, firstName: true, lastName: true, function: true },
    take: 1000,
  });
  return persons.map(presenterSuggestion);
}
