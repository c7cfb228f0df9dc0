/**
 * The register as a file: a French CSV in the import's own shape (the columns of
 * REGISTER_CSV_COLUMNS, `;`, dates JJ/MM/AAAA, channels and types in words, UTF-8 with a BOM
 * so Excel reads the accents) — an export imported back adds nothing (the import's
 * fingerprint finds every line) — and the same table as an XLSX workbook. PURE renderers:
 * the rows come from lib/register/queries (findRegisterExport).
 */
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { REGISTER_CSV_COLUMNS } from "@/lib/register/import";
import { REQUEST_CHANNEL_LABELS, REQUEST_TYPE_LABELS, type RequestChannel, type RequestType } from "@/lib/register/vocabulary";

export interface RegisterExportRow {
  reference: string | null;
  /** "YYYY-MM-DD", like every date below */
  receivedOn: string;
  channel: RequestChannel;
  type: RequestType;
  subject: string;
  service: string | null;
  acknowledgedOn: string | null;
  holdingReplyOn: string | null;
  announcedDelayDays: number | null;
  answeredOn: string | null;
}

/** "2021-05-06" → "06/05/2021" */
export function frenchDay(iso: string | null): string {
  return iso ? iso.split("-").reverse().join("/") : "";
}

/** One entry as the export writes it: the import's columns, in words and French dates. */
export function registerCells(row: RegisterExportRow): string[] {
  return REGISTER_CSV_COLUMNS.map((c) => {
    switch (c.field) {
      case "channel":
        return REQUEST_CHANNEL_LABELS[row.channel];
      case "type":
        return REQUEST_TYPE_LABELS[row.type];
      case "announcedDelayDays":
        return row.announcedDelayDays === null ? "" : String(row.announcedDelayDays);
      case "receivedOn":
      case "acknowledgedOn":
      case "holdingReplyOn":
      case "answeredOn":
        return frenchDay(row[c.field]);
      default:
        return row[c.field] ?? "";
    }
  });
}

/** The export's header line, the import's own column names. */
export const REGISTER_EXPORT_HEADERS: readonly string[] = REGISTER_CSV_COLUMNS.map((c) => c.header);

/** CSV text starting with a BOM (encode it as UTF-8), CRLF line ends as Excel writes them. */
export function registerToCsv(rows: readonly RegisterExportRow[]): string {
  const data = [[...REGISTER_EXPORT_HEADERS], ...rows.map(registerCells)];
  // quotes: false would break a subject holding ";" — Papa quotes only the cells that need it.
  return `\uFEFF${Papa.unparse(data, { delimiter: ";", newline: "\r\n" })}\r\n`;
}

const utcDay = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** One sheet "Registre": bold frozen header, dates as real Excel dates shown JJ/MM/AAAA, the delay as a number. */
export async function registerToXlsx(rows: readonly RegisterExportRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Portail des comités locaux des usagers";
  workbook.created = new Date();
  const sheet = workbook.addWorksheet("Registre", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = REGISTER_CSV_COLUMNS.map((c) => ({ header: c.header, width: c.field === "subject" ? 60 : c.field === "service" ? 30 : Math.max(14, c.header.length + 2) }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    const excelRow = sheet.addRow(
      REGISTER_CSV_COLUMNS.map((c) => {
        if (c.isDate) {
          const value = row[c.field as "receivedOn"];
          return value ? utcDay(value) : null;
        }
        if (c.field === "announcedDelayDays") return row.announcedDelayDays;
        if (c.field === "channel") return REQUEST_CHANNEL_LABELS[row.channel];
        if (c.field === "type") return REQUEST_TYPE_LABELS[row.type];
        return row[c.field as "subject"] ?? null;
      }),
    );
    REGISTER_CSV_COLUMNS.forEach((c, i) => {
      if (c.isDate) excelRow.getCell(i + 1).numFmt = "dd/mm/yyyy";
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** "registre-86-2021-01-01-au-2021-12-31.csv", "registre-86.xlsx" for the whole register. */
export function registerFileName(prefectureCode: string, extension: "csv" | "xlsx", range?: { from: string | null; to: string | null }): string {
  const from = range?.from ? `-du-${range.from}` : "";
  const to = range?.to ? `-au-${range.to}` : "";
  return `registre-${prefectureCode}${from}${to}.${extension}`;
}
