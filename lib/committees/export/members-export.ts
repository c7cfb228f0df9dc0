/**
 * Members export: a committee's seats as CSV (UTF-8 with BOM, ";" — what French Excel opens
 * correctly with a double click) and as XLSX. The columns and value labels are those of the
 * import (lib/committees/import/members-csv.ts), so an exported file imports back unchanged:
 * the referent's round trip "export, fix in Excel, import into next year's committee" works.
 */
import ExcelJS from "exceljs";
import Papa from "papaparse";
import {
  CIVILITY_LABEL,
  COLLEGE_LABEL,
  MANDATE_LABEL,
  MEMBER_COLUMNS,
  ORGANIZATION_KIND_LABEL,
  escapeFormula,
  formatFrenchDate,
  type MemberField,
  type MemberRowData,
} from "@/lib/committees/import/members-csv";

/** One seat as plain data (the query flattens Member + Person + Organization into this). */
export type MemberExportRow = MemberRowData;

export const MEMBERS_EXPORT_HEADERS: readonly string[] = MEMBER_COLUMNS.map((c) => c.header);

/** A cell as text, labelled as the import accepts it. */
function cellText(row: MemberExportRow, field: MemberField): string {
  switch (field) {
    case "civility":
      return row.civility ? CIVILITY_LABEL[row.civility] : "";
    case "organizationKind":
      return row.organizationKind ? ORGANIZATION_KIND_LABEL[row.organizationKind] : "";
    case "college":
      return COLLEGE_LABEL[row.college];
    case "mandate":
      return MANDATE_LABEL[row.mandate];
    case "startsOn":
    case "endsOn":
      return row[field] ? formatFrenchDate(row[field]) : "";
    default:
      return row[field] ?? "";
  }
}

/** CSV text starting with a BOM; encode it as UTF-8 when sending it. */
export function membersToCsv(rows: readonly MemberExportRow[]): string {
  const data = rows.map((row) => MEMBER_COLUMNS.map((c) => escapeFormula(cellText(row, c.field))));
  return `\uFEFF${Papa.unparse({ fields: [...MEMBERS_EXPORT_HEADERS], data }, { delimiter: ";", newline: "\r\n" })}\r\n`;
}

const DATE_FIELDS = new Set<MemberField>(["startsOn", "endsOn"]);

/**
 * XLSX workbook with one "Membres" sheet: bold frozen header with filters, columns sized to
 * their content, real dates (sortable in Excel) shown as 31/12/2024. Cells are written as
 * strings, never as formulas, so no escaping is needed here.
 */
export async function membersToXlsx(rows: readonly MemberExportRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Portail des comités locaux des usagers";
  workbook.created = new Date();
  const sheet = workbook.addWorksheet("Membres", { views: [{ state: "frozen", ySplit: 1 }] });

  sheet.columns = MEMBER_COLUMNS.map((c) => {
    const longest = Math.max(c.header.length, ...rows.map((r) => cellText(r, c.field).length));
    return {
      header: c.header,
      key: c.field,
      width: Math.min(60, Math.max(10, longest + 2)),
      ...(DATE_FIELDS.has(c.field) ? { style: { numFmt: "dd/mm/yyyy" } } : {}),
    };
  });
  for (const row of rows) {
    sheet.addRow(
      Object.fromEntries(
        MEMBER_COLUMNS.map((c) => {
          const iso = DATE_FIELDS.has(c.field) ? (row[c.field] as string | null) : null;
          return [c.field, iso ? new Date(`${iso}T00:00:00Z`) : cellText(row, c.field) || null];
        }),
      ),
    );
  }
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: "middle" };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: MEMBER_COLUMNS.length } };

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
