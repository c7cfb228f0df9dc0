// The action plan against a real database (domain.md §8, issue 9 items 5–6): actions created
// from a missed indicator period and from a question of the minutes of the same prefecture
// (pre-filled, linked both ways), refused for another prefecture's sources; an edit under a
// stale version refused in French; DONE without a result refused; a progress note (the next
// meeting's follow-up is tests/integration/follow-up.test.ts); and the policy: another prefecture's referent refused, a
// member reads (their committees' actions and those of their own questions) but writes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { addImprovementActionNote, changeImprovementActionStatus, createImprovementAction, updateImprovementAction } from "@/lib/action-plan/actions";
import {
  findActionDetail,
  findActionPlan,
  findActionLinks,
  findActionsFromOwnQuestions,
  prefillFromIndicatorValue,
  prefillFromIntervention,
} from "@/lib/action-plan/queries";
import { actorFor, testDb, withDemoData } from "./support";

const db = testDb();
let vienneId: string;
let charenteId: string;
let vienneCommitteeId: string;

beforeAll(async () => {
  await withDemoData(db);
  vienneId = (await db.prefecture.findUniqueOrThrow({ where: { code: "86" } })).id;
  charenteId = (await db.prefecture.findUniqueOrThrow({ where: { code: "16" } })).id;
  vienneCommitteeId = (
    await db.committee.findFirstOrThrow({ where: { prefectureId: vienneId, members: { some: { person: { user: { email: "membre.86@example.org" } } } } }, orderBy: { createdAt: "asc" } })
  ).id;
});

const fields = (over: Record<string, unknown> = {}) => ({
  title: "Message d'attente au standard",
  description: null,
  ownerStructureId: "",
  ownerPersonId: "",
  ownerLabel: "Pôle accueils",
  dueOn: "2022-12-31",
  engagementIds: [] as string[],
  ...over,
});

/** The Charente's pickup rate of the services line in January 2022: 82,46 % for a target ≥ 90 %. */
async function charenteMissedValue() {
  return db.indicatorValue.findFirstOrThrow({
    where: { prefectureId: charenteId, definition: { code: "CALL_PICKUP_RATE" }, scope: "services", year: 2022, periodicity: "MONTHLY", period: 1 },
  });
}

/** A question of the Vienne's minutes (a held meeting of the member's committee). */
async function vienneIntervention() {
  return db.intervention.findFirstOrThrow({
    where: { section: { minutes: { meeting: { prefectureId: vienneId, committeeId: vienneCommitteeId, status: { not: "DRAFT" } } } } },
    include: { section: { include: { minutes: true } } },
    orderBy: { id: "asc" },
  });
}

/**
 * A held meeting of the member's committee with minutes in review and one section, of this
 * file's own: the questions this file adds must not change the seeded minutes other test files
 * read, nor what is published. Dated after the seeds' meetings (files that check them look
 * before 2024) and in the past (not an upcoming meeting).
 */
async function ownSection() {
  const meeting = await db.meeting.create({ data: { prefectureId: vienneId, committeeId: vienneCommitteeId, startsAt: new Date("2024-02-15T13:00:00Z"), status: "HELD" } });
  const minutes = await db.minutes.create({ data: { meetingId: meeting.id, status: "IN_REVIEW", sections: { create: [{ position: 0, title: "Questions diverses" }] } }, include: { sections: true } });
  return { meetingId: meeting.id, sectionId: minutes.sections[0]!.id };
}

