/**
 * Page loader of one action: prefecture access with "results.read" (members read the plan) →
 * zod-parsed id (404) → the action of that prefecture the caller may see (404 otherwise:
 * another prefecture's id, or an action of a committee the member does not sit on). Says
 * whether the caller may manage it. Memoised per request (generateMetadata and the page).
 */
import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { can } from "@/lib/auth/policy";
import { requirePrefectureAccess } from "@/lib/prefectures/loaders";
import { uuidParam } from "@/lib/validation";
import { findActionDetail } from "./queries";

export const requireImprovementAction = cache(async (code: string, actionId: string) => {
  const { actor, prefecture } = await requirePrefectureAccess(code, "results.read");
  if (!uuidParam.safeParse(actionId).success) notFound();
  const action = await findActionDetail(code, prefecture.id, actor, actionId);
  if (!action) notFound();
  const canManage = can(actor, "actionPlan.manage", { kind: "prefecture", prefectureId: prefecture.id });
  return { actor, prefecture, action, canManage };
});
