"use server";
/**
 * Quality mutations (prefecture.manage: the prefecture's referents): record or edit the label
 * (its referential, modules and dates), record or edit an audit, save a year's SP+
 * self-assessment, attach or remove the evidence of a self-assessment cell, delete an audit.
 * Labels, audits and assessments carry a `version`: an edit made meanwhile by someone else is
 * refused (optimistic locking). Every one is audited.
 */
import { ActionError, assertVersion, defineAction } from "@/lib/action-client";
import type { Resource } from "@/lib/auth/policy";
import type { Tx } from "@/lib/db";
import { serverAction } from "@/lib/server-action";
import { fromIsoDate, levelToColumns } from "./domain";
import { evidenceDocumentWhere, findSpPlusVersion, parisToday } from "./queries";
import { addEvidenceSchema, deleteAuditSchema, removeEvidenceSchema, saveAuditSchema, saveLabelSchema, saveSelfAssessmentSchema } from "./schemas";

const date = (iso: string | null) => (iso ? fromIsoDate(iso) : null);

async function prefectureResource(prefectureId: string, db: Pick<Tx, "prefecture">) {
  const p = await db.prefecture.findUnique({ where: { id: prefectureId }, select: { id: true } });
  return p && ({ kind: "prefecture", prefectureId: p.id } as const);
}

/** The prefecture the policy was checked for: every write below is scoped by it. */
function scopeOf(resource: Resource): string {
  if (!("prefectureId" in resource)) notFound();
  return resource.prefectureId;
}

/** An id of another prefecture is "not found" here, whatever the caller may do there. */
function notFound(): never {
  throw new ActionError("NOT_FOUND", "L'élément demandé n'existe pas ou a été supprimé.");
}

export const saveLabel = serverAction(
  defineAction({
    name: "quality.saveLabel",
    verb: "prefecture.manage",
    input: saveLabelSchema,
    resource: async (input, db) => {
      if (!input.id) return prefectureResource(input.prefectureId, db);
      const l = await db.label.findUnique({ where: { id: input.id }, select: { prefectureId: true } });
      return l && { kind: "prefecture", prefectureId: l.prefectureId };
    },
    async handler({ tx, audit }, input) {
      const version = await tx.frameworkVersion.findFirst({
        where: {
          id: input.frameworkVersionId,
          framework: { OR: [{ kind: "QUAL_E_PREF" }, { kind: "LOCAL", prefectureId: input.prefectureId }] },
        },
        include: { modules: { select: { id: true } } },
      });
      if (!version) {
        const message = "Ce référentiel ne peut pas porter un label de la préfecture.";
        throw new ActionError("INVALID", message, { frameworkVersionId: [message] });
      }
      const known = new Set(version.modules.map((m) => m.id));
      if (input.moduleIds.some((id) => !known.has(id))) {
        const message = "Cochez des modules du référentiel choisi.";
        throw new ActionError("INVALID", message, { moduleIds: [message] });
      }
      const data = {
        frameworkVersionId: version.id,
        status: input.status,
        obtainedOn: date(input.obtainedOn),
        validUntil: date(input.validUntil),
        certifier: input.certifier,
      };
      const after = { ...data, obtainedOn: input.obtainedOn, validUntil: input.validUntil, moduleIds: input.moduleIds };
      const modules = { create: [...new Set(input.moduleIds)].map((moduleId) => ({ moduleId })) };
      if (!input.id) {
        const created = await tx.label.create({ data: { prefectureId: input.prefectureId, ...data, modules }, select: { id: true, version: true } });
        await audit({ action: "quality.saveLabel", entityType: "Label", entityId: created.id, prefectureId: input.prefectureId, after });
        return created;
      }
      const before = await tx.label.findFirst({ where: { id: input.id, prefectureId: input.prefectureId }, include: { modules: true } });
      if (!before) notFound();
      if (input.version === null) throw new ActionError("INVALID", "Version du label manquante : rechargez la page.");
      assertVersion((await tx.label.updateMany({ where: { id: input.id, version: input.version }, data: { ...data, version: { increment: 1 } } })).count);
      await tx.labelModule.deleteMany({ where: { labelId: input.id } });
      await tx.labelModule.createMany({ data: modules.create.map((m) => ({ labelId: input.id!, moduleId: m.moduleId })) });
      await audit({
        action: "quality.saveLabel",
        entityType: "Label",
        entityId: input.id,
        prefectureId: input.prefectureId,
        before: { status: before.status, obtainedOn: before.obtainedOn, validUntil: before.validUntil, certifier: before.certifier, moduleIds: before.modules.map((m) => m.moduleId) },
        after,
      });
      return { id: input.id, version: input.version + 1 };
    },
  }),
);