describe("creating an action from its source", () => {
  it("from a missed indicator period of the same prefecture: pre-filled title and link, origin INDICATOR, shown back with its source", async () => {
    const referent = await actorFor(db, "referent.16@example.org");
    const value = await charenteMissedValue();
    const prefill = await prefillFromIndicatorValue("16", charenteId, value.id);
    expect(prefill).toMatchObject({
      origin: "INDICATOR",
      title: "Taux d'appels décrochés (services) — janvier 2022 : 82,5\u202f% pour un objectif ≥ 90\u202f%",
      indicatorValueId: value.id,
      source: { href: "/16/indicateurs/CALL_PICKUP_RATE?annee=2022" },
    });
    const created = await createImprovementAction.built.execute(db, referent, { ...fields({ title: prefill!.title }), prefectureId: charenteId, origin: "INDICATOR", indicatorValueId: value.id });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const detail = await findActionDetail("16", charenteId, referent, created.data.id);
    expect(detail).toMatchObject({ origin: "INDICATOR", originText: "Objectif d'indicateur manqué", status: "PLANNED", statusText: "Prévue", source: { text: "Taux d'appels décrochés (services) — janvier 2022" } });
    expect(await db.auditLog.count({ where: { action: "actionPlan.create", entityId: created.data.id } })).toBe(1);
  });

  it("from a question of the same prefecture's minutes: title from its text, the meeting and the minutes section linked", async () => {
    const referent = await actorFor(db, "referent.86@example.org");
    const intervention = await vienneIntervention();
    const prefill = await prefillFromIntervention("86", vienneId, intervention.id);
    expect(prefill?.origin).toBe("INTERVENTION");
    expect(intervention.text.replace(/\s+/g, " ").startsWith(prefill!.title.replace(/…$/, ""))).toBe(true);
    expect(prefill?.description).toContain(intervention.text);
    expect(prefill?.source.href).toBe(`/86/seances/${intervention.section.minutes.meetingId}/compte-rendu#section-${intervention.sectionId}`);
    const created = await createImprovementAction.built.execute(db, referent, { ...fields({ title: prefill!.title }), prefectureId: vienneId, origin: "INTERVENTION", interventionId: intervention.id });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const row = await db.improvementAction.findUniqueOrThrow({ where: { id: created.data.id } });
    expect(row).toMatchObject({ origin: "INTERVENTION", interventionId: intervention.id, meetingId: intervention.section.minutes.meetingId, prefectureId: vienneId });
    // Linked back: the minutes can say which action answers the question.
    const links = await findActionLinks("86", vienneId, referent, { interventionIds: [intervention.id] });
    expect(links).toContainEqual({ id: created.data.id, title: prefill!.title, status: "PLANNED", statusText: "Prévue", href: `/86/plan-actions/${created.data.id}`, interventionId: intervention.id, indicatorValueId: null });
    const charente = await actorFor(db, "referent.16@example.org");
    expect(await findActionLinks("16", charenteId, charente, { interventionIds: [intervention.id] })).toEqual([]);
  });

  it("refuses another prefecture's indicator value or intervention, and an origin without its source", async () => {
    const referent = await actorFor(db, "referent.86@example.org");
    const value = await charenteMissedValue();
    expect(await prefillFromIndicatorValue("86", vienneId, value.id)).toBeNull();
    const foreignValue = await createImprovementAction.built.execute(db, referent, { ...fields(), prefectureId: vienneId, origin: "INDICATOR", indicatorValueId: value.id });
    expect(foreignValue).toMatchObject({ ok: false, code: "NOT_FOUND", error: "Cette valeur d'indicateur n'existe pas pour la préfecture." });

    const intervention = await vienneIntervention();
    const charente = await actorFor(db, "referent.16@example.org");
    expect(await prefillFromIntervention("16", charenteId, intervention.id)).toBeNull();
    const foreignIntervention = await createImprovementAction.built.execute(db, charente, { ...fields(), prefectureId: charenteId, origin: "INTERVENTION", interventionId: intervention.id });
    expect(foreignIntervention).toMatchObject({ ok: false, code: "NOT_FOUND" });

    const noSource = await createImprovementAction.built.execute(db, referent, { ...fields(), prefectureId: vienneId, origin: "INDICATOR" });
    expect(noSource).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { origin: ["Une action née d'un objectif manqué se crée depuis la grille des indicateurs."] } });
    // Another prefecture's structure as owner is refused on its field.
    const structure = await db.structure.findFirst({ where: { prefectureId: charenteId } });
    if (structure) {
      const foreignOwner = await createImprovementAction.built.execute(db, referent, { ...fields({ ownerStructureId: structure.id }), prefectureId: vienneId, origin: "OTHER" });
      expect(foreignOwner).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { ownerStructureId: ["Cette structure n'est pas une structure de la préfecture."] } });
    }
  });
});

