/**
 * French names of the periods of a year, as the grid's column headers ("janv.", "T1") and in
 * sentences and input labels ("mars 2021", "2e trimestre 2021"); values in their unit.
 */
import { FRENCH_MONTHS } from "@/lib/validation";
import { formatNumber, formatPercent } from "@/lib/format";
import type { IndicatorUnit, Periodicity } from "./types";

const MONTHS: readonly string[] = FRENCH_MONTHS;
const MONTHS_SHORT = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."];

const ordinal = (n: number) => (n === 1 ? "1er" : `${n}e`);

/** Column header: "janv.", "T2", "S1", "Année". */
export function periodShortLabel(periodicity: Periodicity, period: number): string {
  switch (periodicity) {
    case "MONTHLY":
      return MONTHS_SHORT[period - 1] ?? String(period);
    case "QUARTERLY":
      return `T${period}`;
    case "SEMIANNUAL":
      return `S${period}`;
    case "YEARLY":
      return "Année";
  }
}

/** In a sentence: "mars 2021", "2e trimestre 2021", "1er semestre 2021", "année 2021". */
export function periodLongLabel(periodicity: Periodicity, period: number, year: number): string {
  switch (periodicity) {
    case "MONTHLY":
      return `${MONTHS[period - 1] ?? period} ${year}`;
    case "QUARTERLY":
      return `${ordinal(period)} trimestre ${year}`;
    case "SEMIANNUAL":
      return `${ordinal(period)} semestre ${year}`;
    case "YEARLY":
      return `année ${year}`;
  }
}

/** A value in its unit, at the definition's display precision: "77,1 %", "13,5 jours", "19 265". */
export function formatIndicatorValue(value: number, unit: IndicatorUnit, precision: number): string {
  switch (unit) {
    case "PERCENT":
      return formatPercent(value, precision);
    case "DAYS":
      return `${formatNumber(value, precision)} ${Math.abs(value) < 2 ? "jour" : "jours"}`;
    default:
      return formatNumber(value, precision);
  }
}

/** "≥ 90 %", "≤ 14 jours" */
export function formatTarget(target: { value: number; direction: "AT_LEAST" | "AT_MOST" }, unit: IndicatorUnit, precision: number): string {
  const decimals = Number.isInteger(target.value) ? 0 : precision;
  return `${target.direction === "AT_LEAST" ? "≥" : "≤"} ${formatIndicatorValue(target.value, unit, decimals)}`;
}
