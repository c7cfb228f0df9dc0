// The entry grid on a real database: the year as the grid reads it (Charente 2021 seeded
// figures), saving a period (computed and stored value, optimistic lock, locked periods,
// French validation, policy) and locking / unlocking with a reason.
import { beforeAll, describe, expect, it } from "vitest";
import { lockIndicatorPeriods, saveIndicatorPeriod, unlockIndicatorPeriods } from "@/lib/indicators/actions";
import { getIndicatorYear } from "@/lib/indicators/queries";
import type { Actor } from "@/lib/auth/policy";
import { actorFor, testDb, withDemoData } from "./support";

const db = testDb();
let referent16: Actor;
let referent86: Actor;
let agent86: Actor;
let member86: Actor;
let charente: string;
let vienne: string;

const followedId = async (prefectureId: string, code: string) =>
  (await db.prefectureIndicator.findFirstOrThrow({ where: { prefectureId, definition: { code } } })).id;

beforeAll(async () => {
  await withDemoData(db);
  referent16 = await actorFor(db, "referent.16@example.org");
  referent86 = await actorFor(db, "referent.86@example.org");
  agent86 = await actorFor(db, "agent.86@example.org");
  member86 = await actorFor(db, "membre.86@example.org");
  charente = (await db.prefecture.findUniqueOrThrow({ where: { code: "16" } })).id;
  vienne = (await db.prefecture.findUniqueOrThrow({ where: { code: "86" } })).id;
});

describe("getIndicatorYear", () => {
  it("reads Charente 2021 as the grid shows it: 77,1 % picked up in January, 81,49 % over the year, locked", async () => {
    const grid = await getIndicatorYear(charente, 2021);
    const pickup = grid.indicators.find((i) => i.code === "CALL_PICKUP_RATE");
    expect(pickup?.components.map((c) => c.code)).toEqual(["received", "lost"]);
    expect(pickup?.target).toEqual({ value: 90, direction: "AT_LEAST", source: "NATIONAL" });
    const series = pickup?.series.find((s) => s.scope === "services");
    const january = series?.periods[0];
    expect(january).toMatchObject({ label: "janv.", longLabel: "janvier 2021", components: { received: 9903, lost: 2266 }, met: false, locked: true });
    expect(january?.computed).toBeCloseTo(77.118, 3);
    expect(series?.periods).toHaveLength(12);
    expect(series?.aggregate.value).toBeCloseTo(81.49, 2);
    expect(series?.aggregate).toMatchObject({ method: "POOLED_RATIO", met: false, source: "AGGREGATED" });

    const web = grid.indicators.find((i) => i.code === "WEB_CONNECTION_RATE");
    expect(web?.target).toMatchObject({ value: 5, source: "LOCAL" });
    expect(web?.series[0]?.periods[0]?.computed).toBeCloseTo(8.98, 2);
    expect(web?.series[0]?.periods[0]?.met).toBe(true);

    const cni = grid.indicators.find((i) => i.code === "CNI_PASSPORT_DELIVERY_DELAY");
    expect(cni?.series[0]?.periods.map((p) => p.label)).toEqual(["T1", "T2", "T3", "T4"]);
    expect(cni?.series[0]?.aggregate.value).toBeCloseTo(13.5, 5);
    // The seeded years; test files running beside this one may add later years of their own.
    expect(grid.yearsWithValues.filter((y) => y < 2030)).toEqual([2021, 2022]);
  });

  it("lists the followed indicators in their order, scoped to the prefecture", async () => {
    const grid = await getIndicatorYear(charente, 2021);
    expect(grid.indicators[0]?.code).toBe("WEB_CONNECTION_RATE");
    expect(grid.indicators.map((i) => i.code)).not.toContain("SATISFACTION_RATE");
    const vosges = await db.prefecture.findUniqueOrThrow({ where: { code: "88" } });
    expect((await getIndicatorYear(vosges.id, 2022)).indicators.map((i) => i.code)).toContain("SATISFACTION_RATE");
  });

  it("shows an empty, unlocked year", async () => {
    const grid = await getIndicatorYear(charente, 2030);
    const pickup = grid.indicators.find((i) => i.code === "CALL_PICKUP_RATE");
    expect(pickup?.series[0]?.periods.every((p) => p.version === null && !p.locked && p.value === null)).toBe(true);
    expect(pickup?.series[0]?.aggregate).toMatchObject({ value: null, met: null, source: "NONE" });
  });
});

