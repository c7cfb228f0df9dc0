/**
 * The meeting's downloadable documents, as route handlers guarded by the policy: whoever may
 * read the meeting may download them.
 */
import "server-only";
import { documentFileBase } from "@/lib/exports/format";
import { formatLongDate } from "@/lib/format";
import { fileResponse, guardedRoute, jsonError } from "@/lib/route-handler";
import type { MeetingDocumentData } from "./document-data";
import { getMeetingDocumentData } from "./queries";
import { meetingResource } from "./resources";
import { canSeeMeeting } from "./visibility";
import { db } from "@/lib/db";

type Params = { code: string; meetingId: string };

export function meetingDocumentRoute(render: (data: MeetingDocumentData, request: Request) => Promise<{ body: Buffer | string; fileName: string; contentType: string }>) {
  return guardedRoute<Params>({
    verb: "meeting.read",
    async resource(params, db) {
      if (!/^[0-9a-f-]{36}$/.test(params.meetingId)) return null;
      const resource = await meetingResource(db, params.meetingId);
      // The URL's prefecture must be the meeting's: /16/seances/<a Vienne meeting> is a 404.
      if (!resource || resource.kind !== "committee") return null;
      const prefecture = await db.prefecture.findUnique({ where: { code: params.code }, select: { id: true } });
      return prefecture?.id === resource.prefectureId ? resource : null;
    },
    async handler({ actor, resource, params, request }) {
      if (resource.kind !== "committee") return jsonError(404, "Séance introuvable.");
      const meeting = await db.meeting.findUniqueOrThrow({ where: { id: params.meetingId }, select: { status: true } });
      if (!canSeeMeeting(actor, resource, meeting.status)) return jsonError(404, "Séance introuvable.");
      const data = await getMeetingDocumentData(resource.prefectureId, params.meetingId);
      if (!data) return jsonError(404, "Séance introuvable.");
      const { body, fileName, contentType } = await render(data, request);
      return fileResponse(body, fileName, contentType);
    },
  });
}

/** "convocation-clu-vienne-2021-05-06": the meeting's Paris day, not its UTC one (lib/exports/format.ts). */
export function documentBaseName(kind: string, data: MeetingDocumentData): string {
  return documentFileBase(kind, data);
}

/** "Comité local des usagers de la Vienne — jeudi 6 mai 2021": the day only, never "à 0h". */
export const documentTitle = (data: MeetingDocumentData) => `${data.committee.name} — ${formatLongDate(data.meeting.startsAt)}`;
