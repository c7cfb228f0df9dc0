import { describe, expect, it } from "vitest";
import { indicatorStatus, seriesStatus, summarize } from "@/lib/yearly-report/domain";

describe("statuses and summary of the year", () => {
  it("a series: met, not met, no target (a count), no data", () => {
    // Charente 2021 pickup 81,49 % against ≥ 90 %: not met.
    expect(seriesStatus(81.487, false, true)).toBe("NOT_MET");
    expect(seriesStatus(93, true, true)).toBe("MET");
    expect(seriesStatus(19265, null, false)).toBe("NO_TARGET");
    expect(seriesStatus(null, null, true)).toBe("NO_DATA");
  });

  it("an indicator: one scope missing its target makes it not met; scopes without data do not count", () => {
    expect(indicatorStatus(["MET", "NOT_MET"])).toBe("NOT_MET");
    expect(indicatorStatus(["MET", "NO_DATA"])).toBe("MET");
    expect(indicatorStatus(["NO_DATA", "NO_TARGET"])).toBe("NO_TARGET");
    expect(indicatorStatus(["NO_DATA"])).toBe("NO_DATA");
    expect(indicatorStatus([])).toBe("NO_DATA");
  });

  it("counts each status once per indicator", () => {
    expect(summarize(["MET", "NOT_MET", "NOT_MET", "NO_TARGET", "NO_DATA", "MET"])).toEqual({ total: 6, met: 2, notMet: 2, noTarget: 1, noData: 1 });
    expect(summarize([])).toEqual({ total: 0, met: 0, notMet: 0, noTarget: 0, noData: 0 });
  });
});