describe("saveIndicatorPeriod", () => {
  it("computes and stores the month's value under the version in force, with an audit row", async () => {
    const prefectureIndicatorId = await followedId(vienne, "CALL_PICKUP_RATE");
    const input = { prefectureIndicatorId, year: 2031, period: 3, scope: "", version: null, components: { received: 9903, lost: 2266 }, comment: "Standard et services" };
    const first = await saveIndicatorPeriod.built.execute(db, agent86, input);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.data.version).toBe(1);
    expect(first.data.value).toBeCloseTo(77.118, 3);
    expect(first.data.met).toBe(false);

    const stored = await db.indicatorValue.findFirstOrThrow({
      where: { prefectureId: vienne, year: 2031, period: 3, definition: { code: "CALL_PICKUP_RATE" } },
      include: { components: true, definitionVersion: true },
    });
    expect(stored.value?.toNumber()).toBeCloseTo(77.118, 3);
    expect(stored.components).toHaveLength(2);
    expect(stored.definitionVersion.versionNumber).toBe(1);
    expect(stored.source).toBe("MANUAL");

    const second = await saveIndicatorPeriod.built.execute(db, agent86, { ...input, version: 1, components: { received: 10000, lost: 500 } });
    expect(second.ok && second.data).toMatchObject({ version: 2, value: 95, met: true, comment: "Standard et services" });
    const log = await db.auditLog.findFirstOrThrow({ where: { action: "indicator.savePeriod", entityId: stored.id }, orderBy: { at: "desc" } });
    expect(log.before).toMatchObject({ components: { received: 9903, lost: 2266 }, version: 1 });
    expect(log.after).toMatchObject({ components: { received: 10000, lost: 500 }, value: 95, version: 2, indicator: "CALL_PICKUP_RATE", period: 3 });

    const grid = await getIndicatorYear(vienne, 2031);
    const march = grid.indicators.find((i) => i.code === "CALL_PICKUP_RATE")?.series[0]?.periods[2];
    expect(march).toMatchObject({ value: 95, version: 2, met: true, components: { received: 10000, lost: 500 } });
  });

  it("refuses a stale version and says who saved when", async () => {
    const prefectureIndicatorId = await followedId(vienne, "CALL_PICKUP_RATE");
    const input = { prefectureIndicatorId, year: 2031, period: 4, scope: "", version: null, components: { received: 100, lost: 10 } };
    expect((await saveIndicatorPeriod.built.execute(db, referent86, input)).ok).toBe(true);
    const stale = await saveIndicatorPeriod.built.execute(db, agent86, input);
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    if (!stale.ok) expect(stale.error).toMatch(/enregistrée entre-temps par Référent qualité Vienne \(démo\) le .+ à \d+h\d\d/);
    const again = await saveIndicatorPeriod.built.execute(db, agent86, { ...input, version: 1, components: { received: 100, lost: 20 } });
    expect(again.ok).toBe(true);
    expect((await saveIndicatorPeriod.built.execute(db, referent86, { ...input, version: 1 })).ok).toBe(false);
  });

  it("refuses a locked period", async () => {
    const prefectureIndicatorId = await followedId(charente, "CALL_PICKUP_RATE");
    const january = await db.indicatorValue.findFirstOrThrow({ where: { prefectureId: charente, year: 2021, period: 1, periodicity: "MONTHLY", definition: { code: "CALL_PICKUP_RATE" } } });
    const result = await saveIndicatorPeriod.built.execute(db, referent16, {
      prefectureIndicatorId, year: 2021, period: 1, scope: "services", version: january.version, components: { received: 9903, lost: 2000 },
    });
    expect(result).toMatchObject({ ok: false, code: "CONFLICT" });
    if (!result.ok) expect(result.error).toMatch(/^La période janvier 2021 est verrouillée/);
    const unchanged = await db.indicatorValue.findUniqueOrThrow({ where: { id: january.id } });
    expect(unchanged.version).toBe(january.version);
  });

  it("refuses more lost calls than received, and negative counts, in French", async () => {
    const prefectureIndicatorId = await followedId(vienne, "CALL_PICKUP_RATE");
    const base = { prefectureIndicatorId, year: 2031, period: 5, scope: "", version: null };
    const lost = await saveIndicatorPeriod.built.execute(db, agent86, { ...base, components: { received: 100, lost: 150 } });
    expect(lost).toMatchObject({ ok: false, code: "INVALID", error: "Le nombre d'appels perdus ne peut dépasser le nombre d'appels reçus." });
    if (!lost.ok) expect(lost.fieldErrors?.["components.lost"]).toEqual(["Le nombre d'appels perdus ne peut dépasser le nombre d'appels reçus."]);
    const negative = await saveIndicatorPeriod.built.execute(db, agent86, { ...base, components: { received: -3, lost: 0 } });
    expect(negative).toMatchObject({ ok: false, code: "INVALID" });
    if (!negative.ok) expect(negative.error).toMatch(/ne peut être négatif/);
    const direct = await saveIndicatorPeriod.built.execute(db, agent86, { ...base, components: {}, directValue: 120 });
    expect(direct).toMatchObject({ ok: false, error: "Un pourcentage saisi directement doit être compris entre 0 et 100." });
    const unknown = await saveIndicatorPeriod.built.execute(db, agent86, { ...base, components: { answered: 3 } });
    expect(unknown).toMatchObject({ ok: false, code: "INVALID" });
    expect(await db.indicatorValue.count({ where: { prefectureId: vienne, year: 2031, period: 5 } })).toBe(0);
  });

  it("stores a published rate entered directly, marked as such", async () => {
    const prefectureIndicatorId = await followedId(vienne, "CALL_PICKUP_RATE");
    const result = await saveIndicatorPeriod.built.execute(db, agent86, { prefectureIndicatorId, year: 2031, period: 6, scope: "", version: null, components: { received: null, lost: null }, directValue: 93 });
    expect(result.ok && result.data).toMatchObject({ isDirect: true, value: 93, met: true, computed: null });
  });

  it("refuses a staff user of another prefecture and a member", async () => {
    const prefectureIndicatorId = await followedId(charente, "CALL_PICKUP_RATE");
    const input = { prefectureIndicatorId, year: 2031, period: 1, scope: "", version: null, components: { received: 10, lost: 1 } };
    expect(await saveIndicatorPeriod.built.execute(db, agent86, input)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await saveIndicatorPeriod.built.execute(db, referent86, input)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const own = await followedId(vienne, "CALL_PICKUP_RATE");
    expect(await saveIndicatorPeriod.built.execute(db, member86, { ...input, prefectureIndicatorId: own })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await saveIndicatorPeriod.built.execute(db, null, input)).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await db.indicatorValue.count({ where: { year: 2031, period: 1 } })).toBe(0);
  });
});

