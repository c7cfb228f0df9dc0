/**
 * Uploading a document, everything but the HTTP routing: the request's origin (a page of the
 * portal), reading the multipart body within the announced size (Content-Length first, then
 * counted while reading), the form's fields, and storing the file with its row and its
 * audit-log entry in one transaction. Two owners: a meeting (storeMeetingDocument, which
 * checks the meeting is in the URL's prefecture) and the prefecture itself
 * (storePrefectureDocument: documents outside any meeting, such as the evidence of a
 * self-assessment, which the caller may link to its own row inside the same transaction).
 * The route handlers (app/[code]/seances/[meetingId]/documents/route.ts, lib/quality's
 * evidence upload) only chain these.
 */
import "server-only";
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/policy";
import { writeAuditLog } from "@/lib/audit-log";
import { isUuid, optionalText } from "@/lib/validation";
import { documentFileName } from "./file-name";
import { DOCUMENT_TOO_LARGE_MESSAGE, MAX_DOCUMENT_BYTES, MAX_UPLOAD_BODY_BYTES } from "./limits";
import { detectDocumentType, removeStoredFile, sha256, storeFile } from "./storage";

/** A refused upload: the HTTP status and the French sentence shown to the user. */
export interface UploadRefusal {
  ok: false;
  status: 400 | 404 | 413;
  error: string;
}

const refuse = (status: UploadRefusal["status"], error: string): UploadRefusal => ({ ok: false, status, error });
const tooLarge = () => refuse(413, DOCUMENT_TOO_LARGE_MESSAGE);

const NOT_IN_MEETING = "Ce point n'appartient pas à la séance.";
const MALFORMED = "La requête de dépôt est mal formée : réessayez.";

// The same-origin rule of every form-posting route, kept here for the upload routes' imports.
export { CROSS_SITE_MESSAGE, isSameOriginRequest } from "@/lib/route-handler";

/**
 * The declared Content-Length, checked before a byte of the body is read. Absent (a chunked
 * body) is not a refusal: the body is then counted while it is read.
 */
export function checkDeclaredLength(contentLength: string | null, limit = MAX_UPLOAD_BODY_BYTES): UploadRefusal | null {
  if (contentLength === null) return null;
  if (!/^\d+$/.test(contentLength.trim())) return refuse(400, "La requête de dépôt est mal formée : réessayez.");
  return Number(contentLength) > limit ? tooLarge() : null;
}

/**
 * Reads a request body, giving up (and cancelling the stream) as soon as more than `limit`
 * bytes came: a lying or absent Content-Length cannot make the server hold more than that.
 * With the proxy in front (proxy.ts), a body larger than `proxyClientMaxBodySize` reaches the
 * route truncated to that size; since that is set above this limit (next.config.ts), the
 * truncated body still counts as too large instead of being parsed as a broken form.
 */
export async function readBodyWithLimit(
  body: ReadableStream<Uint8Array> | null,
  limit = MAX_UPLOAD_BODY_BYTES,
): Promise<{ ok: true; bytes: Uint8Array<ArrayBuffer> } | UploadRefusal> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (body) {
    const reader = body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limit) {
        await reader.cancel().catch(() => undefined);
        return tooLarge();
      }
      chunks.push(value);
    }
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}

export interface UploadInput {
  /** The name the user's file had (made safe and given the right extension when stored) */
  fileName: string;
  bytes: Uint8Array;
  title: string | null;
  agendaItemId: string | null;
}

/** A document sent with the fields around it; the fields are the caller's to parse. */
export interface DocumentForm {
  fileName: string;
  bytes: Uint8Array;
  /** every text field of the form (a file sent in a text field's place is refused) */
  fields: Record<string, string>;
}

/**
 * The multipart body of an upload, whatever else it carries: a non-empty file in "file",
 * within the size rules, and the text fields. `wrongForm` is the sentence for a body that is
 * not a multipart form at all (which form the user should use).
 */
