"use server";
/**
 * Register mutations ("register.manage": referents and staff of the prefecture): create,
 * edit under an optimistic lock on `version`, delete, and import a CSV register (preview,
 * then all or nothing in this one transaction). Every one is built with the action client
 * (policy, zod, transaction, audit row).
 */
import { ActionError, assertVersion, defineAction } from "@/lib/action-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { serverAction } from "@/lib/server-action";
import { dayOf } from "@/lib/periods";
import { isoDay, utcDate } from "./domain";
import { decodeCsv, parseRegisterCsv, type RegisterImportError } from "./import";
import {
  createRegisterEntrySchema,
  deleteRegisterEntrySchema,
  importRegisterSchema,
  MAX_REGISTER_IMPORT_BYTES,
  updateRegisterEntrySchema,
  datesAfterToday,
  type RegisterEntryFields,
} from "./schemas";
import type { RequestChannel, RequestType } from "./vocabulary";

const ENTRY_CONFLICT =
  "Cette demande a été modifiée par quelqu'un d'autre pendant que vous la saisissiez. Vos saisies sont conservées : rechargez la page pour voir la version actuelle, puis reportez vos changements.";

const dateOrNull = (iso: string | null) => (iso ? utcDate(iso) : null);

const todayInParis = () => isoDay(dayOf(new Date()));

/** Refuses dates after today, on their fields. */
function assertNotFuture(f: RegisterEntryFields) {
  const future = datesAfterToday(f, todayInParis());
  if (future.length) throw new ActionError("INVALID", future[0]!.message, Object.fromEntries(future.map((p) => [p.field, [p.message]])));
}

function entryData(f: RegisterEntryFields) {
  return {
    reference: f.reference,
    receivedOn: utcDate(f.receivedOn),
    channel: f.channel,
    type: f.type,
    subject: f.subject,
    service: f.service,
    acknowledgedOn: dateOrNull(f.acknowledgedOn),
    holdingReplyOn: dateOrNull(f.holdingReplyOn),
    announcedDelayDays: f.announcedDelayDays,
    answeredOn: dateOrNull(f.answeredOn),
  };
}

async function prefectureResource(prefectureId: string, db: PrismaClient) {
  const p = await db.prefecture.findUnique({ where: { id: prefectureId }, select: { id: true } });
  return p && ({ kind: "prefecture", prefectureId: p.id } as const);
}

async function entryResource(id: string, db: PrismaClient) {
  const e = await db.requestRecord.findUnique({ where: { id }, select: { prefectureId: true } });
  return e && ({ kind: "prefecture", prefectureId: e.prefectureId } as const);
}

export const createRegisterEntry = serverAction(
  defineAction({
    name: "register.create",
    verb: "register.manage",
    input: createRegisterEntrySchema,
    resource: (input, db) => prefectureResource(input.prefectureId, db),
    async handler({ tx, audit }, input) {
      assertNotFuture(input);
      const data = entryData(input);
      const entry = await tx.requestRecord.create({ data: { prefectureId: input.prefectureId, ...data }, select: { id: true } });
      await audit({ action: "register.create", entityType: "RequestRecord", entityId: entry.id, prefectureId: input.prefectureId, after: input });
      return { id: entry.id };
    },
  }),
);

export const updateRegisterEntry = serverAction(
  defineAction({
    name: "register.update",
    verb: "register.manage",
    input: updateRegisterEntrySchema,
    resource: (input, db) => entryResource(input.id, db),
    async handler({ tx, audit }, input) {
      assertNotFuture(input);
      const before = await tx.requestRecord.findUniqueOrThrow({ where: { id: input.id } });
      const { count } = await tx.requestRecord.updateMany({
        where: { id: input.id, prefectureId: before.prefectureId, version: input.version },
        data: { ...entryData(input), version: { increment: 1 } },
      });
      if (count === 0) throw new ActionError("CONFLICT", ENTRY_CONFLICT);
      await audit({ action: "register.update", entityType: "RequestRecord", entityId: input.id, prefectureId: before.prefectureId, before, after: input });
      return { id: input.id, version: input.version + 1 };
    },
  }),
);

