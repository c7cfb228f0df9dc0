/**
 * Page loader of a prefecture's space: the one sequence every /{code}/… page starts with —
 * prefecture from the URL (404) → session (sign-in with a way back) → policy (French 403).
 * Memoised per request (React cache), so the layout, generateMetadata and the page share one
 * lookup. Feature loaders (requireMeeting, requireCommittee) start from it.
 */
import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { forbidden } from "next/navigation";
import { can, type Verb } from "@/lib/auth/policy";
import { requireActor, requirePrefecture } from "@/lib/auth/session";

/** The path being rendered (set by proxy.ts), to come back to it after signing in. */
export async function currentPath(fallback: string): Promise<string> {
  const path = (await headers()).get("x-pathname");
  return path?.startsWith("/") && !path.startsWith("//") ? path : fallback;
}

export const requirePrefectureAccess = cache(async (code: string, verb: Verb = "prefecture.read") => {
  const prefecture = await requirePrefecture(code);
  const actor = await requireActor(await currentPath(`/${code}`));
  if (!can(actor, verb, { kind: "prefecture", prefectureId: prefecture.id })) forbidden();
  return { actor, prefecture };
});
