import { NextResponse } from "next/server";
import { db } from "@/lib/db";
import { writeAuditLog } from "@/lib/audit-log";
import { guardedRoute, jsonError } from "@/lib/route-handler";
import { meetingResource } from "@/lib/meetings/resources";
import { MAX_DOCUMENT_BYTES, detectDocumentType, removeStoredFile, sha256, storeFile } from "@/lib/documents/storage";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Upload a document to a meeting (multipart/form-data: file, title?, agendaItemId?). */
export const POST = guardedRoute<{ code: string; meetingId: string }>({
  verb: "meeting.manage",
  resource: async (params, database) => (UUID.test(params.meetingId) ? meetingResource(database, params.meetingId) : null),
  async handler({ actor, params, request }) {
    const length = Number(request.headers.get("content-length") ?? 0);
    if (length > MAX_DOCUMENT_BYTES + 64 * 1024) return jsonError(413, "Le fichier dépasse 20 Mo.");
    const form = await request.formData().catch(() => null);
    const file = form?.get("file");
    if (!(file instanceof File)) return jsonError(400, "Choisissez un fichier.");
    const bytes = new Uint8Array(await file.arrayBuffer());
    const detected = await detectDocumentType(bytes);
    if (!detected.ok) return jsonError(400, detected.error);
    const rawTitle = String(form?.get("title") ?? "").trim().slice(0, 200);
    const agendaItemId = String(form?.get("agendaItemId") ?? "") || null;
    if (agendaItemId && !UUID.test(agendaItemId)) return jsonError(400, "Ce point n'appartient pas à la séance.");
    const meeting = await db.meeting.findUniqueOrThrow({ where: { id: params.meetingId } });
    if (meeting.status === "CANCELLED") return jsonError(400, "Cette séance est annulée : on ne peut plus y déposer de document.");
    if (agendaItemId && !(await db.agendaItem.findFirst({ where: { id: agendaItemId, meetingId: meeting.id } }))) {
      return jsonError(400, "Ce point n'appartient pas à la séance.");
    }
    const storageKey = await storeFile(bytes, detected.ext);
    const fileName = file.name.slice(0, 255) || `document.${detected.ext}`;
    const document = await db
      .$transaction(async (tx) => {
      const row = await tx.document.create({
        data: {
          prefectureId: meeting.prefectureId,
          meetingId: meeting.id,
          agendaItemId,
          title: rawTitle || fileName.replace(/\.[^.]+$/, ""),
          fileName,
          mimeType: detected.mime,
          sizeBytes: bytes.byteLength,
          sha256: sha256(bytes),
          storageKey,
          uploadedById: actor.userId,
        },
      });
      await writeAuditLog(tx, actor.userId, {
        action: "document.upload",
        entityType: "Document",
        entityId: row.id,
        prefectureId: meeting.prefectureId,
        after: { meetingId: meeting.id, agendaItemId, title: row.title, fileName, sizeBytes: row.sizeBytes, sha256: row.sha256 },
      });
      return row;
    })
      .catch(async (error: unknown) => {
        await removeStoredFile(storageKey); // no row, no file
        throw error;
      });
    return NextResponse.json({ id: document.id, title: document.title }, { status: 201 });
  },
});
