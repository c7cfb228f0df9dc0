import { indicatorYearExportRoute } from "@/lib/indicators/loaders";

/** The year's indicators as a French CSV (the import's shape): ?annee=2021. */
export const GET = indicatorYearExportRoute("csv");
