"use server";
/**
 * Survey mutations (survey.manage: referents and staff): create, edit (the whole survey in one
 * transaction — questions and options replaced — under an optimistic lock on `version`), attach
 * to one of the prefecture's meetings and detach. Every one is audited.
 */
import { ActionError, assertVersion, defineAction } from "@/lib/action-client";
import type { Tx } from "@/lib/db";
import { serverAction } from "@/lib/server-action";
import { attachSurveySchema, createSurveySchema, detachSurveySchema, updateSurveySchema, type SurveyFields } from "./schemas";

const SURVEY_CONFLICT =
  "Cette enquête a été modifiée par quelqu'un d'autre pendant que vous la saisissiez. Vos saisies sont conservées : copiez-les, rechargez la page pour voir la version actuelle, puis reportez vos changements.";

/** Questions and options as stored: the entered figure goes to count or percent, never both. */
function questionsData(fields: SurveyFields) {
  return fields.questions.map((q, position) => ({
    position,
    text: q.text,
    kind: q.kind,
    options: {
      create: q.options.map((o, oPos) => ({
        position: oPos,
        label: o.label,
        count: q.kind !== "OPEN" && q.entry === "COUNT" ? o.value : null,
        percent: q.kind !== "OPEN" && q.entry === "PERCENT" ? o.value : null,
      })),
    },
  }));
}

function surveyData(fields: SurveyFields) {
  return {
    title: fields.title,
    audience: fields.audience,
    year: fields.year,
    method: fields.method,
    recipientsCount: fields.recipientsCount,
    respondentsCount: fields.respondentsCount,
  };
}

/** Said on the title field rather than as a unique-index error. */
async function assertTitleFree(tx: Tx, prefectureId: string, fields: SurveyFields, exceptId?: string) {
  const same = await tx.survey.findFirst({
    where: { prefectureId, title: fields.title, year: fields.year, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (same) {
    const message = `Une enquête de ${fields.year} porte déjà ce titre dans la préfecture.`;
    throw new ActionError("INVALID", message, { title: [message] });
  }
}

/** What the audit log keeps of a survey: its fields and figures, in a readable shape. */
function auditSummary(fields: SurveyFields) {
  return { ...surveyData(fields), questions: fields.questions };
}

async function surveyResource(id: string, db: Pick<Tx, "survey">) {
  const s = await db.survey.findUnique({ where: { id }, select: { prefectureId: true } });
  return s && ({ kind: "prefecture", prefectureId: s.prefectureId } as const);
}

export const createSurvey = serverAction(
  defineAction({
    name: "survey.create",
    verb: "survey.manage",
    input: createSurveySchema,
    resource: async (input, db) => {
      const p = await db.prefecture.findUnique({ where: { id: input.prefectureId }, select: { id: true } });
      return p && { kind: "prefecture", prefectureId: p.id };
    },
    async handler({ tx, audit }, input) {
      await assertTitleFree(tx, input.prefectureId, input);
      const survey = await tx.survey.create({
        data: { prefectureId: input.prefectureId, ...surveyData(input), questions: { create: questionsData(input) } },
        select: { id: true },
      });
      await audit({ action: "survey.create", entityType: "Survey", entityId: survey.id, prefectureId: input.prefectureId, after: auditSummary(input) });
      return { id: survey.id };
    },
  }),
);

export const updateSurvey = serverAction(
  defineAction({
    name: "survey.update",
    verb: "survey.manage",
    input: updateSurveySchema,
    resource: (input, db) => surveyResource(input.id, db),
    async handler({ tx, audit }, input) {
      const before = await tx.survey.findUniqueOrThrow({
        where: { id: input.id },
        include: { questions: { orderBy: { position: "asc" }, include: { options: { orderBy: { position: "asc" } } } } },
      });
      await assertTitleFree(tx, before.prefectureId, input, input.id);
      const { count } = await tx.survey.updateMany({
        where: { id: input.id, prefectureId: before.prefectureId, version: input.version },
        data: { ...surveyData(input), version: { increment: 1 } },
      });
      if (count === 0) throw new ActionError("CONFLICT", SURVEY_CONFLICT);
      // Questions and options are replaced as a whole: the form sends the whole survey, and
      // positions shift when a question is removed (unique per survey).
      await tx.surveyQuestion.deleteMany({ where: { surveyId: input.id } });
      for (const q of questionsData(input)) {
        await tx.surveyQuestion.create({ data: { surveyId: input.id, ...q } });
      }
      await audit({
        action: "survey.update",
        entityType: "Survey",
        entityId: input.id,
        prefectureId: before.prefectureId,
        before: {
          ...before,
          questions: before.questions.map((q) => ({
            text: q.text,
            kind: q.kind,
            options: q.options.map((o) => ({ label: o.label, count: o.count, percent: o.percent?.toNumber() ?? null })),
          })),
        },
        after: auditSummary(input),
      });
      return { id: input.id, version: input.version + 1 };
    },
  }),
);

export const attachSurveyToMeeting = serverAction(
  defineAction({
    name: "survey.attach",
    verb: "survey.manage",
    input: attachSurveySchema,
    resource: (input, db) => surveyResource(input.surveyId, db),
    async handler({ tx, audit }, input) {
      const survey = await tx.survey.findUniqueOrThrow({ where: { id: input.surveyId }, select: { prefectureId: true, meetingId: true } });
      // Only a meeting of the survey's own prefecture: another one's id is "not found", never linked.
      const meeting = await tx.meeting.findFirst({ where: { id: input.meetingId, prefectureId: survey.prefectureId }, select: { id: true } });
      if (!meeting) {
        const message = "Cette séance n'existe pas dans la préfecture de l'enquête.";
        throw new ActionError("NOT_FOUND", message, { meetingId: [message] });
      }
      const { count } = await tx.survey.updateMany({
        where: { id: input.surveyId, prefectureId: survey.prefectureId, version: input.version },
        data: { meetingId: meeting.id, version: { increment: 1 } },
      });
      assertVersion(count);
      await audit({
        action: "survey.attach",
        entityType: "Survey",
        entityId: input.surveyId,
        prefectureId: survey.prefectureId,
        before: { meetingId: survey.meetingId },
        after: { meetingId: meeting.id },
      });
      return { version: input.version + 1 };
    },
  }),
);

export const detachSurveyFromMeeting = serverAction(
  defineAction({
    name: "survey.detach",
    verb: "survey.manage",
    input: detachSurveySchema,
    resource: (input, db) => surveyResource(input.surveyId, db),
    async handler({ tx, audit }, input) {
      const survey = await tx.survey.findUniqueOrThrow({ where: { id: input.surveyId }, select: { prefectureId: true, meetingId: true } });
      if (!survey.meetingId) throw new ActionError("CONFLICT", "Cette enquête n'est jointe à aucune séance.");
      const { count } = await tx.survey.updateMany({
        where: { id: input.surveyId, prefectureId: survey.prefectureId, version: input.version },
        data: { meetingId: null, version: { increment: 1 } },
      });
      assertVersion(count);
      await audit({
        action: "survey.detach",
        entityType: "Survey",
        entityId: input.surveyId,
        prefectureId: survey.prefectureId,
        before: { meetingId: survey.meetingId },
        after: { meetingId: null },
      });
      return { version: input.version + 1 };
    },
  }),
);
