/**
 * Members import, step 2: turns validated rows (members-csv.ts) into Organizations, Persons
 * and Member seats of one committee, inside the caller's transaction — so an import is
 * all-or-nothing: any failure (a constraint, a concurrent import) rolls the whole file back.
 *
 * Matching, always within the prefecture (every where clause carries prefectureId):
 * - organisation: by name, case-insensitive, then by short name ("UDAF 86");
 * - person: by e-mail when the row has one, otherwise by first name + last name +
 *   organisation; names compare case-insensitively but keep accents (MASSE ≠ MASSÉ: the
 *   seeds hold both, two different persons). Found persons are never modified.
 * - seat: a row whose seat already exists identically is skipped and reported; a person who
 *   already sits on the committee over an overlapping period with another college, mandate or
 *   dates is skipped too (reported as such), since creating a second seat would count them
 *   twice — the referent edits the existing seat instead.
 *
 * The plan is computed in memory from three scoped reads, then written with one INSERT per
 * table (ids generated here), so a 2 000-row import stays far below Prisma's interactive
 * transaction timeout. `previewMembersImport` runs the same plan without writing.
 */
import { randomUUID } from "node:crypto";
import { ActionError } from "@/lib/action-client";
import type { Tx } from "@/lib/db";
import { formatPersonName } from "@/lib/format";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { College, Mandate, OrganizationKind } from "@/lib/generated/prisma/enums";
import type { MemberRowData, ParsedMemberRow } from "./members-csv";

export interface MembersImportInput {
  prefectureId: string;
  committeeId: string;
  rows: readonly ParsedMemberRow[];
}

export type SkipReason =
  /** The same seat already exists (same holder, college, mandate and dates) */
  | "IDENTICAL"
  /** The person already sits on the committee over an overlapping period, differently */
  | "OVERLAPPING";

export interface SkippedSeat {
  line: number;
  reason: SkipReason;
  /** The existing seat (null when it is a seat created earlier in the same import) */
  memberId: string | null;
  label: string;
  message: string;
}

export interface ImportLineOutcome {
  line: number;
  label: string;
  action: "CREATE" | "SKIP";
  newPerson: boolean;
  newOrganization: boolean;
}

export interface MembersImportReport {
  created: { persons: number; organizations: number; members: number };
  skipped: SkippedSeat[];
  /** One entry per row, in file order: what the preview shows */
  lines: ImportLineOutcome[];
}

/** When the file does not say what the organisation is, the college is the best hint. */
const DEFAULT_KIND: Record<College, OrganizationKind> = {
  STATE: "STATE_SERVICE",
  ELECTED: "LOCAL_AUTHORITY",
  PROFESSIONALS: "PROFESSIONAL_BODY",
  USERS: "OTHER",
};

type Client = PrismaClient | Tx;

interface SeatView {
  id: string | null;
  personId: string | null;
  organizationId: string | null;
  seatLabel: string | null;
  college: College;
  mandate: Mandate;
  startsOn: string | null;
  endsOn: string | null;
}

const fold = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, " ").trim().toLocaleLowerCase("fr-FR");
const isoOf = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const dateOf = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

function overlaps(a: SeatView, b: SeatView): boolean {
  const startsBeforeEnd = (s: string | null, e: string | null) => s === null || e === null || s <= e;
  return startsBeforeEnd(a.startsOn, b.endsOn) && startsBeforeEnd(b.startsOn, a.endsOn);
}

function sameSeat(a: SeatView, b: SeatView): boolean {
  return (
    a.personId === b.personId &&
    a.organizationId === b.organizationId &&
    fold(a.seatLabel) === fold(b.seatLabel) &&
    a.college === b.college &&
    a.mandate === b.mandate &&
    a.startsOn === b.startsOn &&
    a.endsOn === b.endsOn
  );
}

