import { NextResponse } from "next/server";
import { db } from "@/lib/db";
import { guardedRoute, jsonError } from "@/lib/route-handler";
import { meetingOfPrefecture, readUploadForm, storeMeetingDocument } from "@/lib/documents";

/**
 * Upload a document to a meeting (multipart/form-data: file, title?, agendaItemId?), for those
 * who manage it, on the meeting of the URL's prefecture only. Size rules, fields and storage
 * live in lib/documents/upload.ts.
 */
export const POST = guardedRoute<{ code: string; meetingId: string }>({
  verb: "meeting.manage",
  resource: (params, database) => meetingOfPrefecture(database, params.code, params.meetingId),
  async handler({ actor, resource, params, request }) {
    if (resource.kind !== "committee") return jsonError(404, "Séance introuvable.");
    const form = await readUploadForm(request);
    if (!form.ok) return jsonError(form.status, form.error);
    const stored = await storeMeetingDocument(db, actor, { prefectureId: resource.prefectureId, meetingId: params.meetingId }, form.input);
    if (!stored.ok) return jsonError(stored.status, stored.error);
    return NextResponse.json({ id: stored.document.id, title: stored.document.title }, { status: 201 });
  },
});