describe("lockIndicatorPeriods / unlockIndicatorPeriods", () => {
  it("locks a year for referents only, and unlocks it with a reason kept in the audit log", async () => {
    expect(await lockIndicatorPeriods.built.execute(db, agent86, { prefectureId: vienne, year: 2032 })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await lockIndicatorPeriods.built.execute(db, referent16, { prefectureId: vienne, year: 2032 })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const locked = await lockIndicatorPeriods.built.execute(db, referent86, { prefectureId: vienne, year: 2032 });
    expect(locked).toEqual({ ok: true, data: { locked: 19 } });

    const prefectureIndicatorId = await followedId(vienne, "CALL_PICKUP_RATE");
    const refused = await saveIndicatorPeriod.built.execute(db, agent86, { prefectureIndicatorId, year: 2032, period: 2, scope: "", version: null, components: { received: 10, lost: 1 } });
    expect(refused).toMatchObject({ ok: false, code: "CONFLICT" });

    const noReason = await unlockIndicatorPeriods.built.execute(db, referent86, { prefectureId: vienne, year: 2032, reason: " " });
    expect(noReason).toMatchObject({ ok: false, code: "INVALID" });
    const unlocked = await unlockIndicatorPeriods.built.execute(db, referent86, {
      prefectureId: vienne, year: 2032, periods: [{ periodicity: "MONTHLY", period: 2 }], reason: "Correction des appels de février",
    });
    expect(unlocked).toEqual({ ok: true, data: { unlocked: 1 } });
    const log = await db.auditLog.findFirstOrThrow({ where: { action: "indicator.unlockPeriods", prefectureId: vienne }, orderBy: { at: "desc" } });
    expect(log.after).toMatchObject({ reason: "Correction des appels de février", unlocked: 1 });
    const saved = await saveIndicatorPeriod.built.execute(db, agent86, { prefectureIndicatorId, year: 2032, period: 2, scope: "", version: null, components: { received: 10, lost: 1 } });
    expect(saved.ok).toBe(true);
  });

  it("seeds the years presented to a committee as locked", async () => {
    const years = async (code: string) =>
      (await db.indicatorPeriodLock.findMany({ where: { prefecture: { code }, periodicity: "YEARLY", year: { lt: 2030 } }, orderBy: { year: "asc" } })).map((l) => l.year);
    expect(await years("16")).toEqual([2021]);
    expect(await years("86")).toEqual([2019, 2020, 2021, 2022]);
    expect(await years("88")).toEqual([2022]);
    expect(await db.indicatorPeriodLock.count({ where: { prefectureId: charente, year: 2021 } })).toBe(19);
  });
});
