// Every server action, enumerated from lib/**/actions.ts: each was built with the action
// client, refuses an anonymous caller, refuses a referent of the Vienne aiming at REAL rows of
// the Charente, refuses a member of the Vienne aiming at REAL rows of their own committee
// (FORBIDDEN, not NOT_FOUND: the rows exist and the member may read them) except their own
// reply, and writes its audit-log row when it succeeds.
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ServerAction } from "@/lib/server-action";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/policy";
import { upsertUser } from "@/tests/factories/users";
import { MEMBER_EMAIL, prepareAccessFixtures, type PrefectureIds } from "@/tests/support/routes";
import { actorFor, testDb, withDemoData } from "./support";

// The referent: a Vienne referent of its own, so actions on "self" leave the demo accounts alone.
const CALLER = "acces.86@example.org";

const db = testDb();

function findActionFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (entry === "generated") continue;
    if (statSync(full).isDirectory()) findActionFiles(full, out);
    else if (entry === "actions.ts") out.push(full);
  }
  return out;
}

/** The real rows of one prefecture an action can be aimed at. */
interface Target {
  committeeId: string;
  prefectureId: string;
  /** A meeting the Vienne member may read (held), with its agenda */
  meeting: { id: string; version: number; committeeId: string };
  item: { id: string; version: number };
  seat: { id: string; version: number };
  person: { id: string; version: number };
  documentId: string;
  /** A meeting that takes replies (convened, ahead): only the member's own reply may succeed there */
  openMeeting: { id: string };
  /** The meeting's minutes (published for the seeded meetings, a draft for the draft meeting), a section, a comment */
  minutes: { id: string; version: number };
  section: { id: string; version: number };
  commentId: string;
  /** An API token of the prefecture (its referent's) */
  apiTokenId: string;
  /** An indicator the prefecture follows, its definition, an event of its timeline */
  prefectureIndicatorId: string;
  definitionId: string;
  annotationId: string;
  survey: { id: string; version: number };
  registerEntry: { id: string; version: number };
  improvementAction: { id: string; version: number };
  /** An audit of the prefecture, a self-assessment cell and an evidence of it */
  audit: { id: string; version: number };
  selfAssessmentId: string;
  evidenceId: string;
}

/**
 * For each action: an input aimed at a target's rows (or at the caller themself), and what
 * "another prefecture" means for it. A new action without an entry here fails the test.
 */
type Scenario = {
  input: (t: Target) => unknown;
  /**
   * "prefecture": refused to a referent of another prefecture and to a member (FORBIDDEN);
   * "reply": refused to a referent of another prefecture, allowed to a member of the committee
   * for themself; "self": acts on the caller only; "invitation": the link is the credential —
   * a bogus link is refused to anyone; "comment": refused to a referent of another prefecture,
   * let through the policy for a member of the committee (who may comment during a review) and
   * then refused by the minutes' rules, since the target is published, not in review.
   */
  scope: "prefecture" | "reply" | "self" | "invitation" | "comment";
  /** For "self" actions: a snapshot of other users' data, compared before and after the call */
  othersSnapshot?: (db: PrismaClient, caller: Actor) => Promise<unknown>;
};

const meetingFields = (committeeId: string) => ({
  committeeId,
  date: "2031-03-04",
  startTime: "09:30",
  endTime: "11:30",
  room: "Grand Salon",
  place: null,
  mode: "IN_PERSON",
  chairLabel: null,
  numberingStyle: "ROMAN_LETTERS",
});

const attendanceLine = (memberId: string) => ({
  attendanceId: null,
  memberId,
  status: "ABSENT",
  representedByLabel: null,
  functionSnapshot: null,
  remark: null,
});

const EMPTY_DOC = { type: "doc", content: [] };
const minutesHeader = (t: Target) => ({ minutesId: t.minutes.id, version: t.minutes.version, kind: "COMPTE_RENDU", signatoryName: "Intrus" });

