/**
 * The trend of a yearly figure against the previous year's, and whether it is an improvement
 * given the target's direction: a delay going down is good news, a pickup rate going down is
 * not. Compared at the display precision, so two years both shown as "90,0 %" are "stable"
 * rather than "en baisse" by a hundredth nobody can see.
 */
import { formatNumber } from "@/lib/format";
import { formatIndicatorValue, isFigure, roundTo, type IndicatorUnit, type TargetDirection } from "@/lib/indicators/domain";
import type { Trend } from "./types";

export function compareYears(
  current: number | null | undefined,
  previous: number | null | undefined,
  options: { precision: number; direction?: TargetDirection | null },
): Trend {
  if (!isFigure(current) || !isFigure(previous)) return { direction: "UNKNOWN", delta: null, improvement: null };
  const delta = roundTo(roundTo(current, options.precision) - roundTo(previous, options.precision), options.precision);
  if (delta === 0) return { direction: "STABLE", delta: 0, improvement: null };
  const direction = delta > 0 ? "UP" : "DOWN";
  const improvement = options.direction ? (options.direction === "AT_LEAST") === (direction === "UP") : null;
  return { direction, delta, improvement };
}

/** "+3,2 points", "−2,5 jours", "+1 200": the change in the indicator's unit (percentages in points). */
export function formatDelta(delta: number, unit: IndicatorUnit, precision: number): string {
  const sign = delta > 0 ? "+" : delta < 0 ? "−" : "";
  const size = Math.abs(delta);
  const number = formatNumber(size, precision);
  switch (unit) {
    case "PERCENT":
      return `${sign}${number} ${size < 2 ? "point" : "points"}`;
    case "DAYS":
      return `${sign}${number} ${size < 2 ? "jour" : "jours"}`;
    default:
      return `${sign}${number}`;
  }
}

/**
 * The trend in one French sentence:
 * "En hausse par rapport à 2020 (78,3 %, +3,2 points) : amélioration.",
 * "En baisse par rapport à 2020 (16,0 jours, −2,5 jours) : amélioration, l'objectif étant un maximum.",
 * "Stable par rapport à 2020 (90,0 %).", "Pas de chiffre en 2020 : pas de comparaison possible."
 */
export function trendSentence(
  trend: Trend,
  context: { previous: number | null; previousYear: number; currentKnown: boolean; unit: IndicatorUnit; precision: number; direction?: TargetDirection | null },
): string {
  const { previous, previousYear, unit, precision } = context;
  if (trend.direction === "UNKNOWN") {
    if (!context.currentKnown) return "Pas de chiffre cette année : pas de comparaison possible.";
    return `Pas de chiffre en ${previousYear} : pas de comparaison possible.`;
  }
  const before = formatIndicatorValue(previous as number, unit, precision);
  if (trend.direction === "STABLE") return `Stable par rapport à ${previousYear} (${before}).`;
  const words = trend.direction === "UP" ? "En hausse" : "En baisse";
  const change = `${words} par rapport à ${previousYear} (${before}, ${formatDelta(trend.delta as number, unit, precision)})`;
  if (trend.improvement === null) return `${change}.`;
  if (trend.improvement) {
    return context.direction === "AT_MOST" ? `${change} : amélioration, l'objectif étant un maximum.` : `${change} : amélioration.`;
  }
  return context.direction === "AT_MOST" ? `${change} : dégradation, l'objectif étant un maximum.` : `${change} : dégradation.`;
}
