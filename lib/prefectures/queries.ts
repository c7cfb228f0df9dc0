/**
 * Prefecture-level reads: the public list and the dashboard. Every query of a prefecture's
 * data carries its prefectureId in the where clause (layer 3 of the authorisation).
 */
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/policy";
import { can } from "@/lib/auth/policy";
import { visibleMeetingsWhere } from "@/lib/meetings/queries";
import { currentOnWhere, dayOf } from "@/lib/periods";

export async function listPrefectures() {
  return db.prefecture.findMany({
    orderBy: { code: "asc" },
    select: { id: true, code: true, name: true, seatCity: true, stateHeader: true },
  });
}

/**
 * The meetings the national figures count: those that took place. A cancelled meeting never
 * happened, a future one has not happened yet, and a draft whose day has passed was never
 * convened; counting them would make a prefecture look more active than it is and show a
 * "last meeting" still to come.
 */
export function heldMeetingsWhere(now: Date) {
  return { startsAt: { lte: now }, status: { in: ["CONVENED", "HELD"] } } satisfies Prisma.MeetingWhereInput;
}

export async function listPrefecturesForNational(now = new Date()) {
  const held = heldMeetingsWhere(now);
  const prefectures = await db.prefecture.findMany({
    orderBy: { code: "asc" },
    select: {
      id: true,
      code: true,
      name: true,
      seatCity: true,
      _count: { select: { committees: true, meetings: { where: held }, persons: true } },
      meetings: { where: held, orderBy: { startsAt: "desc" }, take: 1, select: { startsAt: true } },
    },
  });
  return prefectures.map((p) => ({
    id: p.id,
    code: p.code,
    name: p.name,
    seatCity: p.seatCity,
    committees: p._count.committees,
    meetings: p._count.meetings,
    persons: p._count.persons,
    lastMeetingAt: p.meetings[0]?.startsAt ?? null,
  }));
}

/**
 * The dashboard of one prefecture, restricted to what the actor may read: a member sees
 * only the committees they sit on.
 */
export async function getDashboard(prefectureId: string, actor: Actor, now = new Date()) {
  const committees = await db.committee.findMany({
    where: { prefectureId, archivedAt: null },
    orderBy: { name: "asc" },
    select: {
      id: true,
      kind: true,
      name: true,
      members: {
        where: currentOnWhere(dayOf(now)),
        select: { college: true },
      },
    },
  });
  const visible = committees.filter((c) =>
    can(actor, "committee.read", { kind: "committee", prefectureId, committeeId: c.id }),
  );
  const committeeIds = visible.map((c) => c.id);
  const meetingSelect = {
    id: true,
    startsAt: true,
    hasStartTime: true,
    room: true,
    mode: true,
    status: true,
    committeeId: true,
    committee: { select: { name: true, kind: true } },
    _count: { select: { agendaItems: { where: { parentId: null } }, attendances: true } },
  } as const;
  // What the actor may see is part of the where (drafts hidden from members), so the lists
  // are filtered in SQL before `take` and the count is the real one.
  const visibleMeetings = { prefectureId, committeeId: { in: committeeIds }, ...visibleMeetingsWhere(actor, prefectureId) };
  const upcoming = { ...visibleMeetings, startsAt: { gte: now }, status: { not: "CANCELLED" as const } };
  const [nextMeetings, lastMeetings, upcomingCount] = await Promise.all([
    db.meeting.findMany({ where: upcoming, orderBy: { startsAt: "asc" }, take: 3, select: meetingSelect }),
    db.meeting.findMany({ where: { ...visibleMeetings, startsAt: { lt: now } }, orderBy: { startsAt: "desc" }, take: 5, select: meetingSelect }),
    db.meeting.count({ where: upcoming }),
  ]);
  return {
    committees: visible.map((c) => ({
      id: c.id,
      kind: c.kind,
      name: c.name,
      membersCount: c.members.length,
      byCollege: countBy(c.members.map((m) => m.college)),
    })),
    membersCount: visible.reduce((sum, c) => sum + c.members.length, 0),
    nextMeetings,
    upcomingCount,
    lastMeetings,
  };
}

function countBy<K extends string>(keys: K[]): Partial<Record<K, number>> {
  const out: Partial<Record<K, number>> = {};
  for (const k of keys) out[k] = (out[k] ?? 0) + 1;
  return out;
}
