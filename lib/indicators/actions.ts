"use server";
/**
 * Indicator mutations: saving one period of the entry grid (components → computed value,
 * optimistic lock, locked periods refused) and locking / unlocking the periods presented to
 * the committee. Every one is built with the action client (policy, zod, transaction, audit).
 */
import { ActionError, defineAction, signedIn } from "@/lib/action-client";
import { serverAction } from "@/lib/server-action";
import { rolesIn } from "@/lib/auth/policy";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { formatLongDate } from "@/lib/format";
import { registerMonthlyFigures } from "@/lib/register/queries";
import type { z } from "zod";
import { checkDefinition, isValidPeriod, mayEnterIndicator, PERIODS_PER_YEAR, type Periodicity } from "./domain";
import { findDefinitionVersions, versionForYear } from "./queries";
import { storePeriod, type SavedIndicatorPeriod } from "./store";
import { importYearFile } from "./import-year";
import {
  addIndicatorAnnotationSchema,
  computeFromRegisterSchema,
  configureIndicatorSchema,
  createIndicatorDefinitionSchema,
  createIndicatorVersionSchema,
  deleteIndicatorAnnotationSchema,
  importIndicatorYearSchema,
  MAX_IMPORT_BYTES,
  lockIndicatorPeriodsSchema,
  saveIndicatorPeriodSchema,
  unlockIndicatorPeriodsSchema,
} from "./schemas";

export const saveIndicatorPeriod = serverAction(
  defineAction({
    name: "indicator.savePeriod",
    verb: "indicator.enter",
    input: saveIndicatorPeriodSchema,
    async resource(input, db) {
      const followed = await db.prefectureIndicator.findUnique({ where: { id: input.prefectureIndicatorId }, select: { prefectureId: true } });
      return followed && { kind: "prefecture", prefectureId: followed.prefectureId };
    },
    async handler(ctx, input) {
      const actor = signedIn(ctx);
      if (ctx.resource.kind !== "prefecture") throw new ActionError("FORBIDDEN", "Préfecture invalide.");
      const prefectureId = ctx.resource.prefectureId;
      const followed = await ctx.tx.prefectureIndicator.findFirst({
        where: { id: input.prefectureIndicatorId, prefectureId },
        include: { assignees: { select: { userId: true } }, definition: { select: { id: true, code: true } } },
      });
      if (!followed) throw new ActionError("NOT_FOUND", "Cet indicateur n'est pas suivi par la préfecture.");
      if (!followed.active) throw new ActionError("INVALID", "Cet indicateur n'est plus suivi par la préfecture.");
      // Staff enter the indicators assigned to them (when the referent has assigned it).
      const isReferent = rolesIn(actor, prefectureId).includes("REFERENT");
      if (!mayEnterIndicator({ userId: actor.userId, isReferent }, followed.assignees.map((a) => a.userId))) {
        throw new ActionError("FORBIDDEN", "Cet indicateur est confié à d'autres agents : demandez au référent qualité de vous l'attribuer.");
      }

      const version = versionForYear(await findDefinitionVersions(ctx.tx, followed.definitionId), input.year);
      if (!version) throw new ActionError("INVALID", `Aucune version de cet indicateur n'est en vigueur en ${input.year}.`);
      const { changed: _changed, ...saved } = await storePeriod(ctx.tx, {
        prefectureId,
        userId: actor.userId,
        definitionId: followed.definitionId,
        definitionCode: followed.definition.code,
        versionRow: version,
        year: input.year,
        period: input.period,
        scope: input.scope,
        figures: input.components,
        direct: input.directValue,
        comment: input.comment,
        explanation: input.explanation,
        expectedVersion: input.version,
        source: "MANUAL",
        auditAction: "indicator.savePeriod",
        audit: ctx.audit,
      });
      return saved satisfies SavedIndicatorPeriod;
    },
  }),
);

type PeriodRefInput = { periodicity: Periodicity; period: number };

