/**
 * Documents on disk: the type is read from the content (magic bytes), never trusted from the
 * name or the browser; a SHA-256 checksum is kept; files live under FILES_DIR with a random
 * storage key (no user-controlled path ever reaches the file system).
 */
import { createHash, randomUUID } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileTypeFromBuffer } from "file-type";
import { DOCUMENT_TOO_LARGE_MESSAGE, MAX_DOCUMENT_BYTES } from "./limits";

export { MAX_DOCUMENT_BYTES } from "./limits";

/** Accepted types, detected from content → what we store and serve. */
const ACCEPTED: Record<string, { mime: string; label: string }> = {
  pdf: { mime: "application/pdf", label: "PDF" },
  docx: { mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", label: "DOCX" },
  xlsx: { mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", label: "XLSX" },
  odt: { mime: "application/vnd.oasis.opendocument.text", label: "ODT" },
  png: { mime: "image/png", label: "PNG" },
  jpg: { mime: "image/jpeg", label: "JPEG" },
};

export type DetectedDocument = { ok: true; ext: string; mime: string } | { ok: false; error: string };

export async function detectDocumentType(bytes: Uint8Array): Promise<DetectedDocument> {
  if (bytes.byteLength === 0) return { ok: false, error: "Le fichier est vide." };
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) return { ok: false, error: DOCUMENT_TOO_LARGE_MESSAGE };
  const type = await fileTypeFromBuffer(bytes);
  const accepted = type && ACCEPTED[type.ext];
  if (!type || !accepted) {
    return {
      ok: false,
      error: `Type de fichier non accepté${type ? ` (${type.ext.toUpperCase()})` : ""} : déposez un PDF, DOCX, XLSX, ODT, PNG ou JPEG. Le type est lu dans le contenu du fichier, pas dans son nom.`,
    };
  }
  return { ok: true, ext: type.ext, mime: accepted.mime };
}

/** The extension of a stored type ("application/pdf" → "pdf"), null for a type never accepted. */
export function extensionOfMimeType(mime: string): string | null {
  return Object.entries(ACCEPTED).find(([, type]) => type.mime === mime)?.[0] ?? null;
}

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

function filesDir(): string {
  // turbopackIgnore: the directory is runtime configuration, not a file of the build.
  return path.resolve(/*turbopackIgnore: true*/ process.env.FILES_DIR ?? ".data/files");
}

export async function storeFile(bytes: Uint8Array, ext: string): Promise<string> {
  const key = `${new Date().toISOString().slice(0, 7)}/${randomUUID()}.${ext}`;
  const full = path.join(/*turbopackIgnore: true*/ filesDir(), key);
  await mkdir(path.dirname(full), { recursive: true });
  await writeFile(full, bytes, { flag: "wx" });
  return key;
}

export async function readStoredFile(storageKey: string): Promise<Buffer> {
  if (!/^\d{4}-\d{2}\/[0-9a-f-]{36}\.[a-z]{3,4}$/.test(storageKey)) throw new Error("Invalid storage key");
  return readFile(/*turbopackIgnore: true*/ path.join(filesDir(), storageKey));
}

export async function removeStoredFile(storageKey: string): Promise<void> {
  if (!/^\d{4}-\d{2}\/[0-9a-f-]{36}\.[a-z]{3,4}$/.test(storageKey)) return;
  await rm(/*turbopackIgnore: true*/ path.join(filesDir(), storageKey), { force: true });
}
