/**
 * The one authorisation policy (domain.md §2). Pure: who the actor is and what the resource
 * is come in as data, so every rule is unit-tested and every page, server action and route
 * asks the same question: can(actor, verb, resource). Deny by default: a verb not listed
 * for a role is refused.
 */
import type { Role } from "./vocabulary";
import type { MeetingStatus } from "@/lib/meetings/vocabulary";
import { MINUTES_STATUSES_READ_BY_MEMBERS, type MinutesStatus } from "@/lib/minutes/vocabulary";

export type { Role };

export interface ActorRole {
  role: Role;
  /** null for NATIONAL_ADMIN */
  prefectureId: string | null;
  prefectureCode: string | null;
}

export interface Actor {
  userId: string;
  email: string;
  name: string;
  roles: ActorRole[];
  /** Committees on which the actor's person currently holds a seat (MEMBER reads) */
  memberCommitteeIds: string[];
}

export type Resource =
  | { kind: "national" }
  | { kind: "self" }
  | { kind: "prefecture"; prefectureId: string }
  | { kind: "committee"; prefectureId: string; committeeId: string }
  /**
   * One meeting: a committee-level resource whose status matters — a meeting still being
   * prepared (DRAFT) is the secretariat's work in progress, hidden from committee members.
   */
  | { kind: "meeting"; prefectureId: string; committeeId: string; status: MeetingStatus }
  /**
   * Minutes of a meeting: a draft (DRAFT) is the secretariat's work, hidden from members, who
   * read them once sent for review. Editing rules by status (frozen once validated) are the
   * minutes state machine's (lib/minutes/domain), not the policy's.
   */
  | { kind: "minutes"; prefectureId: string; committeeId: string; status: MinutesStatus }
  /**
   * A convocation's personal link: whoever holds the (unexpired, meeting not started) token
   * may answer for that one person, without an account. `valid` is established by the caller
   * from the token hash; the policy only refuses everything else.
   */
  | { kind: "invitation"; prefectureId: string; committeeId: string; valid: boolean };

/**
 * Verbs, by what they act on. Reads of committee-level things (meetings, agendas, documents,
 * minutes) are checked against a "committee" resource so a member only sees their own.
 */
export const VERBS = [
  // national
  "national.read",
  "national.manage",
  // own account
  "account.manage",
  // prefecture-level
  "prefecture.read",
  "prefecture.manage",
  "results.read",
  "indicator.enter",
  "survey.manage",
  "register.manage",
  "actionPlan.manage",
  "users.manage",
  // a convocation link
  "meeting.replyByInvitation",
  // committee-level
  "committee.read",
  "committee.manage",
  "meeting.read",
  "meeting.manage",
  "meeting.reply",
  "minutes.read",
  "minutes.draft",
  "minutes.comment",
  "minutes.validate",
  "minutes.publish",
] as const;
export type Verb = (typeof VERBS)[number];

/** Verbs a role grants inside its own prefecture. */
const PREFECTURE_GRANTS: Record<Exclude<Role, "NATIONAL_ADMIN">, ReadonlySet<Verb>> = {
  REFERENT: new Set<Verb>([
    "prefecture.read",
    "prefecture.manage",
    "results.read",
    "indicator.enter",
    "survey.manage",
    "register.manage",
    "actionPlan.manage",
    "users.manage",
    "committee.read",
    "committee.manage",
    "meeting.read",
    "meeting.manage",
    "meeting.reply",
    "minutes.read",
    "minutes.draft",
    "minutes.comment",
    "minutes.validate",
    "minutes.publish",
  ]),
  STAFF: new Set<Verb>([
    "prefecture.read",
    "results.read",
    "indicator.enter",
    "survey.manage",
    "register.manage",
    "actionPlan.manage",
    "committee.read",
    "meeting.read",
    "minutes.read",
    "minutes.draft",
    "minutes.comment",
  ]),
  // A member's committee-level reads are further limited to their own committees below.
  MEMBER: new Set<Verb>([
    "prefecture.read",
    "results.read",
    "committee.read",
    "meeting.read",
    "meeting.reply",
    "minutes.read",
    "minutes.comment",
  ]),
};

/** A national administrator reads every prefecture but writes only national data. */
const NATIONAL_READS: ReadonlySet<Verb> = new Set<Verb>([
  "prefecture.read",
  "results.read",
  "committee.read",
  "meeting.read",
  "minutes.read",
]);