function periodsOf(periods: readonly PeriodRefInput[] | undefined): PeriodRefInput[] {
  if (periods) {
    const bad = periods.find((p) => !isValidPeriod(p.periodicity, p.period));
    if (bad) throw new ActionError("INVALID", "Une des périodes demandées n'existe pas.");
    return periods.filter((p, i) => periods.findIndex((q) => q.periodicity === p.periodicity && q.period === p.period) === i);
  }
  return (Object.keys(PERIODS_PER_YEAR) as Periodicity[]).flatMap((periodicity) =>
    Array.from({ length: PERIODS_PER_YEAR[periodicity] }, (_, i) => ({ periodicity, period: i + 1 })),
  );
}

async function prefectureResource(prefectureId: string, db: PrismaClient) {
  const p = await db.prefecture.findUnique({ where: { id: prefectureId }, select: { id: true } });
  return p && ({ kind: "prefecture", prefectureId: p.id } as const);
}

/** Locks periods of a year once presented to the committee (referents only). */
export const lockIndicatorPeriods = serverAction(
  defineAction({
    name: "indicator.lockPeriods",
    verb: "prefecture.manage",
    input: lockIndicatorPeriodsSchema,
    resource: (input, db) => prefectureResource(input.prefectureId, db),
    async handler(ctx, input) {
      const actor = signedIn(ctx);
      const prefectureId = input.prefectureId;
      const periods = periodsOf(input.periods);
      const { count } = await ctx.tx.indicatorPeriodLock.createMany({
        data: periods.map((p) => ({ prefectureId, year: input.year, ...p, lockedById: actor.userId })),
        skipDuplicates: true,
      });
      await ctx.audit({
        action: "indicator.lockPeriods",
        entityType: "IndicatorPeriodLock",
        prefectureId,
        before: null,
        after: { year: input.year, periods, newlyLocked: count },
      });
      return { locked: count };
    },
  }),
);

/** Unlocks periods of a year; the reason is kept in the audit log (referents only). */
export const unlockIndicatorPeriods = serverAction(
  defineAction({
    name: "indicator.unlockPeriods",
    verb: "prefecture.manage",
    input: unlockIndicatorPeriodsSchema,
    resource: (input, db) => prefectureResource(input.prefectureId, db),
    async handler(ctx, input) {
      const prefectureId = input.prefectureId;
      const periods = periodsOf(input.periods);
      const where = { prefectureId, year: input.year, OR: periods.map((p) => ({ periodicity: p.periodicity, period: p.period })) };
      const locked = await ctx.tx.indicatorPeriodLock.findMany({ where, select: { periodicity: true, period: true, lockedAt: true, lockedById: true } });
      const { count } = await ctx.tx.indicatorPeriodLock.deleteMany({ where });
      await ctx.audit({
        action: "indicator.unlockPeriods",
        entityType: "IndicatorPeriodLock",
        prefectureId,
        before: { year: input.year, locked },
        after: { year: input.year, unlocked: count, reason: input.reason },
      });
      return { unlocked: count };
    },
  }),
);

/**
 * Imports a year file (CSV or XLSX, ≤ 4 Mo) of the prefecture's followed indicators:
 * `confirm: false` previews it (counts per indicator, cell errors, discrepancies; nothing
 * written), `confirm: true` stores every period in this transaction — all or nothing, a locked
 * period refusing the whole file. Also run by POST /api/v1/prefectures/{code}/indicators/import.
 */
export const importIndicatorYear = serverAction(
  defineAction({
    name: "indicator.importYear",
    verb: "indicator.enter",
    input: importIndicatorYearSchema,
    resource: (input, db) => prefectureResource(input.prefectureId, db),
    async handler(ctx, input) {
      const actor = signedIn(ctx);
      const bytes = Buffer.from(input.fileBase64, "base64");
      if (bytes.byteLength > MAX_IMPORT_BYTES) throw new ActionError("INVALID", "Le fichier dépasse 4 Mo : découpez-le ou retirez les feuilles inutiles.");
      return importYearFile(ctx.tx, {
        prefectureId: input.prefectureId,
        userId: actor.userId,
        year: input.year,
        fileName: input.fileName,
        bytes,
        confirm: input.confirm,
        audit: ctx.audit,
      });
    },
  }),
);

