/**
 * Indicators export: a year table (lib/indicators/import/year-table.ts) as a French CSV and as
 * an XLSX workbook, in the shape the import reads back unchanged — periods as columns, one
 * row per component, one rate row ("Taux (%)" or "Valeur") when the table carries published
 * values. A new header row starts whenever the periodicity changes (monthly, then T1–T4…), so
 * the file keeps the table's order; a block coarser than its indicator (a yearly rate of a
 * monthly indicator) is simply one under an "Année" header.
 *
 * Scopes: when a block of the table has one, every row carries a "Périmètre" column after the
 * indicator (empty = the whole prefecture); a table of the whole prefecture only is written
 * without it, as before scopes were exported, and the import reads both.
 *
 * The rate row holds `published` as given: the caller decides what it exports there (the
 * stored direct values, or the rates computed from the components — see `computedRates`).
 */
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { decimalsOf } from "@/lib/indicators/domain";
import {
  cleanFloat,
  formatCsvNumber,
  periodHeaders,
  rateRowLabel,
  SCOPE_HEADER,
  type IndicatorYearBlock,
  type IndicatorYearTable,
} from "@/lib/indicators/import/year-table";

export const YEAR_TABLE_LABEL_HEADERS = ["Indicateur", "Ligne"] as const;
/** The label headers of a table with scopes. */
export const YEAR_TABLE_SCOPED_LABEL_HEADERS = ["Indicateur", SCOPE_HEADER, "Ligne"] as const;

/** "indicateurs-86-2021.xlsx": the year in the name is how the import finds it back. */
export function yearTableFileName(year: number, extension: "csv" | "xlsx", prefectureCode?: string): string {
  return `indicateurs-${prefectureCode ? `${prefectureCode}-` : ""}${year}.${extension}`;
}

interface OutRow {
  kind: "header" | "component" | "rate" | "blank";
  block?: IndicatorYearBlock;
  cells: (string | number | null)[];
}

/** The label columns of a table: with "Périmètre" when a block has a scope. */
function labelHeaders(table: IndicatorYearTable): readonly string[] {
  return table.indicators.some((b) => b.scope) ? YEAR_TABLE_SCOPED_LABEL_HEADERS : YEAR_TABLE_LABEL_HEADERS;
}

/** The rows of the file, shared by CSV and XLSX: values as numbers, labels as text. */
function layout(table: IndicatorYearTable): OutRow[] {
  const rows: OutRow[] = [];
  const headers = labelHeaders(table);
  const scoped = headers.length > YEAR_TABLE_LABEL_HEADERS.length;
  const labels = (block: IndicatorYearBlock, line: string) => (scoped ? [block.code, block.scope || null, line] : [block.code, line]);
  let periodicity: string | null = null;
  for (const block of table.indicators) {
    if (block.periodicity !== periodicity) {
      if (periodicity !== null) rows.push({ kind: "blank", cells: [] });
      periodicity = block.periodicity;
      rows.push({ kind: "header", cells: [...headers, ...periodHeaders(block.periodicity)] });
    }
    for (const component of block.components) {
      rows.push({ kind: "component", block, cells: [...labels(block, component.label), ...(block.figures[component.code] ?? [])] });
    }
    if (block.published) rows.push({ kind: "rate", block, cells: [...labels(block, rateRowLabel(block.unit)), ...block.published] });
  }
  return rows;
}

/** Decimals to print a published value with: the indicator's precision, more if the value has more. */
function rateDecimals(block: IndicatorYearBlock, value: number): number {
  return Math.max(block.precision, decimalsOf(cleanFloat(value)));
}

function csvCell(row: OutRow, value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (row.kind === "rate" && row.block) {
    const text = formatCsvNumber(value);
    const decimals = rateDecimals(row.block, value);
    const [int, frac = ""] = text.split(",");
    const padded = decimals > 0 ? `${int},${frac.padEnd(decimals, "0")}` : (int ?? text);
    return row.block.unit === "PERCENT" ? `${padded} %` : padded;
  }
  return formatCsvNumber(value);
}

/**
 * CSV text starting with a BOM (encode it as UTF-8): ";" separator, decimal comma, no
 * thousands separator (French Excel reads "32403" as a number, not "32 403"), rates as
 * "77,1 %" with the indicator's precision, empty cells for missing figures.
 */
export function yearTableToCsv(table: IndicatorYearTable): string {
  const data = layout(table).map((row) => row.cells.map((value) => csvCell(row, value)));
  return `\uFEFF${Papa.unparse(data, { delimiter: ";", newline: "\r\n" })}\r\n`;
}

function numberFormat(decimals: number): string {
  return decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0";
}

/**
 * XLSX workbook with one sheet named after the year ("2021"): bold header rows, the label
 * columns frozen, figures as numbers with thousands separators (Excel shows them the French
 * way under a French locale), the rate row as a real percentage (0.771 shown "77,1 %") with the
 * indicator's precision.
 */
export async function yearTableToXlsx(table: IndicatorYearTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Portail des comités locaux des usagers";
  workbook.created = new Date();
  const labelCount = labelHeaders(table).length;
  const sheet = workbook.addWorksheet(String(table.year), { views: [{ state: "frozen", xSplit: labelCount, ySplit: 1 }] });
  const rows = layout(table);
  const periodColumns = Math.max(0, ...rows.map((r) => r.cells.length - labelCount));
  sheet.columns = [
    { width: Math.min(40, Math.max(12, ...table.indicators.map((b) => b.code.length + 2))) },
    ...(labelCount > 2 ? [{ width: Math.min(40, Math.max(12, ...table.indicators.map((b) => (b.scope ?? "").length + 2))) }] : []),
    { width: Math.min(70, Math.max(12, ...table.indicators.flatMap((b) => b.components.map((c) => c.label.length + 2)))) },
    ...Array.from({ length: periodColumns }, () => ({ width: 12 })),
  ];

  for (const row of rows) {
    const excelRow = sheet.addRow(
      row.cells.map((value) => (typeof value === "number" && row.kind === "rate" && row.block?.unit === "PERCENT" ? cleanFloat(value / 100) : value)),
    );
    if (row.kind === "header") {
      excelRow.font = { bold: true };
      continue;
    }
    if (row.kind === "blank" || !row.block) continue;
    const block = row.block;
    excelRow.getCell(labelCount).font = { bold: row.kind === "rate" };
    row.cells.forEach((value, i) => {
      if (i < labelCount || typeof value !== "number") return;
      const cell = excelRow.getCell(i + 1);
      if (row.kind === "rate") {
        const decimals = rateDecimals(block, value);
        cell.numFmt = block.unit === "PERCENT" ? `0${decimals > 0 ? `.${"0".repeat(decimals)}` : ""}%` : numberFormat(decimals);
        cell.font = { bold: true };
      } else {
        cell.numFmt = numberFormat(decimalsOf(value));
      }
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