export function isNationalAdmin(actor: Actor): boolean {
  return actor.roles.some((r) => r.role === "NATIONAL_ADMIN");
}

export function rolesIn(actor: Actor, prefectureId: string): Role[] {
  return actor.roles.filter((r) => r.prefectureId === prefectureId).map((r) => r.role);
}

export function can(actor: Actor | null, verb: Verb, resource: Resource): boolean {
  // The only thing a link grants, and the only thing granted without a session.
  if (resource.kind === "invitation") return verb === "meeting.replyByInvitation" && resource.valid;
  if (verb === "meeting.replyByInvitation") return false;
  if (!actor) return false;
  switch (resource.kind) {
    case "self":
      return verb === "account.manage";
    case "national":
      return (verb === "national.read" || verb === "national.manage") && isNationalAdmin(actor);
    case "meeting":
      if (resource.status === "DRAFT" && !seesDrafts(actor, resource.prefectureId)) return false;
      return can(actor, verb, { kind: "committee", prefectureId: resource.prefectureId, committeeId: resource.committeeId });
    case "minutes":
      if (!seesDrafts(actor, resource.prefectureId) && !(MINUTES_STATUSES_READ_BY_MEMBERS as readonly string[]).includes(resource.status)) return false;
      return can(actor, verb, { kind: "committee", prefectureId: resource.prefectureId, committeeId: resource.committeeId });
    case "prefecture":
    case "committee": {
      if (verb.startsWith("national.") || verb === "account.manage") return false;
      if (isNationalAdmin(actor) && NATIONAL_READS.has(verb)) return true;
      return rolesIn(actor, resource.prefectureId).some((role) => {
        if (role === "NATIONAL_ADMIN") return false;
        if (!PREFECTURE_GRANTS[role].has(verb)) return false;
        if (role !== "MEMBER") return true;
        // Members: prefecture-wide results, and only their own committees' business.
        if (resource.kind === "prefecture") return verb === "prefecture.read" || verb === "results.read";
        return actor.memberCommitteeIds.includes(resource.committeeId);
      });
    }
  }
}

/** Staff, referents and the national level see meetings in preparation; members do not. */
function seesDrafts(actor: Actor, prefectureId: string): boolean {
  return isNationalAdmin(actor) || rolesIn(actor, prefectureId).some((role) => role === "REFERENT" || role === "STAFF");
}

/**
 * Which meetings of a prefecture an actor may read, as data a query turns into its `where`
 * (lib/meetings/queries.ts `visibleMeetingsWhere`), so lists are filtered in SQL before any
 * `take`. The same rules as can(actor, "meeting.read", { kind: "meeting", … }): a test checks
 * that both agree on every seeded meeting and identity.
 */
export type MeetingReadScope =
  | { committees: "all"; drafts: true }
  | { committees: string[]; drafts: false }
  | null;

export function meetingReadScope(actor: Actor | null, prefectureId: string): MeetingReadScope {
  if (!actor) return null;
  if (seesDrafts(actor, prefectureId)) return { committees: "all", drafts: true };
  if (rolesIn(actor, prefectureId).includes("MEMBER")) return { committees: actor.memberCommitteeIds, drafts: false };
  return null;
}

/**
 * Which minutes of a prefecture an actor may read, as data for a query's `where` (lists and
 * full-text search filter in SQL): the same rules as can(actor, "minutes.read", { kind: "minutes", … }).
 */
export type MinutesReadScope =
  | { committees: "all"; statuses: "all" }
  | { committees: string[]; statuses: readonly MinutesStatus[] }
  | null;

export function minutesReadScope(actor: Actor | null, prefectureId: string): MinutesReadScope {
  if (!actor) return null;
  if (seesDrafts(actor, prefectureId)) return { committees: "all", statuses: "all" };
  if (rolesIn(actor, prefectureId).includes("MEMBER")) return { committees: actor.memberCommitteeIds, statuses: MINUTES_STATUSES_READ_BY_MEMBERS };
  return null;
}

/** The prefecture codes an actor may open (national admins: all, signalled by "*"). */
export function accessiblePrefectureCodes(actor: Actor): string[] | "*" {
  if (isNationalAdmin(actor)) return "*";
  return [...new Set(actor.roles.flatMap((r) => (r.prefectureCode ? [r.prefectureCode] : [])))];
}
