/**
 * The audit evidence pack (dossier de preuves, issue 9 item 7): one ZIP of a prefecture's
 * evidence for a year — indicators (XLSX), the yearly report (PDF), the validated or published
 * minutes of the year's meetings (PDF), the action plan (XLSX), the register extract and the
 * survey results (CSV), with a French LISEZMOI.txt — built one file at a time and streamed.
 * The figures are the features' own exporters and reads; this room only gathers them.
 *
 * Public entries: ./domain (file list, names, manifest, rows), ./queries (planEvidencePack),
 * ./loaders (page loader and the download routes). The ZIP writer (./builder) is internal;
 * benchmarks and tests import it directly.
 */
export * from "./domain";
