// The "Suivi du plan d'actions" of a meeting against a real database (issue 9 item 6): a
// prefecture of this file's own, one committee with three meetings (two held, the next one to
// come), actions written through the action plan's own actions, and questions in the minutes.
// The follow-up of the next meeting lists what closed, opened and moved since the last
// meeting, the open actions nobody touched, and the questions of every earlier meeting still
// without answer or action; the past meeting's follow-up is not rewritten by later changes;
// and the minutes print it, in the DOCX and the PDF, re-read by real readers.
import { beforeAll, describe, expect, it } from "vitest";
import { addImprovementActionNote, changeImprovementActionStatus, createImprovementAction } from "@/lib/action-plan/actions";
import { followUpOfMeeting } from "@/lib/follow-up/queries";
import { createMeeting } from "@/lib/meetings/actions";
import { findMinutesDocument } from "@/lib/minutes/queries";
import { renderMinutesDocx, renderMinutesPdf } from "@/lib/exports";
import { createTestPrefecture } from "@/tests/factories/prefectures";
import { upsertUser } from "@/tests/factories/users";
import { readDocx, readPdf } from "@/tests/unit/exports/read-back";
import type { Actor } from "@/lib/auth/policy";
import { actorFor, testDb, withDemoData } from "./support";

const db = testDb();
let code: string;
let prefectureId: string;
let referent: Actor;
let ids: { m0: string; m1: string; m2: string; committee: string; section2: string };
const q: Record<string, string> = {};

const fields = (title: string) => ({ title, description: null, ownerStructureId: "", ownerPersonId: "", ownerLabel: "Bureau des usagers", dueOn: "2027-03-31", engagementIds: [] as string[] });

beforeAll(async () => {
  await withDemoData(db);
  const prefecture = await createTestPrefecture(db);
  code = prefecture.code;
  prefectureId = prefecture.id;
  const email = `referent.suivi.${code}@example.org`;
  await upsertUser(db, { email, name: "Référente du suivi", password: "motdepasse-suivi-1", roles: [{ role: "REFERENT", prefectureId }] });
  referent = await actorFor(db, email);
  const committee = await db.committee.create({ data: { prefectureId, kind: "CLU_CLAC", name: "Comité du suivi" } });
  const meeting = (startsAt: string, status: "HELD" | "CONVENED") => db.meeting.create({ data: { prefectureId, committeeId: committee.id, startsAt: new Date(startsAt), status } });
  // Two held meetings in the past, the next one to come: its window runs to now.
  const m0 = await meeting("2025-05-06T12:30:00Z", "HELD");
  const m1 = await meeting("2026-01-15T13:00:00Z", "HELD");
  const m2 = await meeting("2027-06-15T08:00:00Z", "CONVENED");
  const question = async (meetingId: string, text: string, answered = false) => {
    const minutes = await db.minutes.create({ data: { meetingId, status: "PUBLISHED", sections: { create: [{ position: 0, title: "Questions diverses" }] } }, include: { sections: true } });
    const i = await db.intervention.create({
      data: { sectionId: minutes.sections[0]!.id, kind: "QUESTION", askerLabel: "Mme Usagère (UDAF)", text, position: 0, ...(answered ? { answers: { create: { responderLabel: "La secrétaire générale", text: "Oui.", position: 0 } } } : {}) },
    });
    return i.id;
  };
  q.old = await question(m0.id, "Les horaires d'ouverture seront-ils étendus ?");
  q.open = await question(m1.id, "Un affichage en braille est-il prévu ?");
  q.answered = await db.intervention
    .create({ data: { sectionId: (await db.minutesSection.findFirstOrThrow({ where: { minutes: { meetingId: m1.id } } })).id, kind: "QUESTION", askerLabel: "M. Usager", text: "Question avec réponse ?", position: 1, answers: { create: { responderLabel: "Le SG", text: "Oui.", position: 0 } } } })
    .then((i) => i.id);
  q.withAction = await db.intervention
    .create({ data: { sectionId: (await db.minutesSection.findFirstOrThrow({ where: { minutes: { meetingId: m1.id } } })).id, kind: "SUGGESTION", askerLabel: "M. Usager", text: "Installer une borne d'appel.", position: 2 } })
    .then((i) => i.id);
  // The next meeting's agenda has the follow-up item, and a draft minutes with its section.
  const item = await db.agendaItem.create({ data: { meetingId: m2.id, position: 0, title: "Suivi du plan d'actions", isActionPlanReview: true } });
  const minutes2 = await db.minutes.create({ data: { meetingId: m2.id, status: "DRAFT", sections: { create: [{ position: 0, title: "Suivi du plan d'actions", agendaItemId: item.id }] } }, include: { sections: true } });
  ids = { m0: m0.id, m1: m1.id, m2: m2.id, committee: committee.id, section2: minutes2.sections[0]!.id };

  // Before the last meeting: an open action nobody touches since, and one closed before it.
  const before = new Date("2025-09-01T10:00:00Z");
  await db.improvementAction.create({ data: { prefectureId, title: "Signalétique du hall", origin: "OTHER", status: "IN_PROGRESS", createdAt: before, updatedAt: before } });
  await db.improvementAction.create({ data: { prefectureId, title: "Ancienne action close", origin: "OTHER", status: "DONE", result: "Fait en 2025.", createdAt: before, updatedAt: before } });
  const touched = await db.improvementAction.create({ data: { prefectureId, title: "Rappel des rendez-vous par SMS", origin: "OTHER", status: "PLANNED", createdAt: before, updatedAt: before } });
  // Since the last meeting, through the action plan's actions (audited as in the app).
  const opened = await createImprovementAction.built.execute(db, referent, { ...fields("Borne d'appel à l'entrée"), prefectureId, origin: "INTERVENTION", interventionId: q.withAction });
  const closed = await createImprovementAction.built.execute(db, referent, { ...fields("Formulaire de contact simplifié"), prefectureId, origin: "OTHER" });
  if (!opened.ok || !closed.ok) throw new Error("setup");
  const done = await changeImprovementActionStatus.built.execute(db, referent, { id: closed.data.id, version: 1, to: "DONE", result: "Formulaire en ligne depuis mars." });
  const noted = await addImprovementActionNote.built.execute(db, referent, { actionId: touched.id, body: "Prestataire retenu." });
  if (!done.ok || !noted.ok) throw new Error("setup");
});