/**
 * A prefecture's settings for one indicator (referents): follow it or stop (values are kept;
 * the grid shows followed indicators only), its own every-year target (null: the
 * referential's), and the agents who enter it (staff or referents of this prefecture).
 */
export const configureIndicator = serverAction(
  defineAction({
    name: "indicator.configure",
    verb: "prefecture.manage",
    input: configureIndicatorSchema,
    resource: (input, db) => prefectureResource(input.prefectureId, db),
    async handler(ctx, input) {
      const { prefectureId, definitionId } = input;
      const definition = await ctx.tx.indicatorDefinition.findFirst({
        where: { id: definitionId, OR: [{ prefectureId: null }, { prefectureId }] },
        select: { id: true, code: true },
      });
      if (!definition) throw new ActionError("NOT_FOUND", "Cet indicateur n'existe pas dans le référentiel.");
      const assigneeIds = [...new Set(input.assigneeIds)];
      if (assigneeIds.length) {
        const agents = await ctx.tx.membership.findMany({
          where: { prefectureId, role: { in: ["STAFF", "REFERENT"] }, userId: { in: assigneeIds }, user: { disabledAt: null } },
          select: { userId: true },
          distinct: ["userId"],
        });
        if (agents.length !== assigneeIds.length) throw new ActionError("INVALID", "Seuls les agents et référents de la préfecture peuvent saisir ses indicateurs.");
      }
      const before = await ctx.tx.prefectureIndicator.findUnique({
        where: { prefectureId_definitionId: { prefectureId, definitionId } },
        include: { assignees: { select: { userId: true } } },
      });
      const beforeTarget = await ctx.tx.indicatorTarget.findFirst({ where: { prefectureId, definitionId, year: null } });
      let followedId = before?.id ?? null;
      if (before) {
        await ctx.tx.prefectureIndicator.update({ where: { id: before.id }, data: { active: input.followed } });
      } else if (input.followed) {
        const last = await ctx.tx.prefectureIndicator.aggregate({ where: { prefectureId }, _max: { position: true } });
        followedId = (
          await ctx.tx.prefectureIndicator.create({
            data: { prefectureId, definitionId, active: true, position: (last._max.position ?? -1) + 1 },
            select: { id: true },
          })
        ).id;
      }
      if (followedId) {
        await ctx.tx.indicatorAssignment.deleteMany({ where: { prefectureIndicatorId: followedId, userId: { notIn: assigneeIds } } });
        await ctx.tx.indicatorAssignment.createMany({ data: assigneeIds.map((userId) => ({ prefectureIndicatorId: followedId, userId })), skipDuplicates: true });
      }
      if (input.localTarget) {
        const data = { value: input.localTarget.value, direction: input.localTarget.direction };
        if (beforeTarget) await ctx.tx.indicatorTarget.update({ where: { id: beforeTarget.id }, data: { ...data, version: { increment: 1 } } });
        else await ctx.tx.indicatorTarget.create({ data: { prefectureId, definitionId, year: null, ...data } });
      } else if (beforeTarget) {
        await ctx.tx.indicatorTarget.delete({ where: { id: beforeTarget.id } });
      }
      await ctx.audit({
        action: "indicator.configure",
        entityType: "PrefectureIndicator",
        entityId: followedId,
        prefectureId,
        before: before
          ? {
              indicator: definition.code,
              followed: before.active,
              assigneeIds: before.assignees.map((a) => a.userId),
              localTarget: beforeTarget ? { value: beforeTarget.value.toNumber(), direction: beforeTarget.direction } : null,
            }
          : null,
        after: { indicator: definition.code, followed: input.followed, assigneeIds, localTarget: input.localTarget },
      });
      return { followed: input.followed };
    },
  }),
);

