// One indicator across the prefectures (national view) on a real database: each prefecture's
// yearly aggregate by the indicator's rule, best first, against its own target.
import { beforeAll, describe, expect, it } from "vitest";
import { getIndicatorAcrossPrefectures, getIndicatorYear, listNationalIndicators } from "@/lib/indicators/queries";
import { testDb, withDemoData } from "./support";

const db = testDb();

beforeAll(async () => {
  await withDemoData(db);
});

describe("getIndicatorAcrossPrefectures", () => {
  it("gives the Charente 2021 pickup rate as its grid does (81,49 % pooled), best first, with the Vienne's", async () => {
    const comparison = await getIndicatorAcrossPrefectures("CALL_PICKUP_RATE", 2021);
    expect(comparison).toMatchObject({ code: "CALL_PICKUP_RATE", unit: "PERCENT", target: { value: 90, direction: "AT_LEAST" } });
    const rows = comparison!.rows;
    const charente = rows.find((r) => r.prefectureCode === "16" && r.scope === "services");
    expect(charente?.value).toBeCloseTo(81.49, 2);
    expect(charente?.met).toBe(false);
    // The same figure as the prefecture's own grid: one rule.
    const prefecture = await db.prefecture.findUniqueOrThrow({ where: { code: "16" } });
    const grid = await getIndicatorYear(prefecture.id, 2021);
    const series = grid.indicators.find((i) => i.code === "CALL_PICKUP_RATE")?.series.find((s) => s.scope === "services");
    expect(charente?.value).toBe(series?.aggregate.value);
    const vienne = rows.filter((r) => r.prefectureCode === "86");
    expect(vienne.length).toBeGreaterThan(0);
    const values = rows.map((r) => r.value).filter((v): v is number => v !== null);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    // Prefectures without a figure come last
    const firstEmpty = rows.findIndex((r) => r.value === null);
    if (firstEmpty >= 0) expect(rows.slice(firstEmpty).every((r) => r.value === null)).toBe(true);
  });

  it("sorts a delay lowest first (target at most)", async () => {
    const comparison = await getIndicatorAcrossPrefectures("CNI_PASSPORT_DELIVERY_DELAY", 2021);
    expect(comparison?.target?.direction).toBe("AT_MOST");
    const values = comparison!.rows.map((r) => r.value).filter((v): v is number => v !== null);
    expect(values.length).toBeGreaterThan(0);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(comparison!.rows.find((r) => r.prefectureCode === "16")?.value).toBeCloseTo(13.5, 5);
  });

  it("knows nothing of an unknown code, and lists the national referential", async () => {
    expect(await getIndicatorAcrossPrefectures("NO_SUCH_INDICATOR", 2021)).toBeNull();
    const list = await listNationalIndicators(new Date("2022-06-01"));
    expect(list.map((i) => i.code)).toContain("CALL_PICKUP_RATE");
  });
});
