// The evidence pack's pure rules (issue 9 item 7): the year asked for, the files of a pack and
// their names (unique inside the ZIP), the French manifest, and the rows of the action plan,
// register and survey files.
import { registerRows } from "@/lib/evidence-pack/register-extract";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  actionPlanRows,
  csvLines,
  csvStart,
  evidencePackFileName,
  evidencePackManifest,
  packFiles,
  packYearChoices,
  parsePackYear,
  surveyRows,
  uniqueNames,
  type PackFacts,
} from "@/lib/evidence-pack";

const facts = (over: Partial<PackFacts> = {}): PackFacts => ({
  code: "88",
  year: 2022,
  prefectureName: "Vosges",
  yearlyReportFileBase: "bilan-indicateurs-2022-vosges",
  indicatorCount: 4,
  minutes: [
    { id: "m1", fileBase: "compte-rendu-clu-vosges-2022-12-08", title: "Comité local des usagers, séance du jeudi 8 décembre 2022" },
    { id: "m2", fileBase: "compte-rendu-clu-vosges-2022-12-08", title: "Comité local des usagers, séance du jeudi 8 décembre 2022" },
  ],
  actionCount: 1,
  registerEntryCount: 10_000,
  surveyCount: 0,
  ...over,
});

describe("the year of a pack", () => {
  it("defaults to the last complete year and refuses what is not a year of the portal", () => {
    expect(parsePackYear(null, 2026)).toBe(2025);
    expect(parsePackYear("", 2026)).toBe(2025);
    expect(parsePackYear("2022", 2026)).toBe(2022);
    expect(parsePackYear("2026", 2026)).toBe(2026);
    expect(parsePackYear("2027", 2026)).toBeNull();
    expect(parsePackYear("1989", 2026)).toBeNull();
    expect(parsePackYear("22", 2026)).toBeNull();
    expect(parsePackYear("2022 ", 2026)).toBeNull();
  });

  it("offers the years from the current one back to the first with data", () => {
    expect(packYearChoices(2026, 2021)).toEqual([2026, 2025, 2024, 2023, 2022, 2021]);
    expect(packYearChoices(2026, 2030)).toEqual([2026]);
  });
});

describe("the files of a pack", () => {
  it("lists the manifest first, then indicators, report, each minutes, action plan, register and surveys", () => {
    const files = packFiles(facts());
    expect(files.map((f) => f.name)).toEqual([
      "LISEZMOI.txt",
      "indicateurs-88-2022.xlsx",
      "bilan-indicateurs-2022-vosges.pdf",
      "comptes-rendus/compte-rendu-clu-vosges-2022-12-08.pdf",
      "comptes-rendus/compte-rendu-clu-vosges-2022-12-08-2.pdf",
      "plan-actions-88-2022.xlsx",
      "registre-88-2022.csv",
      "enquetes-88-2022.csv",
    ]);
    expect(files.filter((f) => f.kind === "minutes").map((f) => f.minutesId)).toEqual(["m1", "m2"]);
    // Already compressed formats are stored; text is deflated.
    expect(files.filter((f) => f.store).map((f) => f.name.split(".").pop())).toEqual(["xlsx", "pdf", "pdf", "pdf", "xlsx"]);
    expect(files.find((f) => f.kind === "register")?.title).toBe("Registre des demandes, suggestions et réclamations 2022 (10\u202f000 demandes)");
    expect(files.find((f) => f.kind === "actionPlan")?.title).toBe("Plan d'actions (1 action)");
    expect(evidencePackFileName("2A", 2022)).toBe("dossier-preuves-2A-2022.zip");
  });

  it("makes names unique without changing the first of each", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("a.pdf", "a-2.pdf", "b", "b.txt", "c.d.pdf"), { maxLength: 12 }), (names) => {
        const unique = uniqueNames(names);
        expect(new Set(unique).size).toBe(names.length);
        names.forEach((name, i) => {
          if (names.indexOf(name) === i && !names.slice(0, i).some((n, j) => unique[j] === name)) expect(unique[i]).toBe(name);
        });
      }),
    );
    expect(uniqueNames(["x.pdf", "x.pdf", "x.pdf"])).toEqual(["x.pdf", "x-2.pdf", "x-3.pdf"]);
  });
});