describe("the next meeting's follow-up", () => {
  it("groups what closed, opened, moved and still waits since the last meeting, and the questions still open at any earlier meeting", async () => {
    const followUp = await followUpOfMeeting(code, prefectureId, ids.m2, referent);
    expect(followUp?.windowText).toBe("Depuis la séance du jeudi 15 janvier 2026");
    const groups = Object.fromEntries((followUp?.groups ?? []).map((g) => [g.kind, g.actions.map((a) => a.title)]));
    expect(groups).toEqual({
      CLOSED: ["Formulaire de contact simplifié"],
      OPENED: ["Borne d'appel à l'entrée"],
      CHANGED: ["Rappel des rendez-vous par SMS"],
      OPEN: ["Signalétique du hall"],
    });
    const closed = followUp?.groups.find((g) => g.kind === "CLOSED")?.actions[0];
    expect(closed).toMatchObject({ statusText: "Réalisée", result: "Formulaire en ligne depuis mars.", owner: "Bureau des usagers" });
    const changed = followUp?.groups.find((g) => g.kind === "CHANGED")?.actions[0];
    expect(changed?.lastNote).toMatch(/ : Prestataire retenu\.$/u);
    // Carried over: the older meeting's question too, oldest first; answered ones and the one
    // that became an action are gone.
    expect(followUp?.openQuestions.map((x) => x.id)).toEqual([q.old, q.open]);
    expect(followUp?.openQuestions[0]).toMatchObject({
      text: "Question de Mme Usagère (UDAF), séance du mardi 6 mai 2025",
      href: expect.stringContaining(`/${code}/seances/${ids.m0}/compte-rendu#section-`),
      createActionHref: `/${code}/plan-actions/nouvelle?intervention=${q.old}`,
    });
  });

  it("reads the last meeting's follow-up as it was then: nothing done since changes it", async () => {
    const followUp = await followUpOfMeeting(code, prefectureId, ids.m1, referent);
    expect(followUp?.windowText).toBe("Depuis la séance du mardi 6 mai 2025");
    const groups = Object.fromEntries((followUp?.groups ?? []).map((g) => [g.kind, g.actions.map((a) => a.title)]));
    expect(groups).toEqual({ CLOSED: ["Ancienne action close"], OPENED: ["Rappel des rendez-vous par SMS", "Signalétique du hall"] });
    expect(followUp?.openQuestions.map((x) => x.id)).toEqual([q.old]);
  });

  it("is nothing for another prefecture, nor for a referent of another prefecture", async () => {
    const vienne = await db.prefecture.findUniqueOrThrow({ where: { code: "86" } });
    expect(await followUpOfMeeting("86", vienne.id, ids.m2, referent)).toBeNull();
    const other = await actorFor(db, "referent.86@example.org");
    expect(await followUpOfMeeting(code, prefectureId, ids.m2, other)).toBeNull();
  });
});

