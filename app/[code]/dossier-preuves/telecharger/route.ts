import { evidencePackDownloadRoute, evidencePackPrepareRoute } from "@/lib/evidence-pack/loaders";

/** GET ?annee=2022: the ZIP streamed as it is built (no-JS link); GET ?annee=2022&fichier=…: a pack prepared by POST. */
export const GET = evidencePackDownloadRoute;
/** POST ?annee=2022: builds the pack, reporting its progress as NDJSON lines. */
export const POST = evidencePackPrepareRoute;
