import { describe, expect, it } from "vitest";
import { aggregate, aggregateInto, isValidPeriod, periodContains, periodsWithin } from "@/lib/indicators/domain";
import type { IndicatorValueInput } from "@/lib/indicators/domain";
import { charente2021, definition, months } from "./fixtures";

const pickupMonths = months({ received: charente2021.callsReceived, lost: charente2021.callsLost });

describe("aggregate — rules of domain.md §5", () => {
  it("2021 pickup rate is the pooled ratio of the twelve months (81,49 %), not the mean of the percentages", () => {
    const result = aggregate(definition("CALL_PICKUP_RATE"), pickupMonths);
    expect(result.method).toBe("POOLED_RATIO");
    expect(result.approximate).toBe(false);
    expect(result.value).toBeCloseTo(81.487, 3);
    expect(result.pooled).toEqual({ received: 114310, lost: 21162 });
    const meanOfPercentages = charente2021.callsPublished.reduce((a, b) => a + b, 0) / 12;
    expect(meanOfPercentages).toBeCloseTo(80.88, 2);
    expect(result.value).not.toBeCloseTo(meanOfPercentages, 1);
  });

  it("yearly web connection rate pools visits over the population counted each month (the mean monthly rate)", () => {
    const result = aggregate(
      definition("WEB_CONNECTION_RATE"),
      months({ visits: charente2021.visits, population: Array<number>(12).fill(charente2021.population) }),
    );
    expect(result.value).toBeCloseTo((322124 / (12 * 360970)) * 100, 10);
    expect(result.value).toBeCloseTo(7.44, 2);
  });

  it("annual CNI delay 13,5 is the plain mean of four quarters; driving licences 35,3; CIV 4", () => {
    const quarters = (values: number[]) => values.map((published, i) => ({ period: i + 1, published }));
    expect(aggregate(definition("CNI_PASSPORT_DELIVERY_DELAY"), quarters([6, 8, 14, 26])).value).toBe(13.5);
    expect(aggregate(definition("DRIVING_LICENCE_DELIVERY_DELAY"), quarters([14, 31, 48, 48])).value).toBe(35.25);
    expect(aggregate(definition("VEHICLE_REGISTRATION_DELIVERY_DELAY"), quarters([4, 4, 4, 4])).value).toBe(4);
  });

  it("monthly residence-permit delays are weighted by the number of decisions", () => {
    const first = aggregate(
      definition("FIRST_RESIDENCE_PERMIT_DELAY"),
      months({ meanDelay: charente2021.firstPermitDelay, decisions: charente2021.firstPermitDecisions }),
    );
    expect(first.method).toBe("WEIGHTED_MEAN");
    expect(first.value).toBeCloseTo(236590 / 4718, 10);
    expect(first.value).toBeCloseTo(50.15, 2);
    const renewal = aggregate(
      definition("RESIDENCE_PERMIT_RENEWAL_DELAY"),
      months({ meanDelay: charente2021.renewalDelay, decisions: charente2021.renewalDecisions }),
    );
    expect(renewal.value).toBeCloseTo(78641 / 2770, 10);
    // The plain mean would be 57,5 and 30,25 days.
    expect(first.value).not.toBeCloseTo(57.5, 0);
  });

  it("counts sum and stocks keep the last value", () => {
    const counts = [{ period: 1, components: { count: 1124 } }, { period: 2, components: { count: 880 } }];
    expect(aggregate(definition("PAN_USERS"), counts).value).toBe(2004);
    const followers = [
      { period: 12, components: { count: 7518 } },
      { period: 3, components: { count: 7000 } },
    ];
    const last = aggregate(definition("SOCIAL_FOLLOWERS"), followers);
    expect(last.value).toBe(7518);
    expect(last.used).toEqual([12]);
  });
});

