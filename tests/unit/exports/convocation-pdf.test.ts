import { describe, expect, it } from "vitest";
import { renderConvocationPdf } from "@/lib/exports/convocation-pdf";
import type { DocumentAgendaItem, MeetingDocumentData } from "@/lib/meetings/document-data";
import { vienneClu2021, vosgesNoTime } from "@/tests/fixtures/meeting-document";
import { normalize, pdfFontNames, pdfPageStreams, readPdf } from "./read-back";

function flatten(items: readonly DocumentAgendaItem[]): DocumentAgendaItem[] {
  return items.flatMap((item) => [item, ...flatten(item.children)]);
}

/** Fill colours as pdfkit writes them: blue France #000091, red Marianne #e1000f. */
const BLUE_FILL = /\b0 0 0\.5686\d* scn/;
const RED_FILL = /\b0\.8823\d* 0 0\.0588\d* scn/;

describe("convocation PDF", () => {
  it("is set in Marianne and opens with the bloc-marque: the emblem drawn before any text", async () => {
    const buffer = await renderConvocationPdf(vienneClu2021);
    expect(pdfFontNames(buffer)).toEqual(["Marianne-Bold", "Marianne-Regular", "Marianne-RegularItalic"]);
    const [first, ...others] = pdfPageStreams(buffer);
    const firstText = first?.search(/\bBT\b/) ?? -1;
    expect(first?.search(BLUE_FILL)).toBeGreaterThan(-1);
    expect(first?.search(BLUE_FILL)).toBeLessThan(firstText);
    expect(first?.search(RED_FILL)).toBeLessThan(firstText);
    // Once per document, at the top of its first page.
    for (const page of others) expect(page).not.toMatch(RED_FILL);
  });

  it("reads back with the State letter envelope, the meeting and the whole agenda", async () => {
    const pdf = await readPdf(await renderConvocationPdf(vienneClu2021));

    for (const expected of [
      "PRÉFET DE LA VIENNE Secrétariat Général Commun",
      "Secrétariat Général Commun Pôle Gouvernance Budgétaire et Performance Bureau Conseil en Gestion et Management",
      "Affaire suivie par : Nathalie MASSÉ Chargée de mission qualité Tél : 05 00 00 00 01 Mél : nathalie.masse@example.org",
      "Poitiers, le 15 avril 2021",
      "Mesdames et Messieurs les membres du comité local des usagers",
      "Objet : convocation à la séance du comité local des usagers du jeudi 6 mai 2021 à 14h30",
      "jeudi 6 mai 2021 à 14h30",
      "en audioconférence",
      "Ordre du jour",
      "Présentation par Mme Angélique SAUVAIRE, cheffe de bureau du pôle accueils (Diaporama pages 6 et 7)",
      "Durée prévue : 15 min",
      "La préfète, Chantal CASTELNOT",
      "Liste des destinataires",
      "M. Nicolas CHASSAING, association le « Toit du Monde »",
    ]) {
      expect(pdf.text).toContain(expected);
    }
    for (const item of flatten(vienneClu2021.agenda)) {
      expect(pdf.text).toContain(normalize(`${item.number} ${item.title}`));
    }
    for (const p of vienneClu2021.participants) expect(pdf.text).toContain(p.name);

    expect(pdf.total).toBeGreaterThan(1);
    pdf.pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} / ${pdf.total}`));
  });

  it("sets the title, author and language metadata", async () => {
    const pdf = await readPdf(await renderConvocationPdf(vienneClu2021));
    expect(pdf.info.Title).toBe("Convocation — Comité local des usagers de la Vienne — jeudi 6 mai 2021");
    expect(pdf.info.Author).toBe("Préfecture de la Vienne");
    expect(pdf.info.Language).toBe("fr-FR");
  });

  it("keeps French accents and typography intact in Marianne", async () => {
    const accents = "Cœur de la démarche : « qualité » – ça s'améliore, à l'été, Noël, ÉÈÀÇŒ’…";
    const data: MeetingDocumentData = {
      ...vosgesNoTime,
      agenda: [{ number: "Point 1", title: accents, presenters: [], slideReference: null, plannedMinutes: null, children: [] }],
      contact: { name: "Françoise GARÇON", role: "Chargée d'accueil", phone: "05\u202f00\u202f00\u202f00\u202f01", email: null },
    };
    const pdf = await readPdf(await renderConvocationPdf(data));
    expect(pdf.text).toContain(accents);
    expect(pdf.text).toContain("Affaire suivie par : Françoise GARÇON");
    // Marianne has no narrow no-break space: printed as a no-break space, not a missing glyph.
    expect(pdf.text).toContain("Tél : 05 00 00 00 01");
  });

  it("prints the day alone without a start time", async () => {
    const pdf = await readPdf(await renderConvocationPdf(vosgesNoTime, { includeParticipantList: false }));
    expect(pdf.text).toContain("du jeudi 8 décembre 2022");
    expect(pdf.text).not.toMatch(/8 décembre 2022 à \d/);
    expect(pdf.text).toContain("Pour le préfet et par délégation, Le secrétaire général de la préfecture, David PERCHERON");
    expect(pdf.text).not.toContain("Liste des destinataires");
  });
});
