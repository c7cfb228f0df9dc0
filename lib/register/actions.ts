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
import type { Tx } from "@/lib/db";
import { classifyImportLines, isoDay, registerFingerprint, utcDate } from "./domain";
import { decodeCsv, parseRegisterCsv, type ParsedRegisterLine, type RegisterImportError, type RepeatedRegisterLine } from "./import";
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

/** A line of the file the register already holds (ignored by the import). */
export interface RegisterImportPresentLine {
  line: number;
  reference: string | null;
  receivedOn: string;
  subject: string;
}

export type RegisterImportReport =
  | { status: "invalid"; errors: RegisterImportError[]; truncated: boolean }
  | {
      status: "preview" | "imported";
      /** New entries: written by the import */
      count: number;
      byType: Record<RequestType, number>;
      years: number[];
      ignoredColumns: string[];
      /** The first new lines, to check the columns were read as meant */
      sample: RegisterImportPreviewLine[];
      /** Lines already in the register, ignored: how many, and the first of them */
      presentCount: number;
      present: RegisterImportPresentLine[];
      /** Lines without reference identical to an earlier line of the file (imported as distinct requests) */
      repeated: RepeatedRegisterLine[];
    };

/** Beyond this, the preview says how many more lines are already present without listing them. */
const PRESENT_LINES_LISTED = 200;

/**
 * The fingerprints of the register's entries a file could repeat: every entry with a
 * reference (a reference may be of any date), and the entries without one received within
 * the file's dates — one fingerprint per entry, so look-alikes are counted.
 */
async function existingFingerprints(tx: Tx, prefectureId: string, lines: ParsedRegisterLine[]): Promise<string[]> {
  const days = lines.map((l) => l.entry.receivedOn).sort();
  const withReference = lines.some((l) => l.entry.reference)
    ? await tx.requestRecord.findMany({ where: { prefectureId, reference: { not: null } }, select: { reference: true } })
    : [];
  const withoutReference = await tx.requestRecord.findMany({
    where: { prefectureId, OR: [{ reference: null }, { reference: "" }], receivedOn: { gte: utcDate(days[0]!), lte: utcDate(days[days.length - 1]!) } },
    select: { reference: true, receivedOn: true, channel: true, type: true, subject: true, service: true },
  });
  return [
    ...withReference.map((r) => registerFingerprint({ reference: r.reference, receivedOn: "", channel: "EMAIL", type: "INFORMATION", subject: "", service: null })),
    ...withoutReference.map((r) => registerFingerprint({ ...r, receivedOn: isoDay(r.receivedOn) })),
  ];
}

const PREVIEW_LINES = 10;

/**
 * A register kept elsewhere (Excel), as a French CSV: `confirm: false` reads and checks it
 * (nothing written), `confirm: true` writes every new entry in this transaction — or none,
 * when any line is refused. Lines the register already holds (registerFingerprint: the same
 * reference, or the same date, channel, type, subject and service) are ignored and listed,
 * so importing the same file twice does not double the register.
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
      // Two imports of one prefecture at once would both see the same rows as new: one at a time.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`register.import:${input.prefectureId}`}))`;
      const { fresh, present } = classifyImportLines(parsed.lines, await existingFingerprints(tx, input.prefectureId, parsed.lines));
      const byType: Record<RequestType, number> = { INFORMATION: 0, SUGGESTION: 0, COMPLAINT: 0 };
      const years = new Set<number>();
      for (const { entry } of fresh) {
        byType[entry.type] += 1;
        years.add(Number(entry.receivedOn.slice(0, 4)));
      }
      if (input.confirm && fresh.length > 0) {
        await tx.requestRecord.createMany({ data: fresh.map(({ entry }) => ({ prefectureId: input.prefectureId, ...entryData(entry) })) });
      }
      await audit({
        action: "register.import",
        entityType: "RequestRecord",
        prefectureId: input.prefectureId,
        after: { fileName: input.fileName, confirm: input.confirm, count: fresh.length, alreadyPresent: present.length, byType },
      });
      return {
        status: input.confirm ? "imported" : "preview",
        count: fresh.length,
        byType,
        years: [...years].sort((a, b) => a - b),
        ignoredColumns: parsed.ignoredColumns,
        presentCount: present.length,
        present: present.slice(0, PRESENT_LINES_LISTED).map(({ line, entry }) => ({ line, reference: entry.reference, receivedOn: entry.receivedOn, subject: entry.subject })),
        repeated: parsed.repeated,
        sample: fresh.slice(0, PREVIEW_LINES).map(({ line, entry }) => ({
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
