/**
 * Loaders of the quality pages. Page loader of a year's SP+ self-assessment: the prefecture's access sequence ("results.read":
 * members read it too), then the year from the URL (404 for anything but a plausible year).
 * Memoised per request, so generateMetadata and the page share it.
 */
import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { can } from "@/lib/auth/policy";
import { uuidParam } from "@/lib/validation";
import { requirePrefectureAccess, routePrefectureAccess } from "@/lib/prefectures/loaders";
import { jsonError, withJsonErrors } from "@/lib/route-handler";
import { campaignYear } from "./schemas";

export const requireSelfAssessmentCampaign = cache(async (code: string, segment: string) => {
  const access = await requirePrefectureAccess(code, "results.read");
  const parsed = /^\d{4}$/.test(segment) ? campaignYear.safeParse(segment) : null;
  if (!parsed?.success) notFound();
  return { ...access, campaign: parsed.data };
});

/**
 * Route loader of a document kept as self-assessment evidence outside any meeting
 * (/{code}/demarche-qualite/preuves/{documentId}): session → prefecture → "results.read" (the
 * self-assessment's readers) → a document of that prefecture, not deleted, on no meeting, and
 * evidence of one of its self-assessments. A meeting's documents keep their own route
 * (/{code}/documents/{id}), which checks the meeting's visibility.
 */
export function evidenceDocumentRoute(handler: (context: { document: { storageKey: string; fileName: string; mimeType: string } }) => Promise<Response>) {
  return withJsonErrors(async (_request: Request, { params }: { params: Promise<{ code: string; documentId: string }> }) => {
    const { code, documentId } = await params;
    const access = await routePrefectureAccess(code);
    if (access instanceof Response) return access;
    if (!can(access.actor, "results.read", { kind: "prefecture", prefectureId: access.prefecture.id })) return jsonError(403, "Vous n'avez pas accès à ce document.");
    const id = uuidParam.safeParse(documentId);
    const document = id.success
      ? await db.document.findFirst({
          where: { id: id.data, prefectureId: access.prefecture.id, deletedAt: null, meetingId: null, selfAssessmentEvidence: { some: { selfAssessment: { prefectureId: access.prefecture.id } } } },
          select: { storageKey: true, fileName: true, mimeType: true },
        })
      : null;
    if (!document) return jsonError(404, "Document introuvable.");
    return handler({ document });
  });
}
