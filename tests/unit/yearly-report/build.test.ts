// The report assembled from two years of the grid, with the Charente's 2021 pickup rate
// (domain.md §5): twelve months pooled into 81,49 % — shown "81,5 %" — against ≥ 90 %: not met.
import { describe, expect, it } from "vitest";
import { aggregateInto, meetsTarget, periodLongLabel, periodShortLabel, periodValue, type IndicatorValueInput } from "@/lib/indicators/domain";
import { buildYearlyReport, parseReportYear, yearlyReportFileBase, type ReportIndicatorInput, type ReportSeriesInput } from "@/lib/yearly-report/domain";
import { charente2021, definition } from "../indicators/fixtures";

const NNBSP = "\u202f";
const pickup = definition("CALL_PICKUP_RATE");
const target = { value: 90, direction: "AT_LEAST" as const };

function series(year: number, received: readonly number[], lost: readonly number[], explanations: Record<number, string> = {}): ReportSeriesInput {
  const values: IndicatorValueInput[] = received.map((r, i) => ({ year, periodicity: "MONTHLY", period: i + 1, components: { received: r, lost: lost[i] } }));
  const rollup = aggregateInto(pickup, values, { year, periodicity: "YEARLY", period: 1 });
  return {
    scope: "services",
    periods: values.map((v) => {
      const value = periodValue(pickup, v);
      return {
        period: v.period,
        label: periodShortLabel("MONTHLY", v.period),
        longLabel: periodLongLabel("MONTHLY", v.period, year),
        value,
        met: meetsTarget(value, target, { precision: 1 }),
        explanation: explanations[v.period] ?? null,
      };
    }),
    aggregate: { value: rollup.value, met: meetsTarget(rollup.value, target, { precision: 1 }), approximate: rollup.approximate, complete: rollup.complete, source: rollup.source },
  };
}

function indicator(s: ReportSeriesInput[], overrides: Partial<ReportIndicatorInput> = {}): ReportIndicatorInput {
  return { definitionId: "pickup", code: "CALL_PICKUP_RATE", label: "Taux d'appels décrochés", unit: "PERCENT", periodicity: "MONTHLY", precision: 1, target, series: s, ...overrides };
}

describe("buildYearlyReport", () => {
  const current = series(2021, charente2021.callsReceived, charente2021.callsLost, { 1: "Absence de deux agents en janvier.", 5: "  " });
  // A 2020 where every month lost 10 % more calls than 2021's (made up for the comparison).
  const previous = series(2020, charente2021.callsReceived, charente2021.callsLost.map((l) => Math.round(l * 1.1)));
  const report = buildYearlyReport({ year: 2021, indicators: [indicator([current])] }, { year: 2020, indicators: [indicator([previous])] });
  const pickupReport = report.indicators[0]!;
  const services = pickupReport.series[0]!;

  it("keeps the grid's pooled aggregate and says it the French way: 81,5 %, not met against ≥ 90 %", () => {
    expect(services.aggregate).toBeCloseTo(81.487, 3);
    expect(services.aggregateText).toBe(`81,5${NNBSP}%`);
    expect(services.status).toBe("NOT_MET");
    expect(services.statusText).toBe("Non atteint");
    expect(pickupReport.targetText).toBe(`≥ 90${NNBSP}%`);
    expect(pickupReport.status).toBe("NOT_MET");
    expect(report.summary).toEqual({ total: 1, met: 0, notMet: 1, noTarget: 0, noData: 0 });
  });

  it("compares with the previous year's aggregate of the same indicator and scope", () => {
    expect(services.previous).toBeCloseTo(((114310 - 23279) / 114310) * 100, 1);
    expect(services.trend).toMatchObject({ direction: "UP", improvement: true });
    expect(services.trendSentence).toMatch(/^En hausse par rapport à 2020 \(79,6\u202f%, \+1,9 points?\) : amélioration\.$/u);
  });

  it("lists the explanations of the missed periods that have one, and the periods for the chart", () => {
    expect(services.explanations).toEqual([{ period: "janvier 2021", text: "Absence de deux agents en janvier." }]);
    expect(services.periods.map((p) => p.valueText)[0]).toBe(`77,1${NNBSP}%`);
    expect(services.periods[0]?.statusText).toBe("Non atteint");
  });

  it("an indicator the previous year did not have, a scope without figures, a count without target", () => {
    const empty: ReportSeriesInput = { scope: "", periods: [], aggregate: { value: null, met: null, approximate: false, complete: false, source: "NONE" } };
    const counted: ReportSeriesInput = { scope: "", periods: [], aggregate: { value: 19265, met: null, approximate: false, complete: true, source: "AS_ENTERED" } };
    const r = buildYearlyReport(
      {
        year: 2021,
        indicators: [
          indicator([empty], { definitionId: "none" }),
          indicator([counted], { definitionId: "licences", unit: "COUNT", precision: 0, target: null, label: "Permis délivrés" }),
        ],
      },
      null,
    );
    expect(r.indicators.map((i) => i.status)).toEqual(["NO_DATA", "NO_TARGET"]);
    expect(r.indicators[0]?.series[0]?.aggregateText).toBe("—");
    expect(r.indicators[1]?.series[0]).toMatchObject({ aggregateText: `19${NNBSP}265`, asEntered: true, aggregateNote: "Chiffre annuel saisi tel quel." });
    expect(r.indicators[1]?.series[0]?.trendSentence).toBe("Pas de chiffre en 2020 : pas de comparaison possible.");
    expect(r.summary).toEqual({ total: 2, met: 0, notMet: 0, noTarget: 1, noData: 1 });
  });
});

