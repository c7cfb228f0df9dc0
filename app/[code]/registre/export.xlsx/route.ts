import { registerExportRoute } from "@/lib/register/loaders";

/** The register as an XLSX workbook: ?du=2021-01-01&au=2021-12-31, or ?annee=2021 and the list's filters. */
export const GET = registerExportRoute("xlsx");
