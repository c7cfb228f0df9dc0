/**
 * Indicators import: PURE parsing and validation of a year file (CSV or XLSX) into a year
 * table (year-table.ts) plus the discrepancy report. No I/O, no Prisma: the caller stores the
 * table's components when `ok` is true, and shows `errors` otherwise (all-or-nothing: one
 * error, nothing to apply — every error is listed at once, with the line the user sees).
 *
 * Accepted layouts (any mix, several blocks per file or sheet):
 * - the export's: a header "Indicateur;Ligne;janvier;…;décembre" (or T1–T4, S1–S2, Année),
 *   then one row per component and one rate row; an empty "Indicateur" cell repeats the
 *   indicator above (merged cells). An optional "Périmètre" column among the label columns
 *   names the scope ("services", "standard"…; empty = the whole prefecture), so files written
 *   before scopes existed read as they did;
 * - a header coarser than the indicator's periodicity ("Année" for a monthly rate) holds the
 *   figures given for a whole quarter, semester or year: they are a block of their own, stored
 *   at that periodicity (a finer header than the indicator's is refused);
 * - the seeds' (003): a title row naming the indicator, a header "MOIS;JANVIER;…", the
 *   component rows and the rate row labelled with the indicator's label.
 * Rows are matched by component code or French label, case, accents and "(…)" hints ignored.
 *
 * XLSX files are READ BY STREAMING (exceljs WorkbookReader): a national file of 100 000 cells
 * is never held whole as a workbook, only as the resulting table.
 */
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { computeValue, findInconsistencies, isFigure, isFinerThan, requiredComponentCodes, validateEntry } from "@/lib/indicators/domain";
import { formatNumber } from "@/lib/format";
import {
  cleanFloat,
  isRateRowLabel,
  isScopeHeader,
  readScope,
  normalizeKey,
  readFrenchFigure,
  parsePeriodHeader,
  periodCount,
  periodLabel,
  type IndicatorYearBlock,
  type IndicatorYearTable,
  type PeriodColumn,
  type YearTableDefinition,
} from "./year-table";

export const MAX_IMPORT_ERRORS = 200;

export interface YearImportError {
  /** Line (row) in the user's spreadsheet, first = 1; 0 for the file as a whole */
  line: number;
  /** The column header as written in the file */
  column?: string;
  /** Sheet name (XLSX with several sheets) */
  sheet?: string;
  /** Complete French sentence, ready to display */
  message: string;
}

export interface Discrepancy {
  indicatorCode: string;
  /** "" for the whole prefecture */
  scope: string;
  /** The period's periodicity: the indicator's, or coarser (a yearly figure of a monthly indicator) */
  periodicity: PeriodColumn["periodicity"];
  /** month 1–12, quarter 1–4… */
  period: number;
  published: number;
  computed: number;
  /** Decimals the comparison was made with (those the published figure was printed with) */
  precision: number;
  /** "Mars : publié 5,9 %, recalculé 5,85 %." */
  message: string;
}

export type YearImportResult =
  | { ok: true; table: IndicatorYearTable; discrepancies: Discrepancy[]; rowsRead: number }
  | { ok: false; errors: YearImportError[]; rowsRead: number };

export interface ParseYearOptions {
  /** The year the caller imports into; otherwise the sheet name or the file name must carry it. */
  year?: number;
  /** Called every `progressEvery` rows read and once at the end, with the number of rows read. */
  onProgress?: (rowsRead: number) => void;
  progressEvery?: number;
}

/** A cell as read: text (CSV, XLSX strings), number (XLSX numbers), null (empty). */
export type RawCell = string | number | null;

interface RawRow {
  line: number;
  cells: RawCell[];
  /** XLSX: the number format of each cell (to tell 0.771 shown "77,1 %" from 0.771 %) */
  numFmts?: (string | undefined)[];
}

// ───────────── Building the table from rows ─────────────

interface Header {
  line: number;
  /** Index of the indicator column, or -1 when rows only name the line */
  indicatorColumn: number;
  labelColumn: number;
  /** Index of the scope column ("Périmètre"), or -1 when the file has none (the whole prefecture) */
  scopeColumn: number;
  /** Period of each cell index; undefined for label and ignored columns */
  periods: (PeriodColumn | undefined)[];
  names: string[];
  periodicity: PeriodColumn["periodicity"];
}

