import { describe, expect, it } from "vitest";
import { computeValue, hasCompleteComponents, requiredComponentCodes } from "@/lib/indicators/domain";
import { definition } from "./fixtures";

describe("computeValue — the worked figures of domain.md §5", () => {
  it("web connection rate, Charente January 2021: 32 403 ÷ 360 970 = 8,98 %", () => {
    const value = computeValue(definition("WEB_CONNECTION_RATE"), { visits: 32403, population: 360970 });
    expect(value).toBeCloseTo(8.976646, 5);
  });

  it("social engagement rate, Charente February 2021: (2 902 + 11 589) ÷ (55 707 + 219 961) = 5,26 %", () => {
    const value = computeValue(definition("SOCIAL_ENGAGEMENT_RATE"), {
      twitterEngagements: 2902,
      facebookEngagements: 11589,
      twitterImpressions: 55707,
      facebookImpressions: 219961,
    });
    expect(value).toBeCloseTo(5.2567, 4);
  });

  it("call pickup rate, Charente January 2021: (9 903 − 2 266) ÷ 9 903 = 77,1 %", () => {
    const value = computeValue(definition("CALL_PICKUP_RATE"), { received: 9903, lost: 2266 });
    expect(value).toBeCloseTo(77.118, 3);
  });

  it("monthly residence-permit delay is the month's mean delay", () => {
    expect(computeValue(definition("FIRST_RESIDENCE_PERMIT_DELAY"), { meanDelay: 124, decisions: 60 })).toBe(124);
    expect(computeValue(definition("RESIDENCE_PERMIT_RENEWAL_DELAY"), { meanDelay: 29, decisions: 82 })).toBe(29);
  });

  it("a count is its own figure", () => {
    expect(computeValue(definition("DRIVING_LICENCES_ISSUED"), { count: 19265 })).toBe(19265);
  });

  it("a RATIO unit is not scaled to a percentage", () => {
    const ratio = { formula: "RATIO", unit: "RATIO", components: [
      { code: "a", role: "NUMERATOR" },
      { code: "b", role: "DENOMINATOR" },
    ] } as const;
    expect(computeValue(ratio, { a: 1, b: 4 })).toBe(0.25);
  });
});

describe("computeValue — edge cases", () => {
  it("returns null when a denominator, a base or a weight is 0", () => {
    expect(computeValue(definition("WEB_CONNECTION_RATE"), { visits: 10, population: 0 })).toBeNull();
    expect(computeValue(definition("CALL_PICKUP_RATE"), { received: 0, lost: 0 })).toBeNull();
    expect(computeValue(definition("FIRST_RESIDENCE_PERMIT_DELAY"), { meanDelay: 30, decisions: 0 })).toBeNull();
  });

  it("returns null when a component is missing, null or not finite", () => {
    expect(computeValue(definition("WEB_CONNECTION_RATE"), { visits: 32403 })).toBeNull();
    expect(computeValue(definition("WEB_CONNECTION_RATE"), { visits: null, population: 360970 })).toBeNull();
    expect(computeValue(definition("WEB_CONNECTION_RATE"), { visits: Number.NaN, population: 360970 })).toBeNull();
    expect(computeValue(definition("SOCIAL_ENGAGEMENT_RATE"), {
      twitterEngagements: 2902,
      facebookEngagements: 11589,
      twitterImpressions: 55707,
    })).toBeNull();
    expect(computeValue(definition("CALL_PICKUP_RATE"), { received: 9903 })).toBeNull();
    expect(computeValue(definition("CALL_PICKUP_RATE"), undefined)).toBeNull();
    expect(computeValue(definition("DRIVING_LICENCES_ISSUED"), {})).toBeNull();
  });

  it("a zero numerator is a real 0 %", () => {
    expect(computeValue(definition("EMAIL_ANSWER_RATE"), { answeredInTime: 0, received: 12 })).toBe(0);
  });

  it("knows which components a formula reads and whether a period has them all", () => {
    const def = definition("CALL_PICKUP_RATE");
    expect(requiredComponentCodes(def).sort()).toEqual(["lost", "received"]);
    expect(hasCompleteComponents(def, { received: 0, lost: 0 })).toBe(true);
    expect(hasCompleteComponents(def, { received: 10 })).toBe(false);
  });
});