/** Adds an event to the indicators' timeline (shown on the indicator charts). */
export const addIndicatorAnnotation = serverAction(
  defineAction({
    name: "indicator.addAnnotation",
    verb: "indicator.enter",
    input: addIndicatorAnnotationSchema,
    resource: (input, db) => prefectureResource(input.prefectureId, db),
    async handler(ctx, input) {
      if (input.definitionId) {
        const followed = await ctx.tx.prefectureIndicator.findFirst({ where: { prefectureId: input.prefectureId, definitionId: input.definitionId }, select: { id: true } });
        if (!followed) throw new ActionError("NOT_FOUND", "Cet indicateur n'est pas suivi par la préfecture.");
      }
      const row = await ctx.tx.indicatorAnnotation.create({
        data: { prefectureId: input.prefectureId, definitionId: input.definitionId, on: new Date(`${input.on}T00:00:00Z`), label: input.label },
        select: { id: true },
      });
      await ctx.audit({ action: "indicator.addAnnotation", entityType: "IndicatorAnnotation", entityId: row.id, prefectureId: input.prefectureId, before: null, after: { on: input.on, label: input.label, definitionId: input.definitionId } });
      return { id: row.id };
    },
  }),
);

export const deleteIndicatorAnnotation = serverAction(
  defineAction({
    name: "indicator.deleteAnnotation",
    verb: "indicator.enter",
    input: deleteIndicatorAnnotationSchema,
    async resource(input, db) {
      const row = await db.indicatorAnnotation.findUnique({ where: { id: input.id }, select: { prefectureId: true } });
      return row && ({ kind: "prefecture", prefectureId: row.prefectureId } as const);
    },
    async handler(ctx, input) {
      if (ctx.resource.kind !== "prefecture") throw new ActionError("FORBIDDEN", "Préfecture invalide.");
      const row = await ctx.tx.indicatorAnnotation.findFirst({ where: { id: input.id, prefectureId: ctx.resource.prefectureId } });
      if (!row) throw new ActionError("NOT_FOUND", "Cet événement n'existe plus.");
      await ctx.tx.indicatorAnnotation.delete({ where: { id: row.id } });
      await ctx.audit({ action: "indicator.deleteAnnotation", entityType: "IndicatorAnnotation", entityId: row.id, prefectureId: row.prefectureId, before: { on: row.on.toISOString().slice(0, 10), label: row.label }, after: null });
      return { id: row.id };
    },
  }),
);

type VersionFields = z.infer<typeof createIndicatorVersionSchema>;

/** The domain's check of a definition, as field errors of the form. */
function assertComputable(input: Pick<VersionFields, "unit" | "formula" | "aggregation" | "components">) {
  const problems = checkDefinition(input);
  if (problems.length === 0) return;
  const fieldErrors: Record<string, string[]> = {};
  for (const p of problems) (fieldErrors[p.field] ??= []).push(p.message);
  throw new ActionError("INVALID", problems.map((p) => p.message).join(" "), fieldErrors);
}

async function assertEngagement(tx: Tx, engagementId: string | null) {
  if (engagementId && !(await tx.engagement.findUnique({ where: { id: engagementId }, select: { id: true } }))) {
    throw new ActionError("INVALID", "Cet engagement n'existe pas dans les référentiels.");
  }
}

function versionData(input: VersionFields | z.infer<typeof createIndicatorDefinitionSchema>) {
  return {
    label: input.label,
    description: input.description ?? null,
    engagementId: input.engagementId,
    unit: input.unit,
    periodicity: input.periodicity,
    formula: input.formula,
    aggregation: input.aggregation,
    precision: input.precision,
    targetValue: input.target?.value ?? null,
    targetDirection: input.target?.direction ?? null,
    effectiveFrom: new Date(`${input.effectiveFrom}T00:00:00Z`),
    components: { create: input.components.map((c, position) => ({ code: c.code, label: c.label, role: c.role, position })) },
  };
}

