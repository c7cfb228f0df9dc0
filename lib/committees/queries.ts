/**
 * Committee and member reads: the committees of a prefecture, the seats of one committee
 * (current and past, searchable), what the forms pick from, and the rows of the exports.
 * Every query carries the prefecture in its where clause; callers have checked the policy.
 */
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { COLLEGES, type College } from "@/lib/committees/vocabulary";
import { currentOnWhere, dayOf } from "@/lib/periods";
import { can, type Actor } from "@/lib/auth/policy";
import type { MemberExportRow } from "@/lib/committees/export/members-export";

/**
 * Counts use the one "current on a day" rule (lib/periods), the same as the actor's committees
 * and the convocation, so a member who is counted is also one who may read. The member list
 * shows every seat that has not ended (current and starting later) above the past ones.
 */
const currentSeat = (now: Date): Prisma.MemberWhereInput => currentOnWhere(dayOf(now));
const notEndedSeat = (now: Date): Prisma.MemberWhereInput => ({ OR: [{ endsOn: null }, { endsOn: { gte: dayOf(now) } }] });

export const COLLEGE_ORDER: readonly College[] = COLLEGES;

/** The committees the actor may read, with their current seats counted by college. */
export async function listCommittees(prefectureId: string, actor: Actor, now = new Date()) {
  const committees = await db.committee.findMany({
    where: { prefectureId, archivedAt: null },
    orderBy: { name: "asc" },
    select: {
      id: true,
      kind: true,
      name: true,
      members: { where: currentSeat(now), select: { college: true } },
    },
  });
  return committees
    .filter((c) => can(actor, "committee.read", { kind: "committee", prefectureId, committeeId: c.id }))
    .map((c) => {
      const byCollege: Partial<Record<College, number>> = {};
      for (const m of c.members) byCollege[m.college] = (byCollege[m.college] ?? 0) + 1;
      return { id: c.id, kind: c.kind, name: c.name, membersCount: c.members.length, byCollege };
    });
}

export async function findCommittee(prefectureId: string, committeeId: string) {
  return db.committee.findFirst({
    where: { id: committeeId, prefectureId },
    select: { id: true, kind: true, name: true, description: true, archivedAt: true, version: true },
  });
}

// ───────────── Search ─────────────

// Accent folding done by PostgreSQL itself (no unaccent extension is installed): every
// accented letter a French name or organisation may hold, mapped to its plain lower-case
// letter. The plain side is derived from the accented side so the two cannot drift apart.
const ACCENTED = "ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖòóôõöÙÚÛÜùúûüÝýÿŸ";
const PLAIN = [...ACCENTED].map((ch) => ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()).join("");

