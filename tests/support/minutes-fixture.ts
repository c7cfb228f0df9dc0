/**
 * A held meeting of the Vienne member's committee without minutes, for the minutes e2e flow:
 * two agenda items (one with a presenter and slides), attendance with the demo member (who
 * receives the review e-mail) and a State representative. Fixed ids: idempotent.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";

const IDS = {
  meeting: "e2e0c0de-0086-4000-8000-000000000001",
  item1: "e2e0c0de-0086-4000-8000-000000000002",
  item2: "e2e0c0de-0086-4000-8000-000000000003",
};

export async function prepareHeldMeetingForMinutes(db: PrismaClient, memberEmail: string) {
  const person = await db.person.findFirstOrThrow({ where: { user: { email: memberEmail } }, include: { seats: true } });
  const seat = person.seats[0];
  if (!seat) throw new Error(`${memberEmail} holds no seat`);
  const existing = await db.meeting.findUnique({ where: { id: IDS.meeting } });
  if (!existing) {
    const presenter = await db.person.findFirstOrThrow({ where: { prefectureId: person.prefectureId, lastName: "SAUVAIRE" } });
    await db.meeting.create({
      data: {
        id: IDS.meeting,
        prefectureId: person.prefectureId,
        committeeId: seat.committeeId,
        startsAt: new Date("2026-10-15T08:00:00Z"),
        closedAt: new Date("2026-10-15T09:50:00Z"),
        room: "Salle Marzellier",
        mode: "IN_PERSON",
        status: "HELD",
        agendaItems: {
          create: [
            { id: IDS.item1, position: 0, title: "L'accueil des usagers", slideReference: "Diaporama pages 3 à 5", presenters: { create: [{ personId: presenter.id, position: 0 }] } },
            { id: IDS.item2, position: 1, title: "Questions diverses" },
          ],
        },
        attendances: {
          create: [
            { memberId: seat.id, personId: person.id, college: seat.college, status: "PRESENT", position: 0 },
            { personId: presenter.id, college: "STATE", status: "PRESENT", position: 1, functionSnapshot: "cheffe du bureau de l'accueil" },
          ],
        },
      },
    });
  }
  return { meetingId: IDS.meeting, memberAddress: person.email ?? memberEmail };
}
