// A prefecture's settings of the referential on a real database: following and unfollowing an
// indicator (values kept), a local target read by the grid, agents assigned (and only they
// enter it), events of the timeline, locking by month as the lock form sends it.
import { beforeAll, describe, expect, it } from "vitest";
import {
  addIndicatorAnnotation,
  configureIndicator,
  deleteIndicatorAnnotation,
  lockIndicatorPeriods,
  saveIndicatorPeriod,
  unlockIndicatorPeriods,
} from "@/lib/indicators/actions";
import { periodsFrom, periodsThrough } from "@/lib/indicators/domain";
import { getIndicatorSettings, getIndicatorYear } from "@/lib/indicators/queries";
import type { Actor } from "@/lib/auth/policy";
import { createTestPrefecture } from "@/tests/factories/prefectures";
import { upsertUser } from "@/tests/factories/users";
import { actorFor, testDb, withDemoData } from "./support";

const db = testDb();
let referent16: Actor;
let referent86: Actor;
let agent86: Actor;
let vienne: string;
// Settings change what a prefecture follows and who enters it: they are tried on a throw-away
// prefecture, so test files running beside this one (sharing the demo data) see no change.
let own: { id: string; code: string };
let referent: Actor;
let agent: Actor;
let other: Actor;

const definitionId = async (code: string) => (await db.indicatorDefinition.findUniqueOrThrow({ where: { code } })).id;

beforeAll(async () => {
  await withDemoData(db);
  referent16 = await actorFor(db, "referent.16@example.org");
  referent86 = await actorFor(db, "referent.86@example.org");
  agent86 = await actorFor(db, "agent.86@example.org");
  vienne = (await db.prefecture.findUniqueOrThrow({ where: { code: "86" } })).id;
  own = await createTestPrefecture(db);
  const users = [
    { email: `referent.reglages.${own.code}@example.org`, role: "REFERENT" as const },
    { email: `agent.reglages.${own.code}@example.org`, role: "STAFF" as const },
    { email: `agent2.reglages.${own.code}@example.org`, role: "STAFF" as const },
  ];
  for (const u of users) await upsertUser(db, { email: u.email, name: u.email, password: "mot-de-passe-de-test-123", roles: [{ role: u.role, prefectureId: own.id }] });
  referent = await actorFor(db, users[0]!.email);
  agent = await actorFor(db, users[1]!.email);
  other = await actorFor(db, users[2]!.email);
  await db.prefectureIndicator.create({ data: { prefectureId: own.id, definitionId: await definitionId("CALL_PICKUP_RATE"), position: 0 } });
});

