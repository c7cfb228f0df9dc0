/**
 * Uploading a document to a meeting, everything but the HTTP routing: which meeting the URL
 * names (in its prefecture only), reading the multipart body within the announced size
 * (Content-Length first, then counted while reading), the form's fields, and storing the file
 * with its row and its audit-log entry in one transaction. The route handler
 * (app/[code]/seances/[meetingId]/documents/route.ts) only chains these.
 */
import "server-only";
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
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

const uploadFieldsSchema = z.object({
  title: optionalText(200, "Titre"),
  agendaItemId: z
    .string()
    .nullish()
    .refine((v) => !v || isUuid(v), NOT_IN_MEETING)
    .transform((v) => v || null),
});

/** The multipart form of the upload (file, title?, agendaItemId?), within the size rules. */
export async function readUploadForm(request: Request): Promise<{ ok: true; input: UploadInput } | UploadRefusal> {
  const declared = checkDeclaredLength(request.headers.get("content-length"));
  if (declared) return declared;
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/i.test(contentType)) {
    return refuse(400, "Déposez le document avec le formulaire de la séance.");
  }
  const body = await readBodyWithLimit(request.body);
  if (!body.ok) return body;
  const form = await new Response(body.bytes, { headers: { "content-type": contentType } }).formData().catch(() => null);
  if (!form) return refuse(400, "Le document est arrivé incomplet ou mal formé : réessayez.");

  const file = form.get("file");
  // No file chosen: browsers still send an empty part without a name.
  if (!(file instanceof File) || (file.size === 0 && file.name === "")) return refuse(400, "Choisissez un fichier.");
  if (file.size > MAX_DOCUMENT_BYTES) return tooLarge();
  const title = form.get("title");
  const agendaItemId = form.get("agendaItemId");
  if (title instanceof File || agendaItemId instanceof File) return refuse(400, "La requête de dépôt est mal formée : réessayez.");
  const fields = uploadFieldsSchema.safeParse({ title, agendaItemId });
  if (!fields.success) return refuse(400, fields.error.issues[0]?.message ?? "La requête de dépôt est mal formée : réessayez.");
  return {
    ok: true,
    input: { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()), ...fields.data },
  };
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
): Promise<{ ok: true; document: { id: string; title: string; fileName: string } } | UploadRefusal> {
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

  const fileName = documentFileName(input.fileName, detected.ext);
  const title = input.title ?? truncate(fileName.replace(/\.[^.]+$/, ""), 200);
  const storageKey = await storeFile(input.bytes, detected.ext);
  try {
    const document = await db.$transaction(async (tx) => {
      const row = await tx.document.create({
        data: {
          prefectureId: meeting.prefectureId,
          meetingId: meeting.id,
          agendaItemId: input.agendaItemId,
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
        prefectureId: meeting.prefectureId,
        after: {
          meetingId: meeting.id,
          agendaItemId: input.agendaItemId,
          title: row.title,
          fileName,
          // The name as sent, when the stored one differs (extension added, characters replaced)
          ...(fileName !== input.fileName ? { uploadedFileName: truncate(input.fileName, 1000) } : {}),
          sizeBytes: row.sizeBytes,
          sha256: row.sha256,
        },
      });
      return row;
    });
    return { ok: true, document: { id: document.id, title: document.title, fileName: document.fileName } };
  } catch (error) {
    await removeStoredFile(storageKey); // no row, no file
    throw error;
  }
}