interface BlockState {
  block: IndicatorYearBlock;
  def: YearTableDefinition;
  scope: string;
  /** Line of each row already read, by component code or "rate" */
  seen: Map<string, number>;
  /** Decimals each published figure was printed with (text cells) */
  publishedPrecision: (number | undefined)[];
}

const HEADER_FIRST_WORDS = new Set(["indicateur", "indicateurs", "mois", "ligne", "libelle", "composante", "periode", "code"]);
/** Where rows are read from: an indicator and a scope (a title row, or the row above). */
interface Context {
  def: YearTableDefinition;
  scope: string;
}
const INVALID_HEADER = -2;

function cellText(cell: RawCell): string {
  if (cell === null) return "";
  return typeof cell === "number" ? String(cell) : cell.replace(/\s+/g, " ").trim();
}

class YearTableBuilder {
  readonly errors: YearImportError[] = [];
  private errorCount = 0;
  private header: Header | null = null;
  private context: Context | null = null;
  private readonly blocks = new Map<string, BlockState>();
  private readonly byKey = new Map<string, YearTableDefinition>();
  private readonly byComponentKey = new Map<string, YearTableDefinition[]>();
  sheet: string | undefined;

  constructor(private readonly definitions: readonly YearTableDefinition[]) {
    for (const def of definitions) {
      this.byKey.set(normalizeKey(def.code), def);
      this.byKey.set(normalizeKey(def.label), def);
      for (const c of def.components) {
        for (const key of new Set([normalizeKey(c.code), normalizeKey(c.label)])) {
          this.byComponentKey.set(key, [...(this.byComponentKey.get(key) ?? []), def]);
        }
      }
    }
  }

  error(line: number, message: string, column?: string): void {
    this.errorCount++;
    if (this.errors.length >= MAX_IMPORT_ERRORS) return;
    const where = column ? `Ligne ${line}, colonne « ${column} »` : line > 0 ? `Ligne ${line}` : "";
    this.errors.push({
      line,
      ...(column ? { column } : {}),
      ...(this.sheet ? { sheet: this.sheet } : {}),
      message: where ? `${where} : ${message}` : message,
    });
  }

  /** Errors beyond MAX_IMPORT_ERRORS are counted, not listed. */
  get omittedErrors(): number {
    return this.errorCount - this.errors.length;
  }

  /** A new sheet: headers and context do not carry over. */
  startSheet(name: string | undefined): void {
    this.sheet = name;
    this.header = null;
    this.context = null;
  }

  push(row: RawRow): void {
    const texts = row.cells.map(cellText);
    const filled = texts.filter((t) => t !== "").length;
    if (filled === 0) return;

    if (this.tryHeader(row.line, texts)) return;

    // A title row: one cell naming an indicator (seed layout). Any other row with a single
    // cell (a title, a note, a line without figures) has nothing to import.
    if (filled === 1) {
      const def = texts[0] ? this.byKey.get(normalizeKey(texts[0])) : undefined;
      if (def) this.context = { def, scope: "" };
      return;
    }
    const header = this.header;
    if (!header) {
      this.error(row.line, "aucune ligne d'en-tête (« Indicateur ; Ligne ; janvier ; … ») ne précède cette ligne.");
      return;
    }
    this.pushData(row, texts, header);
  }