describe("aggregate — missing periods, zero denominators, direct values", () => {
  it("computes over the months present (missing months are reported by aggregateInto)", () => {
    const firstQuarter = pickupMonths.slice(0, 3);
    const value = aggregate(definition("CALL_PICKUP_RATE"), firstQuarter).value;
    expect(value).toBeCloseTo(((9903 + 9740 + 11367 - 2266 - 1827 - 2052) / (9903 + 9740 + 11367)) * 100, 10);
  });

  it("a month with zero calls takes part in the pool without breaking it", () => {
    const result = aggregate(definition("CALL_PICKUP_RATE"), [
      { period: 1, components: { received: 0, lost: 0 } },
      { period: 2, components: { received: 100, lost: 10 } },
    ]);
    expect(result.value).toBe(90);
    expect(result.used).toEqual([1, 2]);
  });

  it("returns null when every denominator is 0 or nothing is usable", () => {
    expect(aggregate(definition("CALL_PICKUP_RATE"), [{ period: 1, components: { received: 0, lost: 0 } }]).value).toBeNull();
    const empty = aggregate(definition("CALL_PICKUP_RATE"), []);
    expect(empty.value).toBeNull();
    expect(empty.method).toBeNull();
    const unusable = aggregate(definition("CALL_PICKUP_RATE"), [{ period: 4, components: { received: 10 } }]);
    expect(unusable.value).toBeNull();
    expect(unusable.skipped).toEqual([4]);
  });

  it("falls back to an approximate mean when a pooled indicator mixes direct values", () => {
    const result = aggregate(definition("CALL_PICKUP_RATE"), [
      { period: 1, components: { received: 100, lost: 20 } },
      { period: 2, published: 90 },
    ]);
    expect(result.method).toBe("MEAN");
    expect(result.approximate).toBe(true);
    expect(result.value).toBe(85);
  });

  it("uses the published value of a period whose components are incomplete", () => {
    const result = aggregate(definition("CNI_PASSPORT_DELIVERY_DELAY"), [
      { period: 1, components: { delay: 6 } },
      { period: 2, published: 8 },
    ]);
    expect(result.value).toBe(7);
    expect(result.approximate).toBe(false);
  });

  it("weights plain means by span when a semester sits next to quarters", () => {
    const result = aggregate(definition("CNI_PASSPORT_DELIVERY_DELAY"), [
      { period: 6, published: 7, span: 6 },
      { period: 9, published: 14, span: 3 },
      { period: 12, published: 26, span: 3 },
    ]);
    expect(result.value).toBe(13.5);
  });
});

describe("periods", () => {
  it("validates ordinals by periodicity", () => {
    expect(isValidPeriod("MONTHLY", 12)).toBe(true);
    expect(isValidPeriod("MONTHLY", 13)).toBe(false);
    expect(isValidPeriod("QUARTERLY", 0)).toBe(false);
    expect(isValidPeriod("SEMIANNUAL", 2)).toBe(true);
    expect(isValidPeriod("YEARLY", 1)).toBe(true);
    expect(isValidPeriod("YEARLY", 1.5)).toBe(false);
  });

  it("knows what a period contains", () => {
    expect(periodContains({ year: 2021, periodicity: "QUARTERLY", period: 2 }, { year: 2021, periodicity: "MONTHLY", period: 6 })).toBe(true);
    expect(periodContains({ year: 2021, periodicity: "QUARTERLY", period: 2 }, { year: 2021, periodicity: "MONTHLY", period: 7 })).toBe(false);
    expect(periodContains({ year: 2021, periodicity: "YEARLY", period: 1 }, { year: 2022, periodicity: "MONTHLY", period: 1 })).toBe(false);
    expect(periodsWithin({ year: 2022, periodicity: "SEMIANNUAL", period: 2 }, "QUARTERLY").map((p) => p.period)).toEqual([3, 4]);
  });
});