describe("following an action", () => {
  it("edits under its version (a stale one refused in French), notes progress, refuses DONE without a result, closes with one", async () => {
    const referent = await actorFor(db, "referent.86@example.org");
    const agent = await actorFor(db, "agent.86@example.org");
    const engagement = await db.engagement.findFirstOrThrow({ where: { code: "QEP-1.09" } });
    const created = await createImprovementAction.built.execute(db, referent, { ...fields({ engagementIds: [engagement.id] }), prefectureId: vienneId, origin: "OTHER" });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const id = created.data.id;

    expect(await updateImprovementAction.built.execute(db, agent, { ...fields({ title: "Message d'attente enregistré", engagementIds: [] }), id, version: 1 })).toMatchObject({ ok: true, data: { version: 2 } });
    const stale = await updateImprovementAction.built.execute(db, referent, { ...fields({ title: "Écrasé ?" }), id, version: 1 });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(stale.ok ? "" : stale.error).toContain("Cette action a été modifiée par quelqu'un d'autre");
    expect(await findActionDetail("86", vienneId, referent, id)).toMatchObject({ title: "Message d'attente enregistré", engagements: [], version: 2 });

    const note = await addImprovementActionNote.built.execute(db, agent, { actionId: id, body: "Texte du message validé par le cabinet." });
    expect(note.ok).toBe(true);

    const noResult = await changeImprovementActionStatus.built.execute(db, referent, { id, version: 2, to: "DONE", result: "  " });
    expect(noResult).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { result: ["Indiquez le résultat obtenu pour marquer l'action comme réalisée."] } });
    expect(await changeImprovementActionStatus.built.execute(db, referent, { id, version: 1, to: "IN_PROGRESS" })).toMatchObject({ ok: false, code: "CONFLICT" });

    const done = await changeImprovementActionStatus.built.execute(db, referent, { id, version: 2, to: "DONE", result: "Message en service depuis le 1er juin." });
    expect(done).toMatchObject({ ok: true, data: { status: "DONE", version: 3 } });
    const detail = await findActionDetail("86", vienneId, referent, id);
    expect(detail).toMatchObject({ status: "DONE", statusText: "Réalisée", result: "Message en service depuis le 1er juin.", overdue: false });
    expect(detail?.notes.map((n) => n.body)).toEqual(["Statut : Prévue → Réalisée. Résultat : Message en service depuis le 1er juin.", "Texte du message validé par le cabinet."]);

    const dropped = await createImprovementAction.built.execute(db, referent, { ...fields({ title: "Ouverture le dimanche" }), prefectureId: vienneId, origin: "OTHER" });
    if (!dropped.ok) throw new Error(dropped.error);
    expect(await changeImprovementActionStatus.built.execute(db, referent, { id: dropped.data.id, version: 1, to: "DROPPED" })).toMatchObject({ ok: false, fieldErrors: { reason: ["Indiquez pourquoi l'action est abandonnée."] } });
    expect(await changeImprovementActionStatus.built.execute(db, referent, { id: dropped.data.id, version: 1, to: "DROPPED", reason: "Pas de demande des usagers" })).toMatchObject({ ok: true });
    expect((await findActionDetail("86", vienneId, referent, dropped.data.id))?.notes[0]?.body).toBe("Statut : Prévue → Abandonnée. Motif : Pas de demande des usagers");
  });

  it("lists with filters in SQL: overdue only, status, origin, owner", async () => {
    const referent = await actorFor(db, "referent.86@example.org");
    const late = await createImprovementAction.built.execute(db, referent, { ...fields({ title: "Action en retard du test", dueOn: "2020-01-31", ownerLabel: "Bureau du test de filtre" }), prefectureId: vienneId, origin: "SURVEY" });
    if (!late.ok) throw new Error(late.error);
    const overdue = await findActionPlan("86", vienneId, referent, { overdueOnly: true }, "2022-06-01");
    const mine = overdue.find((a) => a.id === late.data.id);
    expect(mine).toMatchObject({ overdue: true, dueText: expect.stringMatching(/^En retard de \d+ jours \(échéance 31 janvier 2020\)$/), originText: "Enquête de satisfaction", owner: "Bureau du test de filtre" });
    expect(overdue.every((a) => a.overdue)).toBe(true);
    expect((await findActionPlan("86", vienneId, referent, { owner: "l:Bureau du test de filtre" })).map((a) => a.id)).toEqual([late.data.id]);
    expect((await findActionPlan("86", vienneId, referent, { origin: "SURVEY", status: "DONE" })).some((a) => a.id === late.data.id)).toBe(false);
  });
});

