"use server";
/**
 * Quality mutations (prefecture.manage: the prefecture's referents): record or edit the label
 * (its referential, modules and dates), record or edit an audit, save a year's SP+
 * self-assessment. Labels, audits and assessments carry a `version`: an edit made meanwhile by
 * someone else is refused (optimistic locking). Every one is audited.
 */
import { ActionError, assertVersion, defineAction } from "@/lib/action-client";
import type { Tx } from "@/lib/db";
import { serverAction } from "@/lib/server-action";
import { fromIsoDate, levelToColumns } from "./domain";
import { findSpPlusVersion, parisToday } from "./queries";
import { saveAuditSchema, saveLabelSchema, saveSelfAssessmentSchema } from "./schemas";

const date = (iso: string | null) => (iso ? fromIsoDate(iso) : null);

async function prefectureResource(prefectureId: string, db: Pick<Tx, "prefecture">) {
  const p = await db.prefecture.findUnique({ where: { id: prefectureId }, select: { id: true } });
  return p && ({ kind: "prefecture", prefectureId: p.id } as const);
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
        const count = empty
          ? (await tx.selfAssessment.deleteMany({ where: { id: row.id, version: cell.version } })).count
          : (await tx.selfAssessment.updateMany({ where: { id: row.id, version: cell.version }, data: { ...columns, comment: cell.comment, assessedOn, version: { increment: 1 } } })).count;
        if (count === 0) throw new ActionError("CONFLICT", ASSESSMENT_CONFLICT);
        versions.push({ structureId: cell.structureId, engagementId: cell.engagementId, version: empty ? null : row.version + 1 });
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
