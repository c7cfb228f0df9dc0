import { describe, expect, it } from "vitest";
import {
  agendaItemDetails,
  agendaItemLabel,
  documentLongDate,
  formatMinutes,
  groupByCollege,
  issuingServiceLines,
  joinFrench,
  meetingWhen,
  parisCalendarDay,
  pdfSafe,
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

  it("signs as the prefect, or for the prefect by delegation", () => {
    expect(signatureLines("Mme Chantal CASTELNOT, Préfète de la Vienne")).toEqual({ lines: ["La préfète,"], name: "Chantal CASTELNOT" });
    expect(signatureLines("M. Jean DUPONT, préfet des Vosges")).toEqual({ lines: ["Le préfet,"], name: "Jean DUPONT" });
    expect(signatureLines("M. David PERCHERON, secrétaire général de la préfecture")).toEqual({
      lines: ["Pour le préfet et par délégation,", "Secrétaire général de la préfecture,"],
      name: "David PERCHERON",
    });
    expect(signatureLines(null)).toEqual({ lines: ["Pour le préfet et par délégation,"], name: null });
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
