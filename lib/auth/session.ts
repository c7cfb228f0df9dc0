/**
 * Who is calling, memoised per request (React cache), and the guards pages use.
 * Layer 2 of the three (proxy → page/layout guard → scoped query).
 */
import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { forbidden, notFound, redirect } from "next/navigation";
import { db } from "@/lib/db";
import { authOptions } from "./options";
import { can, type Actor, type Resource, type Verb } from "./policy";

export const getActor = cache(async (): Promise<Actor | null> => {
  const session = (await getServerSession(authOptions)) as
    | { userId?: string; authTime?: number; sessionId?: string }
    | null;
  if (!session?.userId) return null;
  return loadActorCached(session.userId, session.authTime ?? 0, session.sessionId ?? null);
});

// sessionId is always passed (null when the token has none): the server-side session is checked.
const loadActorCached = cache(async (userId: string, authTime: number, sessionId: string | null) => {
  const { loadActor } = await import("./actor");
  return loadActor(db, userId, { issuedAt: new Date(authTime * 1000), sessionId });
});

/** Signed in, or sent to /connexion with a way back. */
export async function requireActor(returnTo: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/connexion?callbackUrl=${encodeURIComponent(returnTo)}`);
  return actor;
}

/** Signed in and allowed, or the French 403 page. */
export async function authorize(verb: Verb, resource: Resource, returnTo: string): Promise<Actor> {
  const actor = await requireActor(returnTo);
  if (!can(actor, verb, resource)) forbidden();
  return actor;
}

export const getPrefectureByCode = cache(async (code: string) => {
  if (!/^(\d{2,3}|2[AB])$/.test(code)) return null;
  return db.prefecture.findUnique({ where: { code } });
});

/** The prefecture of a /{code} page, or 404 when it does not exist. */
export async function requirePrefecture(code: string) {
  const prefecture = await getPrefectureByCode(code);
  if (!prefecture) notFound();
  return prefecture;
}