describe("compact period tables", () => {
  it("put the unit of a delay in the row header, not in every cell (Charente 2021 CNI: 6, 8, 14, 26 days)", () => {
    const quarters: ReportSeriesInput = {
      scope: "",
      periods: [6, 8, 14, 26].map((value, i) => ({ period: i + 1, label: `T${i + 1}`, longLabel: `T${i + 1} 2021`, value, met: value <= 14, explanation: null })),
      aggregate: { value: 13.5, met: true, approximate: false, complete: true, source: "AGGREGATED" },
    };
    const cni = buildYearlyReport(
      { year: 2021, indicators: [indicator([quarters], { definitionId: "cni", unit: "DAYS", periodicity: "QUARTERLY", target: { value: 14, direction: "AT_MOST" } })] },
      null,
    ).indicators[0]!;
    expect(cni.valueHeader).toBe("Valeur (jours)");
    expect(cni.series[0]!.periods.map((p) => p.shortText)).toEqual(["6,0", "8,0", "14,0", "26,0"]);
    expect(cni.series[0]!.aggregateText).toBe("13,5 jours");
    expect(cni.status).toBe("MET");
    expect(cni.targetText).toBe("≤ 14 jours");
    // Percentages keep their sign: it is short.
    const pickupReport = buildYearlyReport({ year: 2021, indicators: [indicator([series(2021, charente2021.callsReceived, charente2021.callsLost)])] }, null);
    expect(pickupReport.indicators[0]!.valueHeader).toBe("Valeur");
    expect(pickupReport.indicators[0]!.series[0]!.periods[0]!.shortText).toBe(`77,1${NNBSP}%`);
  });
});

describe("report year and file name", () => {
  it("accepts four-digit years up to the current one", () => {
    expect(parseReportYear("2021", 2026)).toBe(2021);
    expect(parseReportYear("2026", 2026)).toBe(2026);
    expect(parseReportYear("2027", 2026)).toBeNull();
    expect(parseReportYear("1989", 2026)).toBeNull();
    expect(parseReportYear("21", 2026)).toBeNull();
    expect(parseReportYear("2021.5", 2026)).toBeNull();
    expect(parseReportYear("abcd", 2026)).toBeNull();
  });

  it("names the file like bilan-indicateurs-2021-charente, ASCII only", () => {
    expect(yearlyReportFileBase(2021, "Charente")).toBe("bilan-indicateurs-2021-charente");
    expect(yearlyReportFileBase(2022, "Côtes-d'Armor")).toBe("bilan-indicateurs-2022-cotes-d-armor");
  });
});
