import { describe, expect, it } from "vitest";
import { matchPresenters, presenterSuggestion } from "@/lib/meetings/presenters";

const sauvaire = { id: "p1", civility: "MME" as const, firstName: "Angélique", lastName: "SAUVAIRE", function: "cheffe de bureau du pôle accueils" };
const rose = { id: "p2", civility: "M" as const, firstName: "Eric", lastName: "ROSE", function: null };

describe("presenters", () => {
  it("suggests « civility first LAST, function »", () => {
    expect(presenterSuggestion(sauvaire)).toBe("Mme Angélique SAUVAIRE, cheffe de bureau du pôle accueils");
    expect(presenterSuggestion(rose)).toBe("M. Eric ROSE");
  });

  it("links exact names (with or without function, any case and spacing) and keeps the rest as text", () => {
    expect(matchPresenters("mme angélique  SAUVAIRE, cheffe de bureau du pôle accueils ; M. Eric ROSE;les services de l'État", [sauvaire, rose])).toEqual([
      { personId: "p1", label: null, position: 0 },
      { personId: "p2", label: null, position: 1 },
      { personId: null, label: "les services de l'État", position: 2 },
    ]);
  });

  it("does not link a near miss (accents count: MASSÉ is not MASSE)", () => {
    expect(matchPresenters("Mme Angelique SAUVAIRE", [sauvaire])).toEqual([{ personId: null, label: "Mme Angelique SAUVAIRE", position: 0 }]);
    expect(matchPresenters(" ; ", [sauvaire])).toEqual([]);
  });
});
