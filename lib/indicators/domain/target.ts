/**
 * Targets: whether a value meets its target (AT_LEAST: value ≥ target, e.g. pickup rate
 * ≥ 90 %; AT_MOST: value ≤ target, e.g. CNI delay ≤ 14 days) and by how much. Kept apart so
 * the dashboard ("indicators below target"), the entry grid and the bilan share one rule.
 *
 * When `precision` is given the value is first rounded as displayed, so that a rate shown as
 * "90,0 %" is never reported below a 90 % target. Unknown value or target → null (not false):
 * a missing month is not a failure.
 */
import { roundTo } from "./consistency";
import { isFigure } from "./formula";
import type { TargetInput } from "./types";

export interface TargetOptions {
  /** Round the value to this many decimals before comparing (display precision). */
  precision?: number;
}

function comparable(value: number, options?: TargetOptions): number {
  return options?.precision === undefined ? value : roundTo(value, options.precision);
}

/** true / false, or null when the value or the target is unknown. */
export function meetsTarget(
  value: number | null | undefined,
  target: TargetInput | null | undefined,
  options?: TargetOptions,
): boolean | null {
  if (!isFigure(value) || !target || !isFigure(target.value)) return null;
  const v = comparable(value, options);
  return target.direction === "AT_LEAST" ? v >= target.value : v <= target.value;
}

/**
 * Signed margin to the target in the value's unit: positive when the target is met with room
 * to spare, negative when it is missed (pickup 77,1 % vs ≥ 90 % → −12,9; CNI 26 days vs ≤ 14 → −12).
 */
export function targetMargin(
  value: number | null | undefined,
  target: TargetInput | null | undefined,
  options?: TargetOptions,
): number | null {
  if (!isFigure(value) || !target || !isFigure(target.value)) return null;
  const v = comparable(value, options);
  return target.direction === "AT_LEAST" ? v - target.value : target.value - v;
}
