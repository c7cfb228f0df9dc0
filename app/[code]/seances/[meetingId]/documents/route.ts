import { NextResponse } from "next/server";
import { CROSS_SITE_MESSAGE, isSameOriginRequest, jsonError } from "@/lib/route-handler";
import { meetingRoute } from "@/lib/meetings/loaders";
import { readUploadForm, storeMeetingDocument } from "@/lib/documents";

/**
 * Upload a document to a meeting (multipart/form-data: file, title?, agendaItemId?), for those
 * who manage it, on the meeting of the URL's prefecture only (meetingRoute). Size rules,
 * fields and storage live in lib/documents/upload.ts. Posted by a page of the portal only.
 */
export const POST = meetingRoute("meeting.manage", async ({ actor, prefecture, meeting, request }) => {
  if (!isSameOriginRequest(request)) return jsonError(403, CROSS_SITE_MESSAGE);
  const form = await readUploadForm(request);
  if (!form.ok) return jsonError(form.status, form.error);
  const stored = await storeMeetingDocument(actor, { prefectureId: prefecture.id, meetingId: meeting.id }, form.input);
  if (!stored.ok) return jsonError(stored.status, stored.error);
  return NextResponse.json({ id: stored.document.id, title: stored.document.title }, { status: 201 });
});
