// The indicator page's read on a real database: the year and the year before as the grid
// reads them (Charente's seeded pickup rate), events annotated on the timeline, the history of
// the values from the audit log — each scoped to the prefecture asked for. Years 2041–2042 are
// this file's own, so parallel files keep their figures.
import { beforeAll, describe, expect, it } from "vitest";
import { saveIndicatorPeriod } from "@/lib/indicators/actions";
import { getIndicatorDetail, HISTORY_LIMIT } from "@/lib/indicators/detail";
import type { Actor } from "@/lib/auth/policy";
import { actorFor, testDb, withDemoData } from "./support";

const db = testDb();
let referent16: Actor;
let referent86: Actor;
let charente: string;
let vienne: string;

const followed = async (prefectureId: string, code: string) =>
  db.prefectureIndicator.findFirstOrThrow({ where: { prefectureId, definition: { code } }, select: { id: true, definitionId: true } });

beforeAll(async () => {
  await withDemoData(db);
  referent16 = await actorFor(db, "referent.16@example.org");
  referent86 = await actorFor(db, "referent.86@example.org");
  charente = (await db.prefecture.findUniqueOrThrow({ where: { code: "16" } })).id;
  vienne = (await db.prefecture.findUniqueOrThrow({ where: { code: "86" } })).id;
});

