/**
 * Where the year stands: each series against its target (met, not met, no target, no data),
 * an indicator from its series (one series missing its target makes the indicator "not met"),
 * and the counts the report opens with.
 */
import type { ReportStatus, ReportSummary } from "./types";

export const REPORT_STATUS_LABELS = {
  MET: "Atteint",
  NOT_MET: "Non atteint",
  NO_TARGET: "Sans objectif",
  NO_DATA: "Pas de données",
} as const satisfies Record<ReportStatus, string>;

/** A yearly figure against its target: a figure without a target is "NO_TARGET", no figure "NO_DATA". */
export function seriesStatus(value: number | null, met: boolean | null, hasTarget: boolean): ReportStatus {
  if (value === null) return "NO_DATA";
  if (!hasTarget || met === null) return "NO_TARGET";
  return met ? "MET" : "NOT_MET";
}

/** An indicator's status from its series': the worst one that has data wins. */
export function indicatorStatus(statuses: readonly ReportStatus[]): ReportStatus {
  if (statuses.includes("NOT_MET")) return "NOT_MET";
  if (statuses.includes("MET")) return "MET";
  if (statuses.includes("NO_TARGET")) return "NO_TARGET";
  return "NO_DATA";
}

export function summarize(statuses: readonly ReportStatus[]): ReportSummary {
  const count = (s: ReportStatus) => statuses.filter((x) => x === s).length;
  return { total: statuses.length, met: count("MET"), notMet: count("NOT_MET"), noTarget: count("NO_TARGET"), noData: count("NO_DATA") };
}
