/**
 * Two meetings of the Vienne member's committee for the whole-loop e2e (issue 9 item 9): one
 * held a month ago (no minutes yet, a "Questions diverses" item, the member present) and the
 * next one, convened in two months. Dates are relative to now, so the loop's window (from the
 * last meeting to now) holds whatever day the suite runs. Fixed ids: idempotent, the dates
 * are moved on each run.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";

const IDS = {
  held: "e2e0f011-0086-4000-8000-000000000001",
  heldItem: "e2e0f011-0086-4000-8000-000000000002",
  next: "e2e0f011-0086-4000-8000-000000000003",
};

const DAY = 86_400_000;

export async function prepareFollowUpMeetings(db: PrismaClient, memberEmail: string, now = new Date()) {
  const person = await db.person.findFirstOrThrow({ where: { user: { email: memberEmail } }, include: { seats: true } });
  const seat = person.seats[0];
  if (!seat) throw new Error(`${memberEmail} holds no seat`);
  const heldAt = new Date(now.getTime() - 30 * DAY);
  const nextAt = new Date(now.getTime() + 60 * DAY);
  await db.meeting.upsert({
    where: { id: IDS.held },
    update: { startsAt: heldAt },
    create: {
      id: IDS.held,
      prefectureId: person.prefectureId,
      committeeId: seat.committeeId,
      startsAt: heldAt,
      room: "Salle Marzellier",
      mode: "IN_PERSON",
      status: "HELD",
      agendaItems: { create: [{ id: IDS.heldItem, position: 0, title: "Questions diverses" }] },
      attendances: { create: [{ memberId: seat.id, personId: person.id, college: seat.college, status: "PRESENT", position: 0 }] },
    },
  });
  await db.meeting.upsert({
    where: { id: IDS.next },
    update: { startsAt: nextAt },
    create: { id: IDS.next, prefectureId: person.prefectureId, committeeId: seat.committeeId, startsAt: nextAt, room: "Salle Marzellier", mode: "IN_PERSON", status: "CONVENED" },
  });
  return { heldId: IDS.held, nextId: IDS.next, memberPersonId: person.id };
}
