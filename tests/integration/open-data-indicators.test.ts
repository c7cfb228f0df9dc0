// Open data of the indicators: GET /api/v1/prefectures/{code}/indicators?year= returns the
// values of locked periods only (the Charente's 2021, presented to its committee), as JSON
// matching the OpenAPI document's required fields and as a French CSV; an unlocked period
// is absent; a missing year is a French 400, an unknown prefecture a French 404.
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/prefectures/[code]/indicators/route";
import { openApiDocument } from "@/lib/publication";
import { testDb, withDemoData } from "./support";

const db = testDb();
const call = (code: string, query: string) =>
  GET(new Request(`http://localhost:3000/api/v1/prefectures/${code}/indicators${query}`), { params: Promise.resolve({ code }) });

type Body = { year: number; values: { indicator: string; period: number; value: number | null; met: boolean | null; periodLabel: string }[] };

beforeAll(async () => {
  await withDemoData(db);
});

describe("open data of the indicators", () => {
  it("lists the locked periods of a year, with the fields the OpenAPI document requires", async () => {
    const response = await call("16", "?year=2021");
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const body = (await response.json()) as Body;
    expect(body.values.length).toBeGreaterThan(0);
    const schema = openApiDocument().components.schemas.IndicatorValue;
    for (const row of body.values) for (const field of schema.required) expect(row, field).toHaveProperty(field);
    // The worked figure of domain.md §5: Charente, January 2021, call pickup 77,1 %.
    const january = body.values.filter((v) => v.period === 1 && v.periodLabel === "janvier 2021").map((v) => v.value?.toFixed(1));
    expect(january).toContain("77.1");
  });

  it("leaves out a period that is not locked", async () => {
    const charente = await db.prefecture.findUniqueOrThrow({ where: { code: "16" } });
    const lock = await db.indicatorPeriodLock.findFirstOrThrow({ where: { prefectureId: charente.id, year: 2021, periodicity: "MONTHLY", period: 3 } });
    const before = (await (await call("16", "?year=2021")).json()) as Body;
    await db.indicatorPeriodLock.delete({ where: { id: lock.id } });
    try {
      const after = (await (await call("16", "?year=2021")).json()) as Body;
      const monthlyMarch = (b: Body) => b.values.filter((v) => v.periodLabel === "mars 2021");
      expect(monthlyMarch(before).length).toBeGreaterThan(0);
      expect(monthlyMarch(after)).toEqual([]);
    } finally {
      await db.indicatorPeriodLock.create({ data: { prefectureId: charente.id, year: 2021, periodicity: "MONTHLY", period: 3 } });
    }
  });

  it("answers CSV in the French way, and French errors", async () => {
    const csv = await call("16", "?year=2021&format=csv");
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const bytes = Buffer.from(await csv.arrayBuffer());
    // A byte-order mark first: Excel then reads the file as UTF-8 (text() would strip it).
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString("utf8");
    expect(text.startsWith("indicateur;libellé;")).toBe(true);
    expect(text).toMatch(/;janvier 2021;77,1\d*;/);
    const noYear = await call("16", "");
    expect(noYear.status).toBe(400);
    expect(await noYear.json()).toEqual({ error: "Indiquez l'année sur quatre chiffres : ?year=2021." });
    // "00": no département has it (throw-away test prefectures take 900–999).
    const unknown = await call("00", "?year=2021");
    expect(unknown.status).toBe(404);
  });
});
