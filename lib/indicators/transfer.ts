/**
 * The year table (lib/indicators/import/year-table.ts) of a prefecture's stored figures, for
 * the export. Pure: built from getIndicatorYear's result.
 *
 * What the export holds: the whole-prefecture series only (scope ""), one row per component
 * with the stored figures, and the rate row = the stored published value of each period (an
 * imported table's rate, or the value entered directly), else the value computed from the
 * components rounded to the indicator's precision (null when neither exists). The import gives a published rate back to storage
 * only when it is a discrepancy or stands alone, so exporting and re-importing changes nothing.
 */
import { periodCount, type IndicatorYearTable } from "./import";
import type { IndicatorYear } from "./queries";

/** A computed rate as printed (77,1 % rather than 77,1180450369 %): the import compares at the printed decimals. */
const rounded = (value: number | null, precision: number) => (value === null ? null : Number(value.toFixed(precision)));

export function yearTableOf(data: IndicatorYear): IndicatorYearTable {
  return {
    year: data.year,
    indicators: data.indicators.map((indicator) => {
      const periods = indicator.series.find((s) => s.scope === "")?.periods ?? [];
      const count = periodCount(indicator.periodicity);
      const at = (i: number) => periods[i];
      return {
        code: indicator.code,
        label: indicator.label,
        unit: indicator.unit,
        periodicity: indicator.periodicity,
        formula: indicator.formula,
        precision: indicator.precision,
        components: indicator.components.map((c) => ({ ...c })),
        figures: Object.fromEntries(
          indicator.components.map((c) => [c.code, Array.from({ length: count }, (_, i) => at(i)?.components[c.code] ?? null)]),
        ),
        published: Array.from({ length: count }, (_, i) => at(i)?.published ?? rounded(at(i)?.computed ?? null, indicator.precision)),
      };
    }),
  };
}
