/**
 * Open data of the indicators (issue 8 item 7): the values of LOCKED periods only — figures
 * presented to the committee, which no longer change — with their target and whether it was
 * met, as JSON and as a French CSV. Built on the entry grid's year (getIndicatorYear), so the
 * values, targets and statuses are the ones the portal shows.
 */
import "server-only";
import { getIndicatorYear } from "@/lib/indicators/queries";

export interface OpenDataIndicatorValue {
  indicator: string;
  label: string;
  unit: string;
  periodicity: string;
  scope: string;
  period: number;
  periodLabel: string;
  value: number | null;
  target: { value: number; direction: "AT_LEAST" | "AT_MOST" } | null;
  met: boolean | null;
}

export async function lockedIndicatorValues(prefectureId: string, year: number): Promise<OpenDataIndicatorValue[]> {
  const grid = await getIndicatorYear(prefectureId, year);
  return grid.indicators.flatMap((indicator) =>
    indicator.series.flatMap((series) =>
      series.periods
        .filter((p) => p.locked && p.value !== null)
        .map((p) => ({
          indicator: indicator.code,
          label: indicator.label,
          unit: indicator.unit,
          periodicity: indicator.periodicity,
          scope: series.scope,
          period: p.period,
          periodLabel: p.longLabel,
          value: p.value,
          target: indicator.target ? { value: indicator.target.value, direction: indicator.target.direction } : null,
          met: p.met,
        })),
    ),
  );
}

const csvCell = (value: string | number | null) => {
  if (value === null) return "";
  const text = typeof value === "number" ? String(value).replace(".", ",") : value;
  return /[;"\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** Semicolons, decimal commas, a BOM: what French Excel opens as numbers. */
export function indicatorValuesCsv(rows: readonly OpenDataIndicatorValue[]): string {
  const header = ["indicateur", "libellé", "unité", "périodicité", "périmètre", "période", "libellé de la période", "valeur", "cible", "sens de la cible", "atteinte"];
  const lines = rows.map((r) =>
    [
      r.indicator,
      r.label,
      r.unit,
      r.periodicity,
      r.scope,
      r.period,
      r.periodLabel,
      r.value,
      r.target?.value ?? null,
      r.target ? (r.target.direction === "AT_LEAST" ? "au moins" : "au plus") : null,
      r.met === null ? null : r.met ? "oui" : "non",
    ]
      .map(csvCell)
      .join(";"),
  );
  return `\uFEFF${[header.join(";"), ...lines].join("\r\n")}\r\n`;
}
