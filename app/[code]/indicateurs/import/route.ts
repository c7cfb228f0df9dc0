import { indicatorImportRoute } from "@/lib/indicators/loaders";

/** The grid's year import (multipart: file, year, preview), answered as streamed NDJSON progress then the report. */
export const POST = indicatorImportRoute;