  private tryHeader(line: number, texts: string[]): boolean {
    const firstPeriod = texts.findIndex((t) => t !== "" && parsePeriodHeader(t) !== null);
    const scopeColumn = texts.findIndex((t, i) => i < firstPeriod && isScopeHeader(t));
    // Label columns: the line, maybe the indicator before it, maybe the scope anywhere among them.
    const labelColumns = firstPeriod - (scopeColumn >= 0 ? 1 : 0);
    if (firstPeriod < 1 || labelColumns < 1 || labelColumns > 2) return false;
    const firstKey = normalizeKey(texts[0] ?? "");
    if (!HEADER_FIRST_WORDS.has(firstKey) && scopeColumn !== 0) return false;
    const periods: (PeriodColumn | undefined)[] = [];
    let periodicity: PeriodColumn["periodicity"] | null = null;
    const seen = new Map<number, string>();
    let valid = true;
    for (let i = firstPeriod; i < texts.length; i++) {
      const name = texts[i] ?? "";
      if (name === "") continue;
      const p = parsePeriodHeader(name);
      if (!p) {
        this.error(line, "colonne inconnue : un mois (janvier à décembre), un trimestre (T1 à T4), un semestre (S1, S2) ou « Année » est attendu.", name);
        valid = false;
        continue;
      }
      periodicity ??= p.periodicity;
      if (p.periodicity !== periodicity) {
        this.error(line, "des mois, trimestres ou semestres sont mélangés dans le même en-tête.", name);
        valid = false;
        continue;
      }
      const twice = seen.get(p.period);
      if (twice !== undefined) {
        this.error(line, `cette période figure déjà dans la colonne « ${twice} ».`, name);
        valid = false;
        continue;
      }
      seen.set(p.period, name);
      periods[i] = p;
    }
    // A wrong header is reported once; the rows under it are not checked against it.
    const others = Array.from({ length: firstPeriod }, (_, i) => i).filter((i) => i !== scopeColumn);
    const labelColumn = others[others.length - 1] ?? 0;
    const indicatorColumn = others.length === 2 ? (others[0] ?? -1) : -1;
    this.header =
      valid && periodicity
        ? { line, indicatorColumn, labelColumn, scopeColumn, periods, names: texts, periodicity }
        : { line, indicatorColumn: INVALID_HEADER, labelColumn: 0, scopeColumn: -1, periods: [], names: texts, periodicity: "MONTHLY" };
    // With an indicator column, each row names its indicator; without, a title row above did.
    if (indicatorColumn >= 0) this.context = null;
    return true;
  }

  /** The block of an indicator, scope and periodicity (the header's: the definition's or coarser). */
  private blockFor(def: YearTableDefinition, scope: string, periodicity: PeriodColumn["periodicity"]): BlockState {
    const key = `${def.code}\u0000${scope}\u0000${periodicity}`;
    let state = this.blocks.get(key);
    if (!state) {
      const n = periodCount(periodicity);
      state = {
        def,
        scope,
        block: {
          code: def.code,
          label: def.label,
          unit: def.unit,
          periodicity,
          ...(scope ? { scope } : {}),
          formula: def.formula,
          precision: def.precision,
          components: def.components.map((c) => ({ code: c.code, label: c.label, role: c.role })),
          figures: Object.fromEntries(def.components.map((c) => [c.code, Array<number | null>(n).fill(null)])),
          published: null,
        },
        seen: new Map(),
        publishedPrecision: [],
      };
      this.blocks.set(key, state);
    }
    return state;
  }

