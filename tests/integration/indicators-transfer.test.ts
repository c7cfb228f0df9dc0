// The year export and import round trip on the demo data, for what the first export lost:
// the Vosges' 2022 satisfaction rate entered for the whole year (95,1 %) of a quarterly
// indicator, and the Charente's pickup rate by scope ("services"). Exporting a year (CSV and
// XLSX) then importing the file back shows no discrepancy and changes no stored row; a yearly
// figure and a new scope imported from a file are stored at that periodicity and scope.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importIndicatorYear, lockIndicatorPeriods } from "@/lib/indicators/actions";
import { yearTableOf, yearTableToCsv, yearTableToXlsx } from "@/lib/indicators/export";
import { getIndicatorYear } from "@/lib/indicators/queries";
import type { Actor } from "@/lib/auth/policy";
import { actorFor, testDb, withDemoData } from "./support";

const db = testDb();
let vosges: { id: string; actor: Actor };
let charente: { id: string; actor: Actor };
/** Years written by this file only (cleaned after): the demo years are only read back unchanged. */
const SCRATCH_YEARS = [2061, 2062, 2063];

async function exportFile(prefectureId: string, year: number, format: "csv" | "xlsx"): Promise<Buffer> {
  const table = yearTableOf(await getIndicatorYear(prefectureId, year));
  return format === "csv" ? Buffer.from(yearTableToCsv(table), "utf8") : yearTableToXlsx(table);
}

const run = (who: { id: string; actor: Actor }, year: number, bytes: Buffer, format: "csv" | "xlsx", confirm: boolean) =>
  importIndicatorYear.built.execute(db, who.actor, {
    prefectureId: who.id,
    year,
    fileName: `indicateurs-${year}.${format}`,
    fileBase64: bytes.toString("base64"),
    confirm,
  });

const storedRows = (prefectureId: string, year: number) =>
  db.indicatorValue.findMany({
    where: { prefectureId, year },
    orderBy: [{ definitionId: "asc" }, { scope: "asc" }, { periodicity: "asc" }, { period: "asc" }],
    select: {
      id: true,
      scope: true,
      periodicity: true,
      period: true,
      version: true,
      isDirect: true,
      value: true,
      publishedValue: true,
      source: true,
      definition: { select: { code: true } },
      components: { select: { amount: true }, orderBy: { amount: "asc" } },
    },
  });

beforeAll(async () => {
  await withDemoData(db);
  const find = async (code: string) => ({
    id: (await db.prefecture.findUniqueOrThrow({ where: { code } })).id,
    actor: await actorFor(db, `referent.${code}@example.org`),
  });
  vosges = await find("88");
  charente = await find("16");
});

afterAll(async () => {
  await db.indicatorValue.deleteMany({ where: { prefectureId: { in: [vosges.id, charente.id] }, year: { in: SCRATCH_YEARS } } });
  await db.indicatorPeriodLock.deleteMany({ where: { prefectureId: { in: [vosges.id, charente.id] }, year: { in: SCRATCH_YEARS } } });
});