const referentialVersion = {
  label: "Taux d'intrusion",
  engagementId: null,
  unit: "PERCENT",
  periodicity: "MONTHLY",
  formula: "RATIO",
  aggregation: "POOLED_RATIO",
  precision: 1,
  target: null,
  effectiveFrom: "2031-01-01",
  components: [
    { code: "a", label: "A", role: "NUMERATOR" },
    { code: "b", label: "B", role: "DENOMINATOR" },
  ],
};

/** An id no row has: the national referential actions must be refused before they look it up. */
const FOREIGN_ID = "acce55ed-0000-4000-8000-0000000000ff";

const SCENARIOS: Record<string, Scenario> = {
  "indicator.savePeriod": {
    scope: "prefecture",
    input: (t) => ({ prefectureIndicatorId: t.prefectureIndicatorId, year: 2030, period: 1, scope: "", version: null, components: {} }),
  },
  "indicator.importYear": {
    scope: "prefecture",
    input: (t) => ({
      prefectureId: t.prefectureId,
      year: 2030,
      fileName: "indicateurs-2030.csv",
      fileBase64: Buffer.from("Indicateur;Ligne;janvier\r\n").toString("base64"),
      confirm: true,
    }),
  },
  "indicator.lockPeriods": { scope: "prefecture", input: (t) => ({ prefectureId: t.prefectureId, year: 2030 }) },
  "indicator.unlockPeriods": { scope: "prefecture", input: (t) => ({ prefectureId: t.prefectureId, year: 2030, reason: "Intrusion" }) },
  "indicator.computeFromRegister": { scope: "prefecture", input: (t) => ({ prefectureId: t.prefectureId, year: 2030 }) },
  "indicator.configure": {
    scope: "prefecture",
    input: (t) => ({ prefectureId: t.prefectureId, definitionId: t.definitionId, followed: false, localTarget: null, assigneeIds: [] }),
  },
  "indicator.addAnnotation": { scope: "prefecture", input: (t) => ({ prefectureId: t.prefectureId, definitionId: null, on: "2030-04-03", label: "Intrusion" }) },
  "indicator.deleteAnnotation": { scope: "prefecture", input: (t) => ({ id: t.annotationId }) },
  // National referential: "prefecture" scope here means refused to every prefecture-level caller.
  "indicator.createDefinition": { scope: "prefecture", input: () => ({ code: "INTRUSION_RATE", ...referentialVersion }) },
  "indicator.createVersion": { scope: "prefecture", input: (t) => ({ definitionId: t.definitionId, basedOnVersion: 1, ...referentialVersion }) },
  "survey.create": {
    scope: "prefecture",
    input: (t) => ({ prefectureId: t.prefectureId, title: "Enquête d'un intrus", audience: "USERS", year: 2031, method: null, recipientsCount: null, respondentsCount: 10, questions: [] }),
  },
  "survey.update": {
    scope: "prefecture",
    input: (t) => ({ id: t.survey.id, version: t.survey.version, title: "Enquête d'un intrus", audience: "USERS", year: 2031, method: null, recipientsCount: null, respondentsCount: 10, questions: [] }),
  },
  "survey.attach": { scope: "prefecture", input: (t) => ({ surveyId: t.survey.id, version: t.survey.version, meetingId: t.meeting.id }) },
  "survey.detach": { scope: "prefecture", input: (t) => ({ surveyId: t.survey.id, version: t.survey.version }) },
  "quality.saveLabel": {
    scope: "prefecture",
    input: (t) => ({ prefectureId: t.prefectureId, frameworkVersionId: "00000000-0000-4000-8000-000000000000", status: "IN_PREPARATION", obtainedOn: null, validUntil: null, certifier: null, moduleIds: [] }),
  },
  "quality.deleteAudit": { scope: "prefecture", input: (t) => ({ id: t.audit.id, version: t.audit.version }) },
  "quality.addEvidence": { scope: "prefecture", input: (t) => ({ selfAssessmentId: t.selfAssessmentId, indicatorDefinitionId: t.definitionId }) },
  "quality.removeEvidence": { scope: "prefecture", input: (t) => ({ id: t.evidenceId }) },
  "framework.create": { scope: "prefecture", input: () => ({ code: "INTRUSION", kind: "SP_PLUS", name: "Référentiel d'un intrus", prefectureId: null }) },
  "framework.createVersion": { scope: "prefecture", input: () => ({ frameworkId: FOREIGN_ID, label: "Version d'un intrus", publishedOn: "2031-01-01", validUntil: null, status: "DRAFT", copyPrevious: false }) },
  "framework.updateVersion": { scope: "prefecture", input: () => ({ id: FOREIGN_ID, label: "Version d'un intrus", publishedOn: "2031-01-01", validUntil: null, status: "DRAFT" }) },
  "framework.saveModule": { scope: "prefecture", input: () => ({ versionId: FOREIGN_ID, id: null, number: 9, title: "Module d'un intrus", requirement: "OPTIONAL", condition: null }) },
  "framework.deleteModule": { scope: "prefecture", input: () => ({ id: FOREIGN_ID }) },
  "framework.saveEngagement": { scope: "prefecture", input: () => ({ versionId: FOREIGN_ID, id: null, code: "INTRUS-1", number: 1, title: "Engagement d'un intrus", description: null, moduleId: null }) },
  "framework.deleteEngagement": { scope: "prefecture", input: () => ({ id: FOREIGN_ID }) },
  "quality.saveAudit": { scope: "prefecture", input: (t) => ({ prefectureId: t.prefectureId, kind: "FOLLOW_UP", dueBy: "2031-01-31", heldOn: null, auditor: null, findings: null }) },
  "quality.saveSelfAssessment": { scope: "prefecture", input: (t) => ({ prefectureId: t.prefectureId, campaign: 2031, cells: [] }) },
  "register.create": { scope: "prefecture", input: (t) => ({ prefectureId: t.prefectureId, receivedOn: "2021-05-10", channel: "EMAIL", type: "INFORMATION", subject: "Demande d'un intrus" }) },
  "register.update": {
    scope: "prefecture",
    input: (t) => ({ id: t.registerEntry.id, version: t.registerEntry.version, receivedOn: "2021-05-10", channel: "EMAIL", type: "INFORMATION", subject: "Demande d'un intrus" }),
  },
  "actionPlan.create": { scope: "prefecture", input: (t) => ({ prefectureId: t.prefectureId, origin: "OTHER", title: "Action d'un intrus" }) },
  "actionPlan.update": { scope: "prefecture", input: (t) => ({ id: t.improvementAction.id, version: t.improvementAction.version, title: "Action d'un intrus" }) },
  "actionPlan.status": { scope: "prefecture", input: (t) => ({ id: t.improvementAction.id, version: t.improvementAction.version, to: "IN_PROGRESS" }) },
  "actionPlan.note": { scope: "prefecture", input: (t) => ({ actionId: t.improvementAction.id, body: "Note d'un intrus" }) },
  "register.delete": { scope: "prefecture", input: (t) => ({ id: t.registerEntry.id, version: t.registerEntry.version }) },
  "register.import": {
    scope: "prefecture",
    input: (t) => ({
      prefectureId: t.prefectureId,
      fileName: "r.csv",
      fileBase64: Buffer.from("Date de réception;Canal;Type;Objet\n10/05/2021;Courriel;Suggestion;Intrus\n").toString("base64"),
      confirm: true,
    }),
  },
  "yearlyReport.attach": { scope: "prefecture", input: (t) => ({ meetingId: t.meeting.id, year: 2021 }) },
  "apiToken.create": { scope: "prefecture", input: (t) => ({ prefectureId: t.prefectureId, name: "Jeton d'un intrus", role: "STAFF" }) },
  "apiToken.revoke": { scope: "prefecture", input: (t) => ({ id: t.apiTokenId }) },
  "minutes.create": { scope: "prefecture", input: (t) => ({ meetingId: t.meeting.id, kind: "COMPTE_RENDU" }) },
  "minutes.updateHeader": { scope: "prefecture", input: minutesHeader },
  "minutes.saveSection": {
    scope: "prefecture",
    input: (t) => ({ sectionId: t.section.id, version: t.section.version, title: "Titre changé", body: EMPTY_DOC, conclusions: EMPTY_DOC }),
  },
  "minutes.addSection": { scope: "prefecture", input: (t) => ({ minutesId: t.minutes.id, version: t.minutes.version, title: "Section ajoutée" }) },
  "minutes.restoreSection": {
    scope: "prefecture",
    input: (t) => ({ sectionId: t.section.id, versionId: "acce55ed-0000-4000-8000-0000000000ff", version: t.section.version }),
  },
  "minutes.sendForReview": { scope: "prefecture", input: (t) => ({ minutesId: t.minutes.id, version: t.minutes.version, deadline: "2035-01-15" }) },
  "minutes.comment": { scope: "comment", input: (t) => ({ minutesId: t.minutes.id, sectionId: t.section.id, body: "Commentaire" }) },
  "minutes.resolveComment": { scope: "prefecture", input: (t) => ({ commentId: t.commentId, resolution: "Traité" }) },
  "minutes.validate": { scope: "prefecture", input: (t) => ({ minutesId: t.minutes.id, version: t.minutes.version }) },
  "minutes.backToDraft": { scope: "prefecture", input: (t) => ({ minutesId: t.minutes.id, version: t.minutes.version }) },
  "minutes.publish": { scope: "prefecture", input: (t) => ({ minutesId: t.minutes.id, version: t.minutes.version }) },
  "minutes.unpublish": { scope: "prefecture", input: (t) => ({ minutesId: t.minutes.id, version: t.minutes.version, reason: "Intrusion" }) },
  "minutes.correct": { scope: "prefecture", input: (t) => ({ minutesId: t.minutes.id, note: "Intrusion" }) },
  "meeting.create": { scope: "prefecture", input: (t) => meetingFields(t.committeeId) },
  "meeting.update": {
    scope: "prefecture",
    input: (t) => ({ ...meetingFields(t.committeeId), id: t.meeting.id, version: t.meeting.version }),
  },
  "agenda.add": { scope: "prefecture", input: (t) => ({ meetingId: t.meeting.id, title: "Point ajouté" }) },
  "agenda.addActionPlanReview": { scope: "prefecture", input: (t) => ({ meetingId: t.meeting.id }) },
  "agenda.update": {
    scope: "prefecture",
    input: (t) => ({ meetingId: t.meeting.id, id: t.item.id, version: t.item.version, title: "Titre changé" }),
  },
  "agenda.delete": { scope: "prefecture", input: (t) => ({ id: t.item.id }) },
  "agenda.move": { scope: "prefecture", input: (t) => ({ id: t.item.id, move: "down" }) },
  "meeting.sendConvocation": { scope: "prefecture", input: (t) => ({ meetingId: t.meeting.id, version: t.meeting.version }) },
  "meeting.replyAsMember": { scope: "reply", input: (t) => ({ meetingId: t.openMeeting.id, response: "EXCUSED" }) },
  "meeting.replyByToken": { scope: "invitation", input: () => ({ token: "x".repeat(43), response: "EXCUSED" }) },
  "meeting.saveAttendance": {
    scope: "prefecture",
    input: (t) => ({ meetingId: t.meeting.id, version: t.meeting.version, lines: [attendanceLine(t.seat.id)] }),
  },
  "meeting.cancel": { scope: "prefecture", input: (t) => ({ meetingId: t.meeting.id, version: t.meeting.version, reason: null }) },
  "document.delete": { scope: "prefecture", input: (t) => ({ id: t.documentId }) },
  "committee.create": {
    scope: "prefecture",
    input: (t) => ({ prefectureId: t.prefectureId, kind: "CLU", name: "Comité créé sans en avoir le droit" }),
  },
  "committee.addMember": {
    scope: "prefecture",
    input: (t) => ({
      committeeId: t.committeeId,
      holder: "NEW_PERSON",
      lastName: "Intrus",
      college: "USERS",
      mandate: "TITULAIRE",
      startsOn: "2026-01-05",
    }),
  },
  "person.update": { scope: "prefecture", input: (t) => ({ id: t.person.id, version: t.person.version, lastName: "CHANGÉ" }) },
  "committee.endMember": { scope: "prefecture", input: (t) => ({ memberId: t.seat.id, version: t.seat.version, endsOn: "2026-01-05" }) },
  "committee.importMembers": {
    scope: "prefecture",
    input: (t) => ({ committeeId: t.committeeId, csv: "Nom;Organisme;Collège\nINTRUS;Association test;Usagers\n", confirm: true }),
  },
  "account.changePassword": {
    scope: "self",
    input: () => ({
      currentPassword: "demo-clu-2026",
      newPassword: "un-nouveau-mot-de-passe-sur",
      confirmPassword: "un-nouveau-mot-de-passe-sur",
    }),
    othersSnapshot: (db, caller) =>
      db.user.findMany({
        where: { id: { not: caller.userId } },
        orderBy: { email: "asc" },
        select: { email: true, passwordHash: true, version: true },
      }),
  },
};

