import { describe, expect, it } from "vitest";
import { currentSection } from "@/components/layout/current-section";

const MENU = ["/86", "/86/comites", "/86/seances", "/86/boite-envoi", "/national", "/"];

describe("currentSection", () => {
  it.each([
    ["/86", "/86"],
    ["/86/", "/86"],
    ["/86/seances", "/86/seances"],
    ["/86/seances/2f1c0f3e-0000-4000-8000-000000000000", "/86/seances"],
    ["/86/seances/2f1c0f3e-0000-4000-8000-000000000000/emargement", "/86/seances"],
    ["/86/seances/nouvelle?x=1", "/86/seances"],
    ["/86/comites/abc#membres", "/86/comites"],
    ["/86/boite-envoi", "/86/boite-envoi"],
    ["/national", "/national"],
    ["/", "/"],
  ])("%s → %s", (path, expected) => {
    expect(currentSection(path, MENU)).toBe(expected);
  });

  it("cuts at a slash: /86/seancesX is not the meetings section, /860 is not the Vienne", () => {
    expect(currentSection("/86/seancesX", MENU)).toBe("/86");
    expect(currentSection("/860", MENU)).toBeNull();
  });

  it("never makes the home item current below it", () => {
    expect(currentSection("/mon-compte", MENU)).toBeNull();
    expect(currentSection("/connexion", ["/"])).toBeNull();
  });
});