  private pushData(row: RawRow, texts: string[], header: Header): void {
    if (header.indicatorColumn === INVALID_HEADER) return; // under an invalid header: already reported
    const line = row.line;
    const label = texts[header.labelColumn] ?? "";
    const scopeText = header.scopeColumn >= 0 ? (texts[header.scopeColumn] ?? "") : "";
    const scope = readScope(scopeText);
    if (scope === null) {
      this.error(
        line,
        `« ${scopeText} » n'est pas un périmètre valide : un code en lettres minuscules sans accent, chiffres et tirets (40 caractères au plus, par exemple « services »), ou une cellule vide pour toute la préfecture.`,
        header.names[header.scopeColumn],
      );
      return;
    }
    let context = this.context;
    const name = header.indicatorColumn >= 0 ? (texts[header.indicatorColumn] ?? "") : "";
    if (name !== "") {
      const def = this.byKey.get(normalizeKey(name));
      if (!def) {
        this.context = null;
        this.error(line, `« ${name} » n'est pas un indicateur connu (code ou libellé attendu).`, header.names[header.indicatorColumn]);
        return;
      }
      // A row naming its indicator names its scope too: an empty cell is the whole prefecture.
      context = { def, scope };
    } else if (context && scope !== "") {
      // A row continuing the indicator above (merged cells) keeps its scope unless it names one.
      context = { def: context.def, scope };
    }
    if (label === "") {
      this.error(line, "la ligne n'a pas de libellé : le code ou le libellé d'une composante, ou « Taux », est attendu.");
      return;
    }
    if (!context) {
      const candidates = this.byComponentKey.get(normalizeKey(label)) ?? [];
      const direct = this.byKey.get(normalizeKey(label));
      if (candidates.length === 1 && candidates[0]) context = { def: candidates[0], scope };
      else if (direct) context = { def: direct, scope };
      else {
        this.error(
          line,
          candidates.length > 1
            ? `« ${label} » est une ligne de plusieurs indicateurs : précisez l'indicateur (colonne « Indicateur » ou ligne de titre).`
            : `« ${label} » ne correspond à aucune ligne d'indicateur connue.`,
        );
        return;
      }
    }
    this.context = context;
    const { def } = context;
    // A coarser header holds figures for a whole quarter, semester or year; a finer one cannot.
    if (isFinerThan(header.periodicity, def.periodicity)) {
      this.error(
        line,
        `l'indicateur « ${def.label} » se saisit par ${PERIODICITY_WORD[def.periodicity]}, pas sous un en-tête par ${PERIODICITY_WORD[header.periodicity]}.`,
      );
      return;
    }
    const state = this.blockFor(def, context.scope, header.periodicity);
    const { block } = state;
    const component = def.components.find((c) => normalizeKey(c.code) === normalizeKey(label) || normalizeKey(c.label) === normalizeKey(label));
    const isRate = !component && isRateRowLabel(label, def);
    if (!component && !isRate) {
      const expected = def.components.map((c) => `« ${c.label} »`).join(", ");
      this.error(line, `« ${label} » ne correspond à aucune ligne de l'indicateur « ${def.label} » (attendu : ${expected} ou « Taux »).`);
      return;
    }
    const key = component ? component.code : "rate";
    const previous = state.seen.get(key);
    if (previous !== undefined) {
      const where = context.scope ? ` (périmètre « ${context.scope} »)` : "";
      this.error(line, `la ligne « ${label} » de l'indicateur « ${def.label} »${where} figure déjà ligne ${previous}.`);
      return;
    }
    state.seen.set(key, line);

    const values = Array<number | null>(periodCount(block.periodicity)).fill(null);
    for (let i = 0; i < row.cells.length; i++) {
      const period = header.periods[i];
      const cell = row.cells[i] ?? null;
      const column = header.names[i] ?? "";
      if (!period) {
        if (i !== header.labelColumn && i !== header.indicatorColumn && i !== header.scopeColumn && cellText(cell) !== "") {
          this.error(line, `« ${cellText(cell)} » est dans une colonne sans en-tête de période.`, column || `n° ${i + 1}`);
        }
        continue;
      }
      if (cell === null || cellText(cell) === "") continue;
      const read = readFigure(cell, row.numFmts?.[i]);
      if (!read) {
        this.error(line, `« ${cellText(cell)} » n'est pas un nombre.`, column);
        continue;
      }
      if (read.percent && (!isRate || def.unit !== "PERCENT")) {
        this.error(line, `« ${cellText(cell)} » est un pourcentage : la ligne « ${component?.label ?? label} » attend un nombre brut.`, column);
        continue;
      }
      if (read.value < 0) {
        this.error(line, `« ${cellText(cell)} » est négatif : ${isRate ? "un taux" : "un nombre"} ne peut pas être négatif.`, column);
        continue;
      }
      values[period.period - 1] = read.value;
      if (isRate && read.decimals !== undefined) state.publishedPrecision[period.period - 1] = read.decimals;
    }
    if (component) block.figures[component.code] = values;
    else block.published = values;
  }

  /** Checks across rows (lost calls ≤ received calls), then the table. */
  finish(year: number): { table: IndicatorYearTable; discrepancies: Discrepancy[] } {
    const indicators: IndicatorYearBlock[] = [];
    const discrepancies: Discrepancy[] = [];
    for (const state of this.blocks.values()) {
      if (state.seen.size === 0) continue; // a title row with nothing under it
      this.checkPeriods(state);
      indicators.push(state.block);
      discrepancies.push(...findDiscrepancies(state.block, state.publishedPrecision));
    }
    return { table: { year, indicators }, discrepancies };
  }

  /**
   * The entry grid's own rule per period (domain validateEntry: lost calls ≤ received calls; a
   * rate stored directly — no components for that period — within 0–100), reported on the
   * row of the field at fault. Negative cells were already refused cell by cell.
   */
  private checkPeriods(state: BlockState): void {
    const { block } = state;
    for (let i = 0; i < periodCount(block.periodicity); i++) {
      const figures = Object.fromEntries(Object.entries(block.figures).map(([code, values]) => [code, values[i] ?? null]));
      const direct = requiredComponentCodes(block).some((code) => isFigure(figures[code])) ? null : (block.published?.[i] ?? null);
      for (const problem of validateEntry(block, figures, direct)) {
        const line = state.seen.get(problem.field === "direct" ? "rate" : problem.field) ?? 0;
        this.error(line, problem.message, periodLabel(block.periodicity, i + 1).toLowerCase());
      }
    }
  }
}

