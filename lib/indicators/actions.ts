"use server";
/**
 * Indicator mutations: saving one period of the entry grid (components → computed value,
 * optimistic lock, locked periods refused) and locking / unlocking the periods presented to
 * the committee. Every one is built with the action client (policy, zod, transaction, audit).
 */
import { ActionError, defineAction, signedIn } from "@/lib/action-client";
import { serverAction } from "@/lib/server-action";
import { rolesIn } from "@/lib/auth/policy";
import { formatDateTime } from "@/lib/format";
import type { Tx } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { computeValue, isFigure, isValidPeriod, meetsTarget, PERIODS_PER_YEAR, periodLongLabel, validateEntry, type Periodicity } from "./domain";
import { findDefinitionVersions, versionForYear } from "./queries";
import { lockIndicatorPeriodsSchema, saveIndicatorPeriodSchema, unlockIndicatorPeriodsSchema } from "./schemas";

export interface SavedIndicatorPeriod {
  /** null when the period was emptied (its row removed) */
  version: number | null;
  components: Record<string, number | null>;
  computed: number | null;
  value: number | null;
  isDirect: boolean;
  met: boolean | null;
  comment: string | null;
  explanation: string | null;
  updatedAt: string | null;
  enteredBy: string | null;
}

async function stateOf(tx: Tx, id: string) {
  const row = await tx.indicatorValue.findUnique({
    where: { id },
    include: { components: { include: { component: { select: { code: true } } } }, enteredBy: { select: { name: true } } },
  });
  if (!row) return null;
  return {
    row,
    audit: {
      value: row.value?.toNumber() ?? null,
      isDirect: row.isDirect,
      components: Object.fromEntries(row.components.map((c) => [c.component.code, c.amount.toNumber()])),
      comment: row.comment,
      explanation: row.explanation,
      version: row.version,
    },
  };
}