describe("the manifest", () => {
  it("says the prefecture, the period and every file, with Windows line ends", () => {
    const f = facts({ minutes: [] });
    const text = evidencePackManifest(f, packFiles(f), new Date("2023-02-01T09:00:00Z"));
    const lines = text.split("\r\n");
    expect(lines[0]).toBe("Dossier de preuves — Vosges (88) — année 2022");
    expect(text).toContain("Période couverte : du 1er janvier au 31 décembre 2022.");
    expect(text).toContain("le mercredi 1er février 2023.");
    expect(text).toContain("Contenu (6 fichiers) :");
    expect(text).toContain("- registre-88-2022.csv : Registre des demandes");
    expect(text).toContain("validés ou publiés (0)");
    expect(text).not.toMatch(/[^\r]\n/);
  });
});

describe("rows of the files written by the pack", () => {
  it("one action row with words for origin and status, dates as dates, engagements one per line", () => {
    const [row] = actionPlanRows([
      {
        title: "Signalétique du hall",
        origin: "AUDIT_FINDING",
        source: "Audit du label",
        engagements: [
          { code: "QEP-1.01", title: "Accueil" },
          { code: "QEP-1.06", title: "Signalétique" },
        ],
        owner: "SGC",
        dueOn: "2022-05-31",
        status: "DONE",
        result: "Panneaux posés",
        lastNote: { at: new Date("2022-10-03T22:30:00Z"), body: "Posés" },
      },
    ]);
    expect(row).toEqual([
      "Signalétique du hall",
      "Constat d'audit",
      "Audit du label",
      "QEP-1.01 Accueil\nQEP-1.06 Signalétique",
      "SGC",
      new Date("2022-05-31T00:00:00Z"),
      "Réalisée",
      "Panneaux posés",
      "Posés",
      new Date("2022-10-03T00:00:00Z"),
    ]);
  });

  it("French CSV: BOM and header, semicolons, quotes where needed, decimal comma", () => {
    expect(csvStart(["A", "B"])).toBe("\uFEFFA;B\r\n");
    expect(csvLines([["x;y", 12.5, null, 'il dit "oui"']])).toBe('"x;y";12,5;;"il dit ""oui"""\r\n');
    expect(csvLines([])).toBe("");
    const [entry] = registerRows([
      {
        reference: "R-1",
        receivedOn: "2022-03-14",
        channel: "EMAIL",
        type: "COMPLAINT",
        subject: "Attente",
        service: null,
        acknowledgedOn: "2022-03-14",
        holdingReplyOn: null,
        announcedDelayDays: null,
        answeredOn: "2022-03-18",
        deadline: "2022-03-21",
        statusText: "Répondu dans le délai",
      },
    ]);
    // The register export's cells (French dates, words), then the deadline and the state.
    expect(entry).toEqual(["R-1", "14/03/2022", "Courriel", "Réclamation", "Attente", "", "14/03/2022", "", "", "18/03/2022", "21/03/2022", "Répondu dans le délai"]);
  });

  it("one survey line per proposed answer, one for an open question without answers", () => {
    const rows = surveyRows([
      {
        title: "Enquête 2022",
        audience: "USERS",
        method: null,
        respondentsCount: 102,
        responseRate: null,
        questions: [
          { position: 1, text: "Satisfait ?", satisfactionRate: 95.14, options: [{ label: "Oui", count: 97, percent: 95.098 }, { label: "Non", count: 5, percent: 4.9 }] },
          { position: 2, text: "Remarques", satisfactionRate: null, options: [] },
        ],
      },
    ]);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual(["Enquête 2022", "Usagers", null, 102, null, 1, "Satisfait ?", "Oui", 97, 95.1, 95.1]);
    expect(rows[2]?.slice(5)).toEqual([2, "Remarques", null, null, null, null]);
  });
});