const PERIODICITY_WORD = { MONTHLY: "mois", QUARTERLY: "trimestre", SEMIANNUAL: "semestre", YEARLY: "année" } as const;

function readFigure(cell: string | number, numFmt: string | undefined): { value: number; percent: boolean; decimals?: number } | null {
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) return null;
    // An XLSX percent cell stores 0.771 and shows "77,1 %"; the table keeps percents as 77.1.
    if (numFmt?.includes("%")) {
      const decimals = /\.(0+)/.exec(numFmt)?.[1]?.length ?? 0;
      return { value: cleanFloat(cell * 100), percent: true, decimals };
    }
    // A plain number cell carries no printed precision: the indicator's precision applies.
    return { value: cell, percent: false };
  }
  return readFrenchFigure(cell);
}

// ───────────── Discrepancies ─────────────

function formatFigure(block: Pick<IndicatorYearBlock, "unit">, value: number, decimals: number): string {
  const text = formatNumber(value, decimals);
  return block.unit === "PERCENT" ? `${text}\u202f%` : text;
}

/**
 * Every period where the published rate differs from the one recomputed from the components
 * beyond its rounding (domain/consistency.ts: equal once rounded or truncated to the decimals
 * it was printed with; by default the indicator's precision). Periods that cannot be computed
 * or have no published figure are not discrepancies.
 */
export function findDiscrepancies(block: IndicatorYearBlock, printedDecimals: readonly (number | undefined)[] = []): Discrepancy[] {
  if (!block.published || requiredComponentCodes(block).length === 0) return [];
  const periods = block.published.map((published, i) => ({
    period: i + 1,
    published,
    components: Object.fromEntries(Object.entries(block.figures).map(([code, values]) => [code, values[i] ?? null])),
    ...(printedDecimals[i] !== undefined ? { precision: printedDecimals[i] } : {}),
  }));
  // A VALUE indicator's "rate" row repeats its only component: nothing to recompute.
  if (block.formula === "VALUE") return [];
  const where = block.scope ? ` (périmètre « ${block.scope} »)` : "";
  return findInconsistencies(block, periods).map((found) => ({
    indicatorCode: block.code,
    scope: block.scope ?? "",
    periodicity: block.periodicity,
    period: found.item.period,
    published: found.published,
    computed: found.computed,
    precision: found.precision,
    message: `${periodLabel(block.periodicity, found.item.period)}${where} : publié ${formatFigure(block, found.published, found.precision)}, recalculé ${formatFigure(block, found.computed, found.precision + 1)}.`,
  }));
}

/** The rates recomputed from the components (null where not computable), for display beside the published row. */
export function computedRates(block: IndicatorYearBlock): (number | null)[] {
  return Array.from({ length: periodCount(block.periodicity) }, (_, i) =>
    computeValue(block, Object.fromEntries(Object.entries(block.figures).map(([code, values]) => [code, values[i] ?? null]))),
  );
}

// ───────────── Files ─────────────

function yearFrom(...sources: (string | undefined)[]): number | null {
  for (const source of sources) {
    const m = source ? /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(source) : null;
    if (m?.[1]) return Number(m[1]);
  }
  return null;
}

function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

function isXlsx(bytes: Uint8Array, fileName: string): boolean {
  // A zip file starts with "PK"
  return /\.xlsx$/i.test(fileName) || (bytes[0] === 0x50 && bytes[1] === 0x4b);
}

function result(builder: YearTableBuilder, year: number | null, rowsRead: number): YearImportResult {
  if (year === null) builder.error(0, "Année introuvable : indiquez-la dans le nom du fichier (indicateurs-2021.csv) ou le nom de la feuille.");
  if (builder.errors.length === 0 && year !== null) {
    const { table, discrepancies } = builder.finish(year);
    if (builder.errors.length === 0) {
      if (table.indicators.length === 0) {
        return { ok: false, rowsRead, errors: [{ line: 0, message: "Le fichier ne contient aucune ligne d'indicateur." }] };
      }
      return { ok: true, table, discrepancies, rowsRead };
    }
  }
  const errors = [...builder.errors];
  if (builder.omittedErrors > 0) errors.push({ line: 0, message: `… et ${formatNumber(builder.omittedErrors)} autres erreurs.` });
  return { ok: false, errors, rowsRead };
}

function csvRows(text: string): string[][] {
  return Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { delimitersToGuess: [";", "\t", ","], skipEmptyLines: false }).data;
}

