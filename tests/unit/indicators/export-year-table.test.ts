/**
 * Year table export (CSV and XLSX) and the round trip: exporting a table then importing the
 * file gives the same table, for both formats; a larger generated XLSX streams back.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { yearTableFileName, yearTableToCsv, yearTableToXlsx } from "@/lib/indicators/export";
import { parseYearFile, periodCount, type IndicatorYearBlock, type IndicatorYearTable, type YearTableDefinition } from "@/lib/indicators/import";
import { indicatorDefinitions } from "@/prisma/seed/data/indicators";
import { charente2021, definition } from "./fixtures";

function block(
  code: string,
  figures: Record<string, (number | null)[]>,
  published: (number | null)[] | null = null,
): IndicatorYearBlock {
  const def = definition(code);
  return {
    code: def.code,
    label: def.label,
    unit: def.unit,
    periodicity: def.periodicity,
    formula: def.formula,
    precision: def.precision,
    components: def.components.map((c) => ({ code: c.code, label: c.label, role: c.role })),
    figures: Object.fromEntries(def.components.map((c) => [c.code, figures[c.code] ?? Array(periodCount(def.periodicity)).fill(null)])),
    published,
  };
}

const charenteTable: IndicatorYearTable = {
  year: 2021,
  indicators: [
    block("WEB_CONNECTION_RATE", { visits: [...charente2021.visits], population: Array(12).fill(charente2021.population) }, [
      8.98, 8.35, 9.14, 8.51, 7.11, 7.35, 6.85, 6.01, 6.8, 6.72, 6.89, 6.64,
    ]),
    block("CALL_PICKUP_RATE", { received: [...charente2021.callsReceived], lost: [...charente2021.callsLost] }, [...charente2021.callsPublished]),
    block("FIRST_RESIDENCE_PERMIT_DELAY", {
      meanDelay: [...charente2021.firstPermitDelay],
      decisions: [...charente2021.firstPermitDecisions.slice(0, 11), null],
    }),
    block("CNI_PASSPORT_DELIVERY_DELAY", { delay: [6, 8, 14, 26] }, [6, 8, 14, 26]),
    block("SATISFACTION_RATE", { verySatisfied: [56, null, null, null], satisfied: [41, null, null, null], respondents: [102, null, null, null] }, [95.1, null, null, null]),
    block("EMAIL_ANSWER_RATE", { answeredInTime: [12.5, 3, null, 4, null, null, null, null, null, null, null, 0] }),
  ],
};

describe("yearTableToCsv", () => {
  it("writes a French CSV: BOM, semicolons, header with month names, decimal commas, rates with their precision", () => {
    const text = yearTableToCsv(charenteTable);
    expect(text.startsWith("\uFEFFIndicateur;Ligne;janvier;février;mars;avril;mai;juin;juillet;août;septembre;octobre;novembre;décembre\r\n")).toBe(true);
    const lines = text.slice(1).split("\r\n");
    expect(lines).toContain("WEB_CONNECTION_RATE;Taux (%);8,98 %;8,35 %;9,14 %;8,51 %;7,11 %;7,35 %;6,85 %;6,01 %;6,80 %;6,72 %;6,89 %;6,64 %");
    expect(lines).toContain("CALL_PICKUP_RATE;Nombre d'appels perdus (sans réponse);2266;1827;2052;1787;1303;2302;1708;1322;1894;1773;1309;1619");
    expect(lines).toContain("Indicateur;Ligne;T1;T2;T3;T4");
    expect(lines).toContain("CNI_PASSPORT_DELIVERY_DELAY;Valeur;6,0;8,0;14,0;26,0");
    expect(lines).toContain("EMAIL_ANSWER_RATE;Courriels répondus dans les 5 jours ouvrés;12,5;3;;4;;;;;;;;0");
  });

  it("names the file with the year the import reads back", () => {
    expect(yearTableFileName(2021, "xlsx", "16")).toBe("indicateurs-16-2021.xlsx");
  });
});

describe("yearTableToXlsx", () => {
  it("one sheet named after the year, bold headers, frozen label columns, numbers as numbers, rates as percentages", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await yearTableToXlsx(charenteTable)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("2021");
    expect(sheet).toBeDefined();
    if (!sheet) return;
    expect(sheet.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 1 });
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.getCell("C2").value).toBe(32403);
    expect(sheet.getCell("C2").numFmt).toBe("#,##0");
    expect(sheet.getCell("C4").value).toBeCloseTo(0.0898, 10);
    expect(sheet.getCell("C4").numFmt).toBe("0.00%");
    expect(sheet.getCell("C7").numFmt).toBe("0.0%");
  });
});

describe("round trip: export then import gives the same table", () => {
  const defs: readonly YearTableDefinition[] = indicatorDefinitions;

  it("CSV", async () => {
    const result = await parseYearFile(Buffer.from(yearTableToCsv(charenteTable), "utf8"), yearTableFileName(2021, "csv"), defs);
    expect(result.ok && result.table).toEqual(charenteTable);
  });

  it("XLSX", async () => {
    const result = await parseYearFile(await yearTableToXlsx(charenteTable), yearTableFileName(2021, "xlsx"), defs);
    expect(result.ok && result.table).toEqual(charenteTable);
  });

  it("the re-imported Charente file reports the same discrepancies from both formats", async () => {
    const fromCsv = await parseYearFile(Buffer.from(yearTableToCsv(charenteTable), "utf8"), "x-2021.csv", defs);
    const fromXlsx = await parseYearFile(await yearTableToXlsx(charenteTable), "x-2021.xlsx", defs);
    // Seed 003's connection rates for June, July and November cannot be obtained from its own counts either.
    expect(fromCsv.ok && fromCsv.discrepancies.map((d) => d.message)).toEqual([
      "Juin : publié 7,35\u202f%, recalculé 7,298\u202f%.",
      "Juillet : publié 6,85\u202f%, recalculé 6,803\u202f%.",
      "Novembre : publié 6,89\u202f%, recalculé 6,870\u202f%.",
      "Février : publié 81,3\u202f%, recalculé 81,24\u202f%.",
      "Mars : publié 81,8\u202f%, recalculé 81,95\u202f%.",
      "Novembre : publié 77,8\u202f%, recalculé 84,78\u202f%.",
    ]);
    expect(fromXlsx.ok && fromXlsx.discrepancies).toEqual(fromCsv.ok && fromCsv.discrepancies);
  });

  it("a generated 12 000-cell XLSX streams back with progress", async () => {
    const defsLarge: YearTableDefinition[] = Array.from({ length: 500 }, (_, i) => ({
      code: `GEN_${i}`,
      label: `Indicateur généré ${i}`,
      unit: "PERCENT",
      periodicity: "MONTHLY",
      formula: "COMPLEMENT_RATIO",
      precision: 1,
      components: [
        { code: "received", label: "Reçus", role: "BASE" },
        { code: "lost", label: "Perdus", role: "SUBTRACTED" },
      ],
    }));
    const table: IndicatorYearTable = {
      year: 2022,
      indicators: defsLarge.map((d, i) => ({
        ...d,
        components: [...d.components],
        figures: { received: Array.from({ length: 12 }, (_, m) => 1000 + i + m), lost: Array.from({ length: 12 }, (_, m) => (i * 7 + m) % 500) },
        published: null,
      })),
    };
    let last = 0;
    const result = await parseYearFile(await yearTableToXlsx(table), "national-2022.xlsx", defsLarge, { onProgress: (n) => (last = n) });
    expect(result.ok && result.table).toEqual(table);
    expect(last).toBe(1001);
  });
});
