/**
 * The formula and the yearly aggregation rule of a definition, in French words, as the
 * indicator page prints them under its chart: a reader checks how a rate is computed without
 * opening the referential. Built from the same definition the domain computes with (formula
 * kind, component roles, aggregation rule), so the sentence cannot describe another rule than
 * the one computeValue / aggregate apply.
 */
import type { AggregationRule, ComponentRole, FormulaKind, IndicatorUnit, Periodicity } from "./types";

export interface FormulaWordsDefinition {
  formula: FormulaKind;
  unit: IndicatorUnit;
  aggregation: AggregationRule;
  periodicity: Periodicity;
  components: readonly { code: string; label: string; role: ComponentRole }[];
}

/** Labels often hold commas and parentheses: quoted, a term reads as one term. */
const quoted = (label: string) => `« ${label} »`;

function labelsWithRole(def: FormulaWordsDefinition, role: ComponentRole): string[] {
  return def.components.filter((c) => c.role === role).map((c) => quoted(c.label));
}

/** "« a »" or "(« a » + « b »)": a sum is bracketed when it is an operand. */
function sumTerm(labels: readonly string[]): string {
  return labels.length > 1 ? `(${labels.join(" + ")})` : (labels[0] ?? "");
}

function valueLabel(def: FormulaWordsDefinition): string | null {
  const explicit = def.components.find((c) => c.role === "VALUE");
  if (explicit) return quoted(explicit.label);
  const only = def.components.length === 1 ? def.components[0] : undefined;
  return def.formula === "VALUE" && only ? quoted(only.label) : null;
}

function weightLabel(def: FormulaWordsDefinition): string | null {
  const weight = def.components.find((c) => c.role === "WEIGHT");
  return weight ? quoted(weight.label) : null;
}

const INCOMPLETE = "Formule incomplète : une composante nécessaire au calcul manque dans la définition.";

/**
 * The value of one period in words:
 * "(« Appels reçus » − « Appels perdus ») ÷ « Appels reçus » × 100".
 */
export function formulaInWords(def: FormulaWordsDefinition): string {
  const percent = def.unit === "PERCENT" ? " × 100" : "";
  switch (def.formula) {
    case "RATIO": {
      const numerator = labelsWithRole(def, "NUMERATOR");
      const denominator = labelsWithRole(def, "DENOMINATOR");
      if (!numerator.length || !denominator.length) return INCOMPLETE;
      return `${sumTerm(numerator)} ÷ ${sumTerm(denominator)}${percent}`;
    }
    case "COMPLEMENT_RATIO": {
      const base = labelsWithRole(def, "BASE");
      const subtracted = labelsWithRole(def, "SUBTRACTED");
      if (!base.length) return INCOMPLETE;
      const difference = [base.join(" + "), ...subtracted].join(" − ");
      const numerator = base.length + subtracted.length > 1 ? `(${difference})` : difference;
      return `${numerator} ÷ ${sumTerm(base)}${percent}`;
    }
    case "WEIGHTED_MEAN": {
      const value = valueLabel(def);
      const weight = weightLabel(def);
      if (!value || !weight) return INCOMPLETE;
      return `Moyenne de ${value} pondérée par ${weight}`;
    }
    case "VALUE": {
      const value = valueLabel(def);
      return value ? `${value}, tel que relevé pour la période` : INCOMPLETE;
    }
  }
}

/** "taux mensuels", "valeurs trimestrielles" */
function periodValues(def: FormulaWordsDefinition): string {
  const rates = def.unit === "PERCENT";
  switch (def.periodicity) {
    case "MONTHLY":
      return rates ? "taux mensuels" : "valeurs mensuelles";
    case "QUARTERLY":
      return rates ? "taux trimestriels" : "valeurs trimestrielles";
    case "SEMIANNUAL":
      return rates ? "taux semestriels" : "valeurs semestrielles";
    case "YEARLY":
      return rates ? "taux annuels" : "valeurs annuelles";
  }
}

/** "Taux annuel", "Délai annuel"… : the subject of the yearly sentence. */
function yearlySubject(unit: IndicatorUnit): string {
  switch (unit) {
    case "PERCENT":
      return "Taux annuel";
    case "DAYS":
      return "Délai annuel";
    case "RATIO":
      return "Ratio annuel";
    case "COUNT":
      return "Valeur annuelle";
  }
}

/**
 * How the year (and likewise a quarter or a semester) is formed from the periods, in words:
 * "Taux annuel = somme des composantes de l’année, puis la formule, pas moyenne des taux
 * mensuels". Mirrors aggregate(): a WEIGHTED_MEAN formula is pooled as a weighted mean, a
 * weighted rule without its value/weight components is a plain mean.
 */
export function aggregationInWords(def: FormulaWordsDefinition): string {
  const subject = yearlySubject(def.unit);
  if (def.periodicity === "YEARLY") return `${subject} = la valeur relevée pour l’année.`;
  const values = periodValues(def);
  const weight = weightLabel(def);
  const weighted = valueLabel(def) !== null && weight !== null;
  const weightedSentence = `${subject} = moyenne des ${values} pondérée par ${weight ?? ""}, pas moyenne simple.`;
  switch (def.aggregation) {
    case "POOLED_RATIO":
      if (def.formula === "WEIGHTED_MEAN" && weighted) return weightedSentence;
      return `${subject} = la formule appliquée à la somme des composantes de l’année, pas moyenne des ${values}.`;
    case "WEIGHTED_MEAN":
      if (weighted) return weightedSentence;
      return `${subject} = moyenne simple des ${values}.`;
    case "MEAN":
      return `${subject} = moyenne simple des ${values}.`;
    case "SUM":
      return `${subject} = somme des ${values}.`;
    case "LAST":
      return `${subject} = dernière valeur connue de l’année (un stock ne s’additionne pas).`;
  }
}
