"use server";
/**
 * Referential mutations (national administrators): a framework, a version of it (optionally a
 * copy of the latest version's modules and engagements; the latest then ends the day before),
 * a version's dates and status, and its modules and engagements. Every rule is the domain's
 * (lib/frameworks/domain); every action is built with the action client (policy, zod,
 * transaction, audit). These are small rows edited by one administrator: no version column.
 */
import { ActionError, defineAction } from "@/lib/action-client";
import { serverAction } from "@/lib/server-action";
import type { Tx } from "@/lib/db";
import {
  checkVersionEdit,
  engagementDeletionRefusal,
  latestVersion,
  moduleDeletionRefusal,
  planNewVersion,
  type SpanProblem,
  type VersionSpan,
} from "./domain";
import {
  createFrameworkSchema,
  createVersionSchema,
  deleteEngagementSchema,
  deleteModuleSchema,
  saveEngagementSchema,
  saveModuleSchema,
  updateVersionSchema,
} from "./schemas";

const national = async () => ({ kind: "national" }) as const;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

function refuse(problem: SpanProblem): never {
  throw new ActionError("INVALID", problem.message, { [problem.field]: [problem.message] });
}

/** Serialises the changes to one framework's versions (overlaps are checked across rows). */
async function lockFramework(tx: Tx, frameworkId: string) {
  await tx.$queryRaw`SELECT id FROM frameworks WHERE id = ${frameworkId}::uuid FOR UPDATE`;
}

async function spansOf(tx: Tx, frameworkId: string): Promise<VersionSpan[]> {
  const rows = await tx.frameworkVersion.findMany({ where: { frameworkId }, select: { id: true, label: true, publishedOn: true, validUntil: true } });
  return rows.map((r) => ({ id: r.id, label: r.label, publishedOn: iso(r.publishedOn)!, validUntil: iso(r.validUntil) }));
}

