/**
 * Page loaders of the referential screens (/national/referentiels/…): the national policy
 * check, then the framework code / version id / row id from the URL (404 for a malformed one,
 * before any query), then the scoped find (a version under another framework's code, a module
 * of another version: 404). Memoised per request, so generateMetadata and the page share them.
 */
import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { authorize } from "@/lib/auth/session";
import { can, type Verb } from "@/lib/auth/policy";
import { isUuid } from "@/lib/validation";
import { findFramework, findFrameworkVersion } from "./queries";
import { FRAMEWORK_CODE_PATTERN } from "./schemas";

const BASE = "/national/referentiels";

export const requireFramework = cache(async (code: string, verb: Verb = "national.read") => {
  const actor = await authorize(verb, { kind: "national" }, `${BASE}/${code}`);
  if (!FRAMEWORK_CODE_PATTERN.test(code)) notFound();
  const framework = await findFramework(code);
  if (!framework) notFound();
  return { actor, canManage: can(actor, "national.manage", { kind: "national" }), framework };
});

export const requireFrameworkVersion = cache(async (code: string, versionId: string, verb: Verb = "national.read") => {
  const actor = await authorize(verb, { kind: "national" }, `${BASE}/${code}/${versionId}`);
  if (!FRAMEWORK_CODE_PATTERN.test(code) || !isUuid(versionId)) notFound();
  const detail = await findFrameworkVersion(code, versionId);
  if (!detail) notFound();
  return { actor, canManage: can(actor, "national.manage", { kind: "national" }), path: `${BASE}/${code}/${versionId}`, ...detail };
});

export const requireModule = cache(async (code: string, versionId: string, moduleId: string) => {
  const detail = await requireFrameworkVersion(code, versionId, "national.manage");
  const found = isUuid(moduleId) ? detail.modules.find((m) => m.id === moduleId) : undefined;
  if (!found) notFound();
  return { ...detail, module: found };
});

export const requireEngagement = cache(async (code: string, versionId: string, engagementId: string) => {
  const detail = await requireFrameworkVersion(code, versionId, "national.manage");
  const engagement = isUuid(engagementId) ? detail.engagements.find((e) => e.id === engagementId) : undefined;
  if (!engagement) notFound();
  return { ...detail, engagement };
});
