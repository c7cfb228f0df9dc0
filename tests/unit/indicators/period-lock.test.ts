import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { lastMonthOf, lockedThrough, periodsFrom, periodsThrough } from "@/lib/indicators/domain";

const keys = (ps: { periodicity: string; period: number }[]) => ps.map((p) => `${p.periodicity}:${p.period}`);

describe("locking by month", () => {
  it("knows the last month of every kind of period", () => {
    expect(lastMonthOf({ periodicity: "MONTHLY", period: 5 })).toBe(5);
    expect(lastMonthOf({ periodicity: "QUARTERLY", period: 1 })).toBe(3);
    expect(lastMonthOf({ periodicity: "SEMIANNUAL", period: 2 })).toBe(12);
    expect(lastMonthOf({ periodicity: "YEARLY", period: 1 })).toBe(12);
  });

  it("locks through June: six months, two quarters, the first semester, not the year", () => {
    expect(keys(periodsThrough(6))).toEqual([
      "MONTHLY:1", "MONTHLY:2", "MONTHLY:3", "MONTHLY:4", "MONTHLY:5", "MONTHLY:6",
      "QUARTERLY:1", "QUARTERLY:2", "SEMIANNUAL:1",
    ]);
    expect(periodsThrough(12)).toHaveLength(19);
    expect(periodsThrough(0)).toEqual([]);
  });

  it("unlocks from May: May onwards, the quarter and semester holding May, the year", () => {
    expect(keys(periodsFrom(5))).toEqual([
      "MONTHLY:5", "MONTHLY:6", "MONTHLY:7", "MONTHLY:8", "MONTHLY:9", "MONTHLY:10", "MONTHLY:11", "MONTHLY:12",
      "QUARTERLY:2", "QUARTERLY:3", "QUARTERLY:4", "SEMIANNUAL:1", "SEMIANNUAL:2", "YEARLY:1",
    ]);
  });

  it("through m and from m+1 split the year's 19 periods exactly", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12 }), (m) => {
        const through = keys(periodsThrough(m));
        const from = m < 12 ? keys(periodsFrom(m + 1)) : [];
        expect(through.filter((k) => from.includes(k))).toEqual([]);
        expect(through.length + from.length).toBe(19);
      }),
    );
  });

  it("reads the month locked without gap", () => {
    expect(lockedThrough([])).toBe(0);
    expect(lockedThrough(periodsThrough(9))).toBe(9);
    expect(lockedThrough([{ periodicity: "MONTHLY", period: 1 }, { periodicity: "MONTHLY", period: 3 }])).toBe(1);
    expect(lockedThrough([{ periodicity: "QUARTERLY", period: 1 }])).toBe(0);
  });
});
