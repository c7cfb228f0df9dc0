// The compte rendu of the seeded Vienne meeting of 6 May 2021, exported as DOCX and PDF from
// the database (not a fixture) and read back with real readers (mammoth, pdf-parse): every
// participant's name, every agenda heading, every intervention's asker and the signatory are
// in both files, as the database holds them.
import { beforeAll, describe, expect, it } from "vitest";
import { renderMinutesDocx, renderMinutesPdf } from "@/lib/exports";
import { formatPersonName } from "@/lib/format";
import { findMinutesDocument } from "@/lib/minutes/queries";
import { normalize, readDocx, readPdf } from "@/tests/unit/exports/read-back";
import { testDb, withDemoData } from "./support";

const db = testDb();

let docxText = "";
let pdfText = "";
let expected: { participants: string[]; agenda: string[]; askers: string[]; signatory: string };

beforeAll(async () => {
  await withDemoData(db);
  const minutes = await db.minutes.findFirstOrThrow({
    where: { meeting: { prefecture: { code: "86" }, startsAt: new Date("2021-05-06T12:30:00Z") } },
    include: {
      meeting: {
        include: {
          attendances: { include: { person: true, organization: true } },
          agendaItems: true,
        },
      },
      sections: { include: { interventions: { include: { askerPerson: true, askerOrganization: true } } } },
    },
  });
  const document = await findMinutesDocument(minutes.meeting.prefectureId, minutes.id);
  if (!document) throw new Error("the seeded minutes were not found");
  const [docx, pdf] = await Promise.all([renderMinutesDocx(document), renderMinutesPdf(document)]);
  docxText = (await readDocx(docx)).text;
  pdfText = (await readPdf(pdf)).text;
  expected = {
    participants: minutes.meeting.attendances.map((a) => (a.person ? formatPersonName(a.person) : (a.seatLabel ?? a.organization?.name ?? ""))),
    agenda: minutes.meeting.agendaItems.map((i) => i.title),
    askers: minutes.sections.flatMap((s) => s.interventions.map((i) => (i.askerPerson ? formatPersonName(i.askerPerson) : (i.askerOrganization?.name ?? i.askerLabel ?? "")))),
    signatory: minutes.signatoryName ?? "",
  };
}, 120_000);

describe("the seeded Vienne 2021 compte rendu, exported and read back", () => {
  it("has the facts to look for (the seed is what we think it is)", () => {
    expect(expected.participants.length).toBeGreaterThan(30);
    expect(expected.agenda.length).toBeGreaterThan(8);
    expect(expected.askers.length).toBeGreaterThan(5);
    expect(expected.signatory).toBe("Chantal CASTELNOT");
  });

  for (const format of ["DOCX", "PDF"] as const) {
    const text = () => (format === "DOCX" ? docxText : pdfText);
    it(`${format}: every participant, agenda heading, intervention's asker and the signatory`, () => {
      const missing = [...expected.participants, ...expected.agenda, ...expected.askers, expected.signatory]
        .map(normalize)
        .filter((needle) => needle && !text().includes(needle));
      expect(missing).toEqual([]);
    });
  }
});
