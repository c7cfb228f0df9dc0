/**
 * The announced size of a document ("20 Mo au maximum") and what follows from it for the
 * request that carries it. Pure constants, shared by the upload form (browser), the upload
 * route and storage, and checked against next.config.ts by a unit test.
 */

/** The largest document accepted: 20 Mo, as the form announces. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/**
 * Room for what multipart/form-data adds around the file: boundaries, part headers, the file
 * name, the title (200 characters, up to 4 bytes each in UTF-8) and the agenda item id. Next's
 * own guidance is 10–20 KB; 64 KiB leaves a margin without letting a noticeably larger file in
 * (the file's own size is checked again once the form is read).
 */
export const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

/** The largest upload request body read: anything beyond is answered 413 without being read. */
export const MAX_UPLOAD_BODY_BYTES = MAX_DOCUMENT_BYTES + MULTIPART_OVERHEAD_BYTES;

export const DOCUMENT_TOO_LARGE_MESSAGE = "Le fichier dépasse 20 Mo.";
