// Actions created from the other sources of the schema (issue 9 item 5), against a real
// database: a register entry, a survey, an audit and a self-assessment each pre-fill the form
// (title, description, origin, the source linked back), an id of another prefecture pre-fills
// nothing; createImprovementAction links each source after checking it is the prefecture's
// (another prefecture's id is NOT_FOUND, nothing written); the source is shown on the action
// and the action beside its source (findOriginActionLinks); a member is told an action came
// from the register but not the entry's subject.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createImprovementAction } from "@/lib/action-plan/actions";
import {
  findActionDetail,
  findOriginActionLinks,
  prefillFromAudit,
  prefillFromRequestRecord,
  prefillFromSearch,
  prefillFromSelfAssessment,
  prefillFromSurvey,
} from "@/lib/action-plan/queries";
import type { Actor } from "@/lib/auth/policy";
import { utcDate } from "@/lib/register/domain";
import { createTestPrefecture } from "@/tests/factories/prefectures";
import { upsertUser } from "@/tests/factories/users";
import { actorFor, testDb, withDemoData } from "./support";

const db = testDb();

interface Space {
  code: string;
  prefectureId: string;
  referent: Actor;
  entryId: string;
  surveyId: string;
  auditId: string;
  selfAssessmentId: string;
  engagementId: string;
}

/** A prefecture of this file's own with one source of each kind, and its referent. */
async function space(): Promise<Space> {
  const prefecture = await createTestPrefecture(db, { structures: [{ key: "ddt", name: "Direction départementale des territoires", shortName: "DDT", kind: "DDI" }] });
  const email = `referent.origines.${randomUUID()}@example.org`;
  await upsertUser(db, { email, name: "Référent de test (origines)", password: "demo-clu-2026", roles: [{ role: "REFERENT", prefectureId: prefecture.id }] });
  const structure = await db.structure.findFirstOrThrow({ where: { prefectureId: prefecture.id } });
  const engagement = await db.engagement.findFirstOrThrow({ where: { frameworkVersion: { framework: { prefectureId: null } } }, orderBy: [{ code: "asc" }], include: { frameworkVersion: { include: { framework: true } } } });
  const entry = await db.requestRecord.create({
    data: { prefectureId: prefecture.id, reference: "R-77", receivedOn: utcDate("2021-05-10"), channel: "MAIL", type: "COMPLAINT", subject: "Attente trop longue au guichet des étrangers", service: "Bureau de l'immigration" },
  });
  const survey = await db.survey.create({ data: { prefectureId: prefecture.id, title: "Satisfaction de l'accueil", audience: "USERS", year: 2022, respondentsCount: 102, recipientsCount: 150 } });
  const audit = await db.audit.create({ data: { prefectureId: prefecture.id, kind: "FOLLOW_UP", heldOn: utcDate("2024-01-16"), auditor: "SOCOTEC", findings: "Signalétique insuffisante dans le hall. Délais de réponse aux courriels à surveiller." } });
  const assessment = await db.selfAssessment.create({ data: { prefectureId: prefecture.id, structureId: structure.id, engagementId: engagement.id, campaign: 2023, met: false, score: 0.5, comment: "Délais tenus pour les courriels seulement." } });
  return {
    code: prefecture.code,
    prefectureId: prefecture.id,
    referent: await actorFor(db, email),
    entryId: entry.id,
    surveyId: survey.id,
    auditId: audit.id,
    selfAssessmentId: assessment.id,
    engagementId: engagement.id,
  };
}

let own: Space;
let other: Space;
beforeAll(async () => {
  await withDemoData(db);
  own = await space();
  other = await space();
});

const fields = (over: Record<string, unknown> = {}) => ({ title: "Une action", description: null, ownerStructureId: "", ownerPersonId: "", ownerLabel: "", dueOn: "", engagementIds: [] as string[], ...over });