/** A new indicator of the national referential (national administrators), version 1. */
export const createIndicatorDefinition = serverAction(
  defineAction({
    name: "indicator.createDefinition",
    verb: "national.manage",
    input: createIndicatorDefinitionSchema,
    resource: async () => ({ kind: "national" }) as const,
    async handler(ctx, input) {
      assertComputable(input);
      await assertEngagement(ctx.tx, input.engagementId);
      if (await ctx.tx.indicatorDefinition.findUnique({ where: { code: input.code }, select: { id: true } })) {
        throw new ActionError("CONFLICT", `Le code ${input.code} est déjà celui d'un indicateur.`, { code: ["Ce code est déjà pris."] });
      }
      const definition = await ctx.tx.indicatorDefinition.create({ data: { code: input.code }, select: { id: true } });
      await ctx.tx.indicatorDefinitionVersion.create({ data: { definitionId: definition.id, versionNumber: 1, ...versionData(input) } });
      await ctx.audit({ action: "indicator.createDefinition", entityType: "IndicatorDefinition", entityId: definition.id, prefectureId: null, before: null, after: { ...input } });
      return { id: definition.id, code: input.code };
    },
  }),
);

/**
 * A new version of an indicator (national administrators): a changed formula, target,
 * components or label comes into force on a date; the previous version ends the day before.
 * Stored values keep the version they were entered under; a year is entered under the
 * version in force on its 1 January (versionForYear).
 */
export const createIndicatorVersion = serverAction(
  defineAction({
    name: "indicator.createVersion",
    verb: "national.manage",
    input: createIndicatorVersionSchema,
    resource: async () => ({ kind: "national" }) as const,
    async handler(ctx, input) {
      assertComputable(input);
      await assertEngagement(ctx.tx, input.engagementId);
      const definition = await ctx.tx.indicatorDefinition.findUnique({ where: { id: input.definitionId }, select: { id: true, code: true, prefectureId: true } });
      if (!definition || definition.prefectureId !== null) throw new ActionError("NOT_FOUND", "Cet indicateur n'existe pas dans le référentiel national.");
      // Serialise concurrent versions of one definition: the row lock makes the second wait, then see the first.
      await ctx.tx.$queryRaw`SELECT id FROM indicator_definitions WHERE id = ${definition.id}::uuid FOR UPDATE`;
      const latest = await ctx.tx.indicatorDefinitionVersion.findFirst({ where: { definitionId: definition.id }, orderBy: { versionNumber: "desc" } });
      if (!latest) throw new ActionError("NOT_FOUND", "Cet indicateur n'a pas de version.");
      if (latest.versionNumber !== input.basedOnVersion) {
        throw new ActionError("CONFLICT", `La version ${latest.versionNumber} de cet indicateur a été créée pendant que vous prépariez la vôtre : rechargez la page pour partir d'elle.`);
      }
      const from = new Date(`${input.effectiveFrom}T00:00:00Z`);
      if (from.getTime() <= latest.effectiveFrom.getTime()) {
        throw new ActionError("INVALID", `La nouvelle version doit entrer en vigueur après le ${formatLongDate(latest.effectiveFrom)}, date de la version ${latest.versionNumber}.`, {
          effectiveFrom: ["Choisissez une date postérieure à l'entrée en vigueur de la version actuelle."],
        });
      }
      const dayBefore = new Date(from.getTime() - 86_400_000);
      await ctx.tx.indicatorDefinitionVersion.update({ where: { id: latest.id }, data: { effectiveTo: dayBefore } });
      const created = await ctx.tx.indicatorDefinitionVersion.create({
        data: { definitionId: definition.id, versionNumber: latest.versionNumber + 1, ...versionData(input) },
        select: { id: true, versionNumber: true },
      });
      await ctx.audit({
        action: "indicator.createVersion",
        entityType: "IndicatorDefinitionVersion",
        entityId: created.id,
        prefectureId: null,
        before: { indicator: definition.code, versionNumber: latest.versionNumber, effectiveTo: latest.effectiveTo?.toISOString().slice(0, 10) ?? null },
        after: { indicator: definition.code, ...input },
      });
      return { versionNumber: created.versionNumber };
    },
  }),
);

