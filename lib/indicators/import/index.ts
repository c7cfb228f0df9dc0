/**
 * Public entry of the indicators import: a year file (CSV or XLSX, streamed) → a year table
 * of components and published rates, with French cell-level errors (all-or-nothing) and the
 * discrepancy report between published rates and the rates recomputed from the components.
 */
export {
  computedRates,
  findDiscrepancies,
  MAX_IMPORT_ERRORS,
  parseYearCsv,
  parseYearFile,
  parseYearXlsx,
  type Discrepancy,
  type ParseYearOptions,
  type YearImportError,
  type YearImportResult,
} from "./parse-year-file";
export {
  MONTH_NAMES,
  normalizeKey,
  readFrenchFigure,
  parsePeriodHeader,
  periodCount,
  periodHeaders,
  periodLabel,
  rateRowLabel,
  readScope,
  SCOPE_HEADER,
  type IndicatorYearBlock,
  type IndicatorYearTable,
  type ParsedNumber,
  type PeriodColumn,
  type YearTableDefinition,
} from "./year-table";
