/**
 * The "year table": one year of one prefecture's indicators in the seeds' shape (seed 003:
 * periods as columns, one row per component and one row for the rate). It is what the import
 * produces and the export consumes, so an exported file imports back to the same table.
 *
 * Also owns the vocabulary both sides share: period column names (French months, T1–T4,
 * S1–S2, "Année"), the name of the rate row, key normalisation and French number reading and
 * writing. Pure: no I/O, no Prisma.
 */
import { FRENCH_MONTHS } from "@/lib/validation";
import { parseFrenchNumber, type ConsistencyDefinition } from "@/lib/indicators/domain";
import type { ComponentRole, FormulaKind, IndicatorUnit, Periodicity } from "@/lib/indicators/vocabulary";

/** What the import and export need from an indicator definition (a SeedIndicatorDefinition fits). */
export interface YearTableDefinition {
  code: string;
  label: string;
  unit: IndicatorUnit;
  periodicity: Periodicity;
  formula: FormulaKind;
  /** Display precision (decimals of the value) */
  precision: number;
  components: readonly { code: string; label: string; role: ComponentRole }[];
}

/**
 * One indicator of a year table. Arrays are indexed by period − 1 (January = index 0, T1 =
 * index 0) and have exactly `periodCount(periodicity)` entries; null = empty cell.
 * It is a `ConsistencyDefinition`, so `computeValue`/`checkPeriod` accept it as is.
 */
export interface IndicatorYearBlock extends ConsistencyDefinition {
  code: string;
  label: string;
  unit: IndicatorUnit;
  /**
   * The periodicity of this block's columns: the definition's, or a coarser one for figures
   * given for a whole quarter, semester or year of a finer indicator (Vosges' yearly 95,1 %
   * satisfaction rate of a quarterly indicator). An indicator may have one block of each.
   */
  periodicity: Periodicity;
  /** "" or absent: the whole prefecture; otherwise the scope's code ("services", "standard"…) */
  scope?: string;
  formula: FormulaKind;
  precision: number;
  /** Every component of the definition, in definition order (rows absent from a file are all null). */
  components: { code: string; label: string; role: ComponentRole }[];
  /** Raw figures: figures[componentCode][period − 1] */
  figures: Record<string, (number | null)[]>;
  /**
   * The rate (or value) row as published, percent as 77.1 for 77,1 %; null when the file has
   * no rate row. Never used as a stored value when components exist: see the discrepancy report.
   */
  published: (number | null)[] | null;
}

export interface IndicatorYearTable {
  year: number;
  /** In file order (import) or in the caller's order (export) */
  indicators: IndicatorYearBlock[];
}

// ───────────── Periods ─────────────

export const MONTH_NAMES = FRENCH_MONTHS;

const PERIOD_HEADERS: Record<Periodicity, readonly string[]> = {
  MONTHLY: MONTH_NAMES,
  QUARTERLY: ["T1", "T2", "T3", "T4"],
  SEMIANNUAL: ["S1", "S2"],
  YEARLY: ["Année"],
};

export function periodCount(periodicity: Periodicity): number {
  return PERIOD_HEADERS[periodicity].length;
}

/** Column headers written by the export: "janvier"…"décembre", "T1"…"T4", "S1", "S2", "Année". */
export function periodHeaders(periodicity: Periodicity): readonly string[] {
  return PERIOD_HEADERS[periodicity];
}

