/**
 * Loaders of a meeting's minutes, for pages and routes: the meeting (requireMeeting /
 * meetingRoute: session, prefecture, id, visibility), then the revision the caller may read —
 * the latest by default, or `?version=N` — then the policy on the minutes resource (members
 * never see a draft). Pages get 404/403 pages; routes get French JSON errors.
 */
import "server-only";
import { cache } from "react";
import { forbidden } from "next/navigation";
import { db } from "@/lib/db";
import { can, minutesReadScope, type Actor, type Verb } from "@/lib/auth/policy";
import { requireMeeting, meetingRoute, type LoadedMeeting } from "@/lib/meetings/loaders";
import { fileResponse, jsonError } from "@/lib/route-handler";
import { documentFileBase, renderMinutesDocx, renderMinutesPdf } from "@/lib/exports";
import type { MinutesDocument } from "./domain";
import { buildMinutesDocument } from "./document";

async function findReadableMinutes(actor: Actor, meeting: LoadedMeeting, revision: number | null) {
  const scope = minutesReadScope(actor, meeting.prefectureId);
  if (!scope) return null;
  return db.minutes.findFirst({
    where: {
      meetingId: meeting.id,
      ...(revision ? { revision } : {}),
      ...(scope.statuses === "all" ? {} : { status: { in: [...scope.statuses] } }),
    },
    orderBy: { revision: "desc" },
  });
}

export type LoadedMinutes = NonNullable<Awaited<ReturnType<typeof findReadableMinutes>>>;

function minutesResourceOf(meeting: LoadedMeeting, minutes: LoadedMinutes) {
  return { kind: "minutes", prefectureId: meeting.prefectureId, committeeId: meeting.committeeId, status: minutes.status } as const;
}

function revisionParam(value: string | string[] | undefined): number | null {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw || !/^\d{1,4}$/.test(raw)) return null;
  return Number(raw);
}

/**
 * For pages: the meeting and, when it exists and the caller may read it, its minutes (the
 * revision asked for, else the latest). `minutes` is null when there is none yet (or none
 * the caller may see): the page offers to start them, to those who may.
 */
export const requireMeetingMinutes = cache(async (code: string, meetingId: string, revision?: string | string[], verb: Verb = "minutes.read") => {
  const loaded = await requireMeeting(code, meetingId, "meeting.read");
  const minutes = await findReadableMinutes(loaded.actor, loaded.meeting, revisionParam(revision));
  if (minutes && !can(loaded.actor, verb, minutesResourceOf(loaded.meeting, minutes))) forbidden();
  return { ...loaded, minutes, minutesResource: minutes ? minutesResourceOf(loaded.meeting, minutes) : null };
});

/** For the export routes: the minutes the caller may read, as the one document structure. */
export function minutesRoute(handler: (context: { document: MinutesDocument; request: Request }) => Promise<Response>) {
  return meetingRoute("meeting.read", async ({ actor, meeting, request }) => {
    const url = new URL(request.url);
    const minutes = await findReadableMinutes(actor, meeting, revisionParam(url.searchParams.get("version") ?? undefined));
    if (!minutes || !can(actor, "minutes.read", minutesResourceOf(meeting, minutes))) return jsonError(404, "Compte rendu introuvable.");
    const document = await buildMinutesDocument(db, meeting.prefectureId, minutes.id);
    if (!document) return jsonError(404, "Compte rendu introuvable.");
    return handler({ document, request });
  });
}

/** "compte-rendu-clu-vienne-2021-05-06" (a correction: "…-v2"), on the meeting's Paris day. */
export function minutesFileBase(document: MinutesDocument): string {
  const kind = document.kind === "COMPTE_RENDU" ? "compte-rendu" : "releve-de-conclusions";
  const base = documentFileBase(kind, { committee: document.committee, prefecture: document.prefecture, meeting: { startsAt: new Date(document.meeting.startsAt) } } as Parameters<typeof documentFileBase>[1]);
  return document.revision > 1 ? `${base}-v${document.revision}` : base;
}

/** GET …/compte-rendu.docx and …/compte-rendu.pdf: the minutes the caller may read (draft watermark-free: drafts are only the staff's). */
export function minutesDownloadRoute(format: "docx" | "pdf") {
  return minutesRoute(async ({ document, request }) => {
    const coverLetter = new URL(request.url).searchParams.get("lettre") !== "non";
    const body = format === "docx" ? await renderMinutesDocx(document, { coverLetter }) : await renderMinutesPdf(document, { coverLetter });
    const contentType = format === "docx" ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document" : "application/pdf";
    const response = fileResponse(body, `${minutesFileBase(document)}.${format}`, contentType);
    return response;
  });
}
