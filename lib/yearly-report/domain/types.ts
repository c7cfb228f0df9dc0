/**
 * Shapes of the yearly results report (bilan annuel). The input is structural: the entry
 * grid's year (lib/indicators/queries.ts `getIndicatorYear`) fits it as it is, so the report
 * reuses its computed values, targets and aggregates instead of computing them again. The
 * output is plain serialisable data with its French texts already written, so the page, the
 * PDF and the tests all show the same words.
 */
import type { IndicatorUnit, Periodicity, TargetDirection } from "@/lib/indicators/domain";

export interface ReportTargetInput {
  value: number;
  direction: TargetDirection;
}

export interface ReportPeriodInput {
  period: number;
  label: string;
  longLabel: string;
  value: number | null;
  met: boolean | null;
  explanation: string | null;
}

export interface ReportSeriesInput {
  scope: string;
  periods: readonly ReportPeriodInput[];
  aggregate: { value: number | null; met: boolean | null; approximate: boolean; complete: boolean; source: "AGGREGATED" | "AS_ENTERED" | "NONE" };
}

export interface ReportIndicatorInput {
  definitionId: string;
  code: string;
  label: string;
  unit: IndicatorUnit;
  periodicity: Periodicity;
  precision: number;
  target: ReportTargetInput | null;
  series: readonly ReportSeriesInput[];
}

export interface ReportYearInput {
  year: number;
  indicators: readonly ReportIndicatorInput[];
}

/** UP / DOWN / STABLE at the display precision; UNKNOWN when either year has no figure. */
export type TrendDirection = "UP" | "DOWN" | "STABLE" | "UNKNOWN";

export interface Trend {
  direction: TrendDirection;
  /** current − previous, at the display precision; null when unknown */
  delta: number | null;
  /**
   * true when the change goes the way the target asks (up for "at least", down for "at
   * most"); false when it goes the other way; null when stable, unknown or without a target.
   */
  improvement: boolean | null;
}

/** How a series (or an indicator) stands against its target over the year. */
export type ReportStatus = "MET" | "NOT_MET" | "NO_TARGET" | "NO_DATA";

export interface ReportPeriod {
  period: number;
  label: string;
  longLabel: string;
  value: number | null;
  /** "77,1 %", or "—" without a figure */
  valueText: string;
  /** For compact tables whose row header carries the unit: "124" for 124 days, else valueText */
  shortText: string;
  met: boolean | null;
  /** "Atteint", "Non atteint", "Sans objectif", "—" */
  statusText: string;
}

export interface ReportExplanation {
  /** "mars 2021" */
  period: string;
  text: string;
}

export interface ReportSeries {
  /** "" for the whole prefecture, otherwise "services", "standard"… */
  scope: string;
  aggregate: number | null;
  /** "81,5 %", "13,5 jours", "—" */
  aggregateText: string;
  /** The yearly figure was entered as such (no periods to aggregate) */
  asEntered: boolean;
  /** A note when the figure is partial or approximate, else null */
  aggregateNote: string | null;
  status: ReportStatus;
  statusText: string;
  previous: number | null;
  previousText: string;
  trend: Trend;
  /** "En hausse par rapport à 2020 (78,3 %) : amélioration." */
  trendSentence: string;
  periods: ReportPeriod[];
  /** Explanations entered for the periods that missed their target */
  explanations: ReportExplanation[];
}

export interface ReportIndicator {
  definitionId: string;
  code: string;
  label: string;
  unit: IndicatorUnit;
  precision: number;
  /** "≥ 90 %", or null without a target */
  targetText: string | null;
  /** "Valeur (jours)", "Valeur": the row header of the compact period tables */
  valueHeader: string;
  target: ReportTargetInput | null;
  status: ReportStatus;
  statusText: string;
  series: ReportSeries[];
}

export interface ReportSummary {
  total: number;
  met: number;
  notMet: number;
  noTarget: number;
  noData: number;
}

export interface YearlyReportData {
  year: number;
  previousYear: number;
  indicators: ReportIndicator[];
  summary: ReportSummary;
}