describe("getIndicatorDetail", () => {
  it("reads the year and the year before: Charente's pickup rate, 2022 entered directly, 2021 from its counts", async () => {
    const detail = await getIndicatorDetail(charente, "CALL_PICKUP_RATE", 2022);
    expect(detail?.label).toBe("Taux d'appels décrochés");
    const current = detail?.indicator?.series.find((s) => s.scope === "services");
    expect(current?.periods[0]?.value).toBeCloseTo(82.46, 2);
    expect(current?.periods[0]?.isDirect).toBe(true);

    const previous = detail?.previous?.series.find((s) => s.scope === "services");
    expect(previous?.periods[0]?.components).toEqual({ received: 9903, lost: 2266 });
    expect(previous?.periods[0]?.value).toBeCloseTo(77.118, 3);
    expect(previous?.aggregate.value).toBeCloseTo(81.49, 2);
    expect(previous?.aggregate.method).toBe("POOLED_RATIO");
    expect(detail?.yearsWithValues).toEqual(expect.arrayContaining([2021, 2022]));
  });

  it("gives nothing for an indicator the prefecture does not follow, or an unknown code", async () => {
    // The Vosges follow the satisfaction rate, the Charente do not.
    const vosges = (await db.prefecture.findUniqueOrThrow({ where: { code: "88" } })).id;
    expect((await getIndicatorDetail(vosges, "SATISFACTION_RATE", 2022))?.indicator?.code).toBe("SATISFACTION_RATE");
    expect(await getIndicatorDetail(charente, "SATISFACTION_RATE", 2022)).toBeNull();
    expect(await getIndicatorDetail(charente, "NO_SUCH_INDICATOR", 2022)).toBeNull();
  });

  it("annotates the year with the prefecture's events of this indicator and of every indicator, and no other", async () => {
    const pickup = await followed(charente, "CALL_PICKUP_RATE");
    const web = await followed(charente, "WEB_CONNECTION_RATE");
    const viennePickup = await followed(vienne, "CALL_PICKUP_RATE");
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    await db.indicatorAnnotation.createMany({
      data: [
        { prefectureId: charente, definitionId: pickup.definitionId, on: day("2041-08-10"), label: "Feux de forêts" },
        { prefectureId: charente, definitionId: null, on: day("2041-03-17"), label: "Confinement" },
        { prefectureId: charente, definitionId: null, on: day("2041-12-31"), label: "Fermeture de fin d'année" },
        { prefectureId: charente, definitionId: web.definitionId, on: day("2041-05-01"), label: "Refonte du site" },
        { prefectureId: charente, definitionId: pickup.definitionId, on: day("2040-12-31"), label: "L'année d'avant" },
        { prefectureId: vienne, definitionId: viennePickup.definitionId, on: day("2041-06-01"), label: "Grève (Vienne)" },
      ],
    });
    const detail = await getIndicatorDetail(charente, "CALL_PICKUP_RATE", 2041);
    expect(detail?.annotations.map((a) => [a.on, a.label, a.ofThisIndicator])).toEqual([
      ["2041-03-17", "Confinement", false],
      ["2041-08-10", "Feux de forêts", true],
      ["2041-12-31", "Fermeture de fin d'année", false],
    ]);
  });

  it("lists the changes of the year's values, newest first, with the old and new figures, in this prefecture only", async () => {
    const pickup = await followed(charente, "CALL_PICKUP_RATE");
    const input = { prefectureIndicatorId: pickup.id, year: 2042, period: 1, scope: "services", version: null, components: { received: 9903, lost: 2266 } };
    const first = await saveIndicatorPeriod.built.execute(db, referent16, input);
    expect(first.ok).toBe(true);
    const second = await saveIndicatorPeriod.built.execute(db, referent16, {
      ...input,
      version: 1,
      components: { received: 10000, lost: 500 },
      comment: "Renfort de l'accueil",
    });
    expect(second.ok).toBe(true);
    // The same indicator and year in the Vienne: not the Charente's history.
    const viennePickup = await followed(vienne, "CALL_PICKUP_RATE");
    const elsewhere = await saveIndicatorPeriod.built.execute(db, referent86, { ...input, prefectureIndicatorId: viennePickup.id, scope: "" });
    expect(elsewhere.ok).toBe(true);

    const detail = await getIndicatorDetail(charente, "CALL_PICKUP_RATE", 2042);
    expect(detail?.history.olderCount).toBe(0);
    expect(detail?.history.entries).toHaveLength(2);
    const [latest, creation] = detail?.history.entries ?? [];
    expect(latest).toMatchObject({ action: "indicator.savePeriod", periodLabel: "janvier 2042", scope: "services", by: expect.any(String) });
    expect(latest?.before?.components).toEqual({ received: 9903, lost: 2266 });
    expect(latest?.before?.value).toBeCloseTo(77.118, 3);
    expect(latest?.after).toMatchObject({ components: { received: 10000, lost: 500 }, value: 95, comment: "Renfort de l'accueil" });
    expect(creation?.before).toBeNull();
    expect(creation?.after?.components).toEqual({ received: 9903, lost: 2266 });
    expect(new Date(latest?.at ?? 0).getTime()).toBeGreaterThanOrEqual(new Date(creation?.at ?? 0).getTime());

    // Emptying the period is a change too (its "after" is nothing), and other years stay out.
    const emptied = await saveIndicatorPeriod.built.execute(db, referent16, { ...input, version: 2, components: {}, comment: null });
    expect(emptied.ok).toBe(true);
    const after = await getIndicatorDetail(charente, "CALL_PICKUP_RATE", 2042);
    expect(after?.history.entries[0]).toMatchObject({ after: null, before: { value: 95 } });
    expect((await getIndicatorDetail(charente, "CALL_PICKUP_RATE", 2041))?.history.entries).toEqual([]);
  });

  it(`keeps the last ${HISTORY_LIMIT} changes and counts the older ones`, async () => {
    const pickup = await followed(charente, "CALL_PICKUP_RATE");
    let version: number | null = null;
    for (let i = 0; i < HISTORY_LIMIT + 3; i++) {
      const saved = await saveIndicatorPeriod.built.execute(db, referent16, {
        prefectureIndicatorId: pickup.id,
        year: 2043,
        period: 2,
        scope: "services",
        version,
        components: { received: 1000 + i, lost: 10 },
      });
      if (!saved.ok) throw new Error(saved.error);
      version = saved.data.version;
    }
    const detail = await getIndicatorDetail(charente, "CALL_PICKUP_RATE", 2043);
    expect(detail?.history.entries).toHaveLength(HISTORY_LIMIT);
    expect(detail?.history.olderCount).toBe(3);
    expect(detail?.history.entries[0]?.after?.components.received).toBe(1000 + HISTORY_LIMIT + 2);
  });
});