/** A meeting of the member's committee that takes replies: convened, far ahead. */
const OPEN_MEETING_ID = "acce55ed-0086-4000-8000-000000000004";
/** An agenda item of the draft meeting (tests/support/routes.ts makes the draft). */
const DRAFT_ITEM_ID = "acce55ed-0086-4000-8000-000000000005";

async function loadTarget(ids: PrefectureIds, openMeetingId: string): Promise<Target> {
  const meeting = await db.meeting.findUniqueOrThrow({
    where: { id: ids.meetingId },
    include: { agendaItems: { orderBy: { position: "asc" } } },
  });
  const item = meeting.agendaItems[0];
  if (!item) throw new Error(`the meeting ${ids.meetingId} has no agenda item`);
  const seat = await db.member.findFirstOrThrow({ where: { committeeId: ids.committeeId }, orderBy: { createdAt: "asc" } });
  const person = await db.person.findFirstOrThrow({ where: { seats: { some: { committeeId: ids.committeeId } } }, orderBy: { createdAt: "asc" } });
  const minutes = await db.minutes.findFirstOrThrow({ where: { meetingId: meeting.id }, orderBy: { revision: "desc" } });
  const section = await db.minutesSection.findFirstOrThrow({ where: { minutesId: minutes.id }, orderBy: { position: "asc" } });
  // A review comment to resolve (any author: resolving is the drafters' verb).
  const author = await db.user.findFirstOrThrow({ where: { email: CALLER } });
  const comment =
    (await db.minutesComment.findFirst({ where: { minutesId: minutes.id, body: "Commentaire du test d'accès" } })) ??
    (await db.minutesComment.create({ data: { minutesId: minutes.id, sectionId: section.id, authorId: author.id, body: "Commentaire du test d'accès" } }));
  const tokenOwner = await db.membership.findFirstOrThrow({ where: { prefectureId: meeting.prefectureId, role: "REFERENT" }, orderBy: { createdAt: "asc" } });
  const tokenHash = `acces-${meeting.prefectureId}`;
  const apiToken = await db.apiToken.upsert({
    where: { tokenHash },
    update: {},
    create: { userId: tokenOwner.userId, prefectureId: meeting.prefectureId, role: "REFERENT", name: "Jeton du test d'accès", tokenHash },
  });
  const followed = await db.prefectureIndicator.findFirstOrThrow({ where: { prefectureId: meeting.prefectureId }, orderBy: { position: "asc" } });
  const annotation =
    (await db.indicatorAnnotation.findFirst({ where: { prefectureId: meeting.prefectureId, label: "Événement du test d'accès" } })) ??
    (await db.indicatorAnnotation.create({ data: { prefectureId: meeting.prefectureId, on: new Date("2021-04-03"), label: "Événement du test d'accès" } }));
  const survey =
    (await db.survey.findFirst({ where: { prefectureId: meeting.prefectureId, title: "Enquête du test d'accès" } })) ??
    (await db.survey.create({ data: { prefectureId: meeting.prefectureId, title: "Enquête du test d'accès", audience: "USERS", year: 2030, respondentsCount: 10 } }));
  const registerEntry =
    (await db.requestRecord.findFirst({ where: { prefectureId: meeting.prefectureId, subject: "Demande du test d'accès (actions)" } })) ??
    (await db.requestRecord.create({
      data: { prefectureId: meeting.prefectureId, receivedOn: new Date("2030-01-07"), channel: "EMAIL", type: "INFORMATION", subject: "Demande du test d'accès (actions)" },
    }));
  const improvementAction =
    (await db.improvementAction.findFirst({ where: { prefectureId: meeting.prefectureId, title: "Action du test d'accès" } })) ??
    (await db.improvementAction.create({ data: { prefectureId: meeting.prefectureId, title: "Action du test d'accès", origin: "OTHER" } }));
  const audit =
    (await db.audit.findFirst({ where: { prefectureId: meeting.prefectureId, auditor: "Audit du test d'accès" } })) ??
    (await db.audit.create({ data: { prefectureId: meeting.prefectureId, kind: "INTERNAL", dueBy: new Date("2030-06-30"), auditor: "Audit du test d'accès" } }));
  const structure = await db.structure.findFirstOrThrow({ where: { prefectureId: meeting.prefectureId }, orderBy: { name: "asc" } });
  const engagement = await db.engagement.findFirstOrThrow({ where: { frameworkVersion: { framework: { kind: "SP_PLUS" } } }, orderBy: { number: "asc" } });
  const selfAssessment = await db.selfAssessment.upsert({
    where: { structureId_engagementId_campaign: { structureId: structure.id, engagementId: engagement.id, campaign: 2030 } },
    update: {},
    create: { prefectureId: meeting.prefectureId, structureId: structure.id, engagementId: engagement.id, campaign: 2030, met: false, score: 0 },
  });
  const evidence =
    (await db.selfAssessmentEvidence.findFirst({ where: { selfAssessmentId: selfAssessment.id, indicatorDefinitionId: followed.definitionId } })) ??
    (await db.selfAssessmentEvidence.create({ data: { selfAssessmentId: selfAssessment.id, indicatorDefinitionId: followed.definitionId } }));
  return {
    audit: { id: audit.id, version: audit.version },
    selfAssessmentId: selfAssessment.id,
    evidenceId: evidence.id,
    improvementAction: { id: improvementAction.id, version: improvementAction.version },
    survey: { id: survey.id, version: survey.version },
    registerEntry: { id: registerEntry.id, version: registerEntry.version },
    prefectureIndicatorId: followed.id,
    definitionId: followed.definitionId,
    annotationId: annotation.id,
    apiTokenId: apiToken.id,
    committeeId: ids.committeeId,
    prefectureId: meeting.prefectureId,
    meeting: { id: meeting.id, version: meeting.version, committeeId: meeting.committeeId },
    item: { id: item.id, version: item.version },
    seat: { id: seat.id, version: seat.version },
    person: { id: person.id, version: person.version },
    documentId: ids.documentId,
    openMeeting: { id: openMeetingId },
    minutes: { id: minutes.id, version: minutes.version },
    section: { id: section.id, version: section.version },
    commentId: comment.id,
  };
}

