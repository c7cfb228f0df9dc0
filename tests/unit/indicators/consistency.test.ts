import { describe, expect, it } from "vitest";
import { checkPeriod, decimalsOf, findInconsistencies, isConsistentWith, roundTo, truncateTo } from "@/lib/indicators/domain";
import { charente2021, definition, months } from "./fixtures";

describe("rounding helpers", () => {
  it("rounds half away from zero and truncates toward zero, despite binary noise", () => {
    expect(roundTo(8.976646, 2)).toBe(8.98);
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(-2.5, 0)).toBe(-3);
    expect(truncateTo(5.2566, 1)).toBe(5.2);
    expect(truncateTo(5.2, 1)).toBe(5.2);
    expect(truncateTo(-5.26, 1)).toBe(-5.2);
  });

  it("counts the decimals a number needs", () => {
    expect(decimalsOf(8.98)).toBe(2);
    expect(decimalsOf(6.8)).toBe(1);
    expect(decimalsOf(90)).toBe(0);
  });
});

describe("isConsistentWith — rounded OR truncated to the printed precision", () => {
  it("accepts 8,98 for 8,9766 (rounded) and 5,2 for 5,2567 (truncated)", () => {
    expect(isConsistentWith(8.98, 8.976646, 2)).toBe(true);
    expect(isConsistentWith(5.2, 5.256686, 1)).toBe(true);
    expect(isConsistentWith(5.3, 5.256686, 1)).toBe(true);
  });

  it("rejects a value that is neither (5,9 for 5,8495 — a double rounding)", () => {
    expect(isConsistentWith(5.9, 5.849543, 1)).toBe(false);
    expect(isConsistentWith(7.35, 7.297559, 2)).toBe(false);
  });
});

describe("checkPeriod / findInconsistencies", () => {
  const pickup = definition("CALL_PICKUP_RATE");

  it("tells apart consistent, inconsistent, not computable and not published periods", () => {
    expect(checkPeriod(pickup, { components: { received: 9903, lost: 2266 }, published: 77.1 }).status).toBe("CONSISTENT");
    expect(checkPeriod(pickup, { components: { received: 8599, lost: 1309 }, published: 77.8 }).status).toBe("INCONSISTENT");
    expect(checkPeriod(pickup, { components: { received: 0, lost: 0 }, published: 100 }).status).toBe("NOT_COMPUTABLE");
    expect(checkPeriod(pickup, { components: { received: 9903 }, published: 77.1 }).status).toBe("NOT_COMPUTABLE");
    expect(checkPeriod(pickup, { components: { received: 9903, lost: 2266 } }).status).toBe("NOT_PUBLISHED");
  });

  it("uses the printed precision when given, else the definition's", () => {
    // 83,598…: "83,6" at 1 decimal and "83,60" at 2 decimals are both its rounding; "83,50" is not.
    expect(checkPeriod(pickup, { components: { received: 10895, lost: 1787 }, published: 83.6 }).precision).toBe(1);
    expect(checkPeriod(pickup, { components: { received: 10895, lost: 1787 }, published: 83.6, precision: 2 }).status).toBe("CONSISTENT");
    expect(checkPeriod(pickup, { components: { received: 10895, lost: 1787 }, published: 83.5, precision: 2 }).status).toBe("INCONSISTENT");
  });

  it("finds the Charente 2021 pickup months whose printed rate does not follow from the counts", () => {
    const periods = months({ received: charente2021.callsReceived, lost: charente2021.callsLost }).map((m, i) => ({
      ...m,
      published: charente2021.callsPublished[i],
    }));
    const found = findInconsistencies(pickup, periods);
    expect(found.map((f) => f.item.period)).toEqual([2, 3, 11]);
    const november = found.find((f) => f.item.period === 11);
    expect(november?.computed).toBeCloseTo(84.777, 3);
    expect(november?.published).toBe(77.8);
    expect(november?.difference).toBeCloseTo(77.8 - 84.777, 3);
  });
});
