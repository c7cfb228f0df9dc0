/**
 * Route loader of one stored document (/{code}/documents/{documentId}): session → prefecture of
 * the URL → id parsed → found in that prefecture → policy. A meeting's document must be on a
 * meeting the caller may see (a draft's documents are hidden from members like the draft) and
 * is read with "meeting.read"; a document of the prefecture itself (no meeting: a
 * self-assessment's evidence) is read by everyone who reads its results ("results.read",
 * members included). Same statuses as meetingRoute.
 */
import "server-only";
import { db } from "@/lib/db";
import { can, type Actor } from "@/lib/auth/policy";
import { uuidParam } from "@/lib/validation";
import { routePrefectureAccess } from "@/lib/prefectures/loaders";
import { visibleMeetingsWhere } from "@/lib/meetings/queries";
import { jsonError, withJsonErrors } from "@/lib/route-handler";

async function findVisibleDocument(actor: Actor, prefectureId: string, rawId: string) {
  const id = uuidParam.safeParse(rawId);
  if (!id.success) return null;
  return db.document.findFirst({
    where: {
      id: id.data,
      prefectureId,
      deletedAt: null,
      OR: [{ meeting: visibleMeetingsWhere(actor, prefectureId) }, { meetingId: null }],
    },
    include: { meeting: { select: { prefectureId: true, committeeId: true, status: true } } },
  });
}

export type LoadedDocument = NonNullable<Awaited<ReturnType<typeof findVisibleDocument>>>;

export function documentRoute(handler: (context: { actor: Actor; document: LoadedDocument; request: Request }) => Promise<Response>) {
  return withJsonErrors(async (request: Request, { params }: { params: Promise<{ code: string; documentId: string }> }) => {
    const { code, documentId } = await params;
    const access = await routePrefectureAccess(code);
    if (access instanceof Response) return access;
    const document = await findVisibleDocument(access.actor, access.prefecture.id, documentId);
    if (!document) return jsonError(404, "Document introuvable.");
    const allowed = document.meeting
      ? can(access.actor, "meeting.read", { kind: "meeting", ...document.meeting })
      : can(access.actor, "results.read", { kind: "prefecture", prefectureId: document.prefectureId });
    if (!allowed) return jsonError(403, "Vous n'avez pas accès à ce document.");
    return handler({ actor: access.actor, document, request });
  });
}