export async function readDocumentForm(request: Request, wrongForm: string): Promise<({ ok: true } & DocumentForm) | UploadRefusal> {
  const declared = checkDeclaredLength(request.headers.get("content-length"));
  if (declared) return declared;
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/i.test(contentType)) return refuse(400, wrongForm);
  const body = await readBodyWithLimit(request.body);
  if (!body.ok) return body;
  const form = await new Response(body.bytes, { headers: { "content-type": contentType } }).formData().catch(() => null);
  if (!form) return refuse(400, "Le document est arrivé incomplet ou mal formé : réessayez.");

  const file = form.get("file");
  // No file chosen: browsers still send an empty part without a name.
  if (!(file instanceof File) || (file.size === 0 && file.name === "")) return refuse(400, "Choisissez un fichier.");
  if (file.size > MAX_DOCUMENT_BYTES) return tooLarge();
  const fields: Record<string, string> = {};
  for (const [name, value] of form.entries()) {
    if (name === "file") continue;
    if (typeof value !== "string") return refuse(400, MALFORMED);
    fields[name] = value;
  }
  return { ok: true, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()), fields };
}

const uploadFieldsSchema = z.object({
  title: optionalText(200, "Titre"),
  agendaItemId: z
    .string()
    .nullish()
    .refine((v) => !v || isUuid(v), NOT_IN_MEETING)
    .transform((v) => v || null),
});

/** The multipart form of a meeting's upload (file, title?, agendaItemId?), within the size rules. */
export async function readUploadForm(request: Request): Promise<{ ok: true; input: UploadInput } | UploadRefusal> {
  const form = await readDocumentForm(request, "Déposez le document avec le formulaire de la séance.");
  if (!form.ok) return form;
  const fields = uploadFieldsSchema.safeParse({ title: form.fields.title, agendaItemId: form.fields.agendaItemId });
  if (!fields.success) return refuse(400, fields.error.issues[0]?.message ?? MALFORMED);
  return { ok: true, input: { fileName: form.fileName, bytes: form.bytes, ...fields.data } };
}

/** The title field of any upload form: optional, 200 characters at most. */
export function parseDocumentTitle(raw: string | undefined): { ok: true; title: string | null } | UploadRefusal {
  const parsed = optionalText(200, "Titre").safeParse(raw);
  if (!parsed.success) return refuse(400, parsed.error.issues[0]?.message ?? MALFORMED);
  return { ok: true, title: parsed.data ?? null };
}

/** At most `max` characters, never cutting a surrogate pair in two. */
function truncate(text: string, max: number): string {
  let out = "";
  for (const char of text) {
    if (out.length + char.length > max) break;
    out += char;
  }
  return out;
}

/** What a stored upload answers: the new document's row, as the lists show it. */
export interface StoredDocument {
  id: string;
  title: string;
  fileName: string;
}

/**
 * Runs inside the document's transaction once its row exists: link it to the caller's own row.
 * Throwing `UploadRefused` rolls everything back and answers its status and sentence.
 */
export type LinkDocument<T> = (tx: Tx, document: StoredDocument) => Promise<T>;

/** What a LinkDocument throws to refuse the upload (its row is checked inside the transaction). */
export class UploadRefused extends Error {
  constructor(
    readonly status: UploadRefusal["status"],
    message: string,
  ) {
    super(message);
    this.name = "UploadRefused";
  }
}

/**
 * Stores an uploaded document on a meeting of `prefectureId`: the type is read from the
 * content, the file written under a random key, then its row and its audit-log entry are
 * created in one transaction; if that fails, the file is removed (no row, no file). The
 * caller has checked the policy (meeting.manage) for this meeting.
 */