const files = findActionFiles("lib");
const actions: { file: string; exportName: string; action: ServerAction<never, unknown> }[] = [];
let charente: Target;
let vienne: Target;
let vienneDraft: Target;
let filesDir: string;

beforeAll(async () => {
  await withDemoData(db);
  const vienneRow = await db.prefecture.findUniqueOrThrow({ where: { code: "86" } });
  await upsertUser(db, {
    email: CALLER,
    name: "Référent de test",
    password: "demo-clu-2026",
    roles: [{ role: "REFERENT", prefectureId: vienneRow.id }],
  });
  filesDir = mkdtempSync(path.join(tmpdir(), "clu-actions-access-"));
  const fixtures = await prepareAccessFixtures(db, filesDir);
  await db.meeting.upsert({
    where: { id: OPEN_MEETING_ID },
    update: {},
    create: {
      id: OPEN_MEETING_ID,
      prefectureId: vienneRow.id,
      committeeId: fixtures.vienne.committeeId,
      startsAt: new Date("2035-09-18T08:00:00Z"),
      room: "Salle du test d'accès",
      mode: "IN_PERSON",
      status: "CONVENED",
    },
  });
  charente = await loadTarget(fixtures.charente, fixtures.charente.meetingId);
  vienne = await loadTarget(fixtures.vienne, OPEN_MEETING_ID);
  await db.agendaItem.upsert({
    where: { id: DRAFT_ITEM_ID },
    update: {},
    create: { id: DRAFT_ITEM_ID, meetingId: fixtures.vienneDraft.meetingId, position: 1, title: "Point en préparation" },
  });
  // The same committee, seat and person; the meeting, its agenda item and document are the draft's.
  vienneDraft = await loadTarget(fixtures.vienneDraft, fixtures.vienneDraft.meetingId);
  for (const file of files) {
    const mod = (await import(path.resolve(file))) as Record<string, unknown>;
    for (const [exportName, value] of Object.entries(mod)) {
      actions.push({ file, exportName, action: value as ServerAction<never, unknown> });
    }
  }
});

