/**
 * Reading minutes online: the list of the comptes rendus an actor may read in a prefecture.
 * What they may read is the policy's minutesReadScope, turned into the query's `where`, so a
 * member never receives a draft or another committee's minutes, whatever the page does.
 */
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { minutesReadScope, type Actor } from "@/lib/auth/policy";
import { currentOf, dayOf } from "@/lib/periods";
import { MINUTES_KIND_LABELS, MINUTES_STATUS_LABELS, type MinutesKind, type MinutesStatus } from "./vocabulary";

/**
 * The minutes of a prefecture an actor may read, as a Prisma `where` (the policy's
 * minutesReadScope): an actor without any scope matches nothing.
 */
export function readableMinutesWhere(actor: Actor | null, prefectureId: string): Prisma.MinutesWhereInput {
  const scope = minutesReadScope(actor, prefectureId);
  if (!scope) return { id: { in: [] } };
  if (scope.committees === "all") return { meeting: { prefectureId } };
  return { meeting: { prefectureId, committeeId: { in: scope.committees } }, status: { in: [...scope.statuses] } };
}

interface CommitteeWithPeriods {
  name: string;
  periods: { name: string; startsOn: Date | null; endsOn: Date | null }[];
}

/** A committee is named as it was on the meeting's day (the one "current on a day" rule). */
export function committeeNameOn(committee: CommitteeWithPeriods, startsAt: Date): string {
  return currentOf(committee.periods, dayOf(startsAt))?.name ?? committee.name;
}

export const committeeNameSelect = {
  select: { name: true, periods: { select: { name: true, startsOn: true, endsOn: true } } },
} as const;

export interface ReadableMinutes {
  id: string;
  meetingId: string;
  revision: number;
  kind: MinutesKind;
  kindLabel: string;
  status: MinutesStatus;
  statusLabel: string;
  meetingStartsAt: Date;
  meetingHasStartTime: boolean;
  committeeName: string;
  publishedAt: Date | null;
  sectionCount: number;
}

/**
 * The comptes rendus an actor may read, newest meeting first: one per meeting, its latest
 * revision among those the actor may read (a member keeps reading the published version while
 * the secretariat drafts a correction).
 */
export async function listReadableMinutes(actor: Actor, prefectureId: string): Promise<ReadableMinutes[]> {
  const rows = await db.minutes.findMany({
    where: readableMinutesWhere(actor, prefectureId),
    orderBy: [{ meeting: { startsAt: "desc" } }, { meetingId: "asc" }, { revision: "desc" }],
    select: {
      id: true,
      meetingId: true,
      revision: true,
      kind: true,
      status: true,
      publishedAt: true,
      _count: { select: { sections: true } },
      meeting: { select: { startsAt: true, hasStartTime: true, committee: committeeNameSelect } },
    },
  });
  const seen = new Set<string>();
  const latest: ReadableMinutes[] = [];
  for (const m of rows) {
    // Rows come revision-descending within a meeting: the first one is the latest readable.
    if (seen.has(m.meetingId)) continue;
    seen.add(m.meetingId);
    latest.push({
      id: m.id,
      meetingId: m.meetingId,
      revision: m.revision,
      kind: m.kind,
      kindLabel: MINUTES_KIND_LABELS[m.kind],
      status: m.status,
      statusLabel: MINUTES_STATUS_LABELS[m.status],
      meetingStartsAt: m.meeting.startsAt,
      meetingHasStartTime: m.meeting.hasStartTime,
      committeeName: committeeNameOn(m.meeting.committee, m.meeting.startsAt),
      publishedAt: m.publishedAt,
      sectionCount: m._count.sections,
    });
  }
  return latest;
}
