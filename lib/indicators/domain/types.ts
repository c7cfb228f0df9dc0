/**
 * Input and output shapes of the pure indicator domain (formula, aggregation, consistency,
 * targets). Kept structural and minimal so that a seed definition (prisma/seed/data/types.ts),
 * a Prisma row or a form state can all be passed without conversion. No Prisma, no React.
 */
import type { AggregationRule, ComponentRole, FormulaKind, IndicatorUnit, Periodicity } from "@/lib/indicators/vocabulary";

export type { AggregationRule, ComponentRole, FormulaKind, IndicatorUnit, Periodicity };

/** A component of a definition: only its code and its role in the formula matter here. */
export interface ComponentDefinition {
  code: string;
  role: ComponentRole;
}

/** What `computeValue` needs from an indicator definition (version). */
export interface FormulaDefinition {
  formula: FormulaKind;
  unit: IndicatorUnit;
  components: readonly ComponentDefinition[];
}

/** What aggregation needs: the formula plus the aggregation rule. */
export interface AggregationDefinition extends FormulaDefinition {
  aggregation: AggregationRule;
  /** The entry periodicity (used by `aggregateInto` to list missing periods). */
  periodicity?: Periodicity;
}

/** Raw figures by component code. Missing, null or non-finite figures count as missing. */
export type ComponentFigures = Readonly<Record<string, number | null | undefined>>;

/** One period of one series (one prefecture, one scope, one indicator). */
export interface PeriodValue {
  /** Ordinal of the period inside the aggregated range (month 1–12, quarter 1–4…). Used for LAST and for reporting. */
  period: number;
  components?: ComponentFigures;
  /** Published or directly entered value (percent as 8.98 for 8,98 %). */
  published?: number | null;
  /**
   * Relative length of the period (default 1). Used when periods of different lengths are
   * mixed (a semester next to quarters): plain means are weighted by span.
   */
  span?: number;
}

/** A period of a given year and periodicity ("T2 2021" = { 2021, QUARTERLY, 2 }). */
export interface PeriodRef {
  year: number;
  periodicity: Periodicity;
  /** month 1–12, quarter 1–4, semester 1–2, or 1 for a year */
  period: number;
}

/** A stored value of a series: a period plus its figures. `SeedIndicatorValue` fits. */
export interface IndicatorValueInput extends PeriodRef {
  components?: ComponentFigures;
  published?: number | null;
  direct?: boolean;
}

export type TargetDirection = "AT_LEAST" | "AT_MOST";

export interface TargetInput {
  value: number;
  direction: TargetDirection;
}
