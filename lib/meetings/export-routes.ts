/**
 * The meeting's downloadable documents, as route handlers guarded by the policy: whoever may
 * read the meeting may download them.
 */
import "server-only";
import { documentFileBase } from "@/lib/exports";
import { formatLongDate } from "@/lib/format";
import { fileResponse, jsonError } from "@/lib/route-handler";
import type { MeetingDocumentData } from "./document-data";
import { getMeetingDocumentData } from "./queries";
import { meetingRoute } from "./loaders";

/** A document of the meeting, for whoever may read it (meetingRoute: session, prefecture, id, visibility, policy). */
export function meetingDocumentRoute(render: (data: MeetingDocumentData, request: Request) => Promise<{ body: Buffer | string; fileName: string; contentType: string }>) {
  return meetingRoute("meeting.read", async ({ prefecture, meeting, request }) => {
    const data = await getMeetingDocumentData(prefecture.id, meeting.id);
    if (!data) return jsonError(404, "Séance introuvable.");
    const { body, fileName, contentType } = await render(data, request);
    return fileResponse(body, fileName, contentType);
  });
}

/** "convocation-clu-vienne-2021-05-06": the meeting's Paris day, not its UTC one (lib/exports/format.ts). */
export function documentBaseName(kind: string, data: MeetingDocumentData): string {
  return documentFileBase(kind, data);
}

/** "Comité local des usagers de la Vienne — jeudi 6 mai 2021": the day only, never "à 0h". */
export const documentTitle = (data: MeetingDocumentData) => `${data.committee.name} — ${formatLongDate(data.meeting.startsAt)}`;
