// Surveys against a real database: the seeded Vosges 2022 survey read back with its
// satisfaction rate (95,1 % of which 54,9 % very satisfied) through findSurveysOfYear; a
// survey created and edited with the actions (percentages computed from counts, the whole
// survey replaced in one transaction), a stale version refused with the conflict message,
// French validation messages, attaching only to a meeting of the same prefecture, and the
// policy: another prefecture's referent and a member (who reads) cannot write.
import { beforeAll, describe, expect, it } from "vitest";
import { attachSurveyToMeeting, createSurvey, detachSurveyFromMeeting, updateSurvey } from "@/lib/surveys/actions";
import { findSurvey, findSurveys, findSurveysOfMeeting, findSurveysOfYear } from "@/lib/surveys/queries";
import { can } from "@/lib/auth/policy";
import { actorFor, testDb, withDemoData } from "./support";

const db = testDb();
let vienneId: string;
let vosgesId: string;
let charenteId: string;

beforeAll(async () => {
  await withDemoData(db);
  vienneId = (await db.prefecture.findUniqueOrThrow({ where: { code: "86" } })).id;
  vosgesId = (await db.prefecture.findUniqueOrThrow({ where: { code: "88" } })).id;
  charenteId = (await db.prefecture.findUniqueOrThrow({ where: { code: "16" } })).id;
});

const small = (title: string, over: Record<string, unknown> = {}) => ({
  title,
  audience: "MEMBERS",
  year: "2024",
  method: "Questionnaire en ligne",
  recipientsCount: "25",
  respondentsCount: "13",
  questions: [
    {
      text: "Êtes-vous satisfait de l'information reçue ?",
      kind: "SCALE",
      entry: "COUNT",
      options: [
        { label: "Très satisfait", value: "6" },
        { label: "Satisfait", value: "4" },
        { label: "Peu satisfait", value: "2" },
        { label: "Pas du tout satisfait", value: "1" },
      ],
    },
    { text: "Suivez-vous la préfecture sur les réseaux ?", kind: "CHOICE", entry: "PERCENT", options: [{ label: "Oui", value: "73,5" }, { label: "Non", value: "26,5" }] },
    { text: "Observations", kind: "OPEN", entry: "COUNT", options: [{ label: "Plus de réunions en soirée", value: "" }] },
  ],
  ...over,
});

describe("survey reads", () => {
  it("the Vosges 2022 survey: 102 respondents, published percentages, overall satisfaction 95,1 % of which 54,9 %", async () => {
    const [survey, ...others] = await findSurveysOfYear(vosgesId, 2022);
    expect(others).toEqual([]);
    expect(survey).toMatchObject({ audience: "USERS", year: 2022, respondentsCount: 102, recipientsCount: null });
    const overall = survey!.questions.find((q) => q.text === "Niveau de satisfaction globale");
    expect(overall).toMatchObject({ kind: "SCALE", satisfactionRate: 95.1, topSatisfactionRate: 54.9 });
    // Only percentages were published: no count is invented.
    expect(overall!.options.map((o) => [o.count, o.percent])).toEqual([[null, 54.9], [null, 40.2], [null, 2], [null, 2.9]]);
    const choice = survey!.questions.find((q) => q.kind === "CHOICE");
    expect(choice?.satisfactionRate).toBeNull();
    // Serialisable for the yearly report (a server component may pass it to a client one).
    expect(JSON.parse(JSON.stringify(survey))).toEqual(survey);
  });

  it("are scoped by prefecture: the Vienne's list holds its questionnaires only, another prefecture's id is not found", async () => {
    // The seeded questionnaires (the access tests, sharing this database, add one of 2030).
    const list = (await findSurveys(vienneId)).filter((s) => s.year < 2030);
    expect(list.map((s) => [s.year, s.recipientsCount, s.respondentsCount])).toEqual([
      [2023, 19, 11],
      [2021, 25, 13],
    ]);
    expect(list[1]?.responseRate).toBe(52);
    const vosges = (await findSurveysOfYear(vosgesId, 2022))[0]!;
    expect(await findSurvey(vienneId, vosges.id)).toBeNull();
    expect(await findSurveysOfYear(charenteId, 2022)).toEqual([]);
  });
});

