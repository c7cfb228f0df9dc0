import { db } from "@/lib/db";
import { fileResponse, guardedRoute, jsonError } from "@/lib/route-handler";
import { documentFileName, extensionOfMimeType, readStoredFile } from "@/lib/documents";
import { can } from "@/lib/auth/policy";

/** Download a document: only for those who may read its meeting. */
export const GET = guardedRoute<{ code: string; documentId: string }>({
  verb: "meeting.read",
  async resource(params, database) {
    if (!/^[0-9a-f-]{36}$/.test(params.documentId)) return null;
    const doc = await database.document.findFirst({
      where: { id: params.documentId, deletedAt: null, prefecture: { code: params.code } },
      include: { meeting: { select: { committeeId: true } } },
    });
    if (!doc?.meeting) return null;
    return { kind: "committee", prefectureId: doc.prefectureId, committeeId: doc.meeting.committeeId };
  },
  async handler({ actor, resource, params }) {
    const doc = await db.document.findUniqueOrThrow({ where: { id: params.documentId }, include: { meeting: { select: { status: true } } } });
    // A draft meeting's documents are hidden from members like the meeting itself.
    if (!doc.meeting || resource.kind !== "committee" || !can(actor, "meeting.read", { ...resource, kind: "meeting", status: doc.meeting.status })) {
      return jsonError(404, "Document introuvable.");
    }
    try {
      // Names are stored with the right extension since uploads check it; older rows get it here.
      const ext = extensionOfMimeType(doc.mimeType);
      return fileResponse(await readStoredFile(doc.storageKey), ext ? documentFileName(doc.fileName, ext) : doc.fileName, doc.mimeType);
    } catch {
      return jsonError(410, "Le fichier de ce document est introuvable sur le serveur.");
    }
  },
});