async function assertLabelFree(tx: Tx, frameworkId: string, label: string, exceptId: string | null) {
  const same = await tx.frameworkVersion.findFirst({ where: { frameworkId, label, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { id: true } });
  if (same) {
    const message = "Une autre version de ce référentiel porte déjà ce libellé.";
    throw new ActionError("INVALID", message, { label: [message] });
  }
}

/** A new framework: a national programme, or a prefecture's own (kind LOCAL). */
export const createFramework = serverAction(
  defineAction({
    name: "framework.create",
    verb: "national.manage",
    input: createFrameworkSchema,
    resource: national,
    async handler(ctx, input) {
      if (await ctx.tx.framework.findUnique({ where: { code: input.code }, select: { id: true } })) {
        const message = `Le code ${input.code} est déjà celui d'un référentiel.`;
        throw new ActionError("INVALID", message, { code: [message] });
      }
      if (input.prefectureId && !(await ctx.tx.prefecture.findUnique({ where: { id: input.prefectureId }, select: { id: true } }))) {
        throw new ActionError("INVALID", "Cette préfecture n'existe pas.", { prefectureId: ["Cette préfecture n'existe pas."] });
      }
      const created = await ctx.tx.framework.create({
        data: { code: input.code, kind: input.kind, name: input.name, prefectureId: input.prefectureId },
        select: { id: true, code: true },
      });
      await ctx.audit({ action: "framework.create", entityType: "Framework", entityId: created.id, prefectureId: input.prefectureId, before: null, after: input });
      return created;
    },
  }),
);

/**
 * A new version of a framework, after its latest one (which ends the day before if it was still
 * in force then). With `copyPrevious`, the latest version's modules and engagements are copied
 * (new rows: labels, self-assessments, actions and indicators stay with the version they name).
 */
export const createFrameworkVersion = serverAction(
  defineAction({
    name: "framework.createVersion",
    verb: "national.manage",
    input: createVersionSchema,
    resource: national,
    async handler(ctx, input) {
      const { tx } = ctx;
      const framework = await tx.framework.findUnique({ where: { id: input.frameworkId }, select: { id: true, code: true, prefectureId: true } });
      if (!framework) throw new ActionError("NOT_FOUND", "Ce référentiel n'existe pas.");
      await lockFramework(tx, framework.id);
      await assertLabelFree(tx, framework.id, input.label, null);
      const spans = await spansOf(tx, framework.id);
      const plan = planNewVersion({ id: null, label: input.label, publishedOn: input.publishedOn, validUntil: input.validUntil }, spans);
      if (!plan.ok) refuse(plan.problem);
      const previous = latestVersion(spans);
      if (plan.closePrevious) {
        await tx.frameworkVersion.update({ where: { id: plan.closePrevious.id }, data: { validUntil: day(plan.closePrevious.validUntil) } });
      }
      const created = await tx.frameworkVersion.create({
        data: { frameworkId: framework.id, label: input.label, publishedOn: day(input.publishedOn), validUntil: input.validUntil ? day(input.validUntil) : null, status: input.status },
        select: { id: true },
      });
      let copied = { modules: 0, engagements: 0 };
      if (input.copyPrevious && previous?.id) copied = await copyContents(tx, previous.id, created.id);
      await ctx.audit({
        action: "framework.createVersion",
        entityType: "FrameworkVersion",
        entityId: created.id,
        prefectureId: framework.prefectureId,
        before: plan.closePrevious ? { previousVersionId: plan.closePrevious.id, validUntil: previous?.validUntil ?? null } : null,
        after: { framework: framework.code, ...input, copied, previousValidUntil: plan.closePrevious?.validUntil ?? null },
      });
      return { id: created.id, code: framework.code, closedPrevious: plan.closePrevious, copied };
    },
  }),
);

async function copyContents(tx: Tx, fromVersionId: string, toVersionId: string) {
  const modules = await tx.module.findMany({ where: { frameworkVersionId: fromVersionId }, orderBy: { number: "asc" } });
  const moduleIds = new Map<string, string>();
  for (const m of modules) {
    const row = await tx.module.create({
      data: { frameworkVersionId: toVersionId, number: m.number, title: m.title, requirement: m.requirement, condition: m.condition },
      select: { id: true },
    });
    moduleIds.set(m.id, row.id);
  }
  const engagements = await tx.engagement.findMany({ where: { frameworkVersionId: fromVersionId }, orderBy: { code: "asc" } });
  await tx.engagement.createMany({
    data: engagements.map((e) => ({
      frameworkVersionId: toVersionId,
      moduleId: e.moduleId ? (moduleIds.get(e.moduleId) ?? null) : null,
      code: e.code,
      number: e.number,
      title: e.title,
      description: e.description,
    })),
  });
  return { modules: modules.length, engagements: engagements.length };
}

/** A version's label, dates and status; its dates stay clear of the framework's other versions. */
export const updateFrameworkVersion = serverAction(
  defineAction({
    name: "framework.updateVersion",
    verb: "national.manage",
    input: updateVersionSchema,
    resource: national,
    async handler(ctx, input) {
      const { tx } = ctx;
      const before = await tx.frameworkVersion.findUnique({ where: { id: input.id }, include: { framework: { select: { id: true, prefectureId: true } } } });
      if (!before) throw new ActionError("NOT_FOUND", "Cette version du référentiel n'existe pas.");
      await lockFramework(tx, before.frameworkId);
      await assertLabelFree(tx, before.frameworkId, input.label, before.id);
      const problem = checkVersionEdit({ id: before.id, label: input.label, publishedOn: input.publishedOn, validUntil: input.validUntil }, await spansOf(tx, before.frameworkId));
      if (problem) refuse(problem);
      await tx.frameworkVersion.update({
        where: { id: before.id },
        data: { label: input.label, publishedOn: day(input.publishedOn), validUntil: input.validUntil ? day(input.validUntil) : null, status: input.status },
      });
      await ctx.audit({
        action: "framework.updateVersion",
        entityType: "FrameworkVersion",
        entityId: before.id,
        prefectureId: before.framework.prefectureId,
        before: { label: before.label, publishedOn: iso(before.publishedOn), validUntil: iso(before.validUntil), status: before.status },
        after: input,
      });
      return { id: before.id };
    },
  }),
);

async function versionOf(tx: Tx, versionId: string) {
  const version = await tx.frameworkVersion.findUnique({ where: { id: versionId }, select: { id: true, framework: { select: { prefectureId: true } } } });
  if (!version) throw new ActionError("NOT_FOUND", "Cette version du référentiel n'existe pas.");
  return version;
}

/** A new module of a version, or a change to one; its number is unique in the version. */
export const saveModule = serverAction(
  defineAction({
    name: "framework.saveModule",
    verb: "national.manage",
    input: saveModuleSchema,
    resource: national,
    async handler(ctx, input) {
      const { tx } = ctx;
      const version = await versionOf(tx, input.versionId);
      const before = input.id ? await tx.module.findFirst({ where: { id: input.id, frameworkVersionId: version.id } }) : null;
      if (input.id && !before) throw new ActionError("NOT_FOUND", "Ce module n'existe pas dans cette version.");
      const taken = await tx.module.findFirst({
        where: { frameworkVersionId: version.id, number: input.number, ...(before ? { id: { not: before.id } } : {}) },
        select: { title: true },
      });
      if (taken) {
        const message = `Le module ${input.number} existe déjà dans cette version (« ${taken.title} »).`;
        throw new ActionError("INVALID", message, { number: [message] });
      }
      const data = { number: input.number, title: input.title, requirement: input.requirement, condition: input.condition };
      const saved = before
        ? await tx.module.update({ where: { id: before.id }, data, select: { id: true } })
        : await tx.module.create({ data: { ...data, frameworkVersionId: version.id }, select: { id: true } });
      await ctx.audit({
        action: "framework.saveModule",
        entityType: "Module",
        entityId: saved.id,
        prefectureId: version.framework.prefectureId,
        before: before && { number: before.number, title: before.title, requirement: before.requirement, condition: before.condition },
        after: input,
      });
      return saved;
    },
  }),
);

/** Deletes a module nothing refers to (no label on it, no engagement under it). */
export const deleteModule = serverAction(
  defineAction({
    name: "framework.deleteModule",
    verb: "national.manage",
    input: deleteModuleSchema,
    resource: national,
    async handler(ctx, input) {
      const { tx } = ctx;
      const before = await tx.module.findUnique({
        where: { id: input.id },
        include: { frameworkVersion: { select: { framework: { select: { prefectureId: true } } } }, _count: { select: { labelModules: true, engagements: true } } },
      });
      if (!before) throw new ActionError("NOT_FOUND", "Ce module n'existe pas ou a déjà été supprimé.");
      const refusal = moduleDeletionRefusal({ number: before.number, labelledPrefectures: before._count.labelModules, engagements: before._count.engagements });
      if (refusal) throw new ActionError("INVALID", refusal);
      await tx.module.delete({ where: { id: before.id } });
      await ctx.audit({
        action: "framework.deleteModule",
        entityType: "Module",
        entityId: before.id,
        prefectureId: before.frameworkVersion.framework.prefectureId,
        before: { frameworkVersionId: before.frameworkVersionId, number: before.number, title: before.title, requirement: before.requirement, condition: before.condition },
        after: null,
      });
      return { id: before.id };
    },
  }),
);

/** A new engagement of a version, or a change to one; its code is unique in the version. */
export const saveEngagement = serverAction(
  defineAction({
    name: "framework.saveEngagement",
    verb: "national.manage",
    input: saveEngagementSchema,
    resource: national,
    async handler(ctx, input) {
      const { tx } = ctx;
      const version = await versionOf(tx, input.versionId);
      const before = input.id ? await tx.engagement.findFirst({ where: { id: input.id, frameworkVersionId: version.id } }) : null;
      if (input.id && !before) throw new ActionError("NOT_FOUND", "Cet engagement n'existe pas dans cette version.");
      if (input.moduleId && !(await tx.module.findFirst({ where: { id: input.moduleId, frameworkVersionId: version.id }, select: { id: true } }))) {
        const message = "Ce module n'appartient pas à cette version du référentiel.";
        throw new ActionError("INVALID", message, { moduleId: [message] });
      }
      const taken = await tx.engagement.findFirst({
        where: { frameworkVersionId: version.id, code: { equals: input.code, mode: "insensitive" }, ...(before ? { id: { not: before.id } } : {}) },
        select: { title: true },
      });
      if (taken) {
        const message = `Le code ${input.code} est déjà celui d'un engagement de cette version (« ${taken.title} »).`;
        throw new ActionError("INVALID", message, { code: [message] });
      }
      const data = { code: input.code, number: input.number, title: input.title, description: input.description, moduleId: input.moduleId };
      const saved = before
        ? await tx.engagement.update({ where: { id: before.id }, data, select: { id: true } })
        : await tx.engagement.create({ data: { ...data, frameworkVersionId: version.id }, select: { id: true } });
      await ctx.audit({
        action: "framework.saveEngagement",
        entityType: "Engagement",
        entityId: saved.id,
        prefectureId: version.framework.prefectureId,
        before: before && { code: before.code, number: before.number, title: before.title, description: before.description, moduleId: before.moduleId },
        after: input,
      });
      return saved;
    },
  }),
);

/** Deletes an engagement nothing refers to (no indicator version, self-assessment or action). */
export const deleteEngagement = serverAction(
  defineAction({
    name: "framework.deleteEngagement",
    verb: "national.manage",
    input: deleteEngagementSchema,
    resource: national,
    async handler(ctx, input) {
      const { tx } = ctx;
      const before = await tx.engagement.findUnique({
        where: { id: input.id },
        include: {
          frameworkVersion: { select: { framework: { select: { prefectureId: true } } } },
          _count: { select: { indicatorVersions: true, selfAssessments: true, improvementActions: true } },
        },
      });
      if (!before) throw new ActionError("NOT_FOUND", "Cet engagement n'existe pas ou a déjà été supprimé.");
      const refusal = engagementDeletionRefusal({
        code: before.code,
        indicatorVersions: before._count.indicatorVersions,
        selfAssessments: before._count.selfAssessments,
        actions: before._count.improvementActions,
      });
      if (refusal) throw new ActionError("INVALID", refusal);
      await tx.engagement.delete({ where: { id: before.id } });
      await ctx.audit({
        action: "framework.deleteEngagement",
        entityType: "Engagement",
        entityId: before.id,
        prefectureId: before.frameworkVersion.framework.prefectureId,
        before: { frameworkVersionId: before.frameworkVersionId, code: before.code, number: before.number, title: before.title, moduleId: before.moduleId },
        after: null,
      });
      return { id: before.id };
    },
  }),
);
