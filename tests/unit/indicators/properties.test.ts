import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aggregate, aggregateInto, computeValue, isConsistentWith, meetsTarget, roundTo, truncateTo } from "@/lib/indicators/domain";
import type { IndicatorValueInput } from "@/lib/indicators/domain";
import { definition } from "./fixtures";

const pickup = definition("CALL_PICKUP_RATE");
const web = definition("WEB_CONNECTION_RATE");
const delays = definition("FIRST_RESIDENCE_PERMIT_DELAY");

/** A month of calls: received ≥ 1, 0 ≤ lost ≤ received. */
const callMonth = fc
  .integer({ min: 1, max: 50_000 })
  .chain((received) => fc.record({ received: fc.constant(received), lost: fc.integer({ min: 0, max: received }) }));

describe("properties of the indicator domain", () => {
  it("the pooled ratio of a single period equals that period's value", () => {
    fc.assert(
      fc.property(callMonth, (components) => {
        const pooled = aggregate(pickup, [{ period: 1, components }]).value;
        expect(pooled).not.toBeNull();
        expect(pooled).toBeCloseTo(computeValue(pickup, components) ?? Number.NaN, 9);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 1, max: 10_000_000 }), (visits, population) => {
        const components = { visits, population };
        expect(aggregate(web, [{ period: 1, components }]).value).toBeCloseTo(computeValue(web, components) ?? Number.NaN, 9);
      }),
    );
  });

  it("a pooled rate lies between the smallest and largest monthly rates", () => {
    fc.assert(
      fc.property(fc.array(callMonth, { minLength: 1, maxLength: 12 }), (monthsOfCalls) => {
        const periods = monthsOfCalls.map((components, i) => ({ period: i + 1, components }));
        const values = monthsOfCalls.map((c) => computeValue(pickup, c) ?? Number.NaN);
        const pooled = aggregate(pickup, periods).value ?? Number.NaN;
        expect(pooled).toBeGreaterThanOrEqual(Math.min(...values) - 1e-9);
        expect(pooled).toBeLessThanOrEqual(Math.max(...values) + 1e-9);
      }),
    );
  });

  it("a weighted mean delay lies between the smallest and largest monthly delays", () => {
    const month = fc.record({ meanDelay: fc.integer({ min: 0, max: 365 }), decisions: fc.integer({ min: 1, max: 1000 }) });
    fc.assert(
      fc.property(fc.array(month, { minLength: 1, maxLength: 12 }), (monthsOfDelays) => {
        const result = aggregate(delays, monthsOfDelays.map((components, i) => ({ period: i + 1, components }))).value ?? Number.NaN;
        expect(result).toBeGreaterThanOrEqual(Math.min(...monthsOfDelays.map((m) => m.meanDelay)) - 1e-9);
        expect(result).toBeLessThanOrEqual(Math.max(...monthsOfDelays.map((m) => m.meanDelay)) + 1e-9);
      }),
    );
  });

  it("SUM and POOLED_RATIO do not depend on the order of the periods", () => {
    const counts = definition("PAN_USERS");
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 0, maxLength: 12 }).chain((figures) =>
          fc.tuple(fc.constant(figures), fc.shuffledSubarray(figures, { minLength: figures.length, maxLength: figures.length })),
        ),
        ([figures, shuffled]) => {
          const asPeriods = (xs: number[]) => xs.map((count, i) => ({ period: i + 1, components: { count } }));
          expect(aggregate(counts, asPeriods(shuffled)).value).toBe(aggregate(counts, asPeriods(figures)).value);
        },
      ),
    );
    fc.assert(
      fc.property(
        fc.array(callMonth, { minLength: 1, maxLength: 12 }).chain((ms) =>
          fc.tuple(fc.constant(ms), fc.shuffledSubarray(ms, { minLength: ms.length, maxLength: ms.length })),
        ),
        ([ms, shuffled]) => {
          const asPeriods = (xs: typeof ms) => xs.map((components, i) => ({ period: i + 1, components }));
          expect(aggregate(pickup, asPeriods(shuffled)).value).toBeCloseTo(aggregate(pickup, asPeriods(ms)).value ?? Number.NaN, 9);
        },
      ),
    );
  });

  it("rolling up twelve complete months equals aggregating them directly", () => {
    fc.assert(
      fc.property(fc.array(callMonth, { minLength: 12, maxLength: 12 }), (ms) => {
        const values: IndicatorValueInput[] = ms.map((components, i) => ({ year: 2021, periodicity: "MONTHLY", period: i + 1, components }));
        const rollup = aggregateInto(pickup, values, { year: 2021, periodicity: "YEARLY", period: 1 });
        expect(rollup.complete).toBe(true);
        expect(rollup.value).toBeCloseTo(aggregate(pickup, ms.map((components, i) => ({ period: i + 1, components }))).value ?? Number.NaN, 9);
      }),
    );
  });

  it("a value is consistent with its own rounding and its own truncation", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100_000, noNaN: true }), fc.integer({ min: 0, max: 4 }), (computed, precision) => {
        expect(isConsistentWith(roundTo(computed, precision), computed, precision)).toBe(true);
        expect(isConsistentWith(truncateTo(computed, precision), computed, precision)).toBe(true);
      }),
    );
  });

  it("AT_LEAST and AT_MOST agree except at equality", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), (value, target) => {
        const atLeast = meetsTarget(value, { value: target, direction: "AT_LEAST" });
        const atMost = meetsTarget(value, { value: target, direction: "AT_MOST" });
        if (value === target) expect(atLeast && atMost).toBe(true);
        else expect(atLeast).toBe(!atMost);
      }),
    );
  });
});