describe("configureIndicator", () => {
  it("follows a new indicator with a local target; the grid shows it with that target", async () => {
    const settings = await getIndicatorSettings(own.id, new Date("2031-06-01"));
    expect(settings.indicators.find((i) => i.code === "RECEPTION_CHANGES_PUBLICATION_RATE")?.followed).toBe(false);
    expect(settings.indicators.find((i) => i.code === "CALL_PICKUP_RATE")?.followed).toBe(true);
    const result = await configureIndicator.built.execute(db, referent, {
      prefectureId: own.id,
      definitionId: await definitionId("RECEPTION_CHANGES_PUBLICATION_RATE"),
      followed: true,
      localTarget: { value: 95, direction: "AT_LEAST" },
      assigneeIds: [],
    });
    expect(result).toMatchObject({ ok: true });
    const grid = await getIndicatorYear(own.id, 2031);
    expect(grid.indicators.map((i) => i.code)).toEqual(["CALL_PICKUP_RATE", "RECEPTION_CHANGES_PUBLICATION_RATE"]);
    expect(grid.indicators[1]?.target).toEqual({ value: 95, direction: "AT_LEAST", source: "LOCAL" });
    const audit = await db.auditLog.findFirst({ where: { action: "indicator.configure", prefectureId: own.id }, orderBy: { at: "desc" } });
    expect(audit?.after).toMatchObject({ indicator: "RECEPTION_CHANGES_PUBLICATION_RATE", followed: true, localTarget: { value: 95 } });
  });

  it("assigns an indicator: another agent may no longer enter it, the assigned one and the referent still may", async () => {
    const defId = await definitionId("CALL_PICKUP_RATE");
    const assigned = await configureIndicator.built.execute(db, referent, { prefectureId: own.id, definitionId: defId, followed: true, localTarget: null, assigneeIds: [agent.userId] });
    expect(assigned).toMatchObject({ ok: true });
    const followed = await db.prefectureIndicator.findFirstOrThrow({ where: { prefectureId: own.id, definitionId: defId } });
    const input = { prefectureIndicatorId: followed.id, year: 2032, period: 1, scope: "", version: null, components: { received: 100, lost: 5 } };
    expect(await saveIndicatorPeriod.built.execute(db, other, input)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await saveIndicatorPeriod.built.execute(db, agent, input)).toMatchObject({ ok: true });
    expect(await saveIndicatorPeriod.built.execute(db, referent, { ...input, period: 2 })).toMatchObject({ ok: true });
    const grid = await getIndicatorYear(own.id, 2032);
    expect(grid.indicators.find((i) => i.code === "CALL_PICKUP_RATE")?.assigneeIds).toEqual([agent.userId]);

    // Back to everyone: the other agent enters it again.
    await configureIndicator.built.execute(db, referent, { prefectureId: own.id, definitionId: defId, followed: true, localTarget: null, assigneeIds: [] });
    expect(await saveIndicatorPeriod.built.execute(db, other, { ...input, period: 3 })).toMatchObject({ ok: true });
  });

  it("refuses to assign someone who is not an agent of the prefecture", async () => {
    const result = await configureIndicator.built.execute(db, referent, {
      prefectureId: own.id,
      definitionId: await definitionId("CALL_PICKUP_RATE"),
      followed: true,
      localTarget: null,
      assigneeIds: [referent16.userId],
    });
    expect(result).toMatchObject({ ok: false, code: "INVALID", error: "Seuls les agents et référents de la préfecture peuvent saisir ses indicateurs." });
  });

  it("stops following an indicator without losing its values", async () => {
    const defId = await definitionId("CALL_PICKUP_RATE");
    const before = await db.indicatorValue.count({ where: { prefectureId: own.id, definitionId: defId } });
    expect(before).toBeGreaterThan(0);
    const result = await configureIndicator.built.execute(db, referent, { prefectureId: own.id, definitionId: defId, followed: false, localTarget: null, assigneeIds: [] });
    expect(result).toMatchObject({ ok: true });
    expect((await getIndicatorYear(own.id, 2032)).indicators.map((i) => i.code)).not.toContain("CALL_PICKUP_RATE");
    expect(await db.indicatorValue.count({ where: { prefectureId: own.id, definitionId: defId } })).toBe(before);
    await configureIndicator.built.execute(db, referent, { prefectureId: own.id, definitionId: defId, followed: true, localTarget: null, assigneeIds: [] });
    expect((await getIndicatorYear(own.id, 2032)).indicators.map((i) => i.code)).toContain("CALL_PICKUP_RATE");
  });

  it("is for referents: an agent, or another prefecture's referent, is refused", async () => {
    const input = { prefectureId: own.id, definitionId: await definitionId("CALL_PICKUP_RATE"), followed: false, localTarget: null, assigneeIds: [] };
    expect(await configureIndicator.built.execute(db, agent, input)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await configureIndicator.built.execute(db, referent86, input)).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

describe("events of the timeline", () => {
  it("adds and deletes an event; the seeded lockdowns are there; dates are checked in French", async () => {
    const seeded = await getIndicatorSettings(vienne, new Date());
    expect(seeded.annotations.map((a) => a.on)).toEqual(expect.arrayContaining(["2020-03-17", "2021-04-03"]));
    const bad = await addIndicatorAnnotation.built.execute(db, agent86, { prefectureId: vienne, definitionId: null, on: "2021-02-30", label: "Grève" });
    expect(bad).toMatchObject({ ok: false, code: "INVALID" });
    if (!bad.ok) expect(bad.fieldErrors?.on?.[0]).toMatch(/30 février 2021 n'existe pas/);
    const added = await addIndicatorAnnotation.built.execute(db, agent86, { prefectureId: vienne, definitionId: null, on: "2021-07-14", label: "Panne du standard" });
    expect(added).toMatchObject({ ok: true });
    if (!added.ok) return;
    expect((await getIndicatorSettings(vienne, new Date())).annotations.find((a) => a.id === added.data.id)).toMatchObject({ on: "2021-07-14", label: "Panne du standard" });
    expect(await deleteIndicatorAnnotation.built.execute(db, referent16, { id: added.data.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await deleteIndicatorAnnotation.built.execute(db, agent86, { id: added.data.id })).toMatchObject({ ok: true });
    expect(await db.indicatorAnnotation.count({ where: { id: added.data.id } })).toBe(0);
  });
});

describe("locking by month", () => {
  it("locks through June (months, T1, T2, S1), refuses a save in May, unlocks from May with a reason", async () => {
    const lock = await lockIndicatorPeriods.built.execute(db, referent86, { prefectureId: vienne, year: 2047, periods: periodsThrough(6) });
    expect(lock).toMatchObject({ ok: true, data: { locked: 9 } });
    const grid = await getIndicatorYear(vienne, 2047);
    expect(grid.locks).toHaveLength(9);
    const pickup = grid.indicators.find((i) => i.code === "CALL_PICKUP_RATE");
    expect(pickup?.series[0]?.periods.filter((p) => p.locked).map((p) => p.period)).toEqual([1, 2, 3, 4, 5, 6]);
    const may = { prefectureIndicatorId: pickup!.prefectureIndicatorId, year: 2047, period: 5, scope: "", version: null, components: { received: 10, lost: 1 } };
    expect(await saveIndicatorPeriod.built.execute(db, referent86, may)).toMatchObject({ ok: false, code: "CONFLICT" });

    const noReason = await unlockIndicatorPeriods.built.execute(db, referent86, { prefectureId: vienne, year: 2047, periods: periodsFrom(5), reason: "" });
    expect(noReason).toMatchObject({ ok: false, code: "INVALID" });
    const unlock = await unlockIndicatorPeriods.built.execute(db, referent86, { prefectureId: vienne, year: 2047, periods: periodsFrom(5), reason: "Erreur de saisie en mai" });
    // May, June, T2 and S1 (the year was never locked)
    expect(unlock).toMatchObject({ ok: true, data: { unlocked: 4 } });
    expect(await saveIndicatorPeriod.built.execute(db, referent86, may)).toMatchObject({ ok: true });
    const audit = await db.auditLog.findFirst({ where: { action: "indicator.unlockPeriods", prefectureId: vienne }, orderBy: { at: "desc" } });
    expect(audit?.after).toMatchObject({ reason: "Erreur de saisie en mai", unlocked: 4 });
  });
});