/** JS side of the same folding, for the searched words. */
export function foldSearchText(value: string): string {
  return value
    .replace(/œ/gi, "oe")
    .replace(/æ/gi, "ae")
    .replace(/[’‘]/g, "'")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** SQL side: lower(translate(…)) after the ligatures, which translate() cannot expand. */
function foldSql(expression: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`lower(translate(replace(replace(replace(replace(replace(${expression}, 'Œ', 'oe'), 'œ', 'oe'), 'Æ', 'ae'), 'æ', 'ae'), '’', ''''), ${ACCENTED}, ${PLAIN}))`;
}

const likeEscape = (word: string) => word.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Seats of the committee whose person (first name, last name, function, organisation), seat
 * organisation or seat label contains every searched word, ignoring case and accents:
 * "massé" finds MASSÉ and MASSE. Done by the database, scoped by the prefecture.
 */
async function searchSeatIds(prefectureId: string, committeeId: string, q: string): Promise<string[]> {
  const words = foldSearchText(q).split(" ").filter(Boolean).slice(0, 8);
  if (words.length === 0) return [];
  // One folded haystack per seat; " | " keeps a word from matching across two fields.
  const haystack = foldSql(
    Prisma.sql`concat_ws(' | ', p.first_name, p.last_name, p."function", po.name, po.short_name, o.name, o.short_name, m.seat_label)`,
  );
  const conditions = words.map((w) => Prisma.sql`${haystack} LIKE ${`%${likeEscape(w)}%`}`);
  const rows = await db.$queryRaw<{ id: string }[]>(Prisma.sql`
    SELECT m.id::text AS id
    FROM members m
    JOIN committees c ON c.id = m.committee_id
    LEFT JOIN persons p ON p.id = m.person_id AND p.prefecture_id = c.prefecture_id
    LEFT JOIN organizations po ON po.id = p.organization_id AND po.prefecture_id = c.prefecture_id
    LEFT JOIN organizations o ON o.id = m.organization_id AND o.prefecture_id = c.prefecture_id
    WHERE c.prefecture_id = ${prefectureId}::uuid
      AND m.committee_id = ${committeeId}::uuid
      AND ${Prisma.join(conditions, " AND ")}`);
  return rows.map((r) => r.id);
}

// ───────────── Seats ─────────────

const seatInclude = {
  person: {
    select: {
      id: true,
      version: true,
      civility: true,
      firstName: true,
      lastName: true,
      function: true,
      email: true,
      phone: true,
      organization: { select: { name: true, kind: true } },
    },
  },
  organization: { select: { name: true, kind: true } },
} as const satisfies Prisma.MemberInclude;

/**
 * Current seats (in the order they were recorded: the published lists put the chair first)
 * and past seats ("Membres sortis", last ended first), optionally filtered by a search.
 */
export async function getCommitteeSeats(prefectureId: string, committeeId: string, options: { q?: string | null; now?: Date } = {}) {
  const now = options.now ?? new Date();
  const ids = options.q ? await searchSeatIds(prefectureId, committeeId, options.q) : null;
  const scope: Prisma.MemberWhereInput = {
    committeeId,
    committee: { prefectureId },
    ...(ids ? { id: { in: ids } } : {}),
  };
  const [current, past] = await Promise.all([
    db.member.findMany({
      where: { ...scope, ...notEndedSeat(now) },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      include: seatInclude,
    }),
    db.member.findMany({
      where: { ...scope, endsOn: { lt: dayOf(now) } },
      orderBy: [{ endsOn: "desc" }, { createdAt: "asc" }],
      include: seatInclude,
    }),
  ]);
  return { current, past };
}

export type CommitteeSeat = Awaited<ReturnType<typeof getCommitteeSeats>>["current"][number];

// ───────────── What the forms pick from ─────────────

/** Persons of the prefecture, for "choose an existing person" (upper-case last name first). */
export async function listPersonChoices(prefectureId: string) {
  const persons = await db.person.findMany({
    where: { prefectureId },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
    select: { id: true, civility: true, firstName: true, lastName: true, organization: { select: { name: true } } },
  });
  return persons;
}

export async function listOrganizationNames(prefectureId: string) {
  const organizations = await db.organization.findMany({
    where: { prefectureId },
    orderBy: { name: "asc" },
    select: { name: true },
  });
  return organizations.map((o) => o.name);
}

/** A person of the prefecture, as the edit form needs it. */
export async function findPerson(prefectureId: string, personId: string) {
  return db.person.findFirst({
    where: { id: personId, prefectureId },
    select: {
      id: true,
      version: true,
      civility: true,
      firstName: true,
      lastName: true,
      function: true,
      email: true,
      phone: true,
      organization: { select: { name: true } },
    },
  });
}

// ───────────── Export ─────────────

const isoOf = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** The committee's current seats, by college, flattened into the import/export columns. */
export async function getMembersExport(prefectureId: string, committeeId: string, now = new Date()) {
  const committee = await findCommittee(prefectureId, committeeId);
  if (!committee) return null;
  const prefecture = await db.prefecture.findUniqueOrThrow({ where: { id: prefectureId }, select: { code: true } });
  const { current } = await getCommitteeSeats(prefectureId, committeeId, { now });
  const rank = (c: College) => COLLEGE_ORDER.indexOf(c);
  const rows: MemberExportRow[] = [...current]
    .sort((a, b) => rank(a.college) - rank(b.college))
    .map((s) => {
      // The seat's own organisation wins: it is the one the person sits for.
      const organization = s.organization ?? s.person?.organization ?? null;
      return {
        civility: s.person?.civility ?? null,
        firstName: s.person?.firstName ?? null,
        lastName: s.person?.lastName ?? null,
        function: s.person?.function ?? null,
        organization: organization?.name ?? null,
        organizationKind: organization?.kind ?? null,
        email: s.person?.email ?? null,
        phone: s.person?.phone ?? null,
        college: s.college,
        mandate: s.mandate,
        startsOn: isoOf(s.startsOn),
        endsOn: isoOf(s.endsOn),
        seatLabel: s.seatLabel,
      };
    });
  return { committee, prefectureCode: prefecture.code, rows };
}

// ───────────── Route guards ─────────────

/**
 * The committee of a /{code}/comites/{committeeId}/… URL, as a policy resource: null (→ 404)
 * when the id is malformed, unknown, or a committee of another prefecture than the URL's
 * (/16/comites/<a Vienne committee> is not found, whoever asks).
 */
/** "membres-clu-clac-86-2026-03-10" */
export function membersExportBaseName(kind: string, prefectureCode: string, on = new Date()) {
  const slug = kind.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  return `membres-${slug}-${prefectureCode}-${on.toISOString().slice(0, 10)}`;
}
