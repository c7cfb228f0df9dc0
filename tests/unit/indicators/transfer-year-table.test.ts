/**
 * yearTableOf: the export's table of a stored year. A figure stored at a coarser periodicity
 * than its indicator (the Vosges' yearly satisfaction rate of a quarterly indicator) is a
 * block of its own; each scope is a block with its scope; the whole prefecture's block is
 * always there (the file is also the entry template); and the table goes through the CSV and
 * XLSX files and the parser unchanged.
 */
import { describe, expect, it } from "vitest";
import { yearTableOf, yearTableToCsv, yearTableToXlsx } from "@/lib/indicators/export";
import { parseYearFile } from "@/lib/indicators/import";
import type { GridIndicator, GridOtherPeriod, GridPeriod, GridSeries, IndicatorYear } from "@/lib/indicators/queries";
import { indicatorDefinitions } from "@/prisma/seed/data/indicators";
import { definition } from "./fixtures";

const PERIODS = { MONTHLY: 12, QUARTERLY: 4, SEMIANNUAL: 2, YEARLY: 1 } as const;

function period(n: number, stored: Partial<Pick<GridPeriod, "components" | "computed" | "published" | "isDirect">> = {}): GridPeriod {
  return {
    period: n,
    label: String(n),
    longLabel: String(n),
    components: stored.components ?? {},
    computed: stored.computed ?? null,
    value: stored.computed ?? stored.published ?? null,
    published: stored.published ?? null,
    isDirect: stored.isDirect ?? false,
    met: null,
    comment: null,
    explanation: null,
    version: stored.components || stored.published !== undefined ? 1 : null,
    valueId: null,
    updatedAt: null,
    enteredBy: null,
    locked: false,
  };
}

function series(code: string, scope: string, stored: Record<number, Parameters<typeof period>[1]>, otherPeriods: GridOtherPeriod[] = []): GridSeries {
  const def = definition(code);
  return {
    scope,
    periods: Array.from({ length: PERIODS[def.periodicity] }, (_, i) => period(i + 1, stored[i + 1])),
    otherPeriods,
    aggregate: { value: null, met: null, method: null, approximate: false, complete: false, source: "NONE" },
  };
}

function indicator(code: string, allSeries: GridSeries[]): GridIndicator {
  const def = definition(code);
  return {
    prefectureIndicatorId: `pi-${code}`,
    definitionId: `d-${code}`,
    code,
    label: def.label,
    description: null,
    unit: def.unit,
    periodicity: def.periodicity,
    formula: def.formula,
    aggregation: def.aggregation,
    precision: def.precision,
    versionNumber: 1,
    components: def.components.map((c) => ({ code: c.code, label: c.label, role: c.role })),
    target: null,
    assigneeIds: [],
    series: allSeries,
  };
}

const yearly = (published: number): GridOtherPeriod => ({ periodicity: "YEARLY", period: 1, components: {}, computed: null, published, isDirect: true });

/** The Vosges 2022 satisfaction rates as stored by the demo (prisma/seed/data/indicator-values.ts). */
const vosges2022: IndicatorYear = {
  year: 2022,
  yearsWithValues: [2022],
  locks: [],
  indicators: [
    indicator("SATISFACTION_RATE", [
      series("SATISFACTION_RATE", "", {}, [yearly(95.1)]),
      series("SATISFACTION_RATE", "delai-attente", { 1: { published: 83, isDirect: true }, 2: { published: 86, isDirect: true } }),
      series("SATISFACTION_RATE", "locaux", {}, [yearly(88.7)]),
    ]),
  ],
};

describe("yearTableOf", () => {
  it("carries a yearly value entered for a quarterly indicator as an « Année » block", () => {
    const table = yearTableOf(vosges2022);
    const whole = table.indicators.filter((b) => b.code === "SATISFACTION_RATE" && b.scope === undefined);
    expect(whole.map((b) => b.periodicity)).toEqual(["QUARTERLY", "YEARLY"]);
    expect(whole[0]?.published).toEqual([null, null, null, null]);
    expect(whole[1]).toMatchObject({ periodicity: "YEARLY", published: [95.1], figures: { respondents: [null] } });
  });

  it("gives each scope its blocks, the whole prefecture first, coarser blocks after every scope's own", () => {
    const table = yearTableOf(vosges2022);
    expect(table.indicators.map((b) => `${b.scope ?? ""}/${b.periodicity}`)).toEqual([
      "/QUARTERLY",
      "delai-attente/QUARTERLY",
      "locaux/QUARTERLY",
      "/YEARLY",
      "locaux/YEARLY",
    ]);
    expect(table.indicators[1]?.published).toEqual([83, 86, null, null]);
    expect(table.indicators[4]?.published).toEqual([88.7]);
  });

  it("keeps the whole prefecture's (empty) block when only scopes have figures, and rounds computed rates", () => {
    const table = yearTableOf({
      year: 2021,
      yearsWithValues: [2021],
      locks: [],
      indicators: [
        indicator("CALL_PICKUP_RATE", [series("CALL_PICKUP_RATE", "services", { 1: { components: { received: 9903, lost: 2266 }, computed: 77.118045, published: null } })]),
      ],
    });
    expect(table.indicators.map((b) => b.scope ?? "")).toEqual(["", "services"]);
    expect(table.indicators[0]?.published?.every((v) => v === null)).toBe(true);
    expect(table.indicators[1]?.figures.received?.[0]).toBe(9903);
    expect(table.indicators[1]?.published?.[0]).toBe(77.1);
  });

  it("is read back unchanged from its CSV and its XLSX (scopes and coarser blocks included)", async () => {
    const table = yearTableOf(vosges2022);
    const csv = yearTableToCsv(table);
    expect(csv.split("\r\n")).toEqual(
      expect.arrayContaining(["\uFEFFIndicateur;Périmètre;Ligne;T1;T2;T3;T4", "Indicateur;Périmètre;Ligne;Année", "SATISFACTION_RATE;;Taux (%);95,1 %", "SATISFACTION_RATE;locaux;Taux (%);88,7 %"]),
    );
    for (const [bytes, name] of [
      [Buffer.from(csv, "utf8"), "indicateurs-88-2022.csv"],
      [await yearTableToXlsx(table), "indicateurs-88-2022.xlsx"],
    ] as const) {
      const parsed = await parseYearFile(bytes, name, indicatorDefinitions);
      if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join("\n"));
      expect(parsed.table).toEqual(table);
      expect(parsed.discrepancies).toEqual([]);
    }
  });
});
