/**
 * Page loader of one survey: prefecture access (results.read: members included) → zod-parsed
 * id (404) → the survey of that prefecture with its results (404 for another prefecture's id)
 * → the verb asked (403). Memoised per request so generateMetadata and the page share it.
 */
import "server-only";
import { cache } from "react";
import { forbidden, notFound } from "next/navigation";
import { can, type Verb } from "@/lib/auth/policy";
import { requirePrefectureAccess } from "@/lib/prefectures/loaders";
import { uuidParam } from "@/lib/validation";
import { findSurvey } from "./queries";

export const requireSurvey = cache(async (code: string, surveyId: string, verb: Verb = "results.read") => {
  // Access to the prefecture first: a stranger learns nothing, not even whether the id exists.
  const { actor, prefecture } = await requirePrefectureAccess(code, "results.read");
  if (!uuidParam.safeParse(surveyId).success) notFound();
  const survey = await findSurvey(prefecture.id, surveyId);
  if (!survey) notFound();
  if (!can(actor, verb, { kind: "prefecture", prefectureId: prefecture.id })) forbidden();
  return { actor, prefecture, survey };
});
