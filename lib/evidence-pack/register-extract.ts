/**
 * The pack's register extract, line by line: the register export's own columns and cells
 * (lib/register/export, so an auditor's extract reads — and re-imports — like any export),
 * then where each entry stands. Pure; the builder streams it batch after batch.
 */
import { frenchDay, registerCells, REGISTER_EXPORT_HEADERS, type RegisterExportRow } from "@/lib/register/export";

/** An entry of the register extract: the register export's row, and where it stands. */
export interface PackRegisterEntry extends RegisterExportRow {
  /** "YYYY-MM-DD" */
  deadline: string;
  statusText: string;
}

/** The register export's columns (an auditor's extract re-imports like any export), then the deadline and the state. */
export const REGISTER_HEADERS: readonly string[] = [...REGISTER_EXPORT_HEADERS, "Échéance", "État"];

export function registerRows(entries: readonly PackRegisterEntry[]): string[][] {
  return entries.map((e) => [...registerCells(e), frenchDay(e.deadline), e.statusText]);
}