export const saveAudit = serverAction(
  defineAction({
    name: "quality.saveAudit",
    verb: "prefecture.manage",
    input: saveAuditSchema,
    resource: async (input, db) => {
      if (!input.id) return prefectureResource(input.prefectureId, db);
      const a = await db.audit.findUnique({ where: { id: input.id }, select: { prefectureId: true } });
      return a && { kind: "prefecture", prefectureId: a.prefectureId };
    },
    async handler({ tx, audit }, input) {
      const data = { kind: input.kind, dueBy: date(input.dueBy), heldOn: date(input.heldOn), auditor: input.auditor, findings: input.findings };
      const after = { kind: input.kind, dueBy: input.dueBy, heldOn: input.heldOn, auditor: input.auditor, findings: input.findings };
      if (!input.id) {
        // A new audit belongs to the current label (the last obtained), when there is one.
        const label = await tx.label.findFirst({
          where: { prefectureId: input.prefectureId },
          orderBy: [{ obtainedOn: { sort: "desc", nulls: "last" } }],
          select: { id: true },
        });
        const created = await tx.audit.create({ data: { prefectureId: input.prefectureId, labelId: label?.id ?? null, ...data }, select: { id: true, version: true } });
        await audit({ action: "quality.saveAudit", entityType: "Audit", entityId: created.id, prefectureId: input.prefectureId, after });
        return created;
      }
      const before = await tx.audit.findFirst({ where: { id: input.id, prefectureId: input.prefectureId } });
      if (!before) notFound();
      if (input.version === null) throw new ActionError("INVALID", "Version de l'audit manquante : rechargez la page.");
      assertVersion((await tx.audit.updateMany({ where: { id: input.id, version: input.version }, data: { ...data, version: { increment: 1 } } })).count);
      await audit({
        action: "quality.saveAudit",
        entityType: "Audit",
        entityId: input.id,
        prefectureId: input.prefectureId,
        before: { kind: before.kind, dueBy: before.dueBy, heldOn: before.heldOn, auditor: before.auditor, findings: before.findings },
        after,
      });
      return { id: input.id, version: input.version + 1 };
    },
  }),
);

const ASSESSMENT_CONFLICT =
  "Cette autoévaluation a été modifiée par quelqu'un d'autre pendant que vous la saisissiez. Vos saisies sont conservées : rechargez la page pour voir la version actuelle, puis reportez vos changements.";

