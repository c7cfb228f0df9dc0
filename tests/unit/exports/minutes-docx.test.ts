import { describe, expect, it } from "vitest";
import { renderMinutesDocx } from "@/lib/exports/minutes-docx";
import type { MinutesAgendaEntry, MinutesDocument } from "@/lib/minutes/domain";
import { charenteWithCoverLetter, vienneMinutes2021, vosgesConclusions2022 } from "@/tests/fixtures/minutes-document";
import { normalize, readDocx, zipEntry } from "./read-back";

function flatten(entries: readonly MinutesAgendaEntry[]): MinutesAgendaEntry[] {
  return entries.flatMap((entry) => [entry, ...flatten(entry.children)]);
}

const people = (document: MinutesDocument) =>
  document.attendance.flatMap((group) => group.colleges.flatMap((college) => college.lines.map((line) => line.name)));

describe("minutes DOCX", () => {
  it("reads back with the envelope, every participant, agenda heading, asker, responder and the signatory", async () => {
    const { text } = await readDocx(await renderMinutesDocx(vienneMinutes2021));
    for (const expected of [
      "PRÉFET DE LA VIENNE Secrétariat Général Commun",
      "Affaire suivie par : Nathalie MASSÉ Chargée de mission qualité Tél : 05 00 00 00 01 Mél : nathalie.masse@example.org",
      "Poitiers, le 14 juin 2021",
      "Compte rendu du Comité Local des Usagers du jeudi 6 mai 2021 à 14h30",
      "Jeudi 6 mai 2021 à 14h30, en audioconférence",
      "Présidence : Mme Chantal CASTELNOT, Préfète de la Vienne",
      "Mme Nathalie MASSÉ, chargée de mission qualité",
      "Mme Anne-Laure JOUTEUX, cheffe de bureau de la communication interministérielle, représentée par Mme Nathalie BRIONNET",
      "Présentation par Mme SAUVAIRE (Diaporama pages 6 et 7)",
      "Aucune observation n'est formulée.",
      "L'ordre du jour étant épuisé, la séance est levée à 15h50.",
      "Une prochaine session est prévue en 2022.",
      "La préfète, Chantal CASTELNOT",
      "Annexe : témoignage du Pimms Médiation France Services Poitiers",
    ]) {
      expect(text).toContain(expected);
    }
    for (const name of people(vienneMinutes2021)) expect(text).toContain(name);
    for (const entry of flatten(vienneMinutes2021.agenda)) expect(text).toContain(normalize(`${entry.number} ${entry.title}`));
    for (const section of vienneMinutes2021.sections) {
      for (const intervention of section.interventions) {
        expect(text).toContain(`${intervention.asker} (${intervention.kindLabel.toLowerCase()}) : ${intervention.text}`);
        for (const answer of intervention.answers) expect(text).toContain(`Réponse de ${answer.responder} : ${answer.text}`);
      }
    }
    // In the seed's order: attendance, agenda, sections, closing, signature, annexes.
    const order = ["Présents", "Excusé(e)s", "Absent(e)s", "Ordre du jour", "I – Le Comité Local", "VI – La Direction", "la séance est levée", "Chantal CASTELNOT Annexe"];
    const positions = order.map((s) => text.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("writes real Word headings, lists, tables, marks and links", async () => {
    const read = await readDocx(await renderMinutesDocx(vienneMinutes2021));
    expect(read.html).toContain(`<h1>${vienneMinutes2021.title}</h1>`);
    expect(read.html).toContain("<h2>Présents</h2>");
    expect(read.html).toContain(`<h3>Représentants des services de l'État</h3>`);
    expect(read.html).toContain("<h2>Ordre du jour</h2>");
    expect(read.html).toContain(`<h2>II – L'accueil en préfecture</h2>`);
    expect(read.html).toContain(`<h3>a) L'accueil physique</h3>`);
    expect(read.html).toContain("<h2>VI – La Direction Départementale de ");
    // The body's level-3 heading stays a heading.
    expect(read.html).toContain("<h3>Délais de réponse annoncés</h3>");
    expect(read.html).toMatch(/<ul><li>le courrier de réponse à une demande d'information ;<\/li><li>/);
    expect(read.html).toMatch(/<ol><li>enregistrement dans le tableau de suivi ;<\/li><li>accusé de réception/);
    expect(read.html).toMatch(/<table><thead><tr><th><p><strong>Canal<\/strong><\/p><\/th>/);
    expect(read.html).toMatch(/<\/thead><tbody><tr><td><p>Courriel<\/p><\/td><td><p>2 jours ouvrés<\/p><\/td>/);
    expect(read.html).toContain("<strong>formalisé</strong>");
    expect(read.html).toContain("<em>Qual-e-Pref</em>");
    expect(read.html).toContain('<a href="mailto:pref-courrier@example.org">pref-courrier@example.org</a><br />');
    expect(read.html).toContain('<a href="https://www.vienne.gouv.fr">www.vienne.gouv.fr</a>');
    // The attendance is a list too, names in bold.
    expect(read.html).toContain("<li><strong>M. Eric ROSE</strong>, directeur de l'office français");

    const document = zipEntry(await renderMinutesDocx(vienneMinutes2021), "word/document.xml");
    expect(document).toMatch(/<w:u w:val="single"\/>/);
    expect(document).not.toMatch(/<w:t[^>]*>[^<]* {3,}/);
  });

  it("numbers each list from its own start", async () => {
    const { html: out } = await readDocx(
      await renderMinutesDocx({
        ...vosgesConclusions2022,
        sections: [
          {
            ...vosgesConclusions2022.sections[0]!,
            conclusions: {
              type: "doc",
              content: [
                { type: "orderedList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "premier" }] }] }] },
                { type: "paragraph", content: [{ type: "text", text: "entre deux" }] },
                { type: "orderedList", attrs: { start: 4 }, content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "quatrième" }] }] }] },
              ],
            },
          },
        ],
      }),
    );
    expect(out).toContain("<ol><li>premier</li></ol>");
    expect(out).toContain("<ol><li>quatrième</li></ol>");
  });

  it("prints a relevé de conclusions with the conclusions only, and the correction line under the title", async () => {
    const { text, html: out } = await readDocx(await renderMinutesDocx(vosgesConclusions2022));
    expect(text).toContain("La préfecture a obtenu le label Qual-e-Pref le 20 octobre 2022.");
    expect(text).toContain("L'appui aux téléprocédures de séjour reste confié au seul bureau des migrations et de l'intégration.");
    expect(out).toContain("<strong>20 octobre 2022</strong>");
    expect(out).toContain("<h2>Point 1 – labellisation Qual-e-pref : engagements et plan d'actions</h2>");
    for (const absent of ["Récit du point", "Mme Monique VAUTHIER (question)", "Leur aide se limite", "Présentation par la référente qualité", "Aucune observation"]) {
      expect(text).not.toContain(absent);
    }
    // Participants are still listed.
    expect(text).toContain("Mme Monique VAUTHIER, représentante de l'UDAF");
    expect(text).toContain("Mme Marie-Chantal SCHNEIDER, représentante de la délégation départementale de l'APF France Handicap, en visioconférence");
    expect(text).toContain("Pour le préfet et par délégation, Le secrétaire général, David PERCHERON");
    const title = text.indexOf(vosgesConclusions2022.title);
    const correction = text.indexOf("Version corrigée le 3 janvier 2023 : orthographe d'un nom au point 1.");
    expect(title).toBeGreaterThan(-1);
    expect(correction).toBeGreaterThan(title);
    expect(correction - title).toBeLessThan(vosgesConclusions2022.title.length + 5);
  });

  it("puts the cover letter first when asked, and leaves it out otherwise", async () => {
    const withLetter = await readDocx(await renderMinutesDocx(charenteWithCoverLetter));
    const letter = withLetter.text.indexOf("Madame, Monsieur, Je vous prie de trouver ci-joint le compte rendu");
    expect(letter).toBeGreaterThan(-1);
    expect(letter).toBeLessThan(withLetter.text.indexOf(`${charenteWithCoverLetter.title} Référence`));
    expect(withLetter.text.indexOf("Objet : Compte rendu du comité local des usagers du mardi 5 avril 2022")).toBeLessThan(letter);
    // The minutes start on a page of their own.
    expect(zipEntry(await renderMinutesDocx(charenteWithCoverLetter), "word/document.xml")).toContain("<w:pageBreakBefore/>");

    const without = await readDocx(await renderMinutesDocx(charenteWithCoverLetter, { coverLetter: false }));
    expect(without.text).not.toContain("Je vous prie de trouver ci-joint");
    expect(without.text).not.toContain("Objet :");
    expect(without.text).toContain(charenteWithCoverLetter.title);
    expect(without.text).toContain("UDAF 16, Union Départementale des Associations Familiales de la Charente (absent excusé)");
  });

  it("declares French, A4, the title, a running header after the first page and 'Page n sur N'", async () => {
    const buffer = await renderMinutesDocx(vienneMinutes2021);
    const styles = zipEntry(buffer, "word/styles.xml");
    const document = zipEntry(buffer, "word/document.xml");
    const core = zipEntry(buffer, "docProps/core.xml");
    expect(styles).toMatch(/<w:rPrDefault><w:rPr>.*<w:lang w:val="fr-FR"\/>/);
    expect(styles).toMatch(/<w:rFonts w:ascii="Marianne"/);
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(document).toContain("<w:titlePg/>");
    expect(core).toContain(`<dc:title>${vienneMinutes2021.title}</dc:title>`);
    const headers = [zipEntry(buffer, "word/header1.xml"), zipEntry(buffer, "word/header2.xml")];
    expect(headers.filter((h) => h.includes("Compte rendu — CLU de la Vienne — 6 mai 2021"))).toHaveLength(1);
    for (const name of ["word/footer1.xml", "word/footer2.xml"]) {
      const footer = zipEntry(buffer, name);
      expect(footer).toContain("Page ");
      expect(footer).toContain(" sur ");
      expect(footer).toContain("NUMPAGES");
    }
  });
});