describe("year export → import round trip", () => {
  it("exports the Vosges' 2022 yearly satisfaction rate (95,1 %) in indicateurs-88-2022.xlsx", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exportFile(vosges.id, 2022, "xlsx")) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("2022");
    const rows: unknown[][] = [];
    sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const yearHeader = rows.findIndex((r) => r.at(-1) === "Année");
    expect(yearHeader).toBeGreaterThan(0);
    const rate = rows.slice(yearHeader).find((r) => r[0] === "SATISFACTION_RATE" && r[1] === undefined && r[2] === "Taux (%)");
    expect(rate?.[3]).toBeCloseTo(0.951, 10);
    const locaux = rows.slice(yearHeader).find((r) => r[0] === "SATISFACTION_RATE" && r[1] === "locaux" && r[2] === "Taux (%)");
    expect(locaux?.[3]).toBeCloseTo(0.887, 10);
  });

  // The demo years are locked (presented to the committee): a file giving them as stored is
  // still accepted. Charente 2021's printed rates disagree with their counts in seed 003: the
  // preview reports those stored discrepancies, and no other.
  for (const [name, who, year, format, locked] of [
    ["Vosges 2022", () => vosges, 2022, "xlsx", true],
    ["Vosges 2022", () => vosges, 2022, "csv", true],
    ["Charente 2022", () => charente, 2022, "csv", false],
    ["Charente 2022", () => charente, 2022, "xlsx", false],
    ["Charente 2021", () => charente, 2021, "xlsx", true],
  ] as const) {
    it(`${name} (${format}): the preview shows no new discrepancy, the import changes nothing`, async () => {
      const prefecture = who();
      const before = await storedRows(prefecture.id, year);
      expect(before.length).toBeGreaterThan(0);
      expect((await db.indicatorPeriodLock.count({ where: { prefectureId: prefecture.id, year } })) > 0).toBe(locked);
      const file = await exportFile(prefecture.id, year, format);

      const preview = await run(prefecture, year, file, format, false);
      expect(preview).toMatchObject({ ok: true, data: { status: "preview" } });
      if (!preview.ok || preview.data.status !== "preview") return;
      const storedDisagreeing = before
        .filter((r) => r.components.length > 0 && r.publishedValue !== null)
        .map((r) => ({ indicatorCode: r.definition.code, scope: r.scope, periodicity: r.periodicity, period: r.period, published: r.publishedValue?.toNumber() }));
      for (const d of preview.data.discrepancies) {
        expect(storedDisagreeing).toContainEqual({ indicatorCode: d.indicatorCode, scope: d.scope, periodicity: d.periodicity, period: d.period, published: d.published });
      }
      if (year === 2022) expect(preview.data.discrepancies).toEqual([]);
      else expect(preview.data.discrepancies.map((d) => d.scope)).toContain("services");
      // Every stored period is in the file: whole prefecture, scopes and coarser periodicities.
      expect(preview.data.indicators.reduce((sum, i) => sum + i.periods, 0)).toBe(before.length);
      expect(preview.data.indicators.flatMap((i) => i.newScopes)).toEqual([]);
      const scopesInFile = new Set(preview.data.indicators.flatMap((i) => i.scopes.map((s) => `${i.code}:${s}`)));
      for (const row of before) expect(scopesInFile).toContain(`${row.definition.code}:${row.scope}`);

      const imported = await run(prefecture, year, file, format, true);
      expect(imported).toMatchObject({ ok: true, data: { status: "imported" } });
      if (!imported.ok || imported.data.status !== "imported") return;
      expect(imported.data.indicators.map((i) => [i.code, i.changed])).toEqual(imported.data.indicators.map((i) => [i.code, 0]));
      expect(await storedRows(prefecture.id, year)).toEqual(before);
    });
  }

  it("Charente 2022 carries its pickup rate per scope, the whole prefecture's empty lines first", async () => {
    const csv = (await exportFile(charente.id, 2022, "csv")).toString("utf8");
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe("\uFEFFIndicateur;Périmètre;Ligne;janvier;février;mars;avril;mai;juin;juillet;août;septembre;octobre;novembre;décembre");
    const whole = lines.findIndex((l) => l === "CALL_PICKUP_RATE;;Taux (%);;;;;;;;;;;;");
    const services = lines.findIndex((l) => l === "CALL_PICKUP_RATE;services;Taux (%);82,46 %;83,29 %;;;;;;;;;;");
    expect(whole).toBeGreaterThan(0);
    expect(services).toBeGreaterThan(whole);
  });
});

