/**
 * Formula evaluation: the value of ONE period computed from its component figures, according
 * to the definition's formula kind. This is the single place where "how an indicator is
 * computed" lives, so entry grids, charts, aggregation and the consistency report can never
 * disagree about a rate.
 *
 * - RATIO:            Σ NUMERATOR ÷ Σ DENOMINATOR
 * - COMPLEMENT_RATIO: (Σ BASE − Σ SUBTRACTED) ÷ Σ BASE          e.g. (received − lost) ÷ received
 * - WEIGHTED_MEAN:    the VALUE component (a mean) of the period; its WEIGHT must be > 0
 *                     (a month without decisions has no mean delay). Weights matter when
 *                     periods are aggregated (see aggregate.ts).
 * - VALUE:            the VALUE component (or the only component) as is.
 *
 * Ratios are returned as percentages when the unit is PERCENT (8.976… for 32 403 ÷ 360 970),
 * as plain ratios otherwise. The result is null when a component the formula needs is
 * missing (absent, null, NaN, ±Infinity) or when a denominator/base/weight is 0.
 * No rounding here: rounding is display (lib/format.ts) or consistency (consistency.ts).
 */
import type { ComponentDefinition, ComponentFigures, ComponentRole, FormulaDefinition } from "./types";

/** A figure usable in a formula: a finite number. */
export function isFigure(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

function codesWithRole(components: readonly ComponentDefinition[], role: ComponentRole): string[] {
  return components.filter((c) => c.role === role).map((c) => c.code);
}

/** Sum of the figures of the given codes; null if there is no code or a figure is missing. */
function sumOf(codes: readonly string[], figures: ComponentFigures): number | null {
  if (codes.length === 0) return null;
  let total = 0;
  for (const code of codes) {
    const figure = figures[code];
    if (!isFigure(figure)) return null;
    total += figure;
  }
  return total;
}

function scaled(def: FormulaDefinition, ratio: number): number {
  return def.unit === "PERCENT" ? ratio * 100 : ratio;
}

/** The component code holding the value for VALUE / WEIGHTED_MEAN formulas. */
export function valueComponentCode(def: FormulaDefinition): string | null {
  const explicit = def.components.find((c) => c.role === "VALUE");
  if (explicit) return explicit.code;
  if (def.formula === "VALUE" && def.components.length === 1) return def.components[0]?.code ?? null;
  return null;
}

/** The component code holding the weight of a WEIGHTED_MEAN formula. */
export function weightComponentCode(def: FormulaDefinition): string | null {
  return def.components.find((c) => c.role === "WEIGHT")?.code ?? null;
}

/**
 * true when every component the formula reads is present and finite (whatever its value,
 * zero denominators included): such a period can be pooled with others.
 */
export function hasCompleteComponents(def: FormulaDefinition, figures: ComponentFigures | undefined): boolean {
  if (!figures) return false;
  const needed = requiredComponentCodes(def);
  return needed.length > 0 && needed.every((code) => isFigure(figures[code]));
}

/** The component codes the formula reads. */
export function requiredComponentCodes(def: FormulaDefinition): string[] {
  switch (def.formula) {
    case "RATIO":
      return [...codesWithRole(def.components, "NUMERATOR"), ...codesWithRole(def.components, "DENOMINATOR")];
    case "COMPLEMENT_RATIO":
      return [...codesWithRole(def.components, "BASE"), ...codesWithRole(def.components, "SUBTRACTED")];
    case "WEIGHTED_MEAN": {
      const value = valueComponentCode(def);
      const weight = weightComponentCode(def);
      return value && weight ? [value, weight] : [];
    }
    case "VALUE": {
      const value = valueComponentCode(def);
      return value ? [value] : [];
    }
  }
}

/** The value of one period computed from its components, or null (see file header). */
export function computeValue(def: FormulaDefinition, figures: ComponentFigures | undefined): number | null {
  if (!figures) return null;
  switch (def.formula) {
    case "RATIO": {
      const numerator = sumOf(codesWithRole(def.components, "NUMERATOR"), figures);
      const denominator = sumOf(codesWithRole(def.components, "DENOMINATOR"), figures);
      if (numerator === null || denominator === null || denominator === 0) return null;
      return scaled(def, numerator / denominator);
    }
    case "COMPLEMENT_RATIO": {
      const base = sumOf(codesWithRole(def.components, "BASE"), figures);
      const subtractedCodes = codesWithRole(def.components, "SUBTRACTED");
      const subtracted = subtractedCodes.length === 0 ? 0 : sumOf(subtractedCodes, figures);
      if (base === null || subtracted === null || base === 0) return null;
      return scaled(def, (base - subtracted) / base);
    }
    case "WEIGHTED_MEAN": {
      const valueCode = valueComponentCode(def);
      const weightCode = weightComponentCode(def);
      if (!valueCode || !weightCode) return null;
      const value = figures[valueCode];
      const weight = figures[weightCode];
      if (!isFigure(value) || !isFigure(weight) || weight === 0) return null;
      return value;
    }
    case "VALUE": {
      const valueCode = valueComponentCode(def);
      if (!valueCode) return null;
      const value = figures[valueCode];
      return isFigure(value) ? value : null;
    }
  }
}
