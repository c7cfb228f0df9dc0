import { describe, expect, it } from "vitest";
import { renderAttendanceSheetPdf } from "@/lib/exports/attendance-sheet-pdf";
import { vienneClu2021, vosgesNoTime } from "@/tests/fixtures/meeting-document";
import { normalize, pdfFontNames, pdfPageStreams, readPdf } from "./read-back";

describe("attendance sheet PDF", () => {
  it("is set in Marianne and carries the bloc-marque's emblem on its first page", async () => {
    const buffer = await renderAttendanceSheetPdf(vosgesNoTime);
    expect(pdfFontNames(buffer)).toEqual(expect.arrayContaining(["Marianne-Bold", "Marianne-Regular"]));
    expect(pdfFontNames(buffer).some((name) => name.startsWith("Helvetica"))).toBe(false);
    const [first] = pdfPageStreams(buffer);
    expect(first).toMatch(/\b0 0 0\.5686\d* scn/);
    expect(first).toMatch(/\b0\.8823\d* 0 0\.0588\d* scn/);
  });

  it("lists every member under their college, over several pages with the table heading repeated", async () => {
    const pdf = await readPdf(await renderAttendanceSheetPdf(vienneClu2021));

    expect(pdf.text).toContain("PRÉFET DE LA VIENNE");
    expect(pdf.text).toContain("Feuille d'émargement");
    expect(pdf.text).toContain("Séance du jeudi 6 mai 2021 à 14h30");
    expect(pdf.text).toContain("Présidence Mme Chantal CASTELNOT, Préfète de la Vienne");

    expect(vienneClu2021.participants).toHaveLength(47);
    for (const p of vienneClu2021.participants) expect(pdf.text).toContain(normalize(p.name));
    const state = pdf.text.indexOf("Représentants des services de l'État");
    const users = pdf.text.indexOf("Représentants des usagers");
    expect(state).toBeGreaterThan(-1);
    expect(users).toBeGreaterThan(state);
    expect(pdf.text.indexOf("M. Eric ROSE")).toBeGreaterThan(state);
    expect(pdf.text.indexOf("M. Eric ROSE")).toBeLessThan(users);
    expect(pdf.text.indexOf("M. Jacky ROY")).toBeGreaterThan(users);

    expect(pdf.total).toBeGreaterThan(1);
    pdf.pages.forEach((page, i) => {
      expect(page).toContain("Nom Fonction / organisme Signature");
      expect(page).toContain(`Page ${i + 1} / ${pdf.total}`);
    });
    expect(pdf.pages[pdf.total - 1]).toContain("Participants non inscrits sur la liste");
    expect(pdf.info.Title).toBe("Feuille d'émargement — Comité local des usagers de la Vienne — jeudi 6 mai 2021");
    expect(pdf.info.Language).toBe("fr-FR");
  });

  it("fits a small meeting on one page, members without a college last", async () => {
    const pdf = await readPdf(await renderAttendanceSheetPdf(vosgesNoTime, { blankRows: 3 }));
    expect(pdf.total).toBe(1);
    expect(pdf.text).toContain("Séance du jeudi 8 décembre 2022");
    expect(pdf.text).not.toMatch(/8 décembre 2022 à \d/);
    expect(pdf.text.indexOf("Autres participants")).toBeGreaterThan(pdf.text.indexOf("Mme Monique VAUTHIER"));
    expect(pdf.text).toContain("Maire, représentant l'association des maires ruraux");
    expect(pdf.pages[0]).toContain("Page 1 / 1");
  });
});