describe("importing scopes and coarser figures", () => {
  it("stores a yearly rate of a quarterly indicator as YEARLY, per scope, and exports it back", async () => {
    const year = 2061;
    const csv = ["Indicateur;Périmètre;Ligne;Année", "SATISFACTION_RATE;;Taux (%);92,4 %", "SATISFACTION_RATE;Site internet;Taux (%);80 %"].join("\n");
    const imported = await run(vosges, year, Buffer.from(csv, "utf8"), "csv", true);
    // « site-internet » is a scope the Vosges already have (2022): not new.
    expect(imported).toMatchObject({
      ok: true,
      data: { status: "imported", indicators: [{ code: "SATISFACTION_RATE", scopes: ["", "site-internet"], newScopes: [], periods: 2, changed: 2 }] },
    });
    const rows = await storedRows(vosges.id, year);
    expect(rows.map((r) => ({ scope: r.scope, periodicity: r.periodicity, period: r.period, isDirect: r.isDirect, value: r.value?.toNumber(), source: r.source }))).toEqual([
      { scope: "", periodicity: "YEARLY", period: 1, isDirect: true, value: 92.4, source: "IMPORT" },
      { scope: "site-internet", periodicity: "YEARLY", period: 1, isDirect: true, value: 80, source: "IMPORT" },
    ]);
    const lines = (await exportFile(vosges.id, year, "csv")).toString("utf8").split("\r\n");
    expect(lines).toEqual(expect.arrayContaining(["SATISFACTION_RATE;;Taux (%);92,4 %", "SATISFACTION_RATE;site-internet;Taux (%);80,0 %"]));
    // The yearly report's figure is the one entered for the year.
    const satisfaction = (await getIndicatorYear(vosges.id, year)).indicators.find((i) => i.code === "SATISFACTION_RATE");
    expect(satisfaction?.series.find((s) => s.scope === "")?.aggregate).toMatchObject({ value: 92.4, source: "AS_ENTERED" });
  });

  it("stores the components of a new scope and reports a scope's discrepancy before storing anything", async () => {
    const year = 2062;
    const file = (rate: string) =>
      Buffer.from(
        [
          "Indicateur;Périmètre;Ligne;janvier",
          "CALL_PICKUP_RATE;standard;Nombre total d'appels reçus, quel que soit le motif;1000",
          "CALL_PICKUP_RATE;standard;Nombre d'appels perdus (sans réponse);2",
          `CALL_PICKUP_RATE;standard;Taux (%);${rate}`,
        ].join("\n"),
        "utf8",
      );
    const preview = await run(charente, year, file("90,0 %"), "csv", false);
    expect(preview).toMatchObject({ ok: true, data: { status: "preview", indicators: [{ code: "CALL_PICKUP_RATE", scopes: ["standard"], newScopes: ["standard"] }], discrepancies: [{ indicatorCode: "CALL_PICKUP_RATE", scope: "standard", periodicity: "MONTHLY", period: 1 }] } });
    if (!preview.ok || preview.data.status !== "preview") return;
    expect(preview.data.discrepancies[0]?.message).toMatch(/^Janvier \(périmètre « standard »\) : publié 90,0/);
    expect(await storedRows(charente.id, year)).toEqual([]);

    const imported = await run(charente, year, file("99,8 %"), "csv", true);
    expect(imported).toMatchObject({ ok: true, data: { status: "imported", discrepancies: [] } });
    const rows = await storedRows(charente.id, year);
    expect(rows.map((r) => [r.definition.code, r.scope, r.periodicity, r.period, r.value?.toNumber()])).toEqual([["CALL_PICKUP_RATE", "standard", "MONTHLY", 1, 99.8]]);
    expect(rows[0]?.components.map((c) => c.amount.toNumber())).toEqual([2, 1000]);
  });

  it("accepts a locked yearly figure given as stored, and refuses the file when it would change it", async () => {
    const year = 2063;
    const file = (rate: string) => Buffer.from(["Indicateur;Périmètre;Ligne;Année", `SATISFACTION_RATE;locaux;Taux (%);${rate}`].join("\n"), "utf8");
    expect(await run(vosges, year, file("88,7 %"), "csv", true)).toMatchObject({ ok: true, data: { status: "imported" } });
    const locked = await lockIndicatorPeriods.built.execute(db, vosges.actor, { prefectureId: vosges.id, year, periods: [{ periodicity: "YEARLY", period: 1 }] });
    expect(locked.ok).toBe(true);
    const before = await storedRows(vosges.id, year);

    expect(await run(vosges, year, file("88,7 %"), "csv", false)).toMatchObject({ ok: true, data: { status: "preview" } });
    expect(await run(vosges, year, file("88,7 %"), "csv", true)).toMatchObject({ ok: true, data: { status: "imported", indicators: [{ code: "SATISFACTION_RATE", changed: 0 }] } });
    const refused = await run(vosges, year, file("90 %"), "csv", true);
    expect(refused).toMatchObject({ ok: false, code: "CONFLICT" });
    if (refused.ok) return;
    expect(refused.error).toMatch(/année 2063 \(SATISFACTION_RATE, périmètre « locaux »\)/);
    expect(await storedRows(vosges.id, year)).toEqual(before);
  });

  it("refuses, in French, a scope the grid cannot store, and writes nothing", async () => {
    const csv = "Indicateur;Périmètre;Ligne;janvier\nCALL_PICKUP_RATE;services/DDT;Taux (%);80 %";
    const preview = await run(charente, 2062, Buffer.from(csv, "utf8"), "csv", false);
    expect(preview).toMatchObject({ ok: true, data: { status: "invalid" } });
    if (!preview.ok || preview.data.status !== "invalid") return;
    expect(preview.data.errors[0]?.message).toMatch(/^Ligne 2, colonne « Périmètre » : « services\/DDT » n'est pas un périmètre valide/);
    const confirmed = await run(charente, 2062, Buffer.from(csv, "utf8"), "csv", true);
    expect(confirmed.ok).toBe(false);
  });
});
