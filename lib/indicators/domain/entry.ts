/**
 * What a period of the entry grid may hold, checked in the browser before sending and again
 * by saveIndicatorPeriod (one rule, French messages): no negative figure; what a
 * COMPLEMENT_RATIO subtracts cannot exceed its base (lost calls ≤ received calls); a value
 * entered directly — a published rate without its components — stays within 0–100 when
 * the unit is a percentage, and is never negative otherwise.
 */
import { isFigure } from "./formula";
import type { ComponentFigures, ComponentRole, FormulaDefinition } from "./types";

export interface EntryComponent {
  code: string;
  label: string;
  role: ComponentRole;
}

export interface EntryDefinition extends FormulaDefinition {
  components: readonly EntryComponent[];
}

export interface EntryProblem {
  /** a component code, or "direct" for the directly entered value */
  field: string;
  message: string;
}

/** "Nombre total d'appels reçus, quel que soit le motif" → "appels reçus" (for sentences). */
export function componentNoun(label: string): string {
  const noun = label
    .replace(/\s*\(.*?\)\s*/g, " ")
    .replace(/,.*$/, "")
    .replace(/^nombre\s+(total\s+)?(d'|d’|de\s+|des\s+)/i, "")
    .trim();
  return noun.charAt(0).toLowerCase() + noun.slice(1);
}

function ofNoun(noun: string): string {
  return /^[aeiouyhéèêàâîôû]/i.test(noun) ? `d'${noun}` : `de ${noun}`;
}

function sumWithRole(def: EntryDefinition, figures: ComponentFigures, role: ComponentRole): { total: number; labels: string[] } | null {
  const components = def.components.filter((c) => c.role === role);
  if (components.length === 0) return null;
  let total = 0;
  for (const c of components) {
    const figure = figures[c.code];
    if (!isFigure(figure)) return null;
    total += figure;
  }
  return { total, labels: components.map((c) => c.label) };
}

export function validateEntry(def: EntryDefinition, figures: ComponentFigures, direct?: number | null): EntryProblem[] {
  const problems: EntryProblem[] = [];
  for (const c of def.components) {
    const figure = figures[c.code];
    if (isFigure(figure) && figure < 0) {
      problems.push({ field: c.code, message: `« ${c.label} » ne peut être négatif.` });
    }
  }
  if (def.formula === "COMPLEMENT_RATIO" && problems.length === 0) {
    const base = sumWithRole(def, figures, "BASE");
    const subtracted = sumWithRole(def, figures, "SUBTRACTED");
    const field = def.components.find((c) => c.role === "SUBTRACTED")?.code;
    if (base && subtracted && field && subtracted.total > base.total) {
      const what = subtracted.labels.length === 1 ? componentNoun(subtracted.labels[0] ?? "") : subtracted.labels.map(componentNoun).join(" et ");
      const of = base.labels.length === 1 ? componentNoun(base.labels[0] ?? "") : base.labels.map(componentNoun).join(" et ");
      problems.push({ field, message: `Le nombre ${ofNoun(what)} ne peut dépasser le nombre ${ofNoun(of)}.` });
    }
  }
  if (isFigure(direct)) {
    if (def.unit === "PERCENT" && (direct < 0 || direct > 100)) {
      problems.push({ field: "direct", message: "Un pourcentage saisi directement doit être compris entre 0 et 100." });
    } else if (direct < 0) {
      problems.push({ field: "direct", message: "La valeur saisie directement ne peut être négative." });
    }
  }
  return problems;
}
