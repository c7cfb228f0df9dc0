/**
 * The report of a year from two years of the entry grid (this one and the one before): every
 * followed indicator with its yearly aggregate per scope, its target and status, the trend
 * against the previous year's aggregate of the same indicator and scope, the explanations
 * entered for the periods that missed their target, and the periods for the small chart.
 * Nothing is recomputed here: values, aggregates and "met" come from the grid's year.
 */
import { formatNumber } from "@/lib/format";
import { formatIndicatorValue, formatTarget } from "@/lib/indicators/domain";
import { indicatorStatus, REPORT_STATUS_LABELS, seriesStatus, summarize } from "./summary";
import { compareYears, trendSentence } from "./trend";
import type { ReportIndicator, ReportIndicatorInput, ReportSeries, ReportSeriesInput, ReportYearInput, YearlyReportData } from "./types";

function aggregateNote(series: ReportSeriesInput): string | null {
  const a = series.aggregate;
  if (a.value === null) return null;
  if (a.source === "AS_ENTERED") return "Chiffre annuel saisi tel quel.";
  const notes: string[] = [];
  if (a.approximate) notes.push("moyenne des valeurs publiées, faute de composantes pour chaque période");
  if (!a.complete) notes.push("certaines périodes ne sont pas renseignées");
  return notes.length ? `${notes.join(" ; ").replace(/^./, (c) => c.toUpperCase())}.` : null;
}

function buildSeries(indicator: ReportIndicatorInput, series: ReportSeriesInput, previous: ReportSeriesInput | undefined, year: number): ReportSeries {
  const { unit, precision, target } = indicator;
  const fmt = (v: number | null) => (v === null ? "—" : formatIndicatorValue(v, unit, precision));
  const value = series.aggregate.value;
  const previousValue = previous?.aggregate.value ?? null;
  const status = seriesStatus(value, series.aggregate.met, target !== null);
  const trend = compareYears(value, previousValue, { precision, direction: target?.direction ?? null });
  return {
    scope: series.scope,
    aggregate: value,
    aggregateText: fmt(value),
    asEntered: series.aggregate.source === "AS_ENTERED",
    aggregateNote: aggregateNote(series),
    status,
    statusText: REPORT_STATUS_LABELS[status],
    previous: previousValue,
    previousText: fmt(previousValue),
    trend,
    trendSentence: trendSentence(trend, { previous: previousValue, previousYear: year - 1, currentKnown: value !== null, unit, precision, direction: target?.direction ?? null }),
    periods: series.periods.map((p) => ({
      period: p.period,
      label: p.label,
      longLabel: p.longLabel,
      value: p.value,
      valueText: fmt(p.value),
      shortText: p.value !== null && unit === "DAYS" ? formatNumber(p.value, precision) : fmt(p.value),
      met: p.met,
      statusText: p.value === null ? "—" : p.met === null ? REPORT_STATUS_LABELS.NO_TARGET : p.met ? REPORT_STATUS_LABELS.MET : REPORT_STATUS_LABELS.NOT_MET,
    })),
    explanations: series.periods
      .filter((p) => p.met === false && p.explanation?.trim())
      .map((p) => ({ period: p.longLabel, text: (p.explanation as string).trim() })),
  };
}

export function buildYearlyReport(current: ReportYearInput, previous: ReportYearInput | null): YearlyReportData {
  const indicators: ReportIndicator[] = current.indicators.map((indicator) => {
    const before = previous?.indicators.find((p) => p.definitionId === indicator.definitionId);
    const series = indicator.series.map((s) => buildSeries(indicator, s, before?.series.find((p) => p.scope === s.scope), current.year));
    const status = indicatorStatus(series.map((s) => s.status));
    return {
      definitionId: indicator.definitionId,
      code: indicator.code,
      label: indicator.label,
      unit: indicator.unit,
      precision: indicator.precision,
      target: indicator.target ? { value: indicator.target.value, direction: indicator.target.direction } : null,
      targetText: indicator.target ? formatTarget(indicator.target, indicator.unit, indicator.precision) : null,
      valueHeader: indicator.unit === "DAYS" ? "Valeur (jours)" : "Valeur",
      status,
      statusText: REPORT_STATUS_LABELS[status],
      series,
    };
  });
  return {
    year: current.year,
    previousYear: current.year - 1,
    indicators,
    summary: summarize(indicators.map((i) => i.status)),
  };
}

/** "bilan-indicateurs-2021-charente": the report's file name (without extension), ASCII only. */
export function yearlyReportFileBase(year: number, prefectureName: string): string {
  const slug = prefectureName
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return ["bilan-indicateurs", String(year), slug].filter(Boolean).join("-");
}

/** "Bilan des indicateurs 2021": the title of the report and of the document attached to a meeting. */
export function yearlyReportTitle(year: number): string {
  return `Bilan des indicateurs ${year}`;
}

/**
 * The year of a report's URL ("2021"): four digits, from the first year the portal accepts to
 * the current one (a report of a year not begun makes no sense); null otherwise (→ 404).
 */
export function parseReportYear(segment: string, currentYear: number, minYear = 1990): number | null {
  if (!/^\d{4}$/.test(segment)) return null;
  const year = Number(segment);
  return year >= minYear && year <= currentYear ? year : null;
}