describe("the minutes print the follow-up", () => {
  it("in the follow-up item's section, in the page's model, the DOCX and the PDF", async () => {
    const minutes = await db.minutes.findFirstOrThrow({ where: { meetingId: ids.m2 } });
    const document = await findMinutesDocument(prefectureId, minutes.id);
    expect(document?.followUp?.sectionId).toBe(ids.section2);
    expect(document?.followUp?.groups.map((g) => g.label)).toEqual(["Actions closes", "Nouvelles actions", "Actions qui ont avancé", "Actions en cours, sans changement"]);
    if (!document) throw new Error("no document");
    const docx = (await readDocx(await renderMinutesDocx(document))).text;
    const pdf = (await readPdf(await renderMinutesPdf(document))).text;
    for (const text of [docx, pdf]) {
      expect(text).toContain("Depuis la séance du jeudi 15 janvier 2026.");
      expect(text).toContain("Formulaire de contact simplifié — Pilote : Bureau des usagers. Réalisée. Échéance : 31 mars 2027. Résultat : Formulaire en ligne depuis mars.");
      expect(text).toContain("Rappel des rendez-vous par SMS — Prévue. Sans échéance. Dernier point, ");
      expect(text).toContain("Questions restées sans réponse");
      expect(text).toContain("Un affichage en braille est-il prévu ?");
    }
  });
});

describe("a new meeting puts the follow-up first", () => {
  const meetingFields = () => ({ committeeId: ids.committee, date: "2031-03-20", startTime: "10:00", endTime: "12:00", room: null, place: null, mode: "IN_PERSON" as const, chairLabel: null, numberingStyle: "ROMAN_LETTERS" as const });
  const agendaOf = (meetingId: string) => db.agendaItem.findMany({ where: { meetingId, parentId: null }, orderBy: { position: "asc" }, select: { title: true, isActionPlanReview: true } });

  it("when asked, before the items copied from a previous meeting; never twice; not when not asked", async () => {
    const source = await db.meeting.create({
      data: { prefectureId, committeeId: ids.committee, startsAt: new Date("2024-03-01T09:00:00Z"), status: "HELD", agendaItems: { create: [{ position: 0, title: "Accueil" }, { position: 1, title: "Questions diverses" }] } },
    });
    const withReview = await createMeeting.built.execute(db, referent, { ...meetingFields(), withActionPlanReview: true, duplicateFromId: source.id });
    if (!withReview.ok) throw new Error(withReview.error);
    expect(await agendaOf(withReview.data.id)).toEqual([
      { title: "Suivi du plan d'actions", isActionPlanReview: true },
      { title: "Accueil", isActionPlanReview: false },
      { title: "Questions diverses", isActionPlanReview: false },
    ]);
    // Copying an agenda that already reviews the plan does not add a second review item.
    const again = await createMeeting.built.execute(db, referent, { ...meetingFields(), date: "2031-09-18", withActionPlanReview: true, duplicateFromId: withReview.data.id });
    if (!again.ok) throw new Error(again.error);
    expect((await agendaOf(again.data.id)).filter((i) => i.isActionPlanReview)).toHaveLength(1);
    const without = await createMeeting.built.execute(db, referent, { ...meetingFields(), date: "2032-01-15" });
    if (!without.ok) throw new Error(without.error);
    expect(await agendaOf(without.data.id)).toEqual([]);
  });
});
