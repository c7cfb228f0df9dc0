import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { currentOf, dayOf, isCurrentOn } from "@/lib/periods";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("dayOf", () => {
  it("takes the Paris calendar day, not the UTC one", () => {
    // 00h30 in Paris on 1 January 2022 is still 31 December in UTC
    expect(dayOf(new Date("2021-12-31T23:30:00Z"))).toEqual(day("2022-01-01"));
    // 14h30 in Paris (summer time) on 6 May 2021
    expect(dayOf(new Date("2021-05-06T12:30:00Z"))).toEqual(day("2021-05-06"));
    // 23h30 in Paris (summer time) on 30 June 2023 = 21h30 UTC
    expect(dayOf(new Date("2023-06-30T21:30:00Z"))).toEqual(day("2023-06-30"));
  });
});

describe("isCurrentOn", () => {
  const seat = { startsOn: day("2021-01-15"), endsOn: day("2023-12-31") };
  it("includes the first and the last day", () => {
    expect(isCurrentOn(seat, day("2021-01-15"))).toBe(true);
    expect(isCurrentOn(seat, day("2023-12-31"))).toBe(true);
  });
  it("excludes the day before the start and the day after the end", () => {
    expect(isCurrentOn(seat, day("2021-01-14"))).toBe(false);
    expect(isCurrentOn(seat, day("2024-01-01"))).toBe(false);
  });
  it("a seat starting after a meeting's day is not current at that meeting", () => {
    expect(isCurrentOn({ startsOn: day("2021-05-07"), endsOn: null }, dayOf(new Date("2021-05-06T12:30:00Z")))).toBe(false);
  });
  it("open bounds", () => {
    expect(isCurrentOn({ startsOn: null, endsOn: null }, day("1999-01-01"))).toBe(true);
    expect(isCurrentOn({ startsOn: null, endsOn: day("2020-01-01") }, day("2020-01-02"))).toBe(false);
    expect(isCurrentOn({ startsOn: day("2020-01-01"), endsOn: null }, day("2090-01-01"))).toBe(true);
  });
  it("property: current exactly when start ≤ day ≤ end", () => {
    const d = fc.integer({ min: 0, max: 20_000 }).map((n) => new Date(Date.UTC(2000, 0, 1) + n * 86_400_000));
    fc.assert(
      fc.property(fc.option(d), fc.option(d), d, (startsOn, endsOn, on) => {
        const expected = (!startsOn || startsOn <= on) && (!endsOn || on <= endsOn);
        expect(isCurrentOn({ startsOn, endsOn }, on)).toBe(expected);
      }),
    );
  });
});

describe("currentOf", () => {
  it("picks the committee period of the meeting's day (CLU in 2021, CLU-CLAC from 2023)", () => {
    const periods = [
      { kind: "CLU", startsOn: null, endsOn: day("2022-12-31") },
      { kind: "CLU_CLAC", startsOn: day("2023-01-01"), endsOn: null },
    ];
    expect(currentOf(periods, day("2021-05-06"))?.kind).toBe("CLU");
    expect(currentOf(periods, day("2023-01-24"))?.kind).toBe("CLU_CLAC");
    expect(currentOf([], day("2023-01-24"))).toBeNull();
  });
});
