/**
 * Loaders of one meeting, for pages and for route handlers: session → prefecture of the URL →
 * id parsed (zod UUID) → find scoped by prefecture AND by what the caller may see (drafts are
 * not found for members) → policy for the verb. Pages get 404/403 pages, routes get French
 * JSON errors. A page, its generateMetadata and its route handlers never repeat the sequence.
 */
import "server-only";
import { cache } from "react";
import { forbidden, notFound } from "next/navigation";
import { db } from "@/lib/db";
import { can, type Actor, type Resource, type Verb } from "@/lib/auth/policy";
import { uuidParam } from "@/lib/validation";
import { requirePrefectureAccess, routePrefectureAccess } from "@/lib/prefectures/loaders";
import { jsonError, withJsonErrors } from "@/lib/route-handler";
import { visibleMeetingsWhere } from "./queries";

async function findVisibleMeeting(actor: Actor, prefectureId: string, rawId: string) {
  const id = uuidParam.safeParse(rawId);
  if (!id.success) return null;
  return db.meeting.findFirst({
    where: { id: id.data, prefectureId, ...visibleMeetingsWhere(actor, prefectureId) },
    include: { committee: { select: { id: true, name: true, kind: true } } },
  });
}

export type LoadedMeeting = NonNullable<Awaited<ReturnType<typeof findVisibleMeeting>>>;

export function meetingResourceOf(meeting: { prefectureId: string; committeeId: string; status: LoadedMeeting["status"] }) {
  return { kind: "meeting", prefectureId: meeting.prefectureId, committeeId: meeting.committeeId, status: meeting.status } as const;
}

/** For pages and generateMetadata: the meeting, or the 404 / 403 page (or the sign-in page). */
export const requireMeeting = cache(async (code: string, meetingId: string, verb: Verb = "meeting.read") => {
  // Access to the prefecture first: a stranger learns nothing, not even whether the id exists.
  const { actor, prefecture } = await requirePrefectureAccess(code);
  const meeting = await findVisibleMeeting(actor, prefecture.id, meetingId);
  if (!meeting) notFound();
  const resource = meetingResourceOf(meeting);
  if (!can(actor, verb, resource)) forbidden();
  return { actor, prefecture, meeting, resource };
});

type MeetingRouteParams = { code: string; meetingId: string };
export interface MeetingRouteContext {
  actor: Actor;
  prefecture: { id: string; code: string };
  meeting: LoadedMeeting;
  resource: Resource;
  request: Request;
}

/**
 * A route handler under /{code}/seances/{meetingId}/…: 401 without a session, 403 outside the
 * prefecture or without the verb, 404 for an id that is malformed, of another prefecture or
 * not visible to the caller. Unexpected errors become a French 500.
 */
export function meetingRoute(verb: Verb, handler: (context: MeetingRouteContext) => Promise<Response>) {
  return withJsonErrors(async (request: Request, { params }: { params: Promise<MeetingRouteParams> }): Promise<Response> => {
    const { code, meetingId } = await params;
    const access = await routePrefectureAccess(code);
    if (access instanceof Response) return access;
    const { actor, prefecture } = access;
    const meeting = await findVisibleMeeting(actor, prefecture.id, meetingId);
    if (!meeting) return jsonError(404, "Séance introuvable.");
    const resource = meetingResourceOf(meeting);
    if (!can(actor, verb, resource)) return jsonError(403, "Vous n'avez pas les droits nécessaires pour cette séance.");
    return handler({ actor, prefecture, meeting, resource, request });
  });
}
