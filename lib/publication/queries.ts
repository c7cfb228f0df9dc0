/**
 * Reads of what the public may see, and nothing else: every query here filters on
 * `status = PUBLISHED` and `prefecture.isPublic` in its `where`, so a draft, a record in review
 * or a validated-but-unpublished one can never reach the public page, the Atom feed or the open
 * data API by a forgotten check in a page.
 */
import "server-only";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/validation";
import { MINUTES_KIND_LABELS, type MinutesKind } from "@/lib/minutes/vocabulary";
import { findMinutesDocument } from "@/lib/minutes/queries";
import { minutesTitle, type MinutesDocument } from "@/lib/minutes/domain";
import { currentOf, dayOf } from "@/lib/periods";

export interface PublicPrefecture {
  id: string;
  code: string;
  name: string;
  stateHeader: string;
  seatCity: string;
}

/** A published revision, as a list, the feed and the API show it. */
export interface PublishedMinutesSummary {
  minutesId: string;
  meetingId: string;
  revision: number;
  kind: MinutesKind;
  kindLabel: string;
  title: string;
  committeeName: string;
  meetingStartsAt: Date;
  publishedAt: Date;
  correctionNote: string | null;
}

const PUBLISHED = "PUBLISHED" as const;
const publicPrefectureSelect = { id: true, code: true, name: true, stateHeader: true, seatCity: true } as const;

/** Prefectures with a public page, by code. */
export async function listPublicPrefectures(): Promise<PublicPrefecture[]> {
  return db.prefecture.findMany({ where: { isPublic: true }, select: publicPrefectureSelect, orderBy: { code: "asc" } });
}

/** The prefecture of a public page, or null (unknown code, or not public). */
export async function findPublicPrefecture(code: string): Promise<PublicPrefecture | null> {
  // Codes are 2–3 characters: anything else is refused before the database.
  if (!/^[0-9A-Za-z]{2,3}$/.test(code)) return null;
  return db.prefecture.findFirst({ where: { code, isPublic: true }, select: publicPrefectureSelect });
}

const summarySelect = {
  id: true,
  meetingId: true,
  revision: true,
  kind: true,
  publishedAt: true,
  updatedAt: true,
  correctionNote: true,
  frozenDocument: true,
  meeting: {
    select: {
      startsAt: true,
      hasStartTime: true,
      title: true,
      committee: { select: { name: true, kind: true, periods: { select: { kind: true, name: true, startsOn: true, endsOn: true } } } },
    },
  },
} as const;

type SummaryRow = {
  id: string;
  meetingId: string;
  revision: number;
  kind: MinutesKind;
  publishedAt: Date | null;
  updatedAt: Date;
  correctionNote: string | null;
  frozenDocument: unknown;
  meeting: {
    startsAt: Date;
    hasStartTime: boolean;
    title: string | null;
    committee: { name: string; kind: "CLU" | "CLAC" | "CLU_CLAC"; periods: { kind: "CLU" | "CLAC" | "CLU_CLAC"; name: string; startsOn: Date | null; endsOn: Date | null }[] };
  };
};

function toSummary(row: SummaryRow): PublishedMinutesSummary {
  const frozen = readFrozenDocument(row.frozenDocument);
  // The committee as it was called on the meeting's day, as the document itself names it.
  const period = currentOf(row.meeting.committee.periods, dayOf(row.meeting.startsAt));
  const committee = frozen?.committee ?? { kind: period?.kind ?? row.meeting.committee.kind, name: period?.name ?? row.meeting.committee.name };
  const committeeName = committee.name;
  const kindLabel = MINUTES_KIND_LABELS[row.kind];
  return {
    minutesId: row.id,
    meetingId: row.meetingId,
    revision: row.revision,
    kind: row.kind,
    kindLabel,
    // The title as validated; otherwise the same composition as the document's (minutesTitle).
    title: frozen?.title ?? minutesTitle(row.kind, committee, row.meeting.startsAt, row.meeting.hasStartTime),
    committeeName,
    meetingStartsAt: row.meeting.startsAt,
    // A PUBLISHED row always has publishedAt (set by the publish action); updatedAt is the
    // honest fallback for rows published before that column was filled.
    publishedAt: row.publishedAt ?? row.updatedAt,
    correctionNote: row.correctionNote,
  };
}

