import { indicatorImportApiRoute } from "@/lib/indicators/loaders";

/** A year file imported by a program with an API token (multipart: file, year, preview). */
export const POST = indicatorImportApiRoute;
