// Titles an action starts with when created from its source: a missed indicator period in
// the grid's words and figures, or the question asked in a meeting.
import { describe, expect, it } from "vitest";
import { indicatorActionTitle, interventionActionTitle } from "@/lib/action-plan/domain";

describe("indicatorActionTitle", () => {
  const pickup = { label: "Taux d'appels décrochés", unit: "PERCENT", precision: 1, periodicity: "MONTHLY", period: 3, year: 2022, scope: "", value: 85, target: { value: 90, direction: "AT_LEAST" } } as const;
  it("says the period, the figure and the target the French way", () => {
    expect(indicatorActionTitle(pickup)).toBe("Taux d'appels décrochés — mars 2022 : 85,0\u202f% pour un objectif ≥ 90\u202f%");
  });
  it("names the scope, a quarter in days, and leaves out what is unknown", () => {
    expect(indicatorActionTitle({ ...pickup, scope: "services", target: null })).toBe("Taux d'appels décrochés (services) — mars 2022 : 85,0\u202f%");
    expect(indicatorActionTitle({ ...pickup, value: null })).toBe("Taux d'appels décrochés — mars 2022");
    expect(
      indicatorActionTitle({ label: "Délai de délivrance des permis", unit: "DAYS", precision: 1, periodicity: "QUARTERLY", period: 2, year: 2021, scope: "", value: 31, target: { value: 14, direction: "AT_MOST" } }),
    ).toBe("Délai de délivrance des permis — 2e trimestre 2021 : 31,0 jours pour un objectif ≤ 14 jours");
  });
});

describe("interventionActionTitle", () => {
  it("keeps the first sentence", () => {
    expect(interventionActionTitle("Pourquoi ne pas ouvrir le samedi matin ? Les usagers qui travaillent le demandent.")).toBe("Pourquoi ne pas ouvrir le samedi matin ?");
  });
  it("cuts a long sentence on a word, with an ellipsis, within 140 characters", () => {
    const long = `Les usagers ${"disent attendre très longtemps ".repeat(10)}au guichet`;
    const title = interventionActionTitle(long);
    expect(title.length).toBeLessThanOrEqual(140);
    expect(title.endsWith("…")).toBe(true);
    expect(long.startsWith(title.slice(0, -1))).toBe(true);
  });
  it("flattens line breaks", () => {
    expect(interventionActionTitle("Guides\n pas à pas")).toBe("Guides pas à pas");
  });
});
