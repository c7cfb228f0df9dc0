import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareYears, formatDelta, trendSentence } from "@/lib/yearly-report/domain";

const NNBSP = "\u202f";

describe("compareYears — the trend against the previous year", () => {
  it("a pickup rate going up is an improvement for an 'at least' target (Vienne 90 % → 93 %)", () => {
    expect(compareYears(93, 90, { precision: 1, direction: "AT_LEAST" })).toEqual({ direction: "UP", delta: 3, improvement: true });
  });

  it("a rate going down under an 'at least' target is a deterioration (Vienne complaints 100 % → 89 %)", () => {
    expect(compareYears(89, 100, { precision: 0, direction: "AT_LEAST" })).toEqual({ direction: "DOWN", delta: -11, improvement: false });
  });

  it("a delay going down is an improvement for an 'at most' target, going up a deterioration", () => {
    // Charente CNI/passports: annual 13,5 days (mean of 6, 8, 14, 26) against a previous 16.
    expect(compareYears(13.5, 16, { precision: 1, direction: "AT_MOST" })).toEqual({ direction: "DOWN", delta: -2.5, improvement: true });
    expect(compareYears(35.25, 13.5, { precision: 1, direction: "AT_MOST" })).toMatchObject({ direction: "UP", improvement: false });
  });

  it("compares at the display precision: 81,49 % and 81,46 % both read 81,5 %, stable", () => {
    expect(compareYears(81.487, 81.46, { precision: 1, direction: "AT_LEAST" })).toEqual({ direction: "STABLE", delta: 0, improvement: null });
    expect(compareYears(81.487, 81.44, { precision: 1, direction: "AT_LEAST" })).toMatchObject({ direction: "UP", delta: 0.1 });
  });

  it("without a target the direction is known but not whether it is good news (counts)", () => {
    // Vienne driving licences issued: 19 265 (2021) → 19 344 (2022).
    expect(compareYears(19344, 19265, { precision: 0, direction: null })).toEqual({ direction: "UP", delta: 79, improvement: null });
  });

  it("is unknown when either year has no figure", () => {
    expect(compareYears(81.487, null, { precision: 1, direction: "AT_LEAST" })).toEqual({ direction: "UNKNOWN", delta: null, improvement: null });
    expect(compareYears(null, 90, { precision: 1, direction: "AT_LEAST" }).direction).toBe("UNKNOWN");
    expect(compareYears(Number.NaN, 90, { precision: 1 }).direction).toBe("UNKNOWN");
  });
});

describe("trendSentence — the trend in French", () => {
  const base = { previousYear: 2021, currentKnown: true, unit: "PERCENT" as const, precision: 1 };

  it("says up, by how many points, and that it is an improvement", () => {
    const trend = compareYears(93, 90, { precision: 1, direction: "AT_LEAST" });
    expect(trendSentence(trend, { ...base, previous: 90, direction: "AT_LEAST" })).toBe(
      `En hausse par rapport à 2021 (90,0${NNBSP}%, +3,0 points) : amélioration.`,
    );
  });

  it("explains that a lower delay is better when the target is a maximum", () => {
    const trend = compareYears(13.5, 16, { precision: 1, direction: "AT_MOST" });
    expect(trendSentence(trend, { ...base, unit: "DAYS", previous: 16, direction: "AT_MOST" })).toBe(
      "En baisse par rapport à 2021 (16,0 jours, −2,5 jours) : amélioration, l'objectif étant un maximum.",
    );
  });

  it("says a deterioration, stable, and why there is no comparison", () => {
    const down = compareYears(89, 100, { precision: 0, direction: "AT_LEAST" });
    expect(trendSentence(down, { ...base, precision: 0, previous: 100, direction: "AT_LEAST" })).toBe(
      `En baisse par rapport à 2021 (100${NNBSP}%, −11 points) : dégradation.`,
    );
    const stable = compareYears(90.02, 90, { precision: 1, direction: "AT_LEAST" });
    expect(trendSentence(stable, { ...base, previous: 90, direction: "AT_LEAST" })).toBe(`Stable par rapport à 2021 (90,0${NNBSP}%).`);
    const unknown = compareYears(81.5, null, { precision: 1 });
    expect(trendSentence(unknown, { ...base, previousYear: 2020, previous: null })).toBe("Pas de chiffre en 2020 : pas de comparaison possible.");
    expect(trendSentence(compareYears(null, 90, { precision: 1 }), { ...base, currentKnown: false, previous: 90 })).toBe(
      "Pas de chiffre cette année : pas de comparaison possible.",
    );
  });

  it("a count without target: the change without a judgement", () => {
    const trend = compareYears(19344, 19265, { precision: 0, direction: null });
    expect(trendSentence(trend, { ...base, unit: "COUNT", precision: 0, previous: 19265 })).toBe(`En hausse par rapport à 2021 (19${NNBSP}265, +79).`);
  });
});

describe("formatDelta", () => {
  it("writes points for percentages, days for delays, singular below 2", () => {
    expect(formatDelta(1, "PERCENT", 0)).toBe("+1 point");
    expect(formatDelta(-8.51, "PERCENT", 2)).toBe("−8,51 points");
    expect(formatDelta(1.5, "DAYS", 1)).toBe("+1,5 jour");
    expect(formatDelta(-1200, "COUNT", 0)).toBe(`−1${NNBSP}200`);
  });
});

describe("compareYears — properties", () => {
  const figure = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
  const precision = fc.integer({ min: 0, max: 3 });

  it("swapping the years swaps up and down, and keeps stable stable", () => {
    fc.assert(
      fc.property(figure, figure, precision, (a, b, p) => {
        const there = compareYears(a, b, { precision: p }).direction;
        const back = compareYears(b, a, { precision: p }).direction;
        expect(back).toBe(there === "UP" ? "DOWN" : there === "DOWN" ? "UP" : "STABLE");
      }),
    );
  });

  it("the same change is an improvement under one direction of target exactly when it is a deterioration under the other", () => {
    fc.assert(
      fc.property(figure, figure, precision, (a, b, p) => {
        const atLeast = compareYears(a, b, { precision: p, direction: "AT_LEAST" });
        const atMost = compareYears(a, b, { precision: p, direction: "AT_MOST" });
        if (atLeast.direction === "STABLE") {
          expect([atLeast.improvement, atMost.improvement]).toEqual([null, null]);
        } else {
          expect(atLeast.improvement).toBe(atLeast.direction === "UP");
          expect(atMost.improvement).toBe(!atLeast.improvement);
        }
      }),
    );
  });
});