afterAll(() => {
  rmSync(filesDir, { recursive: true, force: true });
});

describe("server actions", () => {
  it("are all found (the enumeration itself works)", () => {
    expect(files.length).toBeGreaterThan(0);
    expect(actions.length).toBeGreaterThan(0);
  });

  it("are all built with the action client and have an access scenario", () => {
    for (const { file, exportName, action } of actions) {
      expect(typeof action, `${file} → ${exportName}`).toBe("function");
      expect(action.built?.definition?.name, `${file} → ${exportName} is not built with defineAction`).toBeTruthy();
      expect(SCENARIOS[action.built.definition.name], `no access scenario for ${action.built.definition.name}`).toBeDefined();
    }
    const names = new Set(actions.map((a) => a.action.built.definition.name));
    expect(Object.keys(SCENARIOS).filter((name) => !names.has(name)), "scenarios of actions that no longer exist").toEqual([]);
  });

  it("refuse an anonymous caller", async () => {
    for (const { action } of actions) {
      const scenario = SCENARIOS[action.built.definition.name]!;
      const result = await action.built.execute(db, null, scenario.input(charente));
      // A link-based action without a valid link finds nothing to answer for.
      const expected = scenario.scope === "invitation" ? "NOT_FOUND" : "UNAUTHENTICATED";
      expect(result, action.built.definition.name).toMatchObject({ ok: false, code: expected });
    }
  });

  it("refuse a Vienne referent aiming at the Charente's rows, or touch only the caller's own data", async () => {
    const before = await db.auditLog.count();
    let expectedLogs = 0;
    for (const { action } of actions) {
      const { name } = action.built.definition;
      const scenario = SCENARIOS[name]!;
      const caller = await actorFor(db, CALLER);
      const othersBefore = await scenario.othersSnapshot?.(db, caller);
      const result = await action.built.execute(db, caller, scenario.input(charente));
      if (scenario.scope === "prefecture" || scenario.scope === "reply" || scenario.scope === "comment") {
        expect(result, name).toMatchObject({ ok: false, code: "FORBIDDEN" });
      } else if (scenario.scope === "invitation") {
        expect(result, name).toMatchObject({ ok: false, code: "NOT_FOUND" });
      } else {
        expect(result.ok, `${name}: ${JSON.stringify(result)}`).toBe(true);
        expectedLogs += 1;
        expect(await scenario.othersSnapshot?.(db, caller)).toEqual(othersBefore);
        const log = await db.auditLog.findFirstOrThrow({ where: { action: name }, orderBy: { id: "desc" } });
        expect(log.userId).toBe(caller.userId);
        expect(JSON.stringify(log.after)).not.toContain("scrypt$");
      }
    }
    expect(await db.auditLog.count()).toBe(before + expectedLogs);
  });

  it("refuse a Vienne member every mutation of their own committee's rows (FORBIDDEN), and record their own reply", async () => {
    const member = await actorFor(db, MEMBER_EMAIL);
    expect(member.memberCommitteeIds).toContain(vienne.committeeId);
    const before = await db.auditLog.count();
    let expectedLogs = 0;
    for (const { action } of actions) {
      const { name } = action.built.definition;
      const scenario = SCENARIOS[name]!;
      if (scenario.scope === "self") continue; // the member's own account: not a committee's row
      const result = await action.built.execute(db, member, scenario.input(vienne));
      if (scenario.scope === "prefecture") {
        expect(result, name).toMatchObject({ ok: false, code: "FORBIDDEN" });
      } else if (scenario.scope === "invitation") {
        expect(result, name).toMatchObject({ ok: false, code: "NOT_FOUND" });
      } else if (scenario.scope === "comment") {
        // The policy lets a member of the committee comment; the published minutes are not in review.
        expect(result, name).toMatchObject({ ok: false, code: "INVALID", error: "Les commentaires sont ouverts pendant la relecture seulement." });
      } else {
        expect(result.ok, `${name}: ${JSON.stringify(result)}`).toBe(true);
        expectedLogs += 1;
        const log = await db.auditLog.findFirstOrThrow({ where: { action: name }, orderBy: { id: "desc" } });
        expect(log.userId).toBe(member.userId);
        // The reply is the member's own person's, nobody else's.
        const reply = await db.meetingReply.findFirstOrThrow({ where: { meetingId: OPEN_MEETING_ID }, include: { person: true } });
        expect(reply.person.userId).toBe(member.userId);
      }
    }
    expect(await db.auditLog.count()).toBe(before + expectedLogs);
    expect(expectedLogs).toBe(1);
  });

  it("refuse a Vienne member every action on a draft meeting of their own committee, their reply included", async () => {
    const member = await actorFor(db, MEMBER_EMAIL);
    const before = await db.auditLog.count();
    for (const { action } of actions) {
      const { name } = action.built.definition;
      const scenario = SCENARIOS[name]!;
      if (scenario.scope === "self" || scenario.scope === "invitation") continue;
      const result = await action.built.execute(db, member, scenario.input(vienneDraft));
      if (scenario.scope === "reply") {
        // A meeting in preparation does not exist for a member: no answer may say otherwise.
        expect(result.ok ? "ok" : result.code, `${name} on a draft: ${JSON.stringify(result)}`).toBeOneOf(["FORBIDDEN", "NOT_FOUND"]);
      } else {
        expect(result, `${name} on a draft`).toMatchObject({ ok: false, code: "FORBIDDEN" });
      }
    }
    expect(await db.auditLog.count()).toBe(before);
  });

  it("answer bad input with French messages next to the fields", async () => {
    const changePassword = actions.find((a) => a.action.built.definition.name === "account.changePassword")!;
    const caller = await actorFor(db, CALLER);
    const result = await changePassword.action.built.execute(db, caller, {
      currentPassword: "",
      newPassword: "court",
      confirmPassword: "autre",
    });
    expect(result).toMatchObject({ ok: false, code: "INVALID" });
    if (result.ok) return;
    expect(result.fieldErrors?.currentPassword).toEqual(["Saisissez votre mot de passe actuel."]);
    expect(result.fieldErrors?.newPassword?.[0]).toContain("au moins 12 caractères");
  });
});
