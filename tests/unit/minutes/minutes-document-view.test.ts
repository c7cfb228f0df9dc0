// .ts, not .tsx: the unit project only collects *.test.ts; elements are built with createElement.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MinutesDocumentView, MinutesTableOfContents } from "@/components/minutes/minutes-document-view";
import type { MinutesDocument } from "@/lib/minutes/domain";
import { charenteWithCoverLetter, vienneMinutes2021, vosgesConclusions2022 } from "@/tests/fixtures/minutes-document";

const render = (document: MinutesDocument, sectionFooter?: (id: string) => string) => renderToStaticMarkup(createElement(MinutesDocumentView, { document, sectionFooter }));
const headings = (html: string) => [...html.matchAll(/<(h[1-6])\b[^>]*>(.*?)<\/\1>/g)].map(([, tag, text]) => `${tag} ${text?.replace(/<[^>]+>/g, "")}`);

describe("MinutesDocumentView — compte rendu", () => {
  const html = render(vienneMinutes2021);

  it("leaves the h1 to the page and gives a heading outline without skipped levels", () => {
    const outline = headings(html);
    expect(outline.some((h) => h.startsWith("h1"))).toBe(false);
    expect(outline.slice(0, 3)).toEqual(["h2 Participants", "h3 Présents", "h4 Représentants des services de l&#x27;État"]);
    expect(outline).toContain("h2 Ordre du jour");
    expect(outline).toContain("h2 II – L&#x27;accueil en préfecture");
    expect(outline).toContain("h3 a) L&#x27;accueil physique");
    let previous = 1;
    for (const heading of outline) {
      const level = Number(heading[1]);
      expect(level).toBeLessThanOrEqual(previous + 1);
      previous = level;
    }
  });

  it("gives every section an id others can link to", () => {
    for (const section of vienneMinutes2021.sections) expect(html).toContain(`id="section-${section.id}"`);
  });

  it("prints the envelope, the meeting line, the chair, and the agenda with its own numbers", () => {
    expect(html).toContain("Affaire suivie par : Nathalie MASSÉ, Chargée de mission qualité");
    expect(html).toContain('<a href="mailto:nathalie.masse@example.org">');
    expect(html).toContain("Poitiers, le 14 juin 2021");
    expect(html).toContain("Séance du jeudi 6 mai 2021 à 14h30, en audioconférence.");
    expect(html).toContain("Présidence : Mme Chantal CASTELNOT, Préfète de la Vienne");
    expect(html).toMatch(/<ol class="fr-raw-list fr-mb-3w"><li class="fr-mb-1v"><strong>I – Le Comité Local des Usagers/);
    expect(html).toContain('<ol class="fr-raw-list fr-ml-3w"><li class="fr-mb-1v">a) L&#x27;accueil physique</li>');
  });

  it("shifts the rich text's headings under a sub-item and keeps its table and lists", () => {
    const richSection = vienneMinutes2021.sections.find((s) => s.body.content.some((b) => b.type === "table"));
    expect(richSection?.depth).toBe(2);
    const start = html.indexOf(`id="section-${richSection?.id}"`);
    const part = html.slice(start, html.indexOf("</section>", start));
    expect(part).toContain("<h4>Délais de réponse annoncés</h4>");
    expect(part).toContain('<thead><tr><th scope="col">Canal</th>');
    expect(part).toMatch(/<(ul|ol)[ >]/);
  });

  it("lists interventions with the kind in words and the answers", () => {
    expect(html).toContain('<span class="fr-badge fr-badge--sm fr-badge--no-icon">Question</span>');
    expect(html).toContain("Réponse de M. Frédéric PIERRE, directeur adjoint du service des sécurités : Les principales applications");
  });

  it("prints the closing, the signatory and the annexes", () => {
    expect(html).toContain("la séance est levée à 15h50.");
    expect(html).toContain("<strong>Chantal CASTELNOT</strong>");
    expect(html).toContain("<h2>Annexe</h2><ul><li>Annexe : témoignage du Pimms");
  });

  it("puts the footer of each section inside it", () => {
    const withFooter = render(charenteWithCoverLetter, (id) => `[commentaires ${id}]`);
    expect(withFooter).toMatch(/id="section-c-1"[\s\S]*\[commentaires c-1\]<\/section>/);
    expect(withFooter).toContain("Aucune observation n&#x27;est formulée.");
  });

  it("does not print a correction notice for a first version", () => {
    expect(html).not.toContain("Version corrigée");
  });
});

describe("MinutesDocumentView — relevé de conclusions", () => {
  const html = render(vosgesConclusions2022);

  it("shows only the conclusions of each point", () => {
    expect(html).toContain("La préfecture a obtenu le label Qual-e-Pref le <strong>20 octobre 2022</strong>.");
    expect(html).toContain("L&#x27;appui aux téléprocédures de séjour reste confié");
    expect(html).not.toContain("Récit du point");
    expect(html).not.toContain("Présentation par la référente qualité");
    expect(html).not.toContain("France Services peuvent-ils");
    expect(html).not.toContain("<h3>Conclusions</h3>");
  });

  it("says in words that the version is corrected", () => {
    expect(html).toContain('<span class="fr-badge fr-badge--info fr-badge--sm fr-mr-1w">Version corrigée</span>Version corrigée le 3 janvier 2023');
    expect(html).toContain("Référence : référentiel Qual-e-Pref");
    expect(html).toContain("Pour le préfet et par délégation,<br/>Le secrétaire général,<br/><strong>David PERCHERON</strong>");
  });
});

describe("MinutesTableOfContents", () => {
  it("links to every section, sub-items nested", () => {
    const html = renderToStaticMarkup(createElement(MinutesTableOfContents, { document: vienneMinutes2021 }));
    expect(html).toContain("fr-summary");
    for (const section of vienneMinutes2021.sections) expect(html).toContain(`href="#section-${section.id}"`);
    expect(html).toMatch(/II – L&#x27;accueil en préfecture<\/a><ol[^>]*><li><a[^>]*href="#section-[^"]+"[^>]*>a\) L&#x27;accueil physique/);
  });
});
