// The national referential on a real database: a new indicator, then a new version with
// another target and components — values already stored keep their version, the year after
// the change is entered under the new one, a stale form is a conflict, an impossible formula
// is refused with the domain's messages.
import { beforeAll, describe, expect, it } from "vitest";
import { configureIndicator, createIndicatorDefinition, createIndicatorVersion, saveIndicatorPeriod } from "@/lib/indicators/actions";
import { getIndicatorYear, listReferential } from "@/lib/indicators/queries";
import type { Actor } from "@/lib/auth/policy";
import { actorFor, testDb, withDemoData } from "./support";

const db = testDb();
let national: Actor;
let referent86: Actor;
let vienne: string;

const base = {
  label: "Taux de courriers répondus sous 15 jours",
  engagementId: null,
  unit: "PERCENT" as const,
  periodicity: "MONTHLY" as const,
  formula: "RATIO" as const,
  aggregation: "POOLED_RATIO" as const,
  precision: 1,
  target: { value: 80, direction: "AT_LEAST" as const },
  effectiveFrom: "2018-01-01",
  components: [
    { code: "answered", label: "Courriers répondus sous 15 jours", role: "NUMERATOR" as const },
    { code: "received", label: "Courriers reçus", role: "DENOMINATOR" as const },
  ],
};

beforeAll(async () => {
  await withDemoData(db);
  national = await actorFor(db, "national@example.org");
  referent86 = await actorFor(db, "referent.86@example.org");
  vienne = (await db.prefecture.findUniqueOrThrow({ where: { code: "86" } })).id;
});

describe("the national referential", () => {
  it("creates an indicator, then a version: old values keep version 1, the next year uses version 2", async () => {
    const created = await createIndicatorDefinition.built.execute(db, national, { code: "LETTER_ANSWER_RATE", ...base });
    expect(created).toMatchObject({ ok: true, data: { code: "LETTER_ANSWER_RATE" } });
    if (!created.ok) return;
    await configureIndicator.built.execute(db, referent86, { prefectureId: vienne, definitionId: created.data.id, followed: true, localTarget: null, assigneeIds: [] });
    const followed = await db.prefectureIndicator.findFirstOrThrow({ where: { prefectureId: vienne, definitionId: created.data.id } });
    const saved = await saveIndicatorPeriod.built.execute(db, referent86, {
      prefectureIndicatorId: followed.id,
      year: 2030,
      period: 1,
      scope: "",
      version: null,
      components: { answered: 70, received: 100 },
    });
    expect(saved).toMatchObject({ ok: true, data: { met: false } });

    const version = await createIndicatorVersion.built.execute(db, national, {
      definitionId: created.data.id,
      basedOnVersion: 1,
      ...base,
      label: "Taux de courriers et courriels répondus sous 15 jours",
      target: { value: 65, direction: "AT_LEAST" },
      effectiveFrom: "2031-01-01",
      components: [
        { code: "answered", label: "Courriers et courriels répondus sous 15 jours", role: "NUMERATOR" },
        { code: "received", label: "Courriers et courriels reçus", role: "DENOMINATOR" },
      ],
    });
    expect(version).toMatchObject({ ok: true, data: { versionNumber: 2 } });

    const [definition] = await listReferential("LETTER_ANSWER_RATE");
    expect(definition?.versions.map((v) => [v.versionNumber, v.effectiveFrom, v.effectiveTo, v.valueCount])).toEqual([
      [1, "2018-01-01", "2030-12-31", 1],
      [2, "2031-01-01", null, 0],
    ]);
    // 2030 stays under version 1 (target 80: not met); 2031 is entered under version 2 (target 65).
    const y2030 = (await getIndicatorYear(vienne, 2030)).indicators.find((i) => i.code === "LETTER_ANSWER_RATE");
    expect(y2030).toMatchObject({ versionNumber: 1, target: { value: 80 } });
    expect(y2030?.series[0]?.periods[0]?.met).toBe(false);
    const y2031 = (await getIndicatorYear(vienne, 2031)).indicators.find((i) => i.code === "LETTER_ANSWER_RATE");
    expect(y2031).toMatchObject({ versionNumber: 2, label: "Taux de courriers et courriels répondus sous 15 jours", target: { value: 65 } });
    const stored = await db.indicatorValue.findFirstOrThrow({ where: { definitionId: created.data.id } });
    expect(stored.definitionVersionId).toBe(definition?.versions[0]?.id);

    // A second administrator working from version 1 is told a version 2 exists.
    const stale = await createIndicatorVersion.built.execute(db, national, { definitionId: created.data.id, basedOnVersion: 1, ...base, effectiveFrom: "2032-01-01" });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    // A version must come into force after the current one.
    const early = await createIndicatorVersion.built.execute(db, national, { definitionId: created.data.id, basedOnVersion: 2, ...base, effectiveFrom: "2030-06-01" });
    expect(early).toMatchObject({ ok: false, code: "INVALID" });
    if (!early.ok) expect(early.fieldErrors?.effectiveFrom).toBeDefined();
  });

  it("refuses a formula the grid could not compute, a taken code, and a referent", async () => {
    const bad = await createIndicatorDefinition.built.execute(db, national, {
      code: "BROKEN_RATE",
      ...base,
      components: [{ code: "answered", label: "Répondus", role: "NUMERATOR" }],
    });
    expect(bad).toMatchObject({ ok: false, code: "INVALID" });
    if (!bad.ok) expect(bad.fieldErrors?.components).toEqual(["Un taux demande au moins un numérateur et un dénominateur."]);
    expect(await createIndicatorDefinition.built.execute(db, national, { code: "CALL_PICKUP_RATE", ...base })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await createIndicatorDefinition.built.execute(db, referent86, { code: "REFERENT_RATE", ...base })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db.indicatorDefinition.count({ where: { code: { in: ["BROKEN_RATE", "REFERENT_RATE"] } } })).toBe(0);
  });
});
