// How the minutes word what the portal knows (lib/minutes/domain/composition.ts), checked
// against the way the seeds print it.
import { describe, expect, it } from "vitest";
import {
  attendanceGroups,
  closingLine,
  correctionLine,
  defaultDelegation,
  issuedLine,
  minutesTitle,
  presentationLine,
  sectionPlainText,
  signatureBlock,
  type AttendanceInput,
} from "@/lib/minutes/domain";
import { documentFromText, EMPTY_DOCUMENT } from "@/lib/rich-text";

// 6 May 2021, 14:30 in Paris (UTC+2)
const MAY_6_2021 = new Date("2021-05-06T12:30:00Z");

describe("minutesTitle", () => {
  const clu = { kind: "CLU" as const, name: "Comité local des usagers" };

  it("reads as the seed's title, in Paris time", () => {
    expect(minutesTitle("COMPTE_RENDU", clu, MAY_6_2021, true)).toBe("Compte rendu du comité local des usagers du jeudi 6 mai 2021 à 14h30");
  });

  it("says relevé de conclusions, and leaves the hour out when it is unknown", () => {
    expect(minutesTitle("RELEVE_DE_CONCLUSIONS", clu, MAY_6_2021, false)).toBe("Relevé de conclusions du comité local des usagers du jeudi 6 mai 2021");
  });

  it("falls back on the kind's label when the committee has no name", () => {
    expect(minutesTitle("COMPTE_RENDU", { kind: "CLU", name: "  " }, MAY_6_2021, false)).toBe("Compte rendu du comité local des usagers du jeudi 6 mai 2021");
  });

  it("keeps an acronym that opens the committee's name in capitals", () => {
    expect(minutesTitle("COMPTE_RENDU", { kind: "CLU", name: "CLU de la Vienne" }, MAY_6_2021, false)).toBe("Compte rendu du CLU de la Vienne du jeudi 6 mai 2021");
  });
});

const line = (over: Partial<AttendanceInput>): AttendanceInput => ({
  name: "X",
  function: null,
  organization: null,
  college: "USERS",
  status: "PRESENT",
  representedBy: null,
  remark: null,
  isChair: false,
  ...over,
});

describe("attendanceGroups", () => {
  const lines: AttendanceInput[] = [
    line({ name: "Mme Chantal CASTELNOT", function: "Préfète de la Vienne", college: "STATE", isChair: true }),
    line({ name: "M. Thierry PREMPAIN", organization: "UDAF de la Vienne", college: "USERS" }),
    line({ name: "M. Eric ROSE", function: "directeur de l'OFII", organization: "OFII", college: "STATE" }),
    line({ name: "Mme Agnès MOTTET", function: "directrice de la DDETS", college: "STATE", status: "REPRESENTED", representedBy: "M. Paul DUPONT" }),
    line({ name: "M. Jean MAIRE", college: "ELECTED", status: "EXCUSED", remark: "(absent excusé)" }),
    line({ name: "Mme Anne DISTANTE", college: "PROFESSIONALS", status: "REMOTE" }),
    line({ name: "Mme Sandy ABDELKADER", function: "chargée de mission performance", college: null }),
    line({ name: "M. Paul ABSENT", college: "USERS", status: "ABSENT" }),
  ];

  it("groups present, excused then absent; colleges in print order; the chair apart", () => {
    const groups = attendanceGroups(lines);
    expect(groups.map((g) => g.heading)).toEqual(["Présents", "Excusé(e)s", "Absent(e)s"]);
    expect(groups[0]?.colleges.map((c) => c.heading)).toEqual([
      "Représentants des services de l'État",
      "Représentants des usagers",
      "Professionnels",
      "Autres participants",
    ]);
    const names = groups.flatMap((g) => g.colleges.flatMap((c) => c.lines.map((l) => l.name)));
    expect(names).not.toContain("Mme Chantal CASTELNOT");
    expect(names).toHaveLength(lines.length - 1);
  });

  it("prints « représenté(e) par », remote attendance and remarks as notes; organisation after the function unless it repeats it", () => {
    const [present, excused, absent] = attendanceGroups(lines);
    const state = present?.colleges[0]?.lines;
    expect(state).toEqual([{ name: "M. Eric ROSE", detail: "directeur de l'OFII", note: null }]);
    expect(present?.colleges[1]?.lines).toEqual([{ name: "M. Thierry PREMPAIN", detail: "UDAF de la Vienne", note: null }]);
    expect(present?.colleges[2]?.lines).toEqual([{ name: "Mme Anne DISTANTE", detail: null, note: "à distance" }]);
    expect(excused?.colleges).toEqual([
      { heading: "Représentants des services de l'État", lines: [{ name: "Mme Agnès MOTTET", detail: "directrice de la DDETS", note: "représenté(e) par M. Paul DUPONT" }] },
      { heading: "Élus", lines: [{ name: "M. Jean MAIRE", detail: null, note: "(absent excusé)" }] },
    ]);
    expect(absent?.colleges).toEqual([{ heading: "Représentants des usagers", lines: [{ name: "M. Paul ABSENT", detail: null, note: null }] }]);
  });

  it("joins a function and a different organisation", () => {
    const [present] = attendanceGroups([line({ name: "Mme A", function: "présidente", organization: "UFC-Que Choisir" })]);
    expect(present?.colleges[0]?.lines[0]?.detail).toBe("présidente, UFC-Que Choisir");
  });

  it("gives no college heading when nobody has a college, and no empty group", () => {
    const groups = attendanceGroups([line({ name: "Mme A", college: null }), line({ name: "M. B", college: null, status: "ABSENT" })]);
    expect(groups).toEqual([
      { heading: "Présents", colleges: [{ heading: null, lines: [{ name: "Mme A", detail: null, note: null }] }] },
      { heading: "Absent(e)s", colleges: [{ heading: null, lines: [{ name: "M. B", detail: null, note: null }] }] },
    ]);
    expect(attendanceGroups([])).toEqual([]);
    expect(attendanceGroups([line({ isChair: true })])).toEqual([]);
  });
});

