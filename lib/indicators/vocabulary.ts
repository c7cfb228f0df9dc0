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

export const UNIT_LABELS = {
  PERCENT: "Pourcentage",
  DAYS: "Jours",
  COUNT: "Nombre",
  RATIO: "Ratio",
} as const satisfies Record<DbIndicatorUnit, string>;

export const FORMULA_LABELS = {
  RATIO: "Taux : somme des numérateurs ÷ somme des dénominateurs",
  COMPLEMENT_RATIO: "Taux complémentaire : (base − composantes retranchées) ÷ base",
  WEIGHTED_MEAN: "Moyenne pondérée : valeur pondérée par un effectif",
  VALUE: "Valeur simple",
} as const satisfies Record<DbFormulaKind, string>;

export const AGGREGATION_LABELS = {
  POOLED_RATIO: "Taux poolé (composantes de l’année additionnées)",
  WEIGHTED_MEAN: "Moyenne pondérée",
  MEAN: "Moyenne simple des périodes",
  SUM: "Somme des périodes",
  LAST: "Dernière valeur (stock)",
} as const satisfies Record<DbAggregationRule, string>;

export const COMPONENT_ROLE_LABELS = {
  NUMERATOR: "Numérateur",
  DENOMINATOR: "Dénominateur",
  BASE: "Base",
  SUBTRACTED: "À retrancher",
  VALUE: "Valeur",
  WEIGHT: "Pondération",
} as const satisfies Record<DbComponentRole, string>;