export const deleteRegisterEntry = serverAction(
  defineAction({
    name: "register.delete",
    verb: "register.manage",
    input: deleteRegisterEntrySchema,
    resource: (input, db) => entryResource(input.id, db),
    async handler({ tx, audit }, input) {
      const before = await tx.requestRecord.findUniqueOrThrow({ where: { id: input.id } });
      const { count } = await tx.requestRecord.deleteMany({ where: { id: input.id, prefectureId: before.prefectureId, version: input.version } });
      assertVersion(count);
      await audit({ action: "register.delete", entityType: "RequestRecord", entityId: input.id, prefectureId: before.prefectureId, before });
      return { deleted: true };
    },
  }),
);

export interface RegisterImportPreviewLine {
  line: number;
  receivedOn: string;
  channel: RequestChannel;
  type: RequestType;
  subject: string;
  service: string | null;
  answeredOn: string | null;
}

export type RegisterImportReport =
  | { status: "invalid"; errors: RegisterImportError[]; truncated: boolean }
  | {
      status: "preview" | "imported";
      count: number;
      byType: Record<RequestType, number>;
      years: number[];
      ignoredColumns: string[];
      /** The first lines, to check the columns were read as meant */
      sample: RegisterImportPreviewLine[];
    };

const PREVIEW_LINES = 10;

/**
 * A register kept elsewhere (Excel), as a French CSV: `confirm: false` reads and checks it
 * (nothing written), `confirm: true` writes every entry in this transaction — or none, when
 * any line is refused.
 */
export const importRegister = serverAction(
  defineAction({
    name: "register.import",
    verb: "register.manage",
    input: importRegisterSchema,
    resource: (input, db) => prefectureResource(input.prefectureId, db),
    async handler({ tx, audit }, input): Promise<RegisterImportReport> {
      const bytes = Buffer.from(input.fileBase64, "base64");
      if (bytes.byteLength > MAX_REGISTER_IMPORT_BYTES) throw new ActionError("INVALID", "Le fichier dépasse 2 Mo : découpez-le par année.");
      const parsed = parseRegisterCsv(decodeCsv(bytes), todayInParis());
      if (!parsed.ok) {
        // Audited too: an attempt on personal data, even refused, is traced.
        await audit({ action: "register.import", entityType: "RequestRecord", prefectureId: input.prefectureId, after: { fileName: input.fileName, confirm: input.confirm, errors: parsed.errors.length } });
        return { status: "invalid", errors: parsed.errors, truncated: parsed.truncated };
      }
      const byType: Record<RequestType, number> = { INFORMATION: 0, SUGGESTION: 0, COMPLAINT: 0 };
      const years = new Set<number>();
      for (const { entry } of parsed.lines) {
        byType[entry.type] += 1;
        years.add(Number(entry.receivedOn.slice(0, 4)));
      }
      if (input.confirm) {
        await tx.requestRecord.createMany({ data: parsed.lines.map(({ entry }) => ({ prefectureId: input.prefectureId, ...entryData(entry) })) });
      }
      await audit({
        action: "register.import",
        entityType: "RequestRecord",
        prefectureId: input.prefectureId,
        after: { fileName: input.fileName, confirm: input.confirm, count: parsed.lines.length, byType },
      });
      return {
        status: input.confirm ? "imported" : "preview",
        count: parsed.lines.length,
        byType,
        years: [...years].sort((a, b) => a - b),
        ignoredColumns: parsed.ignoredColumns,
        sample: parsed.lines.slice(0, PREVIEW_LINES).map(({ line, entry }) => ({
          line,
          receivedOn: entry.receivedOn,
          channel: entry.channel,
          type: entry.type,
          subject: entry.subject,
          service: entry.service,
          answeredOn: entry.answeredOn,
        })),
      };
    },
  }),
);