export const saveSelfAssessment = serverAction(
  defineAction({
    name: "quality.saveSelfAssessment",
    verb: "prefecture.manage",
    input: saveSelfAssessmentSchema,
    resource: (input, db) => prefectureResource(input.prefectureId, db),
    async handler({ tx, audit }, input) {
      const version = await findSpPlusVersion(tx, input.campaign);
      if (!version) throw new ActionError("INVALID", `Aucune version du programme Services Publics+ n'est publiée pour ${input.campaign}.`);
      const engagements = new Set(version.engagements.map((e) => e.id));
      const structures = new Set(
        (await tx.structure.findMany({ where: { prefectureId: input.prefectureId }, select: { id: true } })).map((s) => s.id),
      );
      if (input.cells.some((c) => !structures.has(c.structureId) || !engagements.has(c.engagementId))) {
        throw new ActionError("INVALID", "Une ligne porte sur une structure ou un engagement qui n'appartient pas à cette autoévaluation. Rechargez la page.");
      }
      const existing = new Map(
        (
          await tx.selfAssessment.findMany({
            where: { prefectureId: input.prefectureId, campaign: input.campaign, engagementId: { in: [...engagements] } },
          })
        ).map((r) => [`${r.structureId}:${r.engagementId}`, r]),
      );
      const assessedOn = fromIsoDate(parisToday());
      let changed = 0;
      // Each cell's version after the save, so the form can save again without reloading.
      const versions: { structureId: string; engagementId: string; version: number | null }[] = [];
      for (const cell of input.cells) {
        const row = existing.get(`${cell.structureId}:${cell.engagementId}`);
        const columns = cell.level ? levelToColumns(cell.level) : { met: null, score: null };
        const empty = !cell.level && !cell.comment;
        if (!row) {
          if (empty) {
            versions.push({ structureId: cell.structureId, engagementId: cell.engagementId, version: null });
            continue;
          }
          versions.push({ structureId: cell.structureId, engagementId: cell.engagementId, version: 1 });
          await tx.selfAssessment.create({
            data: { prefectureId: input.prefectureId, structureId: cell.structureId, engagementId: cell.engagementId, campaign: input.campaign, ...columns, comment: cell.comment, assessedOn },
          });
          changed += 1;
          continue;
        }
        const same = (row.met === columns.met) && (row.score === null ? null : Number(row.score)) === columns.score && row.comment === cell.comment;
        if (same) {
          versions.push({ structureId: cell.structureId, engagementId: cell.engagementId, version: row.version });
          continue;
        }
        // The cell was loaded at another version (or empty while someone created it): refused.
        if (cell.version !== row.version) throw new ActionError("CONFLICT", ASSESSMENT_CONFLICT);
        // An emptied cell is deleted, unless evidence or an action hangs on it: then it is only
        // cleared, so neither the evidence nor the action's origin disappears with a blank field.
        const attached = empty && (await tx.selfAssessment.count({ where: { id: row.id, OR: [{ evidence: { some: {} } }, { improvementActions: { some: {} } }] } })) > 0;
        const count = empty && !attached
          ? (await tx.selfAssessment.deleteMany({ where: { id: row.id, version: cell.version } })).count
          : (await tx.selfAssessment.updateMany({ where: { id: row.id, version: cell.version }, data: { ...columns, comment: cell.comment, assessedOn, version: { increment: 1 } } })).count;
        if (count === 0) throw new ActionError("CONFLICT", ASSESSMENT_CONFLICT);
        versions.push({ structureId: cell.structureId, engagementId: cell.engagementId, version: empty && !attached ? null : row.version + 1 });
        changed += 1;
      }
      await audit({
        action: "quality.saveSelfAssessment",
        entityType: "SelfAssessment",
        entityId: `${input.prefectureId}:${input.campaign}`,
        prefectureId: input.prefectureId,
        after: { campaign: input.campaign, changed, cells: input.cells.filter((c) => c.level || c.comment).map((c) => ({ structureId: c.structureId, engagementId: c.engagementId, level: c.level, comment: c.comment })) },
      });
      return { changed, versions };
    },
  }),
);

