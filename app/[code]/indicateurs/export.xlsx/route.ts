import { indicatorYearExportRoute } from "@/lib/indicators/loaders";

/** The year's indicators as an XLSX workbook (the import's shape): ?annee=2021. */
export const GET = indicatorYearExportRoute("xlsx");
