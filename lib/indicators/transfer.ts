/**
 * The year table (lib/indicators/import/year-table.ts) of a prefecture's stored figures, for
 * the export. Pure: built from getIndicatorYear's result.
 *
 * What the export holds, per indicator: every series the grid shows — the whole prefecture
 * (scope "", always, so the file doubles as an entry template) first, then each scope — as a
 * block at the indicator's periodicity, followed by one block per scope and coarser
 * periodicity that has stored figures (a yearly rate entered for a monthly indicator, which the grid has no
 * column for but the yearly report shows). Each block has one row per component with the
 * stored figures, and the rate row = the stored published value of each period (an imported
 * table's rate, or the value entered directly), else the value computed from the components
 * rounded to the indicator's precision (null when neither exists). The import gives a
 * published rate back to storage only when it is a discrepancy or stands alone, so exporting
 * and re-importing changes nothing.
 */
import { periodCount, type IndicatorYearBlock, type IndicatorYearTable } from "./import";
import type { GridIndicator, IndicatorYear } from "./queries";

/** A computed rate as printed (77,1 % rather than 77,1180450369 %): the import compares at the printed decimals. */
const rounded = (value: number | null, precision: number) => (value === null ? null : Number(value.toFixed(precision)));

interface StoredCell {
  components: Record<string, number | null>;
  computed: number | null;
  published: number | null;
}

function blockOf(indicator: GridIndicator, scope: string, periodicity: IndicatorYearBlock["periodicity"], periods: ReadonlyMap<number, StoredCell>): IndicatorYearBlock {
  const count = periodCount(periodicity);
  const at = (i: number) => periods.get(i + 1);
  return {
    code: indicator.code,
    label: indicator.label,
    unit: indicator.unit,
    periodicity,
    ...(scope ? { scope } : {}),
    formula: indicator.formula,
    precision: indicator.precision,
    components: indicator.components.map((c) => ({ ...c })),
    figures: Object.fromEntries(
      indicator.components.map((c) => [c.code, Array.from({ length: count }, (_, i) => at(i)?.components[c.code] ?? null)]),
    ),
    published: Array.from({ length: count }, (_, i) => at(i)?.published ?? rounded(at(i)?.computed ?? null, indicator.precision)),
  };
}

export function yearTableOf(data: IndicatorYear): IndicatorYearTable {
  return {
    year: data.year,
    indicators: data.indicators.flatMap((indicator) => {
      const scopes = ["", ...indicator.series.map((s) => s.scope).filter((scope) => scope !== "")];
      const seriesOf = (scope: string) => indicator.series.find((s) => s.scope === scope);
      // Every scope at the indicator's periodicity, then the coarser figures (coarsest last), so
      // the file changes header as seldom as it can.
      const own = scopes.map((scope) => blockOf(indicator, scope, indicator.periodicity, new Map((seriesOf(scope)?.periods ?? []).map((p) => [p.period, p]))));
      const others = scopes.flatMap((scope) => (seriesOf(scope)?.otherPeriods ?? []).map((p) => ({ scope, ...p })));
      const coarser = [...new Set(others.map((p) => p.periodicity))]
        .sort((a, b) => periodCount(b) - periodCount(a))
        .flatMap((periodicity) =>
          scopes.flatMap((scope) => {
            const periods = others.filter((p) => p.scope === scope && p.periodicity === periodicity);
            return periods.length ? [blockOf(indicator, scope, periodicity, new Map(periods.map((p) => [p.period, p])))] : [];
          }),
        );
      return [...own, ...coarser];
    }),
  };
}