/** CSV text → rows; the separator (";", "," or tab) is detected by papaparse. */
export function parseYearCsv(text: string, definitions: readonly YearTableDefinition[], options: ParseYearOptions & { fileName?: string } = {}): YearImportResult {
  const builder = new YearTableBuilder(definitions);
  const every = options.progressEvery ?? 1000;
  let line = 0;
  for (const cells of csvRows(text)) {
    line++;
    builder.push({ line, cells });
    if (line % every === 0) options.onProgress?.(line);
  }
  options.onProgress?.(line);
  return result(builder, options.year ?? yearFrom(options.fileName), line);
}

/**
 * parseYearCsv that gives the event loop a turn at each progress tick, so that a caller
 * streaming the progress (the import route's NDJSON) can send it while the rows are read
 * instead of all at once at the end.
 */
async function parseYearCsvYielding(text: string, definitions: readonly YearTableDefinition[], options: ParseYearOptions & { fileName?: string }): Promise<YearImportResult> {
  const builder = new YearTableBuilder(definitions);
  const every = options.progressEvery ?? 1000;
  let line = 0;
  for (const cells of csvRows(text)) {
    line++;
    builder.push({ line, cells });
    if (line % every === 0) {
      options.onProgress?.(line);
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }
  options.onProgress?.(line);
  return result(builder, options.year ?? yearFrom(options.fileName), line);
}

interface StreamCell {
  value: unknown;
  numFmt?: string;
}

function xlsxCell(cell: StreamCell): RawCell {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string") return v;
  if (typeof v === "boolean") return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("richText" in v && Array.isArray(v.richText)) return v.richText.map((r: { text?: string }) => r.text ?? "").join("");
    if ("result" in v) return xlsxCell({ value: v.result });
    if ("text" in v && typeof v.text === "string") return v.text;
    if ("error" in v) return String(v.error);
  }
  return null;
}

/**
 * XLSX bytes or stream → rows, read by streaming. Each sheet is a year table of its own
 * context; the year is options.year, else a sheet named "2021", else the file name.
 * With several year sheets, only the one matching options.year (or the first) is read.
 */
export async function parseYearXlsx(
  input: Uint8Array | Readable,
  definitions: readonly YearTableDefinition[],
  options: ParseYearOptions & { fileName?: string } = {},
): Promise<YearImportResult> {
  const builder = new YearTableBuilder(definitions);
  const stream = input instanceof Uint8Array ? Readable.from([Buffer.from(input)]) : input;
  const every = options.progressEvery ?? 1000;
  let rowsRead = 0;
  let year: number | null = options.year ?? null;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  try {
    for await (const worksheet of reader) {
      const name = (worksheet as unknown as { name?: string }).name;
      const sheetYear = yearFrom(name);
      year ??= sheetYear ?? yearFrom(options.fileName);
      const skip = sheetYear !== null && year !== null && sheetYear !== year;
      builder.startSheet(name);
      for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
        rowsRead++;
        if (rowsRead % every === 0) options.onProgress?.(rowsRead);
        if (skip) continue;
        const cells: RawCell[] = [];
        const numFmts: (string | undefined)[] = [];
        row.eachCell({ includeEmpty: false }, (cell, col) => {
          cells[col - 1] = xlsxCell(cell as unknown as StreamCell);
          numFmts[col - 1] = typeof cell.numFmt === "string" ? cell.numFmt : undefined;
        });
        for (let i = 0; i < cells.length; i++) cells[i] ??= null;
        builder.push({ line: row.number, cells, numFmts });
      }
    }
  } catch {
    return { ok: false, rowsRead, errors: [{ line: 0, message: "Le fichier n'est pas un classeur Excel (.xlsx) lisible." }] };
  }
  builder.startSheet(undefined);
  options.onProgress?.(rowsRead);
  return result(builder, year, rowsRead);
}

/** A year file, CSV or XLSX (told by its name or its first bytes). */
export async function parseYearFile(
  buffer: Uint8Array,
  fileName: string,
  definitions: readonly YearTableDefinition[],
  options: ParseYearOptions = {},
): Promise<YearImportResult> {
  if (isXlsx(buffer, fileName)) return parseYearXlsx(buffer, definitions, { ...options, fileName });
  const text = decodeText(buffer);
  if (options.onProgress) return parseYearCsvYielding(text, definitions, { ...options, fileName });
  return parseYearCsv(text, definitions, { ...options, fileName });
}
