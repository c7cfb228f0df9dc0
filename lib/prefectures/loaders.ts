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
import { db } from "@/lib/db";
import { can, type Actor, type Verb } from "@/lib/auth/policy";
import { getActor, requireActor, requirePrefecture } from "@/lib/auth/session";
import { jsonError } from "@/lib/route-handler";

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

/**
 * The same sequence for a route handler, answering in French JSON instead of pages: 401
 * without a session, 404 for an unknown prefecture, 403 outside it. Returns the Response to
 * send, or the caller and the prefecture.
 */
export async function routePrefectureAccess(code: string): Promise<Response | { actor: Actor; prefecture: { id: string; code: string } }> {
  const actor = await getActor();
  if (!actor) return jsonError(401, "Connectez-vous pour accéder à ce document.");
  const prefecture = await db.prefecture.findUnique({ where: { code }, select: { id: true, code: true } });
  if (!prefecture) return jsonError(404, "Préfecture introuvable.");
  if (!can(actor, "prefecture.read", { kind: "prefecture", prefectureId: prefecture.id })) {
    return jsonError(403, "Vous n'avez pas accès à cette préfecture.");
  }
  return { actor, prefecture };
}