describe("presentationLine", () => {
  it("names one, two or more presenters and the slides", () => {
    expect(presentationLine(["Mme SAUVAIRE"], null)).toBe("Présentation par Mme SAUVAIRE");
    expect(presentationLine(["Mme SAUVAIRE", "M. ROSE"], "Diaporama pages 6 et 7")).toBe("Présentation par Mme SAUVAIRE et M. ROSE (diaporama pages 6 et 7)");
    expect(presentationLine(["Mme A", "M. B", "Mme C"], null)).toBe("Présentation par Mme A, M. B et Mme C");
  });

  it("prints the slides alone, and nothing without presenter nor slides", () => {
    expect(presentationLine([], "Diaporama page 3")).toBe("(diaporama page 3)");
    expect(presentationLine(["", ""], null)).toBeNull();
    expect(presentationLine([], null)).toBeNull();
  });
});

describe("closing, issue and correction lines", () => {
  it("closes the meeting at its Paris hour", () => {
    expect(closingLine(new Date("2021-05-06T13:50:00Z"))).toBe("L'ordre du jour étant épuisé, la séance est levée à 15h50.");
    expect(closingLine(null)).toBeNull();
  });

  it("prints place and date of issue only when both are known", () => {
    expect(issuedLine("Poitiers", new Date("2021-06-14T00:00:00Z"))).toBe("Poitiers, le 14 juin 2021");
    expect(issuedLine("Poitiers", null)).toBeNull();
    expect(issuedLine(null, new Date("2021-06-14T00:00:00Z"))).toBeNull();
  });

  it("says nothing for the first revision, and dates a correction with its note", () => {
    const at = new Date("2023-02-03T10:00:00Z");
    expect(correctionLine(1, at, "peu importe")).toBeNull();
    expect(correctionLine(2, at, "nom d'un participant rectifié")).toBe("Version corrigée (n° 2) du 3 février 2023 : nom d'un participant rectifié");
    expect(correctionLine(3, at, null)).toBe("Version corrigée (n° 3) du 3 février 2023.");
  });
});

describe("signatureBlock", () => {
  it("prints no delegation when the prefect signs herself or himself", () => {
    expect(signatureBlock("Chantal CASTELNOT", "La préfète", "Pour la préfète et par délégation,")).toEqual({ delegation: null, title: "La préfète", name: "Chantal CASTELNOT" });
    expect(signatureBlock("Jean DUPONT", "Le préfet de la Vienne", "Pour le préfet et par délégation,")).toMatchObject({ delegation: null });
  });

  it("keeps the delegation for anyone signing for the prefect", () => {
    expect(signatureBlock(" David PERCHERON ", " Le secrétaire général de la préfecture ", "Pour le préfet et par délégation,")).toEqual({
      delegation: "Pour le préfet et par délégation,",
      title: "Le secrétaire général de la préfecture",
      name: "David PERCHERON",
    });
    expect(signatureBlock("Anne B", "La sous-préfète de Châtellerault", "Pour la préfète et par délégation,")).toMatchObject({ delegation: "Pour la préfète et par délégation," });
    expect(signatureBlock("Anne B", "La secrétaire générale", "  ")).toMatchObject({ delegation: null });
  });

  it("is absent until both name and title are given", () => {
    expect(signatureBlock(null, "La préfète", null)).toBeNull();
    expect(signatureBlock("Chantal CASTELNOT", " ", null)).toBeNull();
  });

  it("derives the default delegation from the State header", () => {
    expect(defaultDelegation("PRÉFÈTE DE LA VIENNE")).toBe("Pour la préfète et par délégation,");
    expect(defaultDelegation("PRÉFET DES VOSGES")).toBe("Pour le préfet et par délégation,");
  });
});

describe("sectionPlainText", () => {
  it("holds the presentation, the narrative, who asked and answered, and the conclusions", () => {
    const text = sectionPlainText({
      presentation: "Présentation par Mme SAUVAIRE",
      body: documentFromText("Le taux de décroché progresse."),
      conclusions: documentFromText("Une enquête sera menée."),
      noQuestions: false,
      interventions: [{ asker: "M. Thierry PREMPAIN (UDAF)", text: "Quels délais ?", answers: [{ responder: "Mme Angélique SAUVAIRE", text: "Trois semaines." }] }],
    });
    expect(text.split("\n")).toEqual([
      "Présentation par Mme SAUVAIRE",
      "Le taux de décroché progresse.",
      "M. Thierry PREMPAIN (UDAF) : Quels délais ?",
      "Mme Angélique SAUVAIRE : Trois semaines.",
      "Une enquête sera menée.",
    ]);
  });

  it("records that no question was asked", () => {
    expect(sectionPlainText({ body: EMPTY_DOCUMENT, conclusions: EMPTY_DOCUMENT, noQuestions: true, interventions: [] })).toBe("Aucune observation n'est formulée.");
  });
});
