import { describe, expect, it } from "vitest";
import { componentNoun, mayEnterIndicator, validateEntry, type EntryDefinition } from "@/lib/indicators/domain";

const pickup: EntryDefinition = {
  formula: "COMPLEMENT_RATIO",
  unit: "PERCENT",
  components: [
    { code: "received", label: "Nombre total d'appels reçus, quel que soit le motif", role: "BASE" },
    { code: "lost", label: "Nombre d'appels perdus (sans réponse)", role: "SUBTRACTED" },
  ],
};

describe("validateEntry", () => {
  it("accepts Charente January 2021", () => {
    expect(validateEntry(pickup, { received: 9903, lost: 2266 })).toEqual([]);
  });
  it("refuses more lost calls than received, in French", () => {
    expect(validateEntry(pickup, { received: 100, lost: 101 })).toEqual([
      { field: "lost", message: "Le nombre d'appels perdus ne peut dépasser le nombre d'appels reçus." },
    ]);
  });
  it("refuses negative figures", () => {
    expect(validateEntry(pickup, { received: -1, lost: null })).toEqual([
      { field: "received", message: "« Nombre total d'appels reçus, quel que soit le motif » ne peut être négatif." },
    ]);
  });
  it("keeps a percentage entered directly within 0–100", () => {
    expect(validateEntry(pickup, {}, 100)).toEqual([]);
    expect(validateEntry(pickup, {}, 100.5)[0]?.message).toBe("Un pourcentage saisi directement doit être compris entre 0 et 100.");
    expect(validateEntry(pickup, {}, -1)[0]?.field).toBe("direct");
  });
  it("lets incomplete periods through (a month is filled in several times)", () => {
    expect(validateEntry(pickup, { lost: 5 })).toEqual([]);
  });
});

describe("componentNoun", () => {
  it.each([
    ["Nombre d'appels perdus (sans réponse)", "appels perdus"],
    ["Réclamations reçues", "réclamations reçues"],
    ["Nombre de décisions positives prises au cours du mois", "décisions positives prises au cours du mois"],
  ])("%s → %s", (label, noun) => expect(componentNoun(label)).toBe(noun));
});

describe("who enters a followed indicator", () => {
  it("referents always; staff when assigned or when nobody is", () => {
    expect(mayEnterIndicator({ userId: "a", isReferent: true }, ["b"])).toBe(true);
    expect(mayEnterIndicator({ userId: "a", isReferent: false }, [])).toBe(true);
    expect(mayEnterIndicator({ userId: "a", isReferent: false }, ["a", "b"])).toBe(true);
    expect(mayEnterIndicator({ userId: "a", isReferent: false }, ["b"])).toBe(false);
  });
});
