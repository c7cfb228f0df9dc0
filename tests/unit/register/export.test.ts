// The register's export (pure): the CSV has the import's columns, French dates and words, a
// BOM and ";" — and reads back through the import into the same entries (the round trip that
// lets an exported register be re-imported with no new line); the XLSX has the same table.
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { registerFileName, registerToCsv, registerToXlsx, type RegisterExportRow } from "@/lib/register/export";
import { parseRegisterCsv, REGISTER_CSV_COLUMNS } from "@/lib/register/import";

const rows: RegisterExportRow[] = [
  {
    reference: "2021-006",
    receivedOn: "2021-03-01",
    channel: "EMAIL",
    type: "INFORMATION",
    subject: "Renouvellement d'un titre de séjour; pièces « manquantes »",
    service: "Bureau de l'immigration",
    acknowledgedOn: "2021-03-01",
    holdingReplyOn: "2021-03-03",
    announcedDelayDays: 30,
    answeredOn: "2021-03-25",
  },
  { reference: null, receivedOn: "2021-02-15", channel: "SUGGESTION_BOX", type: "SUGGESTION", subject: "Installer un distributeur de tickets", service: null, acknowledgedOn: null, holdingReplyOn: null, announcedDelayDays: null, answeredOn: null },
];

describe("registerToCsv", () => {
  it("writes the import's header, French dates and labels, with a BOM and CRLF", () => {
    const csv = registerToCsv(rows);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toBe(REGISTER_CSV_COLUMNS.map((c) => c.header).join(";"));
    expect(lines[1]).toContain("01/03/2021;Courriel;Demande d'information;");
    expect(lines[2]).toBe(";15/02/2021;Boîte à suggestions;Suggestion;Installer un distributeur de tickets;;;;;");
  });

  it("reads back through the import into the same entries (a subject holding ; and quotes included)", () => {
    const parsed = parseRegisterCsv(registerToCsv(rows).slice(1), "2026-01-01");
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.lines.map((l) => l.entry)).toEqual(rows);
    expect(parsed.repeated).toEqual([]);
  });

  it("an empty register is its header alone", () => {
    expect(registerToCsv([])).toBe(`\uFEFF${REGISTER_CSV_COLUMNS.map((c) => c.header).join(";")}\r\n`);
  });
});

describe("registerToXlsx", () => {
  it("one sheet 'Registre': the header, dates as dates, the delay as a number", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await registerToXlsx(rows)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Registre");
    expect(sheet?.getRow(1).getCell(2).value).toBe("Date de réception");
    expect(sheet?.getRow(2).getCell(2).value).toEqual(new Date("2021-03-01T00:00:00Z"));
    expect(sheet?.getRow(2).getCell(2).numFmt).toBe("dd/mm/yyyy");
    expect(sheet?.getRow(2).getCell(9).value).toBe(30);
    expect(sheet?.getRow(3).getCell(3).value).toBe("Boîte à suggestions");
    expect(sheet?.rowCount).toBe(3);
  });
});

describe("registerFileName", () => {
  it("names the prefecture and the range", () => {
    expect(registerFileName("86", "csv", { from: "2021-01-01", to: "2021-12-31" })).toBe("registre-86-du-2021-01-01-au-2021-12-31.csv");
    expect(registerFileName("86", "xlsx")).toBe("registre-86.xlsx");
  });
});
