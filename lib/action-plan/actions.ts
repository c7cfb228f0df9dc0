"use server";
/**
 * Action-plan mutations ("actionPlan.manage": referents and staff of the prefecture): create
 * (by hand, or from its source — an intervention of the minutes, a missed indicator period, a
 * register entry, a survey, an audit, a self-assessment — which must be the prefecture's), edit under an optimistic lock on `version`, change the status
 * (the domain's transitionAction: done needs a result, dropped a reason kept as a note) and
 * add a dated progress note. Every one is built with the action client.
 */
import { ActionError, defineAction } from "@/lib/action-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { serverAction } from "@/lib/server-action";
import { transitionAction } from "./domain";
import { addProgressNoteSchema, changeActionStatusSchema, createActionSchema, updateActionSchema, type ActionFields, type ActionSourceIds } from "./schemas";

const ACTION_CONFLICT =
  "Cette action a été modifiée par quelqu'un d'autre pendant que vous la modifiiez. Vos saisies sont conservées : rechargez la page pour voir la version actuelle, puis reportez vos changements.";

const dayOrNull = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00.000Z`) : null);

async function prefectureResource(prefectureId: string, db: PrismaClient) {
  const p = await db.prefecture.findUnique({ where: { id: prefectureId }, select: { id: true } });
  return p && ({ kind: "prefecture", prefectureId: p.id } as const);
}

async function actionResource(id: string, db: PrismaClient) {
  const a = await db.improvementAction.findUnique({ where: { id }, select: { prefectureId: true } });
  return a && ({ kind: "prefecture", prefectureId: a.prefectureId } as const);
}

/** Owners and engagements must be the prefecture's (or of a national referential): said on their field. */
async function checkReferences(tx: Tx, prefectureId: string, f: ActionFields) {
  const errors: Record<string, string[]> = {};
  if (f.ownerStructureId && !(await tx.structure.count({ where: { id: f.ownerStructureId, prefectureId } }))) {
    errors.ownerStructureId = ["Cette structure n'est pas une structure de la préfecture."];
  }
  if (f.ownerPersonId && !(await tx.person.count({ where: { id: f.ownerPersonId, prefectureId } }))) {
    errors.ownerPersonId = ["Cette personne n'est pas connue de la préfecture."];
  }
  const ids = [...new Set(f.engagementIds)];
  if (ids.length > 0) {
    const found = await tx.engagement.count({ where: { id: { in: ids }, frameworkVersion: { framework: { OR: [{ prefectureId: null }, { prefectureId }] } } } });
    if (found !== ids.length) errors.engagementIds = ["Un des engagements choisis n'existe pas ou n'est pas ouvert à la préfecture."];
  }
  if (Object.keys(errors).length > 0) throw new ActionError("INVALID", "Certains champs sont invalides. Corrigez-les puis réessayez.", errors);
  return ids;
}

/**
 * The source an action is created from, looked up inside the URL's prefecture: another
 * prefecture's id (or an unknown one) is "not found", never linked. An intervention also ties
 * the action to its meeting (who may read it follows the meeting).
 */
async function checkSource(tx: Tx, prefectureId: string, s: ActionSourceIds): Promise<{ meetingId: string | null }> {
  if (s.interventionId) {
    const intervention = await tx.intervention.findFirst({
      where: { id: s.interventionId, section: { minutes: { meeting: { prefectureId } } } },
      select: { section: { select: { minutes: { select: { meetingId: true } } } } },
    });
    if (!intervention) throw new ActionError("NOT_FOUND", "Cette intervention n'existe pas dans les comptes rendus de la préfecture.");
    return { meetingId: intervention.section.minutes.meetingId };
  }
  if (s.indicatorValueId && !(await tx.indicatorValue.count({ where: { id: s.indicatorValueId, prefectureId } }))) {
    throw new ActionError("NOT_FOUND", "Cette valeur d'indicateur n'existe pas pour la préfecture.");
  }
  if (s.requestRecordId && !(await tx.requestRecord.count({ where: { id: s.requestRecordId, prefectureId } }))) {
    throw new ActionError("NOT_FOUND", "Cette demande n'existe pas dans le registre de la préfecture.");
  }
  if (s.surveyId && !(await tx.survey.count({ where: { id: s.surveyId, prefectureId } }))) {
    throw new ActionError("NOT_FOUND", "Cette enquête n'existe pas pour la préfecture.");
  }
  if (s.auditId && !(await tx.audit.count({ where: { id: s.auditId, prefectureId } }))) {
    throw new ActionError("NOT_FOUND", "Cet audit n'existe pas pour la préfecture.");
  }
  if (s.selfAssessmentId && !(await tx.selfAssessment.count({ where: { id: s.selfAssessmentId, prefectureId } }))) {
    throw new ActionError("NOT_FOUND", "Cette auto-évaluation n'existe pas pour la préfecture.");
  }
  return { meetingId: null };
}

function fieldsData(f: ActionFields) {
  return {
    title: f.title,
    description: f.description,
    ownerStructureId: f.ownerStructureId,
    ownerPersonId: f.ownerPersonId,
    ownerLabel: f.ownerLabel,
    dueOn: dayOrNull(f.dueOn),
  };
}

export const createImprovementAction = serverAction(
  defineAction({
    name: "actionPlan.create",
    verb: "actionPlan.manage",
    input: createActionSchema,
    resource: (input, db) => prefectureResource(input.prefectureId, db),
    async handler({ tx, audit }, input) {
      const engagementIds = await checkReferences(tx, input.prefectureId, input);
      const { meetingId } = await checkSource(tx, input.prefectureId, input);
      const action = await tx.improvementAction.create({
        data: {
          prefectureId: input.prefectureId,
          origin: input.origin,
          interventionId: input.interventionId,
          indicatorValueId: input.indicatorValueId,
          requestRecordId: input.requestRecordId,
          surveyId: input.surveyId,
          auditId: input.auditId,
          selfAssessmentId: input.selfAssessmentId,
          meetingId,
          ...fieldsData(input),
          engagements: { create: engagementIds.map((engagementId) => ({ engagementId })) },
        },
        select: { id: true },
      });
      await audit({ action: "actionPlan.create", entityType: "ImprovementAction", entityId: action.id, prefectureId: input.prefectureId, after: input });
      return { id: action.id };
    },
  }),
);

export const updateImprovementAction = serverAction(
  defineAction({
    name: "actionPlan.update",
    verb: "actionPlan.manage",
    input: updateActionSchema,
    resource: (input, db) => actionResource(input.id, db),
    async handler({ tx, audit }, input) {
      const before = await tx.improvementAction.findUniqueOrThrow({ where: { id: input.id }, include: { engagements: { select: { engagementId: true } } } });
      const engagementIds = await checkReferences(tx, before.prefectureId, input);
      const { count } = await tx.improvementAction.updateMany({
        where: { id: input.id, prefectureId: before.prefectureId, version: input.version },
        data: { ...fieldsData(input), version: { increment: 1 } },
      });
      if (count === 0) throw new ActionError("CONFLICT", ACTION_CONFLICT);
      await tx.improvementActionEngagement.deleteMany({ where: { actionId: input.id, engagementId: { notIn: engagementIds } } });
      await tx.improvementActionEngagement.createMany({ data: engagementIds.map((engagementId) => ({ actionId: input.id, engagementId })), skipDuplicates: true });
      await audit({ action: "actionPlan.update", entityType: "ImprovementAction", entityId: input.id, prefectureId: before.prefectureId, before, after: input });
      return { id: input.id, version: input.version + 1 };
    },
  }),
);

export const changeImprovementActionStatus = serverAction(
  defineAction({
    name: "actionPlan.status",
    verb: "actionPlan.manage",
    input: changeActionStatusSchema,
    resource: (input, db) => actionResource(input.id, db),
    async handler({ tx, audit, actor }, input) {
      const before = await tx.improvementAction.findUniqueOrThrow({ where: { id: input.id }, select: { prefectureId: true, status: true, result: true, version: true } });
      if (before.version !== input.version) throw new ActionError("CONFLICT", ACTION_CONFLICT);
      const outcome = transitionAction(before, { to: input.to, result: input.result, reason: input.reason });
      if (!outcome.ok) throw new ActionError("INVALID", outcome.message, { [outcome.field]: [outcome.message] });
      const { count } = await tx.improvementAction.updateMany({
        where: { id: input.id, prefectureId: before.prefectureId, version: input.version },
        data: { status: outcome.status, result: outcome.result, version: { increment: 1 } },
      });
      if (count === 0) throw new ActionError("CONFLICT", ACTION_CONFLICT);
      await tx.improvementActionProgressNote.create({ data: { actionId: input.id, body: outcome.note, authorId: actor?.userId ?? null } });
      // The follow-up of the next meeting reads when an action was closed from this row.
      await audit({ action: "actionPlan.status", entityType: "ImprovementAction", entityId: input.id, prefectureId: before.prefectureId, before, after: { status: outcome.status, result: outcome.result } });
      return { id: input.id, version: input.version + 1, status: outcome.status };
    },
  }),
);

export const addImprovementActionNote = serverAction(
  defineAction({
    name: "actionPlan.note",
    verb: "actionPlan.manage",
    input: addProgressNoteSchema,
    resource: (input, db) => actionResource(input.actionId, db),
    async handler({ tx, audit, actor }, input) {
      const action = await tx.improvementAction.findUniqueOrThrow({ where: { id: input.actionId }, select: { prefectureId: true } });
      // A note does not bump the action's version: writing one must not void someone's edit.
      const note = await tx.improvementActionProgressNote.create({ data: { actionId: input.actionId, body: input.body, authorId: actor?.userId ?? null }, select: { id: true, createdAt: true } });
      await audit({ action: "actionPlan.note", entityType: "ImprovementAction", entityId: input.actionId, prefectureId: action.prefectureId, after: { body: input.body } });
      return { id: note.id, at: note.createdAt.toISOString() };
    },
  }),
);