/**
 * Which register figures feed which indicator (domain.md §7: "computed from this register
 * instead of being typed"): component code → the register's monthly figure.
 */
const FROM_REGISTER = {
  EMAIL_ANSWER_RATE: (m: Awaited<ReturnType<typeof registerMonthlyFigures>>[number]) => ({ answeredInTime: m.emailsAnsweredInTime, received: m.emailsReceived }),
  COMPLAINTS_PROCESSED_RATE: (m: Awaited<ReturnType<typeof registerMonthlyFigures>>[number]) => ({ processed: m.complaintsProcessed, received: m.complaintsReceived }),
} as const;

/**
 * Fills the e-mail and complaint indicators of a year from the register of requests, month by
 * month, through storePeriod (source REGISTER, audited): months without any such request are
 * left alone, locked months are skipped and said, unchanged months are not rewritten.
 */
export const computeIndicatorsFromRegister = serverAction(
  defineAction({
    name: "indicator.computeFromRegister",
    verb: "indicator.enter",
    input: computeFromRegisterSchema,
    resource: (input, db) => prefectureResource(input.prefectureId, db),
    async handler(ctx, input) {
      const actor = signedIn(ctx);
      const { prefectureId, year } = input;
      const followed = await ctx.tx.prefectureIndicator.findMany({
        where: { prefectureId, active: true, definition: { code: { in: Object.keys(FROM_REGISTER) } } },
        include: { definition: { select: { id: true, code: true } } },
      });
      if (followed.length === 0) throw new ActionError("INVALID", "La préfecture ne suit ni le taux de réponse aux courriels ni le taux de réclamations traitées.");
      const months = (await registerMonthlyFigures(prefectureId, year)).filter((m) => m.month >= 1);
      const locks = await ctx.tx.indicatorPeriodLock.findMany({ where: { prefectureId, year, periodicity: "MONTHLY" }, select: { period: true } });
      const locked = new Set(locks.map((l) => l.period));
      const report = { stored: 0, unchanged: 0, lockedMonths: [] as number[] };
      for (const f of followed) {
        const version = versionForYear(await findDefinitionVersions(ctx.tx, f.definitionId), year);
        if (!version || version.periodicity !== "MONTHLY") continue;
        const figuresOf = FROM_REGISTER[f.definition.code as keyof typeof FROM_REGISTER];
        for (const m of months) {
          const figures = figuresOf(m);
          if (!figures.received) continue;
          if (locked.has(m.month)) {
            if (!report.lockedMonths.includes(m.month)) report.lockedMonths.push(m.month);
            continue;
          }
          const stored = await storePeriod(ctx.tx, {
            prefectureId,
            userId: actor.userId,
            definitionId: f.definitionId,
            definitionCode: f.definition.code,
            versionRow: version,
            year,
            period: m.month,
            scope: "",
            figures,
            direct: undefined,
            expectedVersion: "ANY",
            source: "REGISTER",
            skipUnchanged: true,
            auditAction: "indicator.computeFromRegister",
            audit: ctx.audit,
          });
          if (stored.changed) report.stored += 1;
          else report.unchanged += 1;
        }
      }
      report.lockedMonths.sort((a, b) => a - b);
      // One summary row besides the periods' own rows (an empty run still says it happened).
      await ctx.audit({ action: "indicator.computeFromRegister", entityType: "Prefecture", entityId: prefectureId, prefectureId, before: null, after: { year, ...report } });
      return report;
    },
  }),
);
