/**
 * Resolves what a meeting-level action or route acts on, for the policy: the meeting's
 * prefecture and committee, read from the database (never from the caller's input).
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Resource } from "@/lib/auth/policy";

/** A meeting with its status: the policy hides a draft from members, for actions too. */
export async function meetingResource(db: PrismaClient, meetingId: string): Promise<Resource | null> {
  const m = await db.meeting.findUnique({ where: { id: meetingId }, select: { prefectureId: true, committeeId: true, status: true } });
  return m && { kind: "meeting", prefectureId: m.prefectureId, committeeId: m.committeeId, status: m.status };
}

export async function committeeResource(db: PrismaClient, committeeId: string): Promise<Resource | null> {
  const c = await db.committee.findUnique({ where: { id: committeeId }, select: { prefectureId: true } });
  return c && { kind: "committee", prefectureId: c.prefectureId, committeeId };
}

export async function agendaItemResource(db: PrismaClient, itemId: string): Promise<Resource | null> {
  const item = await db.agendaItem.findUnique({
    where: { id: itemId },
    select: { meeting: { select: { prefectureId: true, committeeId: true, status: true } } },
  });
  return item && { kind: "meeting", ...item.meeting };
}
