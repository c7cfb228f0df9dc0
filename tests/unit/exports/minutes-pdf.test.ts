import { describe, expect, it } from "vitest";
import { renderMinutesPdf } from "@/lib/exports/minutes-pdf";
import type { MinutesAgendaEntry, MinutesDocument } from "@/lib/minutes/domain";
import { charenteWithCoverLetter, vienneMinutes2021, vosgesConclusions2022 } from "@/tests/fixtures/minutes-document";
import { normalize, pdfFontNames, pdfPageStreams, readPdf } from "./read-back";

function flatten(entries: readonly MinutesAgendaEntry[]): MinutesAgendaEntry[] {
  return entries.flatMap((entry) => [entry, ...flatten(entry.children)]);
}

const people = (document: MinutesDocument) =>
  document.attendance.flatMap((group) => group.colleges.flatMap((college) => college.lines.map((line) => line.name)));

/** Blue France #000091 as pdfkit writes a fill colour. */
const BLUE_FILL = /\b0 0 0\.5686\d* scn/;

describe("minutes PDF", () => {
  it("is set in Marianne, opens with the bloc-marque and numbers its pages 'Page n sur N'", async () => {
    const buffer = await renderMinutesPdf(vienneMinutes2021);
    expect(pdfFontNames(buffer)).toEqual(["Marianne-Bold", "Marianne-BoldItalic", "Marianne-Regular", "Marianne-RegularItalic"]);
    const [first] = pdfPageStreams(buffer);
    expect(first?.search(BLUE_FILL)).toBeGreaterThan(-1);
    expect(first?.search(BLUE_FILL)).toBeLessThan(first?.search(/\bBT\b/) ?? -1);

    const pdf = await readPdf(buffer);
    expect(pdf.total).toBeGreaterThan(1);
    pdf.pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} sur ${pdf.total}`));
    // The running header: every page but the first.
    expect(pdf.pages[0]).not.toContain("Compte rendu — CLU de la Vienne — 6 mai 2021");
    for (const page of pdf.pages.slice(1)) expect(page).toContain("Compte rendu — CLU de la Vienne — 6 mai 2021");
  });

  it("reads back with every participant, agenda heading, asker, responder and the signatory", async () => {
    const pdf = await readPdf(await renderMinutesPdf(vienneMinutes2021));
    for (const expected of [
      "PRÉFET DE LA VIENNE Secrétariat Général Commun",
      "Affaire suivie par : Nathalie MASSÉ",
      "Poitiers, le 14 juin 2021",
      "Compte rendu du Comité Local des Usagers du jeudi 6 mai 2021 à 14h30",
      "Présidence : Mme Chantal CASTELNOT, Préfète de la Vienne",
      "M. Nicolas CHASSAING, association le « Toit du Monde »",
      "Présentation par Mme SAUVAIRE (Diaporama pages 6 et 7)",
      "Aucune observation n'est formulée.",
      "Canal Accusé de réception Réponse de fond Courriel 2 jours ouvrés 15 jours ouvrés",
      "• le courrier de réponse à une demande d'information ;",
      "1. enregistrement dans le tableau de suivi ; 2. accusé de réception à l'usager ; 3. réponse de fond",
      "pref-courrier@example.org ou consulter le site www.vienne.gouv.fr.",
      "Conclusions Le tableau de suivi des demandes sera tenu à jour dès 2021.",
      "la séance est levée à 15h50.",
      "La préfète, Chantal CASTELNOT",
      "Annexe : témoignage du Pimms Médiation France Services Poitiers",
    ]) {
      expect(pdf.text).toContain(expected);
    }
    for (const name of people(vienneMinutes2021)) expect(pdf.text).toContain(name);
    for (const entry of flatten(vienneMinutes2021.agenda)) expect(pdf.text).toContain(normalize(`${entry.number} ${entry.title}`));
    for (const section of vienneMinutes2021.sections) {
      expect(pdf.text).toContain(normalize(section.number ? `${section.number}${/\)$/.test(section.number) ? "" : " –"} ${section.title}` : section.title));
      for (const intervention of section.interventions) {
        expect(pdf.text).toContain(normalize(`${intervention.asker} (${intervention.kindLabel.toLowerCase()}) : ${intervention.text}`));
        for (const answer of intervention.answers) expect(pdf.text).toContain(normalize(`Réponse de ${answer.responder} : ${answer.text}`));
      }
    }
  });

  it("sets the title, author, language metadata and an outline of the headings", async () => {
    const buffer = await renderMinutesPdf(vienneMinutes2021);
    const pdf = await readPdf(buffer);
    expect(pdf.info.Title).toBe(vienneMinutes2021.title);
    expect(pdf.info.Author).toBe("Préfecture de la Vienne");
    expect(pdf.info.Language).toBe("fr-FR");
    const raw = buffer.toString("latin1");
    expect(raw).toMatch(/\/PageMode \/UseOutlines/);
    expect(raw).toMatch(/\/Outlines \d+ 0 R/);
    expect(raw).toContain("/Title (Ordre du jour)");
    expect(raw).toContain("/Title (Annexe)");
  });

  it("prints a relevé de conclusions with the conclusions only", async () => {
    const pdf = await readPdf(await renderMinutesPdf(vosgesConclusions2022));
    expect(pdf.text).toContain("Point 1 – labellisation Qual-e-pref : engagements et plan d'actions La préfecture a obtenu le label Qual-e-Pref le 20 octobre 2022.");
    expect(pdf.text).toContain("L'appui aux téléprocédures de séjour reste confié au seul bureau des migrations et de l'intégration.");
    expect(pdf.text).toContain(`${vosgesConclusions2022.title} Version corrigée le 3 janvier 2023`);
    expect(pdf.text).toContain("Pour le préfet et par délégation, Le secrétaire général, David PERCHERON");
    for (const absent of ["Récit du point", "Mme Monique VAUTHIER (question)", "Leur aide se limite", "Présentation par la référente qualité", "Aucune observation"]) {
      expect(pdf.text).not.toContain(absent);
    }
  });

  it("puts the cover letter on the first page when asked, and leaves it out otherwise", async () => {
    const withLetter = await readPdf(await renderMinutesPdf(charenteWithCoverLetter));
    expect(withLetter.pages[0]).toContain("Madame, Monsieur, Je vous prie de trouver ci-joint le compte rendu");
    expect(withLetter.pages[0]).not.toContain("Présidence :");
    expect(withLetter.pages[1]).toContain(`${charenteWithCoverLetter.title} Référence`);

    const without = await readPdf(await renderMinutesPdf(charenteWithCoverLetter, { coverLetter: false }));
    expect(without.text).not.toContain("Je vous prie de trouver ci-joint");
    expect(without.pages[0]).toContain(charenteWithCoverLetter.title);
    expect(without.pages[0]).toContain("Présidence : Mme Nathalie VALLEIX, secrétaire générale");
  });
});
