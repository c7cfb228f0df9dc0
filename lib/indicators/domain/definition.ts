/**
 * Whether an indicator definition (a version of the referential) can be computed: the roles
 * of its components fit its formula, and its yearly aggregation rule fits its formula. The
 * national administrator's form and action check a new definition or version here, so a
 * referential never holds a formula the grid could not evaluate.
 */
import { COMPONENT_ROLE_LABELS } from "@/lib/indicators/vocabulary";
import type { AggregationRule, ComponentRole, FormulaKind, IndicatorUnit } from "./types";

export interface DefinitionDraft {
  unit: IndicatorUnit;
  formula: FormulaKind;
  aggregation: AggregationRule;
  components: readonly { code: string; label: string; role: ComponentRole }[];
}

export interface DefinitionProblem {
  /** "components", "aggregation", "unit", or "components.<index>.code" */
  field: string;
  message: string;
}

const ROLES_OF: Record<FormulaKind, readonly ComponentRole[]> = {
  RATIO: ["NUMERATOR", "DENOMINATOR"],
  COMPLEMENT_RATIO: ["BASE", "SUBTRACTED"],
  WEIGHTED_MEAN: ["VALUE", "WEIGHT"],
  VALUE: ["VALUE"],
};


export const MAX_COMPONENTS = 12;

export function checkDefinition(d: DefinitionDraft): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const count = (role: ComponentRole) => d.components.filter((c) => c.role === role).length;
  if (d.components.length === 0) problems.push({ field: "components", message: "Ajoutez au moins une composante." });
  if (d.components.length > MAX_COMPONENTS) problems.push({ field: "components", message: `${MAX_COMPONENTS} composantes au plus.` });
  const seen = new Set<string>();
  d.components.forEach((c, i) => {
    if (seen.has(c.code)) problems.push({ field: `components.${i}.code`, message: `Le code « ${c.code} » est utilisé par deux composantes.` });
    seen.add(c.code);
  });

  const allowed = ROLES_OF[d.formula];
  const foreign = [...new Set(d.components.map((c) => c.role).filter((r) => !allowed.includes(r)))];
  if (foreign.length) {
    problems.push({ field: "components", message: `Cette formule n’utilise pas de composante « ${foreign.map((r) => COMPONENT_ROLE_LABELS[r].toLowerCase()).join(" », « ")} ».` });
  }
  switch (d.formula) {
    case "RATIO":
      if (count("NUMERATOR") < 1 || count("DENOMINATOR") < 1) problems.push({ field: "components", message: "Un taux demande au moins un numérateur et un dénominateur." });
      break;
    case "COMPLEMENT_RATIO":
      if (count("BASE") !== 1 || count("SUBTRACTED") < 1) problems.push({ field: "components", message: "Un taux complémentaire demande une base et au moins une composante à retrancher." });
      break;
    case "WEIGHTED_MEAN":
      if (count("VALUE") !== 1 || count("WEIGHT") !== 1) problems.push({ field: "components", message: "Une moyenne pondérée demande une valeur et une pondération." });
      break;
    case "VALUE":
      if (count("VALUE") !== 1) problems.push({ field: "components", message: "Une valeur simple demande une seule composante « valeur »." });
      break;
  }
  const ratio = d.formula === "RATIO" || d.formula === "COMPLEMENT_RATIO";
  if (d.aggregation === "POOLED_RATIO" && !ratio) {
    problems.push({ field: "aggregation", message: "Le taux annuel poolé ne s’applique qu’à un taux (somme des composantes de l’année)." });
  }
  if (d.aggregation === "WEIGHTED_MEAN" && d.formula !== "WEIGHTED_MEAN") {
    problems.push({ field: "aggregation", message: "La moyenne pondérée annuelle demande une formule de moyenne pondérée." });
  }
  if (ratio && (d.aggregation === "SUM" || d.aggregation === "LAST")) {
    problems.push({ field: "aggregation", message: "Un taux ne s’additionne pas d’un mois sur l’autre : choisissez le taux poolé ou la moyenne." });
  }
  if (ratio && d.unit !== "PERCENT" && d.unit !== "RATIO") {
    problems.push({ field: "unit", message: "Un taux s’exprime en pourcentage ou en ratio." });
  }
  return problems;
}