export async function storeMeetingDocument(
  actor: Actor,
  target: { prefectureId: string; meetingId: string },
  input: UploadInput,
  client?: PrismaClient,
): Promise<{ ok: true; document: StoredDocument } | UploadRefusal> {
  // The portal's client unless a test passes its own; loaded lazily so the pure size checks of
  // this module stay importable without a database configured.
  const db = client ?? (await import("@/lib/db")).db;
  const detected = await detectDocumentType(input.bytes);
  if (!detected.ok) return refuse(input.bytes.byteLength > MAX_DOCUMENT_BYTES ? 413 : 400, detected.error);
  const meeting = await db.meeting.findFirst({
    where: { id: target.meetingId, prefectureId: target.prefectureId },
    select: { id: true, prefectureId: true, status: true },
  });
  if (!meeting) return refuse(404, "Séance introuvable.");
  if (meeting.status === "CANCELLED") return refuse(400, "Cette séance est annulée : on ne peut plus y déposer de document.");
  if (input.agendaItemId && !(await db.agendaItem.findFirst({ where: { id: input.agendaItemId, meetingId: meeting.id } }))) {
    return refuse(400, NOT_IN_MEETING);
  }
  const stored = await storeDocument(db, actor, { prefectureId: meeting.prefectureId, meetingId: meeting.id, agendaItemId: input.agendaItemId }, input, detected);
  return { ok: true, document: stored.document };
}

/**
 * Stores an uploaded document of the prefecture itself, outside any meeting (meetingId null):
 * the same type detection, size rules, storage and audit row as a meeting's document. `link`
 * runs in the same transaction once the row exists (the evidence row of a self-assessment,
 * say): if it throws, nothing is kept, neither rows nor file. Such a document is read by
 * everyone who reads the prefecture's results (documentRoute). The caller has checked the
 * policy for `prefectureId`.
 */
export async function storePrefectureDocument<T = undefined>(
  actor: Actor,
  target: { prefectureId: string },
  input: { fileName: string; bytes: Uint8Array; title: string | null },
  options: { client?: PrismaClient; link?: LinkDocument<T> } = {},
): Promise<{ ok: true; document: StoredDocument; linked: T } | UploadRefusal> {
  const db = options.client ?? (await import("@/lib/db")).db;
  const detected = await detectDocumentType(input.bytes);
  if (!detected.ok) return refuse(input.bytes.byteLength > MAX_DOCUMENT_BYTES ? 413 : 400, detected.error);
  try {
    return { ok: true, ...(await storeDocument(db, actor, { prefectureId: target.prefectureId, meetingId: null, agendaItemId: null }, input, detected, options.link)) };
  } catch (error) {
    if (error instanceof UploadRefused) return refuse(error.status, error.message); // rolled back, file removed
    throw error;
  }
}

/**
 * The file under a random key, then its row, its audit-log entry and the caller's link in one
 * transaction; if that fails, the file is removed (no row, no file).
 */
async function storeDocument<T>(
  db: PrismaClient,
  actor: Actor,
  owner: { prefectureId: string; meetingId: string | null; agendaItemId: string | null },
  input: { fileName: string; bytes: Uint8Array; title: string | null },
  detected: { ext: string; mime: string },
  link?: LinkDocument<T>,
): Promise<{ document: StoredDocument; linked: T }> {
  const fileName = documentFileName(input.fileName, detected.ext);
  const title = input.title ?? truncate(fileName.replace(/\.[^.]+$/, ""), 200);
  const storageKey = await storeFile(input.bytes, detected.ext);
  try {
    return await db.$transaction(async (tx) => {
      const row = await tx.document.create({
        data: {
          ...owner,
          title,
          fileName,
          mimeType: detected.mime,
          sizeBytes: input.bytes.byteLength,
          sha256: sha256(input.bytes),
          storageKey,
          uploadedById: actor.userId,
        },
      });
      await writeAuditLog(tx, actor.userId, {
        action: "document.upload",
        entityType: "Document",
        entityId: row.id,
        prefectureId: owner.prefectureId,
        after: {
          meetingId: owner.meetingId,
          agendaItemId: owner.agendaItemId,
          title: row.title,
          fileName,
          // The name as sent, when the stored one differs (extension added, characters replaced)
          ...(fileName !== input.fileName ? { uploadedFileName: truncate(input.fileName, 1000) } : {}),
          sizeBytes: row.sizeBytes,
          sha256: row.sha256,
        },
      });
      const document = { id: row.id, title: row.title, fileName: row.fileName };
      const linked = (link ? await link(tx, document) : undefined) as T;
      return { document, linked };
    });
  } catch (error) {
    await removeStoredFile(storageKey); // no row, no file
    throw error;
  }
}
