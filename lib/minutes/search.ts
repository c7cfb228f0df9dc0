/**
 * Full-text search over minutes sections (PostgreSQL text search, French stemming, accents
 * ignored): for a signed-in actor over what minutesReadScope lets them read, and for the
 * public over the published minutes of public prefectures. Visibility is in the SQL, before
 * ordering and LIMIT, so a hit the caller may not read is never counted nor returned.
 *
 * Excerpts come from ts_headline with control-character delimiters, never with HTML: the
 * text is the users' own, so the page renders segments as React elements (<mark> included)
 * and nothing written in a compte rendu can become markup.
 */
import "server-only";
import { z } from "zod";
import { db, type Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { minutesReadScope, type Actor } from "@/lib/auth/policy";
import { safeText } from "@/lib/validation";
import { MINUTES_SECTION_VECTOR_SQL, SEARCH_CONFIG } from "@/prisma/search-sql";
import { committeeNameOn, committeeNameSelect } from "./reading";
import { MINUTES_KIND_LABELS, MINUTES_STATUS_LABELS, type MinutesKind, type MinutesStatus } from "./vocabulary";

export const MINUTES_SEARCH_MIN_LENGTH = 2;
export const MINUTES_SEARCH_MAX_LENGTH = 200;
// Each result's excerpt costs ~1 ms of ts_headline: ten per page keeps a search under 50 ms.
export const MINUTES_SEARCH_PAGE_SIZE = 10;

/** What the search field accepts (the page parses `q` with it, the queries parse again). */
export const minutesSearchQuerySchema = safeText("Saisissez un texte à rechercher.")
  .min(MINUTES_SEARCH_MIN_LENGTH, `Saisissez au moins ${MINUTES_SEARCH_MIN_LENGTH} caractères pour lancer la recherche.`)
  .max(MINUTES_SEARCH_MAX_LENGTH, `La recherche compte ${MINUTES_SEARCH_MAX_LENGTH} caractères au maximum.`);

/** `page` of the results, from the URL: anything else than 1…50 is the first page. */
export const minutesSearchPageSchema = z.coerce.number().int().min(1).max(50).catch(1);

export interface ExcerptSegment {
  text: string;
  highlighted: boolean;
}

export interface MinutesSearchResult {
  minutesId: string;
  meetingId: string;
  meetingStartsAt: Date;
  meetingHasStartTime: boolean;
  committeeName: string;
  kind: MinutesKind;
  kindLabel: string;
  status: MinutesStatus;
  statusLabel: string;
  sectionId: string;
  sectionTitle: string;
  excerpt: ExcerptSegment[];
}

export type MinutesSearchOutcome =
  | { status: "invalid"; query: string; message: string }
  | { status: "ok"; query: string; total: number; offset: number; results: MinutesSearchResult[] };

export interface MinutesSearchOptions {
  limit?: number;
  offset?: number;
  /** The Prisma client to use: the server's by default (a benchmark brings its own database). */
  client?: Db;
}

// Delimiters no compte rendu contains (they are stripped from the text before ts_headline).
const START = "\u0001";
const STOP = "\u0002";
const HEADLINE_OPTIONS = `StartSel=${START}, StopSel=${STOP}, MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … "`;

const CONFIG = Prisma.raw(`'${SEARCH_CONFIG}'::regconfig`);
// Exactly the indexed expression (prisma/search-sql.ts), or PostgreSQL scans every section.
const VECTOR = Prisma.raw(MINUTES_SECTION_VECTOR_SQL);

/** Cuts a ts_headline made with the sentinel delimiters into plain and highlighted runs. */
export function excerptSegments(headline: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let highlighted = false;
  let text = "";
  const flush = () => {
    if (text) segments.push({ text, highlighted });
    text = "";
  };
  for (const ch of headline) {
    if (ch === START || ch === STOP) {
      flush();
      highlighted = ch === START;
    } else {
      text += ch;
    }
  }
  flush();
  return segments;
}

/**
 * Searches the minutes an actor may read in a prefecture: the latest revision of each
 * meeting's minutes among those readable (a member keeps finding the published text while a
 * correction is drafted), newest meeting first, sections in their order.
 */
export async function searchMinutes(actor: Actor, prefectureId: string, query: unknown, options: MinutesSearchOptions = {}): Promise<MinutesSearchOutcome> {
  const scope = minutesReadScope(actor, prefectureId);
  let scopeSql: Prisma.Sql;
  if (!scope) scopeSql = Prisma.sql`AND false`;
  else if (scope.committees === "all") scopeSql = Prisma.empty;
  else {
    scopeSql = Prisma.sql`AND me.committee_id = ANY(${scope.committees}::uuid[]) AND mi.status::text = ANY(${[...scope.statuses]}::text[])`;
  }
  return runSearch(prefectureId, query, scopeSql, options);
}

/** Signed-out search: published minutes of a prefecture that chose to be public. */
export async function searchPublishedMinutes(prefectureId: string, query: unknown, options: MinutesSearchOptions = {}): Promise<MinutesSearchOutcome> {
  const scopeSql = Prisma.sql`AND mi.status = 'PUBLISHED' AND EXISTS (SELECT 1 FROM prefectures pr WHERE pr.id = me.prefecture_id AND pr.is_public)`;
  return runSearch(prefectureId, query, scopeSql, options);
}

interface HitRow {
  sectionId: string;
  sectionTitle: string;
  minutesId: string;
  kind: MinutesKind;
  status: MinutesStatus;
  meetingId: string;
  startsAt: Date;
  hasStartTime: boolean;
  committeeId: string;
  total: bigint;
  excerpt: string;
}

async function runSearch(prefectureId: string, rawQuery: unknown, scopeSql: Prisma.Sql, options: MinutesSearchOptions): Promise<MinutesSearchOutcome> {
  const parsed = minutesSearchQuerySchema.safeParse(rawQuery);
  if (!parsed.success) {
    return {
      status: "invalid",
      query: typeof rawQuery === "string" ? rawQuery : "",
      message: parsed.error.issues[0]?.message ?? "Recherche invalide.",
    };
  }
  const q = parsed.data;
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? MINUTES_SEARCH_PAGE_SIZE), 1), 100);
  const offset = Math.max(Math.trunc(options.offset ?? 0), 0);
  // `q`: the user's words, phrase operators turned into AND — the GIN index stores no
  // positions, so a phrase ("carte grise", and "rendez-vous", which the parser makes one) made
  // PostgreSQL recompute every candidate's tsvector: seconds for a common phrase.
  // `found`: the sections matching, through the GIN index. MATERIALIZED on purpose: when the
  // caller reads few minutes (a member), the planner otherwise walks their sections and
  // recomputes each tsvector (240 ms instead of 20 in the bench), not knowing the cost.
  // `readable`: one minutes per meeting, the latest revision the caller may read. `matched`:
  // the readable ones, newest meeting first; only ids go through the sort and the count. Ordering by ts_rank was measured and dropped: it needs each hit's
  // tsvector too (~0.7 ms a section), so a common word took seconds (bench/minutes-search.ts).
  // ts_headline (~1 ms a section) runs on the page of results only.
  const client = options.client ?? db;
  const rows = await client.$queryRaw<HitRow[]>(Prisma.sql`
    WITH q AS MATERIALIZED (
      SELECT regexp_replace(websearch_to_tsquery(${CONFIG}, ${q})::text, '<(-|[0-9]+)>', '&', 'g')::tsquery AS query
    ),
    found AS MATERIALIZED (
      SELECT id, minutes_id, position FROM minutes_sections WHERE ${VECTOR} @@ (SELECT query FROM q)
    ),
    readable AS (
      SELECT DISTINCT ON (mi.meeting_id) mi.id AS minutes_id, mi.meeting_id, mi.kind, mi.status,
             me.starts_at, me.has_start_time, me.committee_id
      FROM minutes mi
      JOIN meetings me ON me.id = mi.meeting_id
      WHERE me.prefecture_id = ${prefectureId}::uuid ${scopeSql}
      ORDER BY mi.meeting_id, mi.revision DESC
    ),
    matched AS (
      SELECT f.id, f.position, r.minutes_id, r.meeting_id, r.kind, r.status,
             r.starts_at, r.has_start_time, r.committee_id, count(*) OVER () AS total
      FROM found f
      JOIN readable r ON r.minutes_id = f.minutes_id
      ORDER BY r.starts_at DESC, r.meeting_id, f.position
      LIMIT ${limit} OFFSET ${offset}
    )
    SELECT p.id AS "sectionId", s.title AS "sectionTitle", p.minutes_id AS "minutesId", p.kind::text AS kind,
           p.status::text AS status, p.meeting_id AS "meetingId", p.starts_at AS "startsAt",
           p.has_start_time AS "hasStartTime", p.committee_id AS "committeeId", p.total,
           ts_headline(${CONFIG}, translate(s.plain_text, chr(1) || chr(2), '  '), (SELECT query FROM q),
                       ${HEADLINE_OPTIONS}) AS excerpt
    FROM matched p
    JOIN minutes_sections s ON s.id = p.id
    ORDER BY p.starts_at DESC, p.meeting_id, p.position`);

  const committeeIds = [...new Set(rows.map((r) => r.committeeId))];
  const committees = committeeIds.length
    ? await client.committee.findMany({ where: { id: { in: committeeIds }, prefectureId }, select: { id: true, ...committeeNameSelect.select } })
    : [];
  const byId = new Map(committees.map((c) => [c.id, c]));
  const results = rows.map((r): MinutesSearchResult => {
    const committee = byId.get(r.committeeId);
    return {
      minutesId: r.minutesId,
      meetingId: r.meetingId,
      meetingStartsAt: r.startsAt,
      meetingHasStartTime: r.hasStartTime,
      committeeName: committee ? committeeNameOn(committee, r.startsAt) : "",
      kind: r.kind,
      kindLabel: MINUTES_KIND_LABELS[r.kind],
      status: r.status,
      statusLabel: MINUTES_STATUS_LABELS[r.status],
      sectionId: r.sectionId,
      sectionTitle: r.sectionTitle,
      excerpt: excerptSegments(r.excerpt),
    };
  });
  return { status: "ok", query: q, total: Number(rows[0]?.total ?? 0), offset, results };
}
