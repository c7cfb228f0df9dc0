import { describe, expect, it } from "vitest";
import {
  agendaItemDetails,
  agendaItemLabel,
  documentFileBase,
  documentLongDate,
  formatMinutes,
  groupByCollege,
  issuingServiceLines,
  joinFrench,
  meetingSignature,
  meetingWhen,
  parisCalendarDay,
  pdfSafe,
  prefectTitleFromHeader,
  signatureLines,
  stateHeaderLines,
} from "@/lib/exports/format";
import { parisLocalToDate } from "@/lib/format";
import { vienneClu2021, vosgesNoTime } from "@/tests/fixtures/meeting-document";

describe("document wording", () => {
  it("splits the State header and the issuing service as the letterhead prints them", () => {
    expect(stateHeaderLines("PRÉFET DE LA VIENNE")).toEqual(["PRÉFET", "DE LA VIENNE"]);
    expect(stateHeaderLines("PRÉFÈTE DES VOSGES")).toEqual(["PRÉFÈTE", "DES VOSGES"]);
    expect(issuingServiceLines("Secrétariat général — Cellule performance")).toEqual(["Secrétariat général", "Cellule performance"]);
    expect(issuingServiceLines(null)).toEqual([]);
  });

  it("dates the meeting with or without its time, 1er for the first day", () => {
    expect(meetingWhen(vienneClu2021.meeting)).toBe("jeudi 6 mai 2021 à 14h30");
    expect(meetingWhen(vosgesNoTime.meeting)).toBe("jeudi 8 décembre 2022");
    expect(documentLongDate(parisLocalToDate("2021-06-01T09:30"))).toBe("mardi 1er juin 2021");
    expect(documentLongDate(parisLocalToDate("2021-06-11T09:30"))).toBe("vendredi 11 juin 2021");
    expect(parisCalendarDay(new Date("2022-12-07T23:00:00Z"))).toEqual([2022, 12, 8]);
  });

  it("writes presenters, slides and durations", () => {
    expect(joinFrench(["A", "B", "C"])).toBe("A, B et C");
    expect(joinFrench(["Mme X, cheffe", "M. Y"])).toBe("Mme X, cheffe et M. Y");
    expect(formatMinutes(45)).toBe("45 min");
    expect(formatMinutes(60)).toBe("1 h");
    expect(formatMinutes(95)).toBe("1 h 35");
    const item = { number: "b)", title: "T", presenters: [], slideReference: "Diaporama page 5", plannedMinutes: null, children: [] };
    expect(agendaItemDetails(item)).toEqual(["(Diaporama page 5)"]);
    expect(agendaItemLabel(item)).toBe("b) T");
    expect(agendaItemLabel({ ...item, number: "IV" })).toBe("IV – T");
  });

  it("signs as the prefect herself without any delegation formula", () => {
    for (const prefect of ["préfet", "préfète"] as const) {
      expect(signatureLines("Mme Chantal CASTELNOT, Préfète de la Vienne", prefect)).toEqual({ lines: ["La préfète,"], name: "Chantal CASTELNOT" });
      expect(signatureLines("M. Jean DUPONT, préfet des Vosges", prefect)).toEqual({ lines: ["Le préfet,"], name: "Jean DUPONT" });
      expect(signatureLines("Mme Chantal CASTELNOT, Préfète", prefect)).toEqual({ lines: ["La préfète,"], name: "Chantal CASTELNOT" });
    }
    const text = signatureLines("Mme Chantal CASTELNOT, Préfète de la Vienne", "préfète").lines.join(" ");
    expect(text).not.toContain("délégation");
    expect(text).not.toContain("Pour ");
  });

  it("signs for the prefect by delegation, la préfète or le préfet, with the signatory's article", () => {
    expect(signatureLines("Mme Émilie MARTIN, secrétaire générale", "préfète")).toEqual({
      lines: ["Pour la préfète et par délégation,", "La secrétaire générale,"],
      name: "Émilie MARTIN",
    });
    expect(signatureLines("Mme Émilie MARTIN, secrétaire générale", "préfet")).toEqual({
      lines: ["Pour le préfet et par délégation,", "La secrétaire générale,"],
      name: "Émilie MARTIN",
    });
    expect(signatureLines("M. David PERCHERON, secrétaire général de la préfecture", "préfète")).toEqual({
      lines: ["Pour la préfète et par délégation,", "Le secrétaire général de la préfecture,"],
      name: "David PERCHERON",
    });
    expect(signatureLines("M. David PERCHERON, secrétaire général de la préfecture")).toEqual({
      lines: ["Pour le préfet et par délégation,", "Le secrétaire général de la préfecture,"],
      name: "David PERCHERON",
    });
    // A sub-prefect or a "préfet délégué" is not the prefect of the department.
    expect(signatureLines("Mme Anne DURAND, sous-préfète de Châtellerault", "préfète").lines).toEqual([
      "Pour la préfète et par délégation,",
      "La sous-préfète de Châtellerault,",
    ]);
    expect(signatureLines("M. Paul PETIT, préfet délégué pour l'égalité des chances", "préfet").lines[0]).toBe(
      "Pour le préfet et par délégation,",
    );
    expect(signatureLines("Mme Anne DURAND, adjointe au secrétaire général", "préfet").lines[1]).toBe("L'adjointe au secrétaire général,");
    expect(signatureLines("Mme Anne DURAND, La directrice de cabinet", "préfet").lines[1]).toBe("La directrice de cabinet,");
    expect(signatureLines("Anne DURAND, directrice de cabinet", "préfet").lines[1]).toBe("Directrice de cabinet,");
    expect(signatureLines(null, "préfète")).toEqual({ lines: ["Pour la préfète et par délégation,"], name: null });
    expect(signatureLines(null)).toEqual({ lines: ["Pour le préfet et par délégation,"], name: null });
  });

  it("takes the prefect's title from the State header when it says PRÉFÈTE, else le préfet", () => {
    expect(prefectTitleFromHeader("PRÉFÈTE DE LA VIENNE")).toBe("préfète");
    expect(prefectTitleFromHeader("PREFETE DES VOSGES")).toBe("préfète");
    expect(prefectTitleFromHeader("PRÉFET DE LA VIENNE")).toBe("préfet");
    expect(meetingSignature({ ...vosgesNoTime, prefecture: { ...vosgesNoTime.prefecture, stateHeader: "PRÉFÈTE DES VOSGES" } }).lines).toEqual([
      "Pour la préfète et par délégation,",
      "Le secrétaire général de la préfecture,",
    ]);
    expect(meetingSignature(vienneClu2021).lines).toEqual(["La préfète,"]);
  });

  it("names files after the meeting's day in Paris, never the UTC day", () => {
    // vosgesNoTime starts at 2022-12-07T23:00Z: midnight on 8 December in Paris.
    expect(documentFileBase("convocation", vosgesNoTime)).toBe("convocation-clu-clac-vosges-2022-12-08");
    expect(documentFileBase("feuille-emargement", vienneClu2021)).toBe("feuille-emargement-clu-vienne-2021-05-06");
    const lateEvening = { ...vienneClu2021, meeting: { ...vienneClu2021.meeting, startsAt: parisLocalToDate("2021-06-01T00:30") } };
    expect(documentFileBase("seance", lateEvening)).toBe("seance-clu-vienne-2021-06-01");
    const accents = { ...vienneClu2021, prefecture: { ...vienneClu2021.prefecture, name: "Côtes-d'Armor" } };
    expect(documentFileBase("seance", accents)).toMatch(/^seance-clu-cotes-d-armor-\d{4}-\d{2}-\d{2}$/);
  });

  it("groups members by college in print order, members without a college last", () => {
    const groups = groupByCollege(vosgesNoTime.participants);
    expect(groups.map((g) => g.title)).toEqual(["Représentants des services de l'État", "Représentants des usagers", "Autres participants"]);
    expect(groupByCollege(vienneClu2021.participants).map((g) => g.participants.length)).toEqual([18, 29]);
  });

  it("maps characters the PDF standard fonts lack", () => {
    expect(pdfSafe("8,98\u202f% ✓ a\u2011b")).toBe("8,98\u00a0% • a-b");
    expect(pdfSafe("Cœur « ça » — l’été…")).toBe("Cœur « ça » — l’été…");
  });
});
