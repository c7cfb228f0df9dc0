import { describe, expect, it } from "vitest";
import { meetsTarget, targetMargin } from "@/lib/indicators/domain";

describe("targets", () => {
  it("AT_LEAST: pickup rate against ≥ 90 %", () => {
    expect(meetsTarget(77.1, { value: 90, direction: "AT_LEAST" })).toBe(false);
    expect(meetsTarget(93, { value: 90, direction: "AT_LEAST" })).toBe(true);
    expect(meetsTarget(90, { value: 90, direction: "AT_LEAST" })).toBe(true);
    expect(targetMargin(77.1, { value: 90, direction: "AT_LEAST" })).toBeCloseTo(-12.9, 10);
  });

  it("AT_MOST: CNI delay against ≤ 14 days", () => {
    expect(meetsTarget(26, { value: 14, direction: "AT_MOST" })).toBe(false);
    expect(meetsTarget(14, { value: 14, direction: "AT_MOST" })).toBe(true);
    expect(meetsTarget(4, { value: 14, direction: "AT_MOST" })).toBe(true);
    expect(targetMargin(26, { value: 14, direction: "AT_MOST" })).toBe(-12);
  });

  it("compares the value as displayed when a precision is given", () => {
    expect(meetsTarget(89.96, { value: 90, direction: "AT_LEAST" })).toBe(false);
    expect(meetsTarget(89.96, { value: 90, direction: "AT_LEAST" }, { precision: 1 })).toBe(true);
  });

  it("is unknown (null) without a value or a target", () => {
    expect(meetsTarget(null, { value: 90, direction: "AT_LEAST" })).toBeNull();
    expect(meetsTarget(undefined, { value: 90, direction: "AT_LEAST" })).toBeNull();
    expect(meetsTarget(95, null)).toBeNull();
    expect(meetsTarget(Number.NaN, { value: 90, direction: "AT_LEAST" })).toBeNull();
    expect(targetMargin(95, undefined)).toBeNull();
  });
});