export const deleteAudit = serverAction(
  defineAction({
    name: "quality.deleteAudit",
    verb: "prefecture.manage",
    input: deleteAuditSchema,
    resource: async (input, db) => {
      const a = await db.audit.findUnique({ where: { id: input.id }, select: { prefectureId: true } });
      return a && { kind: "prefecture", prefectureId: a.prefectureId };
    },
    async handler({ tx, audit, resource }, input) {
      const prefectureId = scopeOf(resource);
      const before = await tx.audit.findFirst({ where: { id: input.id, prefectureId }, include: { _count: { select: { improvementActions: true } } } });
      if (!before) notFound();
      // Refused rather than detaching the actions (the relation would set null): an action born
      // of an audit finding would lose its origin, and with it the trail an auditor follows.
      const actions = before._count.improvementActions;
      if (actions > 0) {
        throw new ActionError(
          "INVALID",
          `Cet audit ne peut pas être supprimé : ${actions === 1 ? "une action du plan d'actions en est issue" : `${actions} actions du plan d'actions en sont issues`}. Modifiez l'audit plutôt que de le supprimer.`,
        );
      }
      if ((await tx.audit.deleteMany({ where: { id: input.id, prefectureId, version: input.version } })).count === 0) {
        throw new ActionError("CONFLICT", "Cet audit a été modifié par quelqu'un d'autre entre-temps : rechargez la page avant de le supprimer.");
      }
      // Its reminders go with it: they name a deadline that no longer exists.
      await tx.qualityReminder.deleteMany({ where: { prefectureId, kind: "AUDIT_DEADLINE", subjectId: input.id } });
      await audit({
        action: "quality.deleteAudit",
        entityType: "Audit",
        entityId: input.id,
        prefectureId,
        before: { kind: before.kind, dueBy: before.dueBy, heldOn: before.heldOn, auditor: before.auditor, findings: before.findings, labelId: before.labelId },
      });
      return { id: input.id };
    },
  }),
);

async function selfAssessmentResource(db: Pick<Tx, "selfAssessment">, id: string) {
  const row = await db.selfAssessment.findUnique({ where: { id }, select: { prefectureId: true } });
  return row && ({ kind: "prefecture", prefectureId: row.prefectureId } as const);
}

export const addEvidence = serverAction(
  defineAction({
    name: "quality.addEvidence",
    verb: "prefecture.manage",
    input: addEvidenceSchema,
    resource: (input, db) => selfAssessmentResource(db, input.selfAssessmentId),
    async handler({ tx, audit, resource }, input) {
      const prefectureId = scopeOf(resource);
      if (input.indicatorDefinitionId) {
        const followed = await tx.prefectureIndicator.count({ where: { prefectureId, definitionId: input.indicatorDefinitionId } });
        if (!followed) {
          const message = "Cet indicateur n'est pas suivi par la préfecture.";
          throw new ActionError("INVALID", message, { indicatorDefinitionId: [message] });
        }
      }
      if (input.documentId) {
        const document = await tx.document.count({ where: { id: input.documentId, ...evidenceDocumentWhere(prefectureId) } });
        if (!document) {
          const message = "Ce document n'est pas un document de la préfecture (ou il est sur une séance en préparation), ou il a été supprimé.";
          throw new ActionError("INVALID", message, { documentId: [message] });
        }
      }
      const same = { selfAssessmentId: input.selfAssessmentId, indicatorDefinitionId: input.indicatorDefinitionId, documentId: input.documentId };
      if (await tx.selfAssessmentEvidence.count({ where: same })) throw new ActionError("INVALID", "Cette preuve est déjà jointe à cette évaluation.");
      const created = await tx.selfAssessmentEvidence.create({ data: same, select: { id: true } });
      await audit({ action: "quality.addEvidence", entityType: "SelfAssessmentEvidence", entityId: created.id, prefectureId, after: same });
      return created;
    },
  }),
);

export const removeEvidence = serverAction(
  defineAction({
    name: "quality.removeEvidence",
    verb: "prefecture.manage",
    input: removeEvidenceSchema,
    resource: async (input, db) => {
      const row = await db.selfAssessmentEvidence.findUnique({ where: { id: input.id }, select: { selfAssessment: { select: { prefectureId: true } } } });
      return row && { kind: "prefecture", prefectureId: row.selfAssessment.prefectureId };
    },
    async handler({ tx, audit, resource }, input) {
      const prefectureId = scopeOf(resource);
      const before = await tx.selfAssessmentEvidence.findFirst({ where: { id: input.id, selfAssessment: { prefectureId } } });
      if (!before) notFound();
      await tx.selfAssessmentEvidence.delete({ where: { id: before.id } });
      await audit({
        action: "quality.removeEvidence",
        entityType: "SelfAssessmentEvidence",
        entityId: before.id,
        prefectureId,
        before: { selfAssessmentId: before.selfAssessmentId, indicatorDefinitionId: before.indicatorDefinitionId, documentId: before.documentId },
      });
      return { id: before.id };
    },
  }),
);
