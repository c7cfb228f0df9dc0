/**
 * The indicators' vocabulary (domain.md §5): units, periodicities, formula kinds, aggregation
 * rules and component roles — the enum values once, tied to the Prisma enums by type. The
 * domain, the demo data and (later) the screens import from here.
 */
import type {
  AggregationRule as DbAggregationRule,
  ComponentRole as DbComponentRole,
  FormulaKind as DbFormulaKind,
  IndicatorUnit as DbIndicatorUnit,
  Periodicity as DbPeriodicity,
} from "@/lib/generated/prisma/enums";

export type IndicatorUnit = DbIndicatorUnit;
export type Periodicity = DbPeriodicity;
/**
 * How a value is computed from its components:
 * - RATIO: sum(numerator components) / sum(denominator components)
 * - COMPLEMENT_RATIO: (base - sum(subtracted)) / base   e.g. (received - lost) / received
 * - WEIGHTED_MEAN: value component weighted by a weight component
 * - VALUE: a single figure
 */
export type FormulaKind = DbFormulaKind;
/** Yearly (and quarterly/semester) aggregation rule: a property of the indicator */
export type AggregationRule = DbAggregationRule;
/** Role of a component in the formula */
export type ComponentRole = DbComponentRole;

export const PERIODICITY_LABELS = {
  MONTHLY: "Mensuelle",
  QUARTERLY: "Trimestrielle",
  SEMIANNUAL: "Semestrielle",
  YEARLY: "Annuelle",
} as const satisfies Record<DbPeriodicity, string>;
