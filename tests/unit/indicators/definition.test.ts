import { describe, expect, it } from "vitest";
import { checkDefinition, type DefinitionDraft } from "@/lib/indicators/domain";
import { indicatorDefinitions } from "@/prisma/seed/data/indicators";

const pickup: DefinitionDraft = {
  unit: "PERCENT",
  formula: "COMPLEMENT_RATIO",
  aggregation: "POOLED_RATIO",
  components: [
    { code: "received", label: "Appels reçus", role: "BASE" },
    { code: "lost", label: "Appels perdus", role: "SUBTRACTED" },
  ],
};

describe("checkDefinition", () => {
  it("accepts every definition of the seeded referential", () => {
    for (const d of indicatorDefinitions) expect(checkDefinition(d), d.code).toEqual([]);
  });

  it("asks a ratio for a numerator and a denominator", () => {
    expect(checkDefinition({ ...pickup, formula: "RATIO", components: [{ code: "a", label: "A", role: "NUMERATOR" }] }).map((p) => p.message)).toEqual([
      "Un taux demande au moins un numérateur et un dénominateur.",
    ]);
  });

  it("refuses roles the formula does not read, and duplicate codes", () => {
    const problems = checkDefinition({
      ...pickup,
      components: [...pickup.components, { code: "lost", label: "Encore", role: "WEIGHT" }],
    });
    expect(problems).toContainEqual({ field: "components.2.code", message: "Le code « lost » est utilisé par deux composantes." });
    expect(problems).toContainEqual({ field: "components", message: "Cette formule n’utilise pas de composante « pondération »." });
  });

  it("ties the yearly rule to the formula: no pooled ratio of delays, no sum of rates", () => {
    const delay: DefinitionDraft = { unit: "DAYS", formula: "VALUE", aggregation: "POOLED_RATIO", components: [{ code: "delay", label: "Délai", role: "VALUE" }] };
    expect(checkDefinition(delay).map((p) => p.field)).toEqual(["aggregation"]);
    expect(checkDefinition({ ...delay, aggregation: "MEAN" })).toEqual([]);
    expect(checkDefinition({ ...pickup, aggregation: "SUM" }).map((p) => p.field)).toEqual(["aggregation"]);
    expect(checkDefinition({ ...pickup, unit: "DAYS" }).map((p) => p.field)).toEqual(["unit"]);
  });

  it("asks a weighted mean for one value and one weight", () => {
    const wm: DefinitionDraft = {
      unit: "DAYS",
      formula: "WEIGHTED_MEAN",
      aggregation: "WEIGHTED_MEAN",
      components: [
        { code: "meanDelay", label: "Délai", role: "VALUE" },
        { code: "decisions", label: "Décisions", role: "WEIGHT" },
      ],
    };
    expect(checkDefinition(wm)).toEqual([]);
    expect(checkDefinition({ ...wm, components: wm.components.slice(0, 1) }).map((p) => p.message)).toEqual(["Une moyenne pondérée demande une valeur et une pondération."]);
    expect(checkDefinition({ ...wm, components: [] }).map((p) => p.message)).toContain("Ajoutez au moins une composante.");
  });
});
