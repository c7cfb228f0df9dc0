/** Public entry of the indicators export: a year table as French CSV and as XLSX, in the import's shape. */
export { YEAR_TABLE_LABEL_HEADERS, YEAR_TABLE_SCOPED_LABEL_HEADERS, yearTableFileName, yearTableToCsv, yearTableToXlsx } from "./year-table-export";
export { yearTableOf } from "@/lib/indicators/transfer";
