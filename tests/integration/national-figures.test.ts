// The /national comparison (lib/prefectures/queries.ts listPrefecturesForNational) counts the
// meetings that took place: not the cancelled ones, not the future ones, not a draft whose
// day has passed without a convocation; "last meeting" is the last one held, never one to come.
import { describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { MeetingStatus } from "@/lib/generated/prisma/enums";
import { listPrefecturesForNational } from "@/lib/prefectures/queries";
import { createPrefecture, testPrefectureSeed } from "@/tests/factories/prefectures";
import { testDb } from "./support";

const db = testDb();

/** A prefecture with a code no other test holds (the factory's random 9xx codes may collide). */
async function freshPrefecture(client: PrismaClient) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await createPrefecture(client, testPrefectureSeed());
    } catch (error) {
      if (attempt > 30 || (error as { code?: string }).code !== "P2002") throw error;
    }
  }
}

describe("national figures", () => {
  it("count only the meetings held, and date the last one held", async () => {
    const prefecture = await freshPrefecture(db);
    const committee = await db.committee.create({ data: { prefectureId: prefecture.id, kind: "CLU", name: "Comité local des usagers" } });
    const now = new Date("2026-06-15T12:00:00Z");
    const meeting = (startsAt: string, status: MeetingStatus) =>
      db.meeting.create({ data: { prefectureId: prefecture.id, committeeId: committee.id, startsAt: new Date(startsAt), status } });
    await meeting("2025-05-06T12:30:00Z", "HELD");
    await meeting("2026-03-10T09:00:00Z", "HELD");
    await meeting("2026-04-20T09:00:00Z", "CONVENED"); // held, attendance not yet taken
    await meeting("2026-05-12T09:00:00Z", "CANCELLED");
    await meeting("2026-05-20T09:00:00Z", "DRAFT"); // never convened
    await meeting("2026-09-01T09:00:00Z", "CONVENED"); // still to come
    await meeting("2026-12-01T09:00:00Z", "DRAFT");

    const row = (await listPrefecturesForNational(now)).find((p) => p.id === prefecture.id);
    expect(row).toMatchObject({ committees: 1, meetings: 3 });
    expect(row?.lastMeetingAt?.toISOString()).toBe("2026-04-20T09:00:00.000Z");
  });

  it("show no last meeting for a prefecture whose only meetings are cancelled or to come", async () => {
    const prefecture = await freshPrefecture(db);
    const committee = await db.committee.create({ data: { prefectureId: prefecture.id, kind: "CLU_CLAC", name: "CLU-CLAC" } });
    const now = new Date("2026-06-15T12:00:00Z");
    await db.meeting.createMany({
      data: [
        { prefectureId: prefecture.id, committeeId: committee.id, startsAt: new Date("2026-02-01T09:00:00Z"), status: "CANCELLED" },
        { prefectureId: prefecture.id, committeeId: committee.id, startsAt: new Date("2026-10-01T09:00:00Z"), status: "CONVENED" },
      ],
    });
    const row = (await listPrefecturesForNational(now)).find((p) => p.id === prefecture.id);
    expect(row).toMatchObject({ meetings: 0, lastMeetingAt: null });
  });
});