function labelOf(row: MemberRowData): string {
  if (row.lastName) {
    const name = formatPersonName({ civility: row.civility, firstName: row.firstName, lastName: row.lastName });
    return row.organization ? `${name} (${row.organization})` : name;
  }
  return [row.organization, row.seatLabel].filter(Boolean).join(" — ");
}

async function planImport(client: Client, input: MembersImportInput) {
  const { prefectureId, committeeId } = input;
  const committee = await client.committee.findFirst({
    where: { id: committeeId, prefectureId },
    select: { id: true, archivedAt: true },
  });
  if (!committee) {
    throw new ActionError("NOT_FOUND", "Ce comité n'existe pas dans cette préfecture : aucun membre n'a été importé.");
  }
  if (committee.archivedAt) {
    throw new ActionError("INVALID", "Ce comité est archivé : on ne peut plus y importer de membres.");
  }

  // One after the other: inside the import's transaction they share one connection.
  const organizations = await client.organization.findMany({ where: { prefectureId }, select: { id: true, name: true, shortName: true } });
  const persons = await client.person.findMany({
    where: { prefectureId },
    select: { id: true, email: true, firstName: true, lastName: true, organizationId: true },
    orderBy: { createdAt: "asc" },
  });
  const seats = await client.member.findMany({
    where: { committeeId, committee: { prefectureId } },
    select: {
      id: true,
      personId: true,
      organizationId: true,
      seatLabel: true,
      college: true,
      mandate: true,
      startsOn: true,
      endsOn: true,
    },
  });

  const orgByName = new Map<string, string>();
  const orgByShortName = new Map<string, string>();
  for (const o of organizations) {
    orgByName.set(fold(o.name), o.id);
    if (o.shortName && !orgByShortName.has(fold(o.shortName))) orgByShortName.set(fold(o.shortName), o.id);
  }
  const nameKey = (firstName: string | null, lastName: string, organizationId: string | null) =>
    [fold(firstName), fold(lastName), organizationId ?? ""].join("|");
  const personByEmail = new Map<string, string>();
  const personByName = new Map<string, string>();
  for (const p of persons) {
    if (p.email && !personByEmail.has(fold(p.email))) personByEmail.set(fold(p.email), p.id);
    const key = nameKey(p.firstName, p.lastName, p.organizationId);
    if (!personByName.has(key)) personByName.set(key, p.id);
  }
  const seatViews: SeatView[] = seats.map((s) => ({
    id: s.id,
    personId: s.personId,
    organizationId: s.organizationId,
    seatLabel: s.seatLabel,
    college: s.college,
    mandate: s.mandate,
    startsOn: isoOf(s.startsOn),
    endsOn: isoOf(s.endsOn),
  }));

  const newOrganizations: { id: string; prefectureId: string; name: string; kind: OrganizationKind }[] = [];
  const newPersons: {
    id: string;
    prefectureId: string;
    civility: MemberRowData["civility"];
    firstName: string | null;
    lastName: string;
    function: string | null;
    organizationId: string | null;
    email: string | null;
    phone: string | null;
  }[] = [];
  const newMembers: (SeatView & { id: string })[] = [];
  const skipped: SkippedSeat[] = [];
  const lines: ImportLineOutcome[] = [];

  for (const row of input.rows) {
    const label = labelOf(row);
    let newOrganization = false;
    let newPerson = false;

    let organizationId: string | null = null;
    if (row.organization) {
      const key = fold(row.organization);
      organizationId = orgByName.get(key) ?? orgByShortName.get(key) ?? null;
      if (!organizationId) {
        organizationId = randomUUID();
        newOrganization = true;
        newOrganizations.push({
          id: organizationId,
          prefectureId,
          name: row.organization,
          kind: row.organizationKind ?? DEFAULT_KIND[row.college],
        });
        orgByName.set(key, organizationId);
      }
    }

    let personId: string | null = null;
    if (row.lastName) {
      personId = row.email
        ? (personByEmail.get(fold(row.email)) ?? null)
        : (personByName.get(nameKey(row.firstName, row.lastName, organizationId)) ?? null);
      if (!personId) {
        personId = randomUUID();
        newPerson = true;
        newPersons.push({
          id: personId,
          prefectureId,
          civility: row.civility,
          firstName: row.firstName,
          lastName: row.lastName,
          function: row.function,
          organizationId,
          email: row.email,
          phone: row.phone,
        });
        if (row.email) personByEmail.set(fold(row.email), personId);
        const key = nameKey(row.firstName, row.lastName, organizationId);
        if (!personByName.has(key)) personByName.set(key, personId);
      }
    }

    const seat: SeatView = {
      id: null,
      personId,
      organizationId,
      seatLabel: row.seatLabel,
      college: row.college,
      mandate: row.mandate,
      startsOn: row.startsOn,
      endsOn: row.endsOn,
    };
    const existing = [...seatViews, ...newMembers];
    const identical = existing.find((s) => sameSeat(s, seat));
    const conflicting = personId
      ? existing.find((s) => s.personId === personId && overlaps(s, seat))
      : undefined;

    if (identical) {
      skipped.push({
        line: row.line,
        reason: "IDENTICAL",
        memberId: identical.id && seatViews.includes(identical) ? identical.id : null,
        label,
        message: `Ligne ${row.line} : ${label} siège déjà dans ce comité à l'identique ; ligne ignorée.`,
      });
      lines.push({ line: row.line, label, action: "SKIP", newPerson, newOrganization });
    } else if (conflicting) {
      skipped.push({
        line: row.line,
        reason: "OVERLAPPING",
        memberId: conflicting.id && seatViews.includes(conflicting) ? conflicting.id : null,
        label,
        message:
          `Ligne ${row.line} : ${label} siège déjà dans ce comité sur la même période, avec un autre ` +
          "collège, mandat ou d'autres dates ; ligne ignorée (modifiez le siège existant si besoin).",
      });
      lines.push({ line: row.line, label, action: "SKIP", newPerson, newOrganization });
    } else {
      newMembers.push({ ...seat, id: randomUUID() });
      lines.push({ line: row.line, label, action: "CREATE", newPerson, newOrganization });
    }
  }

  return { committeeId: committee.id, newOrganizations, newPersons, newMembers, skipped, lines };
}

