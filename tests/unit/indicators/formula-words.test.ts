// The formula and the yearly rule in words (indicator page): every formula kind and every
// aggregation rule, on the seeded definitions where one exists, so a sentence is checked
// against the definition the figures are computed with.
import { describe, expect, it } from "vitest";
import { aggregationInWords, formulaInWords, type FormulaWordsDefinition } from "@/lib/indicators/domain";
import { definition } from "./fixtures";

const words = (code: string): FormulaWordsDefinition => definition(code);

const synthetic = (overrides: Partial<FormulaWordsDefinition>): FormulaWordsDefinition => ({
  formula: "VALUE",
  unit: "COUNT",
  aggregation: "SUM",
  periodicity: "MONTHLY",
  components: [{ code: "count", label: "Nombre", role: "VALUE" }],
  ...overrides,
});

describe("formulaInWords", () => {
  it("COMPLEMENT_RATIO: (received − lost) ÷ received, as a percentage", () => {
    expect(formulaInWords(words("CALL_PICKUP_RATE"))).toBe(
      "(« Nombre total d'appels reçus, quel que soit le motif » − « Nombre d'appels perdus (sans réponse) ») ÷ « Nombre total d'appels reçus, quel que soit le motif » × 100",
    );
  });

  it("COMPLEMENT_RATIO with several bases and subtracted figures brackets the sums", () => {
    const def = synthetic({
      formula: "COMPLEMENT_RATIO",
      unit: "RATIO",
      components: [
        { code: "a", label: "A", role: "BASE" },
        { code: "b", label: "B", role: "BASE" },
        { code: "c", label: "C", role: "SUBTRACTED" },
        { code: "d", label: "D", role: "SUBTRACTED" },
      ],
    });
    expect(formulaInWords(def)).toBe("(« A » + « B » − « C » − « D ») ÷ (« A » + « B »)");
    expect(formulaInWords({ ...def, components: [{ code: "a", label: "A", role: "BASE" }] })).toBe("« A » ÷ « A »");
  });

  it("RATIO: one numerator over one denominator", () => {
    expect(formulaInWords(words("WEB_CONNECTION_RATE"))).toBe(
      "« Nombre total de visites du site internet départemental de l'État » ÷ « Population du département » × 100",
    );
  });

  it("RATIO: summed numerators over summed denominators", () => {
    expect(formulaInWords(words("SOCIAL_ENGAGEMENT_RATE"))).toBe(
      "(« Nombre d'engagements sur Twitter » + « Nombre d'engagements sur Facebook ») ÷ (« Nombre d'impressions sur Twitter » + « Nombre d'impressions sur Facebook ») × 100",
    );
  });

  it("WEIGHTED_MEAN: the mean delay weighted by the number of decisions", () => {
    expect(formulaInWords(words("FIRST_RESIDENCE_PERMIT_DELAY"))).toBe(
      "Moyenne de « Délai moyen de traitement (jours) » pondérée par « Nombre de décisions positives prises au cours du mois »",
    );
  });

  it("VALUE: the figure as reported", () => {
    expect(formulaInWords(words("CNI_PASSPORT_DELIVERY_DELAY"))).toBe("« Délai moyen (jours) », tel que relevé pour la période");
    // A lone component without an explicit VALUE role is the value too.
    expect(formulaInWords(synthetic({ components: [{ code: "n", label: "Nombre de cours", role: "NUMERATOR" }] }))).toBe(
      "« Nombre de cours », tel que relevé pour la période",
    );
  });

  it("says when the definition lacks a component its formula needs", () => {
    const incomplete = /^Formule incomplète/;
    expect(formulaInWords(synthetic({ formula: "RATIO", components: [{ code: "n", label: "N", role: "NUMERATOR" }] }))).toMatch(incomplete);
    expect(formulaInWords(synthetic({ formula: "COMPLEMENT_RATIO", components: [{ code: "s", label: "S", role: "SUBTRACTED" }] }))).toMatch(incomplete);
    expect(formulaInWords(synthetic({ formula: "WEIGHTED_MEAN", components: [{ code: "v", label: "V", role: "VALUE" }] }))).toMatch(incomplete);
    expect(formulaInWords(synthetic({ formula: "VALUE", components: [] }))).toMatch(incomplete);
  });
});

describe("aggregationInWords", () => {
  it("POOLED_RATIO: the formula over the year's summed components, not the mean of the monthly rates", () => {
    expect(aggregationInWords(words("CALL_PICKUP_RATE"))).toBe(
      "Taux annuel = la formule appliquée à la somme des composantes de l’année, pas moyenne des taux mensuels.",
    );
  });

  it("POOLED_RATIO over a weighted-mean formula is the weighted mean (as aggregate() pools it)", () => {
    const def = { ...words("FIRST_RESIDENCE_PERMIT_DELAY"), aggregation: "POOLED_RATIO" as const };
    expect(aggregationInWords(def)).toBe(
      "Délai annuel = moyenne des valeurs mensuelles pondérée par « Nombre de décisions positives prises au cours du mois », pas moyenne simple.",
    );
  });

  it("WEIGHTED_MEAN: monthly delays weighted by the number of decisions", () => {
    expect(aggregationInWords(words("RESIDENCE_PERMIT_RENEWAL_DELAY"))).toBe(
      "Délai annuel = moyenne des valeurs mensuelles pondérée par « Nombre de décisions positives de renouvellement prises au cours du mois », pas moyenne simple.",
    );
  });

  it("WEIGHTED_MEAN without a weight component is a plain mean (as aggregate() falls back)", () => {
    expect(aggregationInWords(synthetic({ aggregation: "WEIGHTED_MEAN", unit: "DAYS", periodicity: "QUARTERLY" }))).toBe(
      "Délai annuel = moyenne simple des valeurs trimestrielles.",
    );
  });

  it("MEAN: the published CNI delay is the plain mean of four quarters", () => {
    expect(aggregationInWords(words("CNI_PASSPORT_DELIVERY_DELAY"))).toBe("Délai annuel = moyenne simple des valeurs trimestrielles.");
    expect(aggregationInWords(synthetic({ aggregation: "MEAN", unit: "PERCENT", periodicity: "SEMIANNUAL" }))).toBe(
      "Taux annuel = moyenne simple des taux semestriels.",
    );
  });

  it("SUM: counts add up", () => {
    expect(aggregationInWords(synthetic({ aggregation: "SUM" }))).toBe("Valeur annuelle = somme des valeurs mensuelles.");
    expect(aggregationInWords(synthetic({ aggregation: "SUM", unit: "RATIO", periodicity: "SEMIANNUAL" }))).toBe(
      "Ratio annuel = somme des valeurs semestrielles.",
    );
  });

  it("LAST: a stock takes the last value", () => {
    expect(aggregationInWords(synthetic({ aggregation: "LAST" }))).toBe(
      "Valeur annuelle = dernière valeur connue de l’année (un stock ne s’additionne pas).",
    );
  });

  it("a yearly indicator has nothing to aggregate, whatever its rule", () => {
    for (const aggregation of ["POOLED_RATIO", "WEIGHTED_MEAN", "MEAN", "SUM", "LAST"] as const) {
      expect(aggregationInWords(synthetic({ aggregation, periodicity: "YEARLY", unit: "PERCENT" }))).toBe("Taux annuel = la valeur relevée pour l’année.");
    }
  });
});
