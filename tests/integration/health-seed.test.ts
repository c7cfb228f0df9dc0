import { beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db-client";
import { checkHealth } from "@/lib/health";
import { seedDemo } from "@/prisma/seed/demo";
import { testDb, withDemoData } from "./support";

const db = testDb();
beforeAll(async () => {
  await withDemoData(db);
});

describe("health", () => {
  it("is ok on the live database", async () => {
    expect(await checkHealth(db)).toEqual({ status: "ok", database: "ok" });
  });
  it("says the database is unavailable when it cannot be reached", async () => {
    const dead = createPrismaClient("postgresql://postgres:postgres@127.0.0.1:1/nothing");
    expect(await checkHealth(dead, 2000)).toEqual({ status: "error", database: "unavailable" });
    await dead.$disconnect();
  });
});

describe("demo data", () => {
  it("holds the seeds' prefectures, meetings and attendance as published", async () => {
    const prefectures = await db.prefecture.findMany({ orderBy: { code: "asc" }, select: { code: true } });
    expect(prefectures.map((p) => p.code)).toEqual(expect.arrayContaining(["16", "86", "88"]));
    const meetings = await db.meeting.findMany({
      // Other test files add meetings to the same database: the seeds' meetings are before 2024.
      where: { prefecture: { code: { in: ["16", "86", "88"] } }, startsAt: { lt: new Date("2024-01-01") } },
      orderBy: { startsAt: "asc" },
      include: { _count: { select: { attendances: true, agendaItems: true } }, prefecture: true },
    });
    expect(meetings.map((m) => [m.prefecture.code, m.startsAt.toLocaleDateString("sv-SE", { timeZone: "Europe/Paris" }), m._count.attendances])).toEqual([
      ["86", "2021-05-06", 47],
      ["16", "2022-04-05", 17],
      ["88", "2022-12-08", 19],
      ["86", "2023-01-24", 0],
    ]);
    const represented = await db.attendance.findMany({
      where: { status: "REPRESENTED", meeting: { prefecture: { code: "86" }, startsAt: { lt: new Date("2024-01-01") } } },
      include: { representedByPerson: true },
    });
    expect(represented).toHaveLength(7);
    expect(represented.every((a) => a.representedByPerson !== null)).toBe(true);
    expect(await db.attendance.count({ where: { status: "REMOTE", meeting: { prefecture: { code: "88" } } } })).toBe(1);
    expect(
      await db.attendance.count({ where: { personId: null, seatLabel: { not: null }, meeting: { prefecture: { code: "88" } } } }),
    ).toBeGreaterThan(0);
  });

  it("is idempotent: a second run changes nothing", async () => {
    const counts = async () => ({
      prefectures: await db.prefecture.count(),
      persons: await db.person.count(),
      meetings: await db.meeting.count(),
      attendances: await db.attendance.count(),
      values: await db.indicatorValue.count(),
      users: await db.user.count(),
      engagements: await db.engagement.count(),
    });
    const before = await counts();
    const report = await seedDemo(db);
    expect(report.prefecturesCreated).toEqual([]);
    expect(report.referentialsCreated).toBe(0);
    expect(await counts()).toEqual(before);
  });
});
