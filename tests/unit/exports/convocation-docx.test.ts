import { describe, expect, it } from "vitest";
import { renderConvocationDocx } from "@/lib/exports/convocation-docx";
import type { DocumentAgendaItem } from "@/lib/meetings/document-data";
import { vienneClu2021, vosgesNoTime } from "@/tests/fixtures/meeting-document";
import { normalize, readDocx, zipEntry } from "./read-back";

function flatten(items: readonly DocumentAgendaItem[]): DocumentAgendaItem[] {
  return items.flatMap((item) => [item, ...flatten(item.children)]);
}

describe("convocation DOCX", () => {
  it("opens with the bloc-marque: Marianne emblem, the prefecture's name, the motto, as images with alt text", async () => {
    const buffer = await renderConvocationDocx(vienneClu2021);
    const document = zipEntry(buffer, "word/document.xml");
    const emblem = document.search(/<wp:docPr [^>]*descr="Marianne, emblème de la République française"/);
    const name = document.indexOf(">PRÉFET<");
    const motto = document.search(/<wp:docPr [^>]*descr="Liberté, Égalité, Fraternité"/);
    const service = document.indexOf("Secrétariat Général Commun");
    expect(emblem).toBeGreaterThan(-1);
    // Top left, in reading order: emblem, "PRÉFET / DE LA VIENNE", motto, then the service.
    expect(document.slice(0, emblem)).not.toMatch(/<w:t[ >]/);
    expect(emblem).toBeLessThan(name);
    expect(name).toBeLessThan(motto);
    expect(motto).toBeLessThan(service);
    expect(zipEntry(buffer, "word/_rels/document.xml.rels").match(/Target="media\/image\d+\.png"/g)).toHaveLength(2);
  });

  it("is set in Marianne by name, Arial its declared substitute, the font not embedded (the file stays editable)", async () => {
    const buffer = await renderConvocationDocx(vienneClu2021);
    const styles = zipEntry(buffer, "word/styles.xml");
    const fontTable = zipEntry(buffer, "word/fontTable.xml");
    expect(styles).toMatch(/<w:rPrDefault><w:rPr><w:rFonts w:ascii="Marianne" [^>]*w:hAnsi="Marianne"/);
    expect(styles).not.toContain('w:ascii="Arial"');
    expect(fontTable).toMatch(/<w:font w:name="Marianne"><w:altName w:val="Arial"\/>.*<w:family w:val="swiss"\/>/);
    expect(fontTable).not.toContain("w:embedRegular");
    expect(() => zipEntry(buffer, "word/fonts/font1.odttf")).toThrow();
  });

  it("reads back with the State letter envelope, the meeting and the whole agenda", async () => {
    const buffer = await renderConvocationDocx(vienneClu2021);
    const { text, html } = await readDocx(buffer);

    for (const expected of [
      "PRÉFET DE LA VIENNE Secrétariat Général Commun",
      "Secrétariat Général Commun Pôle Gouvernance Budgétaire et Performance Bureau Conseil en Gestion et Management",
      "Affaire suivie par : Nathalie MASSÉ Chargée de mission qualité Tél : 05 00 00 00 01 Mél : nathalie.masse@example.org",
      "Poitiers, le 15 avril 2021",
      "Mesdames et Messieurs les membres du comité local des usagers",
      "Objet : convocation à la séance du comité local des usagers du jeudi 6 mai 2021 à 14h30",
      "jeudi 6 mai 2021 à 14h30",
      "en audioconférence",
      "La fin de la séance est prévue à 15h50.",
      "Ordre du jour",
      "Présentation par Mme Angélique SAUVAIRE, cheffe de bureau du pôle accueils (Diaporama pages 6 et 7)",
      "Présentation par Mme Nathalie BRIONNET et Mme Nathalie MASSÉ (Diaporama pages 28 à 33)",
      "Durée prévue : 15 min",
      "Je vous prie d'agréer",
      "La préfète, Chantal CASTELNOT",
      "Liste des destinataires",
    ]) {
      expect(text).toContain(expected);
    }
    for (const item of flatten(vienneClu2021.agenda)) {
      expect(text).toContain(`${item.number} ${item.title}`);
    }
    for (const p of vienneClu2021.participants) expect(text).toContain(p.name);

    // Real Word headings: the agenda heading, items and sub-items are navigable.
    expect(html).toContain("<h1>Ordre du jour</h1>");
    expect(html).toMatch(/<h2>II\s+L'accueil en préfecture<\/h2>/);
    expect(html).toMatch(/<h3>a\)\s+L'accueil physique<\/h3>/);
    // The member list is a real bulleted list.
    expect(html).toMatch(/<ul><li><strong>Mme Chantal CASTELNOT<\/strong>, Préfète de la Vienne<\/li>/);
  });

  it("declares French, A4, the document title and the page numbers", async () => {
    const buffer = await renderConvocationDocx(vienneClu2021);
    const styles = zipEntry(buffer, "word/styles.xml");
    const document = zipEntry(buffer, "word/document.xml");
    const core = zipEntry(buffer, "docProps/core.xml");
    const footer = zipEntry(buffer, "word/footer1.xml");

    expect(styles).toMatch(/<w:rPrDefault><w:rPr>.*<w:lang w:val="fr-FR"\/>/);
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(document).toMatch(/<w:pgMar [^>]*w:left="1417"/);
    expect(core).toContain("<dc:title>Convocation — Comité local des usagers de la Vienne — jeudi 6 mai 2021</dc:title>");
    expect(core).toContain("<dc:creator>Préfecture de la Vienne</dc:creator>");
    expect(footer).toContain("PAGE");
    expect(footer).toContain("NUMPAGES");
    // No layout by runs of spaces.
    expect(document).not.toMatch(/<w:t[^>]*>[^<]* {3,}/);
  });

  it("prints the day alone without a start time, and signs by delegation for another chair", async () => {
    const { text } = await readDocx(await renderConvocationDocx(vosgesNoTime, { includeParticipantList: false }));
    expect(text).toContain("PRÉFET DES VOSGES");
    expect(text).toContain("Épinal, le 1er novembre 2022");
    expect(text).toContain(
      "Objet : convocation à la séance du comité local des usagers et de l'amélioration continue du jeudi 8 décembre 2022",
    );
    expect(text).not.toMatch(/8 décembre 2022 à \d/);
    expect(text).toContain("Grand Salon, Préfecture des Vosges, place Foch, Épinal, et en visioconférence");
    expect(text).toContain("Durée prévue : 1 h 30");
    expect(text).toContain(
      "Pour le préfet et par délégation, Le secrétaire général de la préfecture, David PERCHERON",
    );
    expect(text).not.toContain("Liste des destinataires");
    expect(normalize(text)).toContain("Point 3 Suggestions d'amélioration du service au public");
  });
});