describe("who may do what", () => {
  it("another prefecture's referent is refused every write; the action is not found from their prefecture", async () => {
    const referent = await actorFor(db, "referent.86@example.org");
    const charente = await actorFor(db, "referent.16@example.org");
    const created = await createImprovementAction.built.execute(db, referent, { ...fields({ title: "Action de la Vienne" }), prefectureId: vienneId, origin: "OTHER" });
    if (!created.ok) throw new Error(created.error);
    const id = created.data.id;
    expect(await createImprovementAction.built.execute(db, charente, { ...fields(), prefectureId: vienneId, origin: "OTHER" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await updateImprovementAction.built.execute(db, charente, { ...fields(), id, version: 1 })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await changeImprovementActionStatus.built.execute(db, charente, { id, version: 1, to: "DONE", result: "x" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await addImprovementActionNote.built.execute(db, charente, { actionId: id, body: "x" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await findActionDetail("16", charenteId, charente, id)).toBeNull();
    expect(await findActionPlan("86", vienneId, charente)).toEqual([]);
    expect((await db.improvementAction.findUniqueOrThrow({ where: { id } })).version).toBe(1);
  });

  it("a member reads the plan and the actions of their own questions, and writes nothing", async () => {
    const referent = await actorFor(db, "referent.86@example.org");
    const member = await actorFor(db, "membre.86@example.org");
    const memberPerson = await db.person.findFirstOrThrow({ where: { user: { email: "membre.86@example.org" } } });
    const { sectionId } = await ownSection();
    // The member asks a question in a meeting of their committee; an action is created from it.
    const own = await db.intervention.create({ data: { sectionId, kind: "QUESTION", askerPersonId: memberPerson.id, text: "Quand les boîtes vocales seront-elles installées ?", position: 99 } });
    const created = await createImprovementAction.built.execute(db, referent, { ...fields({ title: "Réponse à la question du membre" }), prefectureId: vienneId, origin: "INTERVENTION", interventionId: own.id });
    if (!created.ok) throw new Error(created.error);
    const id = created.data.id;

    expect((await findActionPlan("86", vienneId, member)).some((a) => a.id === id)).toBe(true);
    expect(await findActionDetail("86", vienneId, member, id)).toMatchObject({ title: "Réponse à la question du membre", source: { text: expect.stringMatching(/^Question de M\. Thierry PREMPAIN/) } });
    // Their own questions only (another test of this file may have answered one of the member's seeded questions).
    const fromOwn = (await findActionsFromOwnQuestions("86", vienneId, member)).map((a) => a.id);
    expect(fromOwn).toContain(id);
    const askers = await db.improvementAction.findMany({ where: { id: { in: fromOwn } }, select: { intervention: { select: { askerPersonId: true } } } });
    expect(askers.every((a) => a.intervention?.askerPersonId === memberPerson.id)).toBe(true);
    expect(await findActionsFromOwnQuestions("86", vienneId, referent)).toEqual([]);

    expect(await createImprovementAction.built.execute(db, member, { ...fields(), prefectureId: vienneId, origin: "OTHER" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await updateImprovementAction.built.execute(db, member, { ...fields(), id, version: 1 })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await changeImprovementActionStatus.built.execute(db, member, { id, version: 1, to: "IN_PROGRESS" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await addImprovementActionNote.built.execute(db, member, { actionId: id, body: "Merci" })).toMatchObject({ ok: false, code: "FORBIDDEN" });

    // An action of a meeting in preparation (a draft) is not the member's to read.
    const draft = await db.meeting.create({ data: { prefectureId: vienneId, committeeId: vienneCommitteeId, startsAt: new Date("2024-02-16T09:00:00Z"), status: "DRAFT" } });
    const hidden = await db.improvementAction.create({ data: { prefectureId: vienneId, title: "Action d'une séance en préparation", origin: "OTHER", meetingId: draft.id } });
    expect(await findActionDetail("86", vienneId, member, hidden.id)).toBeNull();
    expect(await findActionDetail("86", vienneId, referent, hidden.id)).not.toBeNull();
  });
});
