// The year import on a real database: a year exported then imported back changes nothing; a
// bad cell is a French cell error and nothing is written; a discrepancy is reported and the
// components are stored with the published rate; a locked period refuses the whole file.
import { beforeAll, describe, expect, it } from "vitest";
import { importIndicatorYear, lockIndicatorPeriods, saveIndicatorPeriod } from "@/lib/indicators/actions";
import { yearTableToCsv } from "@/lib/indicators/export";
import { getIndicatorYear } from "@/lib/indicators/queries";
import { yearTableOf } from "@/lib/indicators/transfer";
import type { Actor } from "@/lib/auth/policy";
import { actorFor, testDb, withDemoData } from "./support";

const db = testDb();
let referent86: Actor;
let agent86: Actor;
let vienne: string;
let pickupId: string;

const exportCsv = async (year: number) => yearTableToCsv(yearTableOf(await getIndicatorYear(vienne, year)));
const run = (year: number, csv: string, confirm: boolean, actor = agent86) =>
  importIndicatorYear.built.execute(db, actor, {
    prefectureId: vienne,
    year,
    fileName: `indicateurs-86-${year}.csv`,
    fileBase64: Buffer.from(csv, "utf8").toString("base64"),
    confirm,
  });
const storedRows = (year: number) =>
  db.indicatorValue.findMany({
    where: { prefectureId: vienne, year },
    orderBy: [{ definitionId: "asc" }, { period: "asc" }],
    select: { id: true, version: true, value: true, publishedValue: true, source: true, components: { select: { amount: true } } },
  });

async function savePickup(year: number, period: number, received: number, lost: number) {
  const saved = await saveIndicatorPeriod.built.execute(db, agent86, {
    prefectureIndicatorId: pickupId,
    year,
    period,
    scope: "",
    version: null,
    components: { received, lost },
  });
  expect(saved.ok).toBe(true);
}

beforeAll(async () => {
  await withDemoData(db);
  referent86 = await actorFor(db, "referent.86@example.org");
  agent86 = await actorFor(db, "agent.86@example.org");
  vienne = (await db.prefecture.findUniqueOrThrow({ where: { code: "86" } })).id;
  pickupId = (await db.prefectureIndicator.findFirstOrThrow({ where: { prefectureId: vienne, definition: { code: "CALL_PICKUP_RATE" } } })).id;
});

describe("importIndicatorYear", () => {
  it("imports an exported year back without changing anything", async () => {
    await savePickup(2033, 1, 9903, 2266);
    await savePickup(2033, 2, 8000, 1000);
    const before = await storedRows(2033);
    const csv = await exportCsv(2033);
    expect(csv).toContain("77,1 %");

    const preview = await run(2033, csv, false);
    expect(preview).toMatchObject({ ok: true, data: { status: "preview", discrepancies: [] } });
    if (!preview.ok || preview.data.status !== "preview") return;
    expect(preview.data.indicators.find((i) => i.code === "CALL_PICKUP_RATE")?.periods).toBe(2);

    const imported = await run(2033, csv, true);
    expect(imported).toMatchObject({ ok: true, data: { status: "imported" } });
    if (!imported.ok || imported.data.status !== "imported") return;
    expect(imported.data.indicators.every((i) => i.changed === 0)).toBe(true);
    expect(await storedRows(2033)).toEqual(before);
    const audit = await db.auditLog.findFirst({ where: { prefectureId: vienne, action: "indicator.importYear" }, orderBy: { at: "desc" } });
    expect(audit?.userId).toBe(agent86.userId);
  });

  it("reports a bad cell in French and writes nothing", async () => {
    await savePickup(2034, 1, 9903, 2266);
    const before = await storedRows(2034);
    const csv = (await exportCsv(2034)).replace("9903", "9x03");

    const preview = await run(2034, csv, false);
    expect(preview).toMatchObject({ ok: true, data: { status: "invalid" } });
    if (!preview.ok || preview.data.status !== "invalid") return;
    expect(preview.data.errors[0]?.message).toMatch(/9x03/);

    const refused = await run(2034, csv, true);
    expect(refused).toMatchObject({ ok: false, code: "INVALID" });
    if (refused.ok) return;
    expect(refused.error).toMatch(/aucun chiffre n'a été importé/);
    expect(await storedRows(2034)).toEqual(before);
  });

  it("reports a discrepancy and stores the components with the published rate", async () => {
    await savePickup(2035, 1, 9903, 2266);
    const csv = (await exportCsv(2035)).replace("77,1 %", "70,0 %").replace("9903", "9904");

    const preview = await run(2035, csv, false);
    expect(preview).toMatchObject({ ok: true, data: { status: "preview" } });
    if (!preview.ok || preview.data.status !== "preview") return;
    expect(preview.data.discrepancies).toEqual([expect.objectContaining({ indicatorCode: "CALL_PICKUP_RATE", period: 1, published: 70 })]);
    expect(preview.data.discrepancies[0]?.message).toMatch(/^Janvier : publié 70,0\s%/);

    const imported = await run(2035, csv, true);
    expect(imported).toMatchObject({ ok: true, data: { status: "imported" } });
    const grid = await getIndicatorYear(vienne, 2035);
    const january = grid.indicators.find((i) => i.code === "CALL_PICKUP_RATE")?.series.find((s) => s.scope === "")?.periods[0];
    expect(january?.components).toEqual({ received: 9904, lost: 2266 });
    expect(january?.published).toBe(70);
    expect(january?.computed).toBeCloseTo(77.12, 2);
    const row = await db.indicatorValue.findFirstOrThrow({ where: { prefectureId: vienne, year: 2035, period: 1, definition: { code: "CALL_PICKUP_RATE" } } });
    expect(row.source).toBe("IMPORT");
  });

  it("refuses the whole file when one of its periods is locked, naming it", async () => {
    await savePickup(2036, 1, 9903, 2266);
    const csv = (await exportCsv(2036)).replace("9903", "9000");
    const before = await storedRows(2036);
    const locked = await lockIndicatorPeriods.built.execute(db, referent86, { prefectureId: vienne, year: 2036, periods: [{ periodicity: "MONTHLY", period: 1 }] });
    expect(locked.ok).toBe(true);

    const preview = await run(2036, csv, false);
    expect(preview).toMatchObject({ ok: true, data: { status: "invalid" } });

    const refused = await run(2036, csv, true);
    expect(refused).toMatchObject({ ok: false, code: "CONFLICT" });
    if (refused.ok) return;
    expect(refused.error).toMatch(/janvier 2036 \(CALL_PICKUP_RATE\)/);
    expect(refused.error).toMatch(/Aucun chiffre n'a été importé/);
    expect(await storedRows(2036)).toEqual(before);
  });
});
