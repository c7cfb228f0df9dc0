/**
 * Reads of the minutes, scoped by prefecture (and, for members, by what the policy lets them
 * read — drafts are not theirs). Pages and routes call these; the database is not reached
 * from app/ or components/.
 */
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/policy";
import { minutesReadScope } from "@/lib/auth/policy";
import { formatPersonName, parisDateParts } from "@/lib/format";
import { readDocument } from "@/lib/rich-text";
import { buildMinutesDocument, presentationOf } from "./document";
import { recordReviewOpened } from "./review";
import type { MinutesDocument } from "./domain";

export { presentationOf };

/** The minutes as the one structure every rendering uses (see lib/minutes/document.ts). */
export function findMinutesDocument(prefectureId: string, minutesId: string): Promise<MinutesDocument | null> {
  return buildMinutesDocument(db, prefectureId, minutesId);
}

/** The revisions of a meeting's minutes the actor may read, newest first (a correction is a new revision). */
export async function listMinutesRevisions(actor: Actor, prefectureId: string, meetingId: string) {
  const scope = minutesReadScope(actor, prefectureId);
  if (!scope) return [];
  return db.minutes.findMany({
    where: {
      meetingId,
      meeting: { prefectureId, ...(scope.committees === "all" ? {} : { committeeId: { in: scope.committees } }) },
      ...(scope.statuses === "all" ? {} : { status: { in: [...scope.statuses] } }),
    },
    orderBy: { revision: "desc" },
    select: { id: true, revision: true, status: true, kind: true, createdAt: true, validatedAt: true, publishedAt: true, correctionNote: true, version: true },
  });
}

const personSelect = { id: true, civility: true, firstName: true, lastName: true, function: true } as const;

/** Everything the minutes editor needs for one revision: header, sections with interventions, people to choose from. */
export async function getMinutesEditor(prefectureId: string, minutesId: string) {
  const minutes = await db.minutes.findFirst({
    where: { id: minutesId, meeting: { prefectureId } },
    include: {
      meeting: { select: { id: true, committeeId: true, startsAt: true, closedAt: true, status: true } },
      sections: {
        orderBy: { position: "asc" },
        include: {
          updatedBy: { select: { name: true } },
          interventions: {
            orderBy: { position: "asc" },
            include: { answers: { orderBy: { position: "asc" } } },
          },
          _count: { select: { versions: true } },
        },
      },
    },
  });
  if (!minutes) return null;
  const [persons, organizations] = await Promise.all([
    db.person.findMany({ where: { prefectureId }, select: { ...personSelect, organization: { select: { name: true } } }, orderBy: [{ lastName: "asc" }, { firstName: "asc" }] }),
    db.organization.findMany({ where: { prefectureId }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return {
    minutes,
    sections: minutes.sections.map((s) => ({
      id: s.id,
      title: s.title,
      presentation: s.presentation,
      body: readDocument(s.body),
      conclusions: readDocument(s.conclusions),
      noQuestions: s.noQuestions,
      version: s.version,
      updatedAt: s.updatedAt,
      updatedByName: s.updatedBy?.name ?? null,
      versionCount: s._count.versions,
      interventions: s.interventions.map((i) => ({
        id: i.id,
        kind: i.kind,
        askerPersonId: i.askerPersonId,
        askerOrganizationId: i.askerOrganizationId,
        askerLabel: i.askerLabel,
        text: i.text,
        answers: i.answers.map((a) => ({ id: a.id, responderPersonId: a.responderPersonId, responderLabel: a.responderLabel, text: a.text })),
      })),
    })),
    persons: persons.map((p) => ({ id: p.id, label: [formatPersonName(p), p.function ?? p.organization?.name].filter(Boolean).join(", ") })),
    organizations,
  };
}

/** The review comments of a revision, per section, oldest first. */
export async function listMinutesComments(prefectureId: string, minutesId: string) {
  return db.minutesComment.findMany({
    where: { minutesId, minutes: { meeting: { prefectureId } } },
    orderBy: { createdAt: "asc" },
    include: { author: { select: { name: true } }, resolvedBy: { select: { name: true } } },
  });
}

/** Who the draft was sent to, opened or not. */
export async function listReviewRecipients(prefectureId: string, minutesId: string) {
  return db.minutesReviewRecipient.findMany({
    where: { minutesId, minutes: { meeting: { prefectureId } } },
    orderBy: { name: "asc" },
    include: { invitationMessage: { select: { sentAt: true, error: true } }, reminderMessage: { select: { sentAt: true, sendAfter: true, error: true } } },
  });
}

/** The history of one section (newest first), with authors. */
export async function listSectionVersions(prefectureId: string, sectionId: string) {
  const section = await db.minutesSection.findFirst({
    where: { id: sectionId, minutes: { meeting: { prefectureId } } },
    select: { id: true, title: true, version: true, minutesId: true, minutes: { select: { meetingId: true, status: true } } },
  });
  if (!section) return null;
  const versions = await db.minutesSectionVersion.findMany({
    where: { sectionId },
    orderBy: { number: "desc" },
    include: { author: { select: { name: true } } },
  });
  return { section, versions };
}

/** The status history of a revision. */
export async function listMinutesStatusChanges(prefectureId: string, minutesId: string) {
  return db.minutesStatusChange.findMany({
    where: { minutesId, minutes: { meeting: { prefectureId } } },
    orderBy: { at: "asc" },
    include: { user: { select: { name: true } } },
  });
}

/** The signed-in reader opened the draft under review (their reminder is cancelled). */
export async function markReviewOpened(minutesId: string, actor: Actor) {
  await recordReviewOpened(db, minutesId, actor);
}

/** The deadline a review form suggests: two weeks from today (Paris day, "YYYY-MM-DD"). */
export function suggestedReviewDeadline(): string {
  return parisDateParts(new Date(Date.now() + 14 * 24 * 3600 * 1000)).date;
}
