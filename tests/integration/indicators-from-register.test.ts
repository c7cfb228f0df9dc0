// The e-mail and complaint indicators computed from the register of requests (domain.md §7)
// on a real database: month by month through the grid's storePeriod (source REGISTER), the
// 5-working-day rule of lib/register, locked months left alone, a second run changes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { computeIndicatorsFromRegister } from "@/lib/indicators/actions";
import { getIndicatorYear } from "@/lib/indicators/queries";
import type { Actor } from "@/lib/auth/policy";
import { createTestPrefecture } from "@/tests/factories/prefectures";
import { upsertUser } from "@/tests/factories/users";
import { actorFor, testDb, withDemoData } from "./support";

const db = testDb();
let own: { id: string; code: string };
let referent: Actor;
let referent86: Actor;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

beforeAll(async () => {
  await withDemoData(db);
  own = await createTestPrefecture(db);
  const email = `referent.registre.${own.code}@example.org`;
  await upsertUser(db, { email, name: email, password: "mot-de-passe-de-test-123", roles: [{ role: "REFERENT", prefectureId: own.id }] });
  referent = await actorFor(db, email);
  referent86 = await actorFor(db, "referent.86@example.org");
  for (const [position, code] of ["EMAIL_ANSWER_RATE", "COMPLAINTS_PROCESSED_RATE"].entries()) {
    const definition = await db.indicatorDefinition.findUniqueOrThrow({ where: { code } });
    await db.prefectureIndicator.create({ data: { prefectureId: own.id, definitionId: definition.id, position } });
  }
  const entry = (receivedOn: string, type: "INFORMATION" | "COMPLAINT", answeredOn: string | null, channel: "EMAIL" | "MAIL" = "EMAIL") => ({
    prefectureId: own.id,
    receivedOn: day(receivedOn),
    channel,
    type,
    subject: `Demande du ${receivedOn}`,
    answeredOn: answeredOn ? day(answeredOn) : null,
  });
  await db.requestRecord.createMany({
    data: [
      // March 2024: two e-mails, one answered in 2 working days, one after 12; a letter, not counted.
      entry("2024-03-04", "INFORMATION", "2024-03-06"),
      entry("2024-03-05", "INFORMATION", "2024-03-21"),
      entry("2024-03-05", "INFORMATION", "2024-03-06", "MAIL"),
      // Two complaints, one answered (processed), one not yet.
      entry("2024-03-11", "COMPLAINT", "2024-04-02"),
      entry("2024-03-12", "COMPLAINT", null),
      // April 2024: one e-mail; April will be locked.
      entry("2024-04-08", "INFORMATION", "2024-04-09"),
    ],
  });
});

describe("computeIndicatorsFromRegister", () => {
  it("fills March from the register, leaves a locked April alone, and changes nothing the second time", async () => {
    await db.indicatorPeriodLock.create({ data: { prefectureId: own.id, year: 2024, periodicity: "MONTHLY", period: 4 } });
    const first = await computeIndicatorsFromRegister.built.execute(db, referent, { prefectureId: own.id, year: 2024 });
    expect(first).toMatchObject({ ok: true, data: { stored: 2, unchanged: 0, lockedMonths: [4] } });

    const grid = await getIndicatorYear(own.id, 2024);
    const email = grid.indicators.find((i) => i.code === "EMAIL_ANSWER_RATE")?.series[0]?.periods[2];
    expect(email).toMatchObject({ components: { answeredInTime: 1, received: 2 }, value: 50, met: false });
    const complaints = grid.indicators.find((i) => i.code === "COMPLAINTS_PROCESSED_RATE")?.series[0]?.periods[2];
    expect(complaints).toMatchObject({ components: { processed: 1, received: 2 }, value: 50 });
    expect(grid.indicators.find((i) => i.code === "EMAIL_ANSWER_RATE")?.series[0]?.periods[3]?.value).toBeNull();
    const stored = await db.indicatorValue.findMany({ where: { prefectureId: own.id, year: 2024 } });
    expect(stored.map((v) => v.source)).toEqual(["REGISTER", "REGISTER"]);

    const again = await computeIndicatorsFromRegister.built.execute(db, referent, { prefectureId: own.id, year: 2024 });
    expect(again).toMatchObject({ ok: true, data: { stored: 0, unchanged: 2 } });
  });

  it("is refused to another prefecture's referent", async () => {
    expect(await computeIndicatorsFromRegister.built.execute(db, referent86, { prefectureId: own.id, year: 2024 })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});