/** "janvier" → "Janvier", "T1" → "T1" (start of a sentence). */
export function periodLabel(periodicity: Periodicity, period: number): string {
  const name = PERIOD_HEADERS[periodicity][period - 1] ?? String(period);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Lower case, no accents, punctuation as single spaces, no "(en jours)" hints. */
export function normalizeKey(value: string): string {
  return value
    .replace(/\([^)]*\)/g, " ")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const MONTH_ALIASES: readonly (readonly string[])[] = [
  ["janvier", "janv", "jan", "janvi"],
  ["fevrier", "fevr", "fev", "feb", "fevri"],
  ["mars", "mar"],
  ["avril", "avr", "apr"],
  ["mai", "may"],
  ["juin", "jun"],
  ["juillet", "juil", "jul", "juill"],
  ["aout", "aou", "aug"],
  ["septembre", "sept", "sep"],
  ["octobre", "oct"],
  ["novembre", "nov"],
  ["decembre", "dec"],
];
const MONTH_BY_ALIAS = new Map(MONTH_ALIASES.flatMap((aliases, i) => aliases.map((a) => [a, i + 1] as const)));

export interface PeriodColumn {
  periodicity: Periodicity;
  period: number;
}

/**
 * A column header → the period it names, or null. Accepts "janvier", "Janv.", "JUN",
 * "janvier 2021", "01", "T1", "T1/2021", "1er trimestre", "Q1", "S1", "2e semestre", "Année",
 * "Annuel 2021".
 */
export function parsePeriodHeader(header: string): PeriodColumn | null {
  let key = normalizeKey(header);
  // A trailing (or leading) year: "janvier 2021", "T1/2021", "2021 T1"
  key = key.replace(/(^| )(19|20)\d{2}$/, "").replace(/^(19|20)\d{2} /, "").trim();
  if (!key) return null;
  const month = MONTH_BY_ALIAS.get(key);
  if (month) return { periodicity: "MONTHLY", period: month };
  let m = /^(?:t|q|trim|trimestre) ?([1-4])$/.exec(key) ?? /^([1-4]) ?(?:er|e|eme|nd)? trimestre$/.exec(key);
  if (m) return { periodicity: "QUARTERLY", period: Number(m[1]) };
  m = /^(?:s|sem|semestre) ?([12])$/.exec(key) ?? /^([12]) ?(?:er|e|eme|nd)? semestre$/.exec(key);
  if (m) return { periodicity: "SEMIANNUAL", period: Number(m[1]) };
  m = /^(?:m|mois )?(0?[1-9]|1[0-2])$/.exec(key);
  if (m) return { periodicity: "MONTHLY", period: Number(m[1]) };
  if (["annee", "annuel", "annuelle", "an", "total annuel"].includes(key)) return { periodicity: "YEARLY", period: 1 };
  return null;
}

// ───────────── Scopes ─────────────

/** Header of the optional scope column; an empty cell is the whole prefecture. */
export const SCOPE_HEADER = "Périmètre";

const SCOPE_HEADER_KEYS = new Set(["perimetre", "scope"]);

/** true when a header cell names the scope column. */
export function isScopeHeader(text: string): boolean {
  return SCOPE_HEADER_KEYS.has(normalizeKey(text));
}

/** The entry grid's rule for a scope code (lib/indicators/schemas.ts). */
const SCOPE_CODE = /^[a-z0-9-]{1,40}$/;
const WHOLE_PREFECTURE_KEYS = new Set(["", "toute la prefecture", "ensemble", "ensemble de la prefecture"]);

/**
 * A scope cell → the stored scope code: "" for an empty cell (or « Toute la préfecture »),
 * otherwise the code as the grid stores it ("Site internet" → "site-internet"); null when
 * nothing the grid could store remains (the caller reports it).
 */
export function readScope(text: string): string | null {
  const trimmed = text.trim();
  if (WHOLE_PREFECTURE_KEYS.has(normalizeKey(trimmed))) return "";
  const code = trimmed
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\s_]+/g, "-");
  return SCOPE_CODE.test(code) ? code : null;
}

// ───────────── The rate row ─────────────

/** Name of the rate row written by the export: "Taux (%)" for rates, "Valeur" otherwise. */
export function rateRowLabel(unit: IndicatorUnit): string {
  return unit === "PERCENT" ? "Taux (%)" : "Valeur";
}

const RATE_ROW_KEYS = new Set(["taux", "taux publie", "valeur", "valeur publiee", "resultat", "total", "indicateur"]);

/** true when a row label names the rate (value) row of this indicator rather than a component. */
export function isRateRowLabel(label: string, def: Pick<YearTableDefinition, "code" | "label">): boolean {
  const key = normalizeKey(label);
  return RATE_ROW_KEYS.has(key) || key === normalizeKey(def.label) || key === normalizeKey(def.code);
}

// ───────────── French numbers ─────────────

export interface ParsedNumber {
  value: number;
  /** Decimals as written ("6,80 %" → 2): the precision the figure was printed with */
  decimals: number;
  percent: boolean;
}

/**
 * A cell's text → its figure, read by the grid's own rule (domain/french-number.ts: "32 403",
 * "8,98 %", "1.234,5"…), plus the decimals it was printed with, which the discrepancy report
 * compares at. null when the text is empty or not a number.
 */
export function readFrenchFigure(text: string): ParsedNumber | null {
  const parsed = parseFrenchNumber(text);
  if (!parsed.ok || parsed.value === null) return null;
  const s = text.replace(/[\s\u00a0\u202f\u2009'%]/g, "");
  const lastComma = s.lastIndexOf(",");
  const lastDot = s.lastIndexOf(".");
  // The decimal mark: the last of both, a comma, or a single dot (several dots group thousands).
  const mark = lastComma >= 0 && lastDot >= 0 ? Math.max(lastComma, lastDot) : lastComma >= 0 ? lastComma : s.indexOf(".") === lastDot ? lastDot : -1;
  return { value: parsed.value, decimals: mark < 0 ? 0 : s.length - mark - 1, percent: parsed.percent };
}

/** Writes a figure for a French CSV: decimal comma, no thousands separator (Excel reads it as a number). */
export function formatCsvNumber(value: number): string {
  return String(cleanFloat(value)).replace(".", ",");
}

/** Removes binary noise (0.771 × 100 = 77.10000000000001). */
export function cleanFloat(value: number): number {
  return Number(value.toPrecision(12));
}
