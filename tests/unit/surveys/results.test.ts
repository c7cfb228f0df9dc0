import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { optionResults, percentOf, responseRate, satisfactionRate, unansweredShare } from "@/lib/surveys/domain";
import { surveys } from "@/prisma/seed/data/surveys";

const scale = (a: number | null, b: number | null, c: number | null, d: number | null) =>
  [a, b, c, d].map((percent, i) => ({ label: `niveau ${i}`, count: null, percent }));

describe("satisfactionRate", () => {
  it("Vosges 2022, overall satisfaction: 95,1 % of which 54,9 % very satisfied (domain.md §5)", () => {
    const vosges = surveys.find((s) => s.key === "88-2022-usagers");
    const overall = vosges?.questions.find((q) => q.text === "Niveau de satisfaction globale");
    expect(overall).toBeDefined();
    const options = optionResults(
      overall!.options.map((o) => ({ label: o.label, count: o.count ?? null, percent: o.percent ?? null })),
      vosges!.respondents,
    );
    expect(satisfactionRate("SCALE", options)).toEqual({ rate: 95.1, topRate: 54.9 });
  });

  it("is the positive half of the scale, computed from counts when only counts are known", () => {
    const options = optionResults(
      [
        { label: "Très satisfait", count: 6, percent: null },
        { label: "Satisfait", count: 3, percent: null },
        { label: "Peu satisfait", count: 1, percent: null },
        { label: "Pas du tout satisfait", count: 2, percent: null },
      ],
      12,
    );
    expect(satisfactionRate("SCALE", options)).toEqual({ rate: 75, topRate: 50 });
  });

  it("is null for a question that is not a scale, a one-level scale, or a positive level without figure", () => {
    expect(satisfactionRate("CHOICE", scale(50, 50, 0, 0))).toBeNull();
    expect(satisfactionRate("SCALE", scale(50, 50, 0, 0).slice(0, 1))).toBeNull();
    expect(satisfactionRate("SCALE", scale(50, null, 0, 0))).toBeNull();
    expect(satisfactionRate("SCALE", scale(50, 30, null, null))).toEqual({ rate: 80, topRate: 50 });
  });
});

describe("optionResults", () => {
  it("keeps published percentages and never invents a count from them", () => {
    expect(optionResults([{ label: "Oui", count: null, percent: 73 }], 11)).toEqual([
      { label: "Oui", count: null, percent: 73, percentComputed: false },
    ]);
  });

  it("computes the percentage of a count over the respondents", () => {
    expect(optionResults([{ label: "Oui", count: 8, percent: null }], 11)).toEqual([
      { label: "Oui", count: 8, percent: 72.7273, percentComputed: true },
    ]);
  });

  it("leaves a published percentage as published when the count is known too", () => {
    expect(optionResults([{ label: "Oui", count: 8, percent: 73 }], 11)[0]?.percent).toBe(73);
  });

  it("has no percentage without respondents or without a figure", () => {
    expect(optionResults([{ label: "Oui", count: 0, percent: null }], 0)[0]?.percent).toBeNull();
    expect(optionResults([{ label: "Verbatim", count: null, percent: null }], 10)[0]?.percent).toBeNull();
  });

  it("percentages computed from counts that cover every respondent sum to 100, give or take rounding", () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 10_000 }), { minLength: 1, maxLength: 12 }), (counts) => {
        const respondents = counts.reduce((a, b) => a + b, 0);
        fc.pre(respondents > 0);
        const results = optionResults(counts.map((count) => ({ label: "x", count, percent: null })), respondents);
        const sum = results.reduce((a, r) => a + (r.percent ?? 0), 0);
        // each percentage is rounded to 4 decimals: at most 0,00005 off each
        expect(Math.abs(sum - 100)).toBeLessThanOrEqual(0.00005 * counts.length + 1e-9);
        for (const r of results) expect(r.percent).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it("a computed percentage stays within 0–100 when the count does not exceed the respondents", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (respondents, share) => {
        const count = Math.floor(respondents * share);
        const p = percentOf(count, respondents);
        expect(p).not.toBeNull();
        expect(p!).toBeGreaterThanOrEqual(0);
        expect(p!).toBeLessThanOrEqual(100);
      }),
    );
  });
});

describe("responseRate", () => {
  it("Vienne 2021: 13 answers out of 25 members is 52 %; 2023: 11 out of 19 is 57,9 %", () => {
    expect(responseRate(13, 25)).toBe(52);
    expect(responseRate(11, 19)).toBe(57.8947);
  });
  it("is null without recipients", () => {
    expect(responseRate(102, null)).toBeNull();
  });
});

describe("unansweredShare", () => {
  it("Vosges 2022, website: 41,2 + 44,0 + 5,6 + 5,1 = 95,9 % leaves 4,1 % without an answer", () => {
    expect(unansweredShare("SCALE", scale(41.2, 44.0, 5.6, 5.1))).toBe(4.1);
  });
  it("is null within rounding, for a choice question, or with a missing figure", () => {
    expect(unansweredShare("SCALE", scale(54.9, 40.2, 2.0, 2.9))).toBeNull();
    expect(unansweredShare("SCALE", scale(50, 30, 10, 9.2))).toBeNull();
    expect(unansweredShare("CHOICE", scale(50, 30, 0, 0))).toBeNull();
    expect(unansweredShare("SCALE", scale(50, 30, null, 0))).toBeNull();
  });
});
