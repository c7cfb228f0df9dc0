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
import { isValidPeriod, mayEnterIndicator, PERIODS_PER_YEAR, type Periodicity } from "./domain";
import { findDefinitionVersions, versionForYear } from "./queries";
import { storePeriod, type SavedIndicatorPeriod } from "./store";
import { importYearFile } from "./import-year";
import { importIndicatorYearSchema, MAX_IMPORT_BYTES, lockIndicatorPeriodsSchema, saveIndicatorPeriodSchema, unlockIndicatorPeriodsSchema } from "./schemas";

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
