// .ts, not .tsx: the unit project only collects *.test.ts; elements are built with createElement.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SectionDiffView, diffSummary } from "@/components/minutes/section-diff";
import { diffTextLines } from "@/lib/minutes/domain";

const render = (older: string[], newer: string[]) => renderToStaticMarkup(createElement(SectionDiffView, { diff: diffTextLines(older, newer), label: "Différences de la version 1 à la version 2" }));
const text = (html: string) => html.replace(/<[^>]+>/g, "").replace(/&#x27;/g, "'");

describe("SectionDiffView", () => {
  it("marks added words with <ins> and removed ones with <del>, each with a spoken prefix (not colour alone)", () => {
    const html = render(["Le comité prend acte."], ["Le comité prend acte et demande un bilan."]);
    expect(html).toContain('<ins><span class="fr-sr-only">ajouté : </span> et demande un bilan</ins>');
    expect(html).toContain('<span class="fr-sr-only">modifié : </span>');
    expect(html).toContain('role="group" aria-label="Différences de la version 1 à la version 2"');
    expect(text(html)).toContain("1 paragraphe modifié.");
  });

  it("shows whole removed and added paragraphs with a visible sign hidden from screen readers", () => {
    const html = render(["Ancien texte entièrement différent"], ["Rien à voir ici"]);
    expect(html).toContain('<del><span class="fr-sr-only">supprimé : </span>Ancien texte entièrement différent</del>');
    expect(html).toContain('<ins><span class="fr-sr-only">ajouté : </span>Rien à voir ici</ins>');
    expect(html).toMatch(/aria-hidden="true">\+<\/span>/);
    expect(html).toMatch(/aria-hidden="true">−<\/span>/);
    expect(text(html)).toContain("1 paragraphe ajouté, 1 paragraphe supprimé.");
  });

  it("folds long unchanged stretches into a <details>, keeping context around the change", () => {
    const same = Array.from({ length: 10 }, (_, i) => `Paragraphe ${i + 1}`);
    const html = render([...same, "fin"], [...same, "fin modifiée"]);
    expect(html).toContain("<summary>8 paragraphes inchangés</summary>");
    // The two lines before the change stay visible, outside the folded block.
    expect(html.slice(html.indexOf("</details>"))).toContain("Paragraphe 9");
    expect(html.slice(html.indexOf("</details>"))).toContain("Paragraphe 10");
  });

  it("says so when both versions read the same, and shows no diff", () => {
    const html = render(["Identique"], ["Identique"]);
    expect(text(html)).toBe("Les deux versions ont le même texte.");
    expect(diffSummary(diffTextLines(["a", "b"], ["a"]))).toBe("1 paragraphe supprimé.");
  });
});