describe("pre-filling the form from a source of the prefecture", () => {
  it("a register entry: type and subject as title, the entry described and linked to its page", async () => {
    const prefill = await prefillFromRequestRecord(own.code, own.prefectureId, own.entryId);
    expect(prefill).toMatchObject({
      origin: "REQUEST_RECORD",
      title: "Réclamation : Attente trop longue au guichet des étrangers",
      description: "Réclamation R-77 reçue le lundi 10 mai 2021 (courrier, Bureau de l'immigration) : « Attente trop longue au guichet des étrangers »",
      requestRecordId: own.entryId,
      interventionId: null,
      surveyId: null,
      engagementIds: [],
      source: { text: "Registre : R-77 — Attente trop longue au guichet des étrangers (reçue le 10 mai 2021)", href: `/${own.code}/registre/${own.entryId}/modifier` },
    });
  });

  it("a survey: its title, year and responses", async () => {
    expect(await prefillFromSurvey(own.code, own.prefectureId, own.surveyId)).toMatchObject({
      origin: "SURVEY",
      title: "Suites de l'enquête « Satisfaction de l'accueil » (2022)",
      description: expect.stringMatching(/^Enquête « Satisfaction de l'accueil » 2022 \(.+\) : 102 réponses sur 150 destinataires\.$/),
      surveyId: own.surveyId,
      source: { text: "Enquête : Satisfaction de l'accueil (2022)", href: `/${own.code}/enquetes/${own.surveyId}` },
    });
  });

  it("an audit: the findings' first sentence as title, the findings as description, the quality page as link", async () => {
    expect(await prefillFromAudit(own.code, own.prefectureId, own.auditId)).toMatchObject({
      origin: "AUDIT_FINDING",
      title: "Signalétique insuffisante dans le hall.",
      description: "Constat de l'audit de suivi du mardi 16 janvier 2024 : « Signalétique insuffisante dans le hall. Délais de réponse aux courriels à surveiller. »",
      auditId: own.auditId,
      source: { text: "Audit de suivi du mardi 16 janvier 2024 (SOCOTEC)", href: `/${own.code}/demarche-qualite` },
    });
  });

  it("a self-assessment: structure, engagement and level as title; the engagement served from the start; the year's grid as link", async () => {
    const engagement = await db.engagement.findUniqueOrThrow({ where: { id: own.engagementId }, include: { frameworkVersion: { include: { framework: true } } } });
    expect(await prefillFromSelfAssessment(own.code, own.prefectureId, own.selfAssessmentId)).toMatchObject({
      origin: "SELF_ASSESSMENT",
      title: `DDT — ${engagement.title} : partiellement atteint en 2023`,
      description: `Auto-évaluation 2023 de DDT, engagement ${engagement.code} : « Délais tenus pour les courriels seulement. »`,
      selfAssessmentId: own.selfAssessmentId,
      engagementIds: [own.engagementId],
      source: { text: `Auto-évaluation ${engagement.frameworkVersion.framework.name} 2023 : DDT — ${engagement.code} ${engagement.title}`, href: `/${own.code}/demarche-qualite/auto-evaluation/2023` },
    });
  });

  it("another prefecture's id (or an unknown one) pre-fills nothing, whatever the source", async () => {
    expect(await prefillFromRequestRecord(own.code, own.prefectureId, other.entryId)).toBeNull();
    expect(await prefillFromSurvey(own.code, own.prefectureId, other.surveyId)).toBeNull();
    expect(await prefillFromAudit(own.code, own.prefectureId, other.auditId)).toBeNull();
    expect(await prefillFromSelfAssessment(own.code, own.prefectureId, other.selfAssessmentId)).toBeNull();
    expect(await prefillFromSearch(own.code, own.prefectureId, { demande: randomUUID() })).toBeNull();
    expect(await prefillFromSearch(own.code, own.prefectureId, {})).toBeNull();
    expect((await prefillFromSearch(own.code, own.prefectureId, { autoEvaluation: own.selfAssessmentId }))?.origin).toBe("SELF_ASSESSMENT");
    expect((await prefillFromSearch(own.code, own.prefectureId, { enquete: own.surveyId }))?.origin).toBe("SURVEY");
  });
});

const SOURCES = [
  { field: "requestRecordId", origin: "REQUEST_RECORD", id: (s: Space) => s.entryId, links: (s: Space) => ({ requestRecordIds: [s.entryId] }), refused: "Cette demande n'existe pas dans le registre de la préfecture." },
  { field: "surveyId", origin: "SURVEY", id: (s: Space) => s.surveyId, links: (s: Space) => ({ surveyIds: [s.surveyId] }), refused: "Cette enquête n'existe pas pour la préfecture." },
  { field: "auditId", origin: "AUDIT_FINDING", id: (s: Space) => s.auditId, links: (s: Space) => ({ auditIds: [s.auditId] }), refused: "Cet audit n'existe pas pour la préfecture." },
  { field: "selfAssessmentId", origin: "SELF_ASSESSMENT", id: (s: Space) => s.selfAssessmentId, links: (s: Space) => ({ selfAssessmentIds: [s.selfAssessmentId] }), refused: "Cette auto-évaluation n'existe pas pour la préfecture." },
] as const;

describe("creating the action from its source", () => {
  it.each(SOURCES)("$origin: linked, shown on the action and beside its source; audited", async (s) => {
    const title = `Action depuis ${s.origin}`;
    const created = await createImprovementAction.built.execute(db, own.referent, { ...fields({ title }), prefectureId: own.prefectureId, origin: s.origin, [s.field]: s.id(own) });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const row = await db.improvementAction.findUniqueOrThrow({ where: { id: created.data.id } });
    expect(row).toMatchObject({ origin: s.origin, [s.field]: s.id(own), prefectureId: own.prefectureId, meetingId: null, interventionId: null });
    const detail = await findActionDetail(own.code, own.prefectureId, own.referent, created.data.id);
    const prefill = await prefillFromSearch(own.code, own.prefectureId, { [{ requestRecordId: "demande", surveyId: "enquete", auditId: "audit", selfAssessmentId: "autoEvaluation" }[s.field]]: s.id(own) });
    expect(detail?.source).toEqual(prefill?.source);
    const links = await findOriginActionLinks(own.code, own.prefectureId, own.referent, s.links(own));
    expect(links).toContainEqual(expect.objectContaining({ id: created.data.id, title, statusText: "Prévue", href: `/${own.code}/plan-actions/${created.data.id}`, [s.field]: s.id(own) }));
    // Not from another prefecture, even with the source's id.
    expect(await findOriginActionLinks(other.code, other.prefectureId, other.referent, s.links(own))).toEqual([]);
    expect(await db.auditLog.count({ where: { action: "actionPlan.create", entityId: created.data.id } })).toBe(1);
  });

  it.each(SOURCES)("$origin: another prefecture's id is refused (NOT_FOUND), nothing written", async (s) => {
    const before = await db.improvementAction.count({ where: { prefectureId: own.prefectureId } });
    const result = await createImprovementAction.built.execute(db, own.referent, { ...fields(), prefectureId: own.prefectureId, origin: s.origin, [s.field]: s.id(other) });
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND", error: s.refused });
    expect(await db.improvementAction.count({ where: { prefectureId: own.prefectureId } })).toBe(before);
    // and the other prefecture's referent may not create in this one
    expect(await createImprovementAction.built.execute(db, other.referent, { ...fields(), prefectureId: own.prefectureId, origin: s.origin, [s.field]: s.id(own) })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("a source with another origin is refused on the origin field", async () => {
    const result = await createImprovementAction.built.execute(db, own.referent, { ...fields(), prefectureId: own.prefectureId, origin: "OTHER", surveyId: own.surveyId });
    expect(result).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { origin: ["L'origine d'une action créée depuis une enquête est cette enquête."] } });
  });
});

describe("what a member is told of a register entry", () => {
  it("that the action came from the register, on which day — not the subject, and no link to a page they may not open", async () => {
    const vienneId = (await db.prefecture.findUniqueOrThrow({ where: { code: "86" } })).id;
    const referent = await actorFor(db, "referent.86@example.org");
    const member = await actorFor(db, "membre.86@example.org");
    const entry = await db.requestRecord.create({ data: { prefectureId: vienneId, receivedOn: utcDate("2021-06-14"), channel: "EMAIL", type: "COMPLAINT", subject: "Nom et adresse d'un usager mécontent", service: null } });
    const created = await createImprovementAction.built.execute(db, referent, { ...fields({ title: "Répondre plus vite aux réclamations" }), prefectureId: vienneId, origin: "REQUEST_RECORD", requestRecordId: entry.id });
    if (!created.ok) throw new Error(JSON.stringify(created));
    expect((await findActionDetail("86", vienneId, referent, created.data.id))?.source?.text).toContain("Nom et adresse d'un usager mécontent");
    const seen = await findActionDetail("86", vienneId, member, created.data.id);
    expect(seen?.source).toEqual({ text: "Registre : réclamation reçue le 14 juin 2021", href: null });
  });
});