describe("aggregateInto — stored values into a quarter, a semester, a year", () => {
  const pickupValues: IndicatorValueInput[] = pickupMonths.map((m) => ({
    year: 2021,
    periodicity: "MONTHLY",
    period: m.period,
    components: m.components,
  }));

  it("rolls the twelve months into the year and any quarter", () => {
    const year = aggregateInto(definition("CALL_PICKUP_RATE"), pickupValues, { year: 2021, periodicity: "YEARLY", period: 1 });
    expect(year.source).toBe("AGGREGATED");
    expect(year.complete).toBe(true);
    expect(year.value).toBeCloseTo(81.487, 3);
    const q4 = aggregateInto(definition("CALL_PICKUP_RATE"), pickupValues, { year: 2021, periodicity: "QUARTERLY", period: 4 });
    expect(q4.parts.map((p) => p.period)).toEqual([10, 11, 12]);
    expect(q4.value).toBeCloseTo(((8598 + 8599 + 7681 - 1773 - 1309 - 1619) / (8598 + 8599 + 7681)) * 100, 10);
  });

  it("lists missing months and flags an incomplete year", () => {
    const withoutMarch = pickupValues.filter((v) => v.period !== 3);
    const year = aggregateInto(definition("CALL_PICKUP_RATE"), withoutMarch, { year: 2021, periodicity: "YEARLY", period: 1 });
    expect(year.complete).toBe(false);
    expect(year.missing).toEqual([{ year: 2021, periodicity: "MONTHLY", period: 3 }]);
    expect(year.value).not.toBeNull();
  });

  it("aggregates the quarters and keeps the annual figure entered beside them", () => {
    const values: IndicatorValueInput[] = [
      ...[6, 8, 14, 26].map((published, i) => ({ year: 2021, periodicity: "QUARTERLY" as const, period: i + 1, published, direct: true })),
      { year: 2021, periodicity: "YEARLY", period: 1, published: 13.5, direct: true },
    ];
    const year = aggregateInto(definition("CNI_PASSPORT_DELIVERY_DELAY"), values, { year: 2021, periodicity: "YEARLY", period: 1 });
    expect(year.source).toBe("AGGREGATED");
    expect(year.value).toBe(13.5);
    expect(year.entered).toBe(13.5);
  });

  it("returns a directly entered yearly rate when there is nothing finer", () => {
    const values: IndicatorValueInput[] = [{ year: 2021, periodicity: "YEARLY", period: 1, published: 90, direct: true }];
    const year = aggregateInto(definition("CALL_PICKUP_RATE"), values, { year: 2021, periodicity: "YEARLY", period: 1 });
    expect(year.source).toBe("AS_ENTERED");
    expect(year.value).toBe(90);
    expect(year.complete).toBe(true);
  });

  it("covers a year with a quarter and a semester without double counting", () => {
    const values: IndicatorValueInput[] = [
      { year: 2022, periodicity: "QUARTERLY", period: 2, components: { count: 150 } },
      { year: 2022, periodicity: "SEMIANNUAL", period: 2, components: { count: 293 } },
      { year: 2022, periodicity: "SEMIANNUAL", period: 1, components: { count: 999 } }, // overlaps Q2: ignored
    ];
    const year = aggregateInto(definition("PAN_USERS"), values, { year: 2022, periodicity: "YEARLY", period: 1 });
    expect(year.value).toBe(443);
    expect(year.parts).toEqual([
      { year: 2022, periodicity: "QUARTERLY", period: 2 },
      { year: 2022, periodicity: "SEMIANNUAL", period: 2 },
    ]);
    expect(year.missing).toEqual([{ year: 2022, periodicity: "QUARTERLY", period: 1 }]);
  });

  it("reports NONE when nothing is stored", () => {
    const result = aggregateInto(definition("CALL_PICKUP_RATE"), [], { year: 2021, periodicity: "QUARTERLY", period: 1 });
    expect(result.source).toBe("NONE");
    expect(result.value).toBeNull();
    expect(result.missing.map((p) => p.period)).toEqual([1, 2, 3]);
  });
});