type Plan = Awaited<ReturnType<typeof planImport>>;

function report(plan: Plan): MembersImportReport {
  return {
    created: {
      persons: plan.newPersons.length,
      organizations: plan.newOrganizations.length,
      members: plan.newMembers.length,
    },
    skipped: plan.skipped,
    lines: plan.lines,
  };
}

/**
 * Applies the import inside the caller's transaction (`tx` of db.$transaction or of the
 * action client). Throws ActionError NOT_FOUND when the committee is not the prefecture's.
 */
export async function applyMembersImport(tx: Tx, input: MembersImportInput): Promise<MembersImportReport> {
  const plan = await planImport(tx, input);
  // Parents first: persons point to organisations, seats to both.
  if (plan.newOrganizations.length) await tx.organization.createMany({ data: plan.newOrganizations });
  if (plan.newPersons.length) await tx.person.createMany({ data: plan.newPersons });
  if (plan.newMembers.length) {
    await tx.member.createMany({
      data: plan.newMembers.map((m) => ({
        id: m.id,
        committeeId: plan.committeeId,
        personId: m.personId,
        organizationId: m.organizationId,
        seatLabel: m.seatLabel,
        college: m.college,
        mandate: m.mandate,
        startsOn: dateOf(m.startsOn),
        endsOn: dateOf(m.endsOn),
      })),
    });
  }
  return report(plan);
}

/** What applyMembersImport would create and skip, without writing anything. */
export async function previewMembersImport(db: Client, input: MembersImportInput): Promise<MembersImportReport> {
  return report(await planImport(db, input));
}