describe("survey actions", () => {
  it("a referent creates a survey with counts: percentages computed from the respondents, audited", async () => {
    const referent = await actorFor(db, "referent.86@example.org");
    const created = await createSurvey.built.execute(db, referent, { ...small("Questionnaire 2024 — création"), prefectureId: vienneId });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const survey = await findSurvey(vienneId, created.data.id);
    expect(survey).toMatchObject({ recipientsCount: 25, respondentsCount: 13, responseRate: 52, version: 1 });
    const [scale, choice, open] = survey!.questions;
    expect(scale?.options.map((o) => [o.count, o.percent, o.percentComputed])).toEqual([
      [6, 46.1538, true],
      [4, 30.7692, true],
      [2, 15.3846, true],
      [1, 7.6923, true],
    ]);
    expect(scale?.satisfactionRate).toBe(76.923);
    expect(choice?.options.map((o) => [o.count, o.percent])).toEqual([[null, 73.5], [null, 26.5]]);
    expect(open?.options).toEqual([{ label: "Plus de réunions en soirée", count: null, percent: null, percentComputed: false }]);
    expect(await db.auditLog.count({ where: { action: "survey.create", entityId: created.data.id } })).toBe(1);
  });

  it("an edit replaces the whole survey under its version; a stale version is refused with the conflict message", async () => {
    const referent = await actorFor(db, "referent.86@example.org");
    const agent = await actorFor(db, "agent.86@example.org");
    const created = await createSurvey.built.execute(db, referent, { ...small("Questionnaire 2024 — édition"), prefectureId: vienneId });
    if (!created.ok) throw new Error(created.error);
    const id = created.data.id;
    const edited = await updateSurvey.built.execute(db, agent, {
      ...small("Questionnaire 2024 — édition", { respondentsCount: "14", questions: [{ text: "Une seule question", kind: "CHOICE", entry: "COUNT", options: [{ label: "Oui", value: "14" }] }] }),
      id,
      version: 1,
    });
    expect(edited).toMatchObject({ ok: true, data: { version: 2 } });
    const after = await findSurvey(vienneId, id);
    expect(after?.questions.map((q) => q.text)).toEqual(["Une seule question"]);
    expect(after?.questions[0]?.options).toEqual([{ label: "Oui", count: 14, percent: 100, percentComputed: true }]);
    expect(await db.surveyQuestion.count({ where: { surveyId: id } })).toBe(1);

    // The referent still holds version 1: refused, nothing written.
    const stale = await updateSurvey.built.execute(db, referent, { ...small("Questionnaire 2024 — édition", { respondentsCount: "20" }), id, version: 1 });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(stale.ok ? "" : stale.error).toContain("modifiée par quelqu'un d'autre");
    expect((await findSurvey(vienneId, id))?.respondentsCount).toBe(14);
    const log = await db.auditLog.findFirstOrThrow({ where: { action: "survey.update", entityId: id } });
    expect(JSON.stringify(log.before)).toContain("Êtes-vous satisfait");
  });

  it("refuses invalid results with French messages on their fields", async () => {
    const referent = await actorFor(db, "referent.86@example.org");
    const result = await createSurvey.built.execute(db, referent, {
      ...small("Questionnaire invalide", {
        respondentsCount: "26",
        questions: [
          { text: "Satisfaction", kind: "SCALE", entry: "PERCENT", options: [{ label: "Très satisfait", value: "80" }, { label: "Satisfait", value: "30" }] },
          { text: "Choix", kind: "CHOICE", entry: "COUNT", options: [{ label: "Oui", value: "30" }] },
          { text: "Sans réponse possible", kind: "CHOICE", entry: "COUNT", options: [] },
          { text: "Pourcentage", kind: "CHOICE", entry: "PERCENT", options: [{ label: "Oui", value: "104" }] },
        ],
      }),
      prefectureId: vienneId,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe("INVALID");
    expect(result.fieldErrors).toMatchObject({
      respondentsCount: ["Le nombre de réponses (26) ne peut pas dépasser le nombre de destinataires (25)."],
      "questions.0.options": ["Question 1 : une seule réponse par répondant, or les pourcentages totalisent 110 % (100 % au plus, à 1 point d'arrondi près)."],
      "questions.1.options.0.value": ["Question 2 : « Oui » compte 30 réponses, plus que les 26 répondants."],
      "questions.2.options": ["Question 3 : ajoutez au moins une réponse possible."],
      "questions.3.options.0.value": ["Question 4 : le pourcentage de « Oui » doit être compris entre 0 et 100."],
    });
    expect(await db.survey.count({ where: { title: "Questionnaire invalide" } })).toBe(0);

    const duplicate = await createSurvey.built.execute(db, referent, { ...small("Questionnaire aux membres du CLU sur la communication de la préfecture", { year: "2021" }), prefectureId: vienneId });
    expect(duplicate).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { title: ["Une enquête de 2021 porte déjà ce titre dans la préfecture."] } });
  });

  it("another prefecture's referent and a member are refused; the member reads", async () => {
    const vienneSurvey = (await findSurveys(vienneId)).find((s) => s.year === 2021)!;
    const full = (await findSurvey(vienneId, vienneSurvey.id))!;
    const charente = await actorFor(db, "referent.16@example.org");
    const member = await actorFor(db, "membre.86@example.org");
    const edit = { ...small(full.title, { year: String(full.year) }), id: full.id, version: full.version };
    // The same input is valid for the prefecture's referent: the refusals below are the policy's.
    expect(updateSurvey.built.definition.input.safeParse(edit).success).toBe(true);
    expect(await updateSurvey.built.execute(db, charente, edit)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await updateSurvey.built.execute(db, member, edit)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await createSurvey.built.execute(db, charente, { ...small("Intrusion"), prefectureId: vienneId })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await createSurvey.built.execute(db, member, { ...small("Par un membre"), prefectureId: vienneId })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await attachSurveyToMeeting.built.execute(db, member, { surveyId: full.id, version: full.version, meetingId: full.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(can(member, "results.read", { kind: "prefecture", prefectureId: vienneId })).toBe(true);
    expect((await findSurvey(vienneId, full.id))?.version).toBe(full.version);
  });

  it("attaches only to a meeting of the same prefecture, then detaches; both audited and shown on the meeting", async () => {
    const referent = await actorFor(db, "referent.86@example.org");
    const created = await createSurvey.built.execute(db, referent, { ...small("Questionnaire 2024 — séance"), prefectureId: vienneId });
    if (!created.ok) throw new Error(created.error);
    const surveyId = created.data.id;
    const vienneMeeting = await db.meeting.findFirstOrThrow({ where: { prefectureId: vienneId }, orderBy: { startsAt: "desc" } });
    const otherMeeting = await db.meeting.findFirstOrThrow({ where: { prefectureId: { not: vienneId } } });

    const foreign = await attachSurveyToMeeting.built.execute(db, referent, { surveyId, version: 1, meetingId: otherMeeting.id });
    expect(foreign).toMatchObject({ ok: false, code: "NOT_FOUND", error: "Cette séance n'existe pas dans la préfecture de l'enquête." });
    expect((await db.survey.findUniqueOrThrow({ where: { id: surveyId } })).meetingId).toBeNull();

    expect(await attachSurveyToMeeting.built.execute(db, referent, { surveyId, version: 1, meetingId: vienneMeeting.id })).toMatchObject({ ok: true, data: { version: 2 } });
    expect((await findSurvey(vienneId, surveyId))?.meeting?.id).toBe(vienneMeeting.id);
    expect((await findSurveysOfMeeting(vienneId, vienneMeeting.id)).map((s) => s.id)).toContain(surveyId);
    expect(await attachSurveyToMeeting.built.execute(db, referent, { surveyId, version: 1, meetingId: vienneMeeting.id })).toMatchObject({ ok: false, code: "CONFLICT" });

    expect(await detachSurveyFromMeeting.built.execute(db, referent, { surveyId, version: 2 })).toMatchObject({ ok: true, data: { version: 3 } });
    expect((await findSurvey(vienneId, surveyId))?.meeting).toBeNull();
    const logs = await db.auditLog.findMany({ where: { entityId: surveyId, action: { in: ["survey.attach", "survey.detach"] } }, orderBy: { at: "asc" } });
    expect(logs.map((l) => l.action)).toEqual(["survey.attach", "survey.detach"]);
  });
});