function conflictMessage(by: string | null, at: Date): string {
  return `Cette période a été enregistrée entre-temps par ${by ?? "une autre personne"} le ${formatDateTime(at)}. Vos saisies sont conservées : rechargez la page pour voir ses valeurs actuelles avant de les remplacer.`;
}

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
      if (!isReferent && followed.assignees.length > 0 && !followed.assignees.some((a) => a.userId === actor.userId)) {
        throw new ActionError("FORBIDDEN", "Cet indicateur est confié à d'autres agents : demandez au référent qualité de vous l'attribuer.");
      }

      const version = versionForYear(await findDefinitionVersions(ctx.tx, followed.definitionId), input.year);
      if (!version) throw new ActionError("INVALID", `Aucune version de cet indicateur n'est en vigueur en ${input.year}.`);
      const periodicity = version.periodicity;
      if (!isValidPeriod(periodicity, input.period)) throw new ActionError("INVALID", "Cette période n'existe pas pour cet indicateur.");
      const when = periodLongLabel(periodicity, input.period, input.year);

      const lock = await ctx.tx.indicatorPeriodLock.findUnique({
        where: { prefectureId_year_periodicity_period: { prefectureId, year: input.year, periodicity, period: input.period } },
      });
      if (lock) {
        throw new ActionError("CONFLICT", `La période ${when} est verrouillée : ses chiffres ont été présentés au comité. Un référent qualité doit la déverrouiller pour la modifier.`);
      }

      const known = new Map(version.components.map((c) => [c.code, c]));
      const unknown = Object.keys(input.components).filter((code) => !known.has(code));
      if (unknown.length) throw new ActionError("INVALID", `Composante inconnue pour cet indicateur : ${unknown.join(", ")}.`);
      const figures: Record<string, number | null> = Object.fromEntries(version.components.map((c) => [c.code, input.components[c.code] ?? null]));
      const hasComponents = Object.values(figures).some(isFigure);
      const direct = !hasComponents && isFigure(input.directValue) ? input.directValue : null;
      const def = {
        formula: version.formula,
        unit: version.unit,
        components: version.components.map((c) => ({ code: c.code, label: c.label, role: c.role })),
      };
      const problems = validateEntry(def, figures, direct);
      if (problems.length) {
        const fieldErrors: Record<string, string[]> = {};
        for (const p of problems) (fieldErrors[p.field === "direct" ? "directValue" : `components.${p.field}`] ??= []).push(p.message);
        throw new ActionError("INVALID", problems.map((p) => p.message).join(" "), fieldErrors);
      }
      const computed = computeValue(def, figures);

      const key = { prefectureId, definitionId: followed.definitionId, scope: input.scope, periodicity, year: input.year, period: input.period };
      const existing = await ctx.tx.indicatorValue.findUnique({
        where: { prefectureId_definitionId_scope_periodicity_year_period: key },
        select: { id: true },
      });
      const before = existing ? await stateOf(ctx.tx, existing.id) : null;
      if (before && before.row.version !== input.version) {
        throw new ActionError("CONFLICT", conflictMessage(before.row.enteredBy?.name ?? null, before.row.updatedAt));
      }
      if (!before && input.version !== null) {
        throw new ActionError("CONFLICT", "Cette période a été vidée entre-temps par une autre personne. Rechargez la page pour voir ses valeurs actuelles.");
      }

      const comment = input.comment === undefined ? (before?.row.comment ?? null) : input.comment;
      const explanation = input.explanation === undefined ? (before?.row.explanation ?? null) : input.explanation;
      const auditBase = { action: "indicator.savePeriod", entityType: "IndicatorValue", prefectureId };
      const context = { indicator: followed.definition.code, year: input.year, periodicity, period: input.period, scope: input.scope };

      if (!hasComponents && direct === null && !comment && !explanation) {
        // Every cell emptied: the period has no figure any more.
        if (before) {
          const { count } = await ctx.tx.indicatorValue.deleteMany({ where: { id: before.row.id, prefectureId, version: before.row.version } });
          if (count === 0) throw new ActionError("CONFLICT", conflictMessage(null, new Date()));
          await ctx.audit({ ...auditBase, entityId: before.row.id, before: { ...context, ...before.audit }, after: { ...context, removed: true } });
        } else {
          await ctx.audit({ ...auditBase, entityId: null, before: null, after: { ...context, removed: true } });
        }
        return {
          version: null,
          components: figures,
          computed: null,
          value: null,
          isDirect: false,
          met: null,
          comment: null,
          explanation: null,
          updatedAt: null,
          enteredBy: null,
        } satisfies SavedIndicatorPeriod;
      }

      const data = {
        definitionVersionId: version.id,
        isDirect: direct !== null,
        value: direct ?? computed,
        ...(direct !== null ? { publishedValue: direct } : {}),
        source: "MANUAL" as const,
        comment,
        explanation,
        enteredById: actor.userId,
      };
      let id: string;
      if (before) {
        const { count } = await ctx.tx.indicatorValue.updateMany({
          where: { id: before.row.id, prefectureId, version: before.row.version },
          data: { ...data, version: { increment: 1 } },
        });
        if (count === 0) throw new ActionError("CONFLICT", conflictMessage(null, new Date()));
        id = before.row.id;
        await ctx.tx.indicatorComponentValue.deleteMany({ where: { valueId: id } });
      } else {
        id = (await ctx.tx.indicatorValue.create({ data: { ...key, ...data }, select: { id: true } })).id;
      }
      const rows = version.components.flatMap((c) => {
        const amount = figures[c.code];
        return isFigure(amount) ? [{ valueId: id, componentId: c.id, amount }] : [];
      });
      if (rows.length) await ctx.tx.indicatorComponentValue.createMany({ data: rows });

      const after = await stateOf(ctx.tx, id);
      if (!after) throw new Error("saved indicator value vanished");
      await ctx.audit({ ...auditBase, entityId: id, before: before ? { ...context, ...before.audit } : null, after: { ...context, ...after.audit } });

      const targets = await ctx.tx.indicatorTarget.findMany({
        where: { prefectureId, definitionId: followed.definitionId, OR: [{ year: input.year }, { year: null }] },
      });
      const ownTarget = targets.find((t) => t.year === input.year) ?? targets.find((t) => t.year === null);
      const target = ownTarget
        ? { value: ownTarget.value.toNumber(), direction: ownTarget.direction }
        : version.targetValue !== null && version.targetDirection !== null
          ? { value: version.targetValue.toNumber(), direction: version.targetDirection }
          : null;
      const value = after.audit.value;
      return {
        version: after.row.version,
        components: figures,
        computed,
        value,
        isDirect: after.row.isDirect,
        met: meetsTarget(value, target, { precision: version.precision }),
        comment: after.row.comment,
        explanation: after.row.explanation,
        updatedAt: after.row.updatedAt.toISOString(),
        enteredBy: after.row.enteredBy?.name ?? null,
      } satisfies SavedIndicatorPeriod;
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