function publishedWhere(prefectureId: string) {
  return { status: PUBLISHED, meeting: { prefectureId, prefecture: { isPublic: true } } };
}

/**
 * The latest published revision of each meeting of a public prefecture, newest meeting first:
 * what the public page and the open data API list. A correction replaces its predecessor.
 */
export async function listPublishedMinutes(prefectureId: string): Promise<PublishedMinutesSummary[]> {
  const rows = await db.minutes.findMany({
    where: publishedWhere(prefectureId),
    select: summarySelect,
    orderBy: [{ meeting: { startsAt: "desc" } }, { revision: "desc" }],
  });
  const seen = new Set<string>();
  const latest: PublishedMinutesSummary[] = [];
  for (const row of rows) {
    if (seen.has(row.meetingId)) continue;
    seen.add(row.meetingId);
    latest.push(toSummary(row));
  }
  return latest;
}

/** Every published revision (corrections included), most recently published first: the Atom feed. */
export async function listPublishedRevisions(prefectureId: string, take = 50): Promise<PublishedMinutesSummary[]> {
  const rows = await db.minutes.findMany({
    where: publishedWhere(prefectureId),
    select: summarySelect,
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { revision: "desc" }],
    take,
  });
  return rows.map(toSummary);
}

export interface PublishedMinutes {
  prefecture: PublicPrefecture;
  summary: PublishedMinutesSummary;
  document: MinutesDocument;
  /** The latest published revision of the same meeting, when this one has been corrected since */
  supersededBy: string | null;
}

/**
 * One published revision of a public prefecture, with its document: the frozen one (set at
 * validation, so the public reads what was validated) or, for older rows without it, the
 * document composed from the tables. Null when anything is not public.
 */
export async function findPublishedMinutes(code: string, minutesId: string): Promise<PublishedMinutes | null> {
  if (!isUuid(minutesId)) return null;
  const prefecture = await findPublicPrefecture(code);
  if (!prefecture) return null;
  const row = await db.minutes.findFirst({
    where: { id: minutesId, ...publishedWhere(prefecture.id) },
    select: summarySelect,
  });
  if (!row) return null;
  const document = readFrozenDocument(row.frozenDocument) ?? (await findMinutesDocument(prefecture.id, row.id));
  if (!document) return null;
  const latest = await db.minutes.findFirst({
    where: { meetingId: row.meetingId, ...publishedWhere(prefecture.id) },
    select: { id: true },
    orderBy: { revision: "desc" },
  });
  return {
    prefecture,
    summary: toSummary(row),
    document,
    supersededBy: latest && latest.id !== row.id ? latest.id : null,
  };
}

/**
 * The frozen document, if it has the shape of a MinutesDocument. It is JSON written by an
 * earlier version of the code: a row that does not look right is ignored (the caller composes
 * the document again) rather than rendered half-broken.
 */
export function readFrozenDocument(value: unknown): MinutesDocument | null {
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  const isObject = (x: unknown): x is Record<string, unknown> => !!x && typeof x === "object" && !Array.isArray(x);
  if (typeof v.title !== "string" || typeof v.minutesId !== "string" || typeof v.revision !== "number") return null;
  if (!isObject(v.prefecture) || !isObject(v.committee) || typeof v.committee.name !== "string" || !isObject(v.meeting)) return null;
  if (!Array.isArray(v.sections) || !Array.isArray(v.attendance) || !Array.isArray(v.agenda) || !isObject(v.closing)) return null;
  if (!Array.isArray(v.annexes)) return null;
  return value as MinutesDocument;
}
