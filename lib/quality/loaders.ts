/**
 * Page loader of a year's SP+ self-assessment: the prefecture's access sequence ("results.read":
 * members read it too), then the year from the URL (404 for anything but a plausible year).
 * Memoised per request, so generateMetadata and the page share it.
 */
import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { requirePrefectureAccess } from "@/lib/prefectures/loaders";
import { campaignYear } from "./schemas";

export const requireSelfAssessmentCampaign = cache(async (code: string, segment: string) => {
  const access = await requirePrefectureAccess(code, "results.read");
  const parsed = /^\d{4}$/.test(segment) ? campaignYear.safeParse(segment) : null;
  if (!parsed?.success) notFound();
  return { ...access, campaign: parsed.data };
});


/** The evidence upload's route handler (a new document of the prefecture as a cell's evidence). */
export { evidenceUploadRoute, type EvidenceUploadAnswer } from "./evidence-upload";
