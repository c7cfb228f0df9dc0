/**
 * Loaders of one committee, for pages and route handlers: prefecture of the URL → session →
 * policy on the prefecture → id parsed (zod UUID) → find scoped by prefecture → policy for the
 * verb. A member only reaches their own committee (the policy); another prefecture's id under
 * one's own code is a 404.
 */
import "server-only";
import { cache } from "react";
import { forbidden, notFound } from "next/navigation";
import { db } from "@/lib/db";
import { can, type Actor, type Verb } from "@/lib/auth/policy";
import { uuidParam } from "@/lib/validation";
import { requirePrefectureAccess, routePrefectureAccess } from "@/lib/prefectures/loaders";
import { jsonError, withJsonErrors } from "@/lib/route-handler";

async function findCommitteeIn(prefectureId: string, rawId: string) {
  const id = uuidParam.safeParse(rawId);
  if (!id.success) return null;
  return db.committee.findFirst({
    where: { id: id.data, prefectureId },
    select: { id: true, prefectureId: true, kind: true, name: true, description: true, archivedAt: true, version: true },
  });
}

export type LoadedCommittee = NonNullable<Awaited<ReturnType<typeof findCommitteeIn>>>;

const committeeResourceOf = (c: { id: string; prefectureId: string }) => ({ kind: "committee", prefectureId: c.prefectureId, committeeId: c.id }) as const;

/** For pages and generateMetadata: the committee, or the 404 / 403 page (or the sign-in page). */
export const requireCommittee = cache(async (code: string, committeeId: string, verb: Verb = "committee.read") => {
  const { actor, prefecture } = await requirePrefectureAccess(code);
  const committee = await findCommitteeIn(prefecture.id, committeeId);
  if (!committee) notFound();
  const resource = committeeResourceOf(committee);
  if (!can(actor, verb, resource)) forbidden();
  return { actor, prefecture, committee, resource };
});

export interface CommitteeRouteContext {
  actor: Actor;
  prefecture: { id: string; code: string };
  committee: LoadedCommittee;
  request: Request;
}

/** A route handler under /{code}/comites/{committeeId}/…, with the statuses of meetingRoute. */
export function committeeRoute(verb: Verb, handler: (context: CommitteeRouteContext) => Promise<Response>) {
  return withJsonErrors(async (request: Request, { params }: { params: Promise<{ code: string; committeeId: string }> }): Promise<Response> => {
    const { code, committeeId } = await params;
    const access = await routePrefectureAccess(code);
    if (access instanceof Response) return access;
    const committee = await findCommitteeIn(access.prefecture.id, committeeId);
    if (!committee) return jsonError(404, "Comité introuvable.");
    if (!can(access.actor, verb, committeeResourceOf(committee))) return jsonError(403, "Vous n'avez pas les droits nécessaires pour ce comité.");
    return handler({ ...access, committee, request });
  });
}
