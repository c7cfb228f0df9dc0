"use server";
/**
 * "Joindre à une séance": the yearly report, rendered as a PDF, filed as an annex (Document of
 * kind ANNEX) on a meeting of the same prefecture, in one click. Attaching the same year again
 * replaces the previous annex (soft-deleted, kept for the history) rather than adding a copy.
 */
import { ActionError, defineAction, signedIn } from "@/lib/action-client";
import { serverAction } from "@/lib/server-action";
import { removeStoredFile, storeGeneratedDocument } from "@/lib/documents";
import { renderYearlyReportPdf } from "@/lib/exports";
import { yearlyReportFileBase, yearlyReportTitle } from "./domain";
import { getYearlyReport } from "./queries";
import { attachYearlyReportSchema } from "./schemas";

export const attachYearlyReport = serverAction(
  defineAction({
    name: "yearlyReport.attach",
    verb: "meeting.manage",
    input: attachYearlyReportSchema,
    async resource(input, db) {
      const m = await db.meeting.findUnique({ where: { id: input.meetingId }, select: { prefectureId: true, committeeId: true, status: true } });
      return m && { kind: "meeting", prefectureId: m.prefectureId, committeeId: m.committeeId, status: m.status };
    },
    async handler(ctx, input) {
      const actor = signedIn(ctx);
      if (ctx.resource.kind !== "meeting") throw new ActionError("FORBIDDEN", "Séance invalide.");
      const { prefectureId } = ctx.resource;
      // One attach at a time per meeting: the second waits here and then finds the first's
      // annex to replace, instead of both adding one.
      await ctx.tx.$queryRaw`SELECT id FROM meetings WHERE id = ${input.meetingId}::uuid AND prefecture_id = ${prefectureId}::uuid FOR UPDATE`;
      const meeting = await ctx.tx.meeting.findFirst({ where: { id: input.meetingId, prefectureId }, select: { id: true, status: true } });
      if (!meeting) throw new ActionError("NOT_FOUND", "Séance introuvable.");
      if (meeting.status === "CANCELLED") throw new ActionError("INVALID", "Cette séance est annulée : on ne peut plus y joindre de document.");

      const report = await getYearlyReport(prefectureId, input.year);
      if (!report) throw new ActionError("NOT_FOUND", "Préfecture introuvable.");
      const bytes = await renderYearlyReportPdf(report);
      const title = yearlyReportTitle(input.year);

      const previous = await ctx.tx.document.findMany({
        where: { prefectureId, meetingId: meeting.id, kind: "ANNEX", title, deletedAt: null },
        select: { id: true, fileName: true, sha256: true },
      });
      if (previous.length) {
        await ctx.tx.document.updateMany({ where: { id: { in: previous.map((d) => d.id) }, prefectureId }, data: { deletedAt: new Date() } });
      }
      const document = await storeGeneratedDocument(ctx.tx, {
        prefectureId,
        meetingId: meeting.id,
        kind: "ANNEX",
        title,
        fileName: `${yearlyReportFileBase(input.year, report.prefecture.name)}.pdf`,
        mimeType: "application/pdf",
        bytes,
        uploadedById: actor.userId,
      });
      try {
        await ctx.audit({
          action: "yearlyReport.attach",
          entityType: "Document",
          entityId: document.id,
          prefectureId,
          before: previous.length ? { replaced: previous } : null,
          after: { meetingId: meeting.id, year: input.year, title, fileName: document.fileName, sizeBytes: document.sizeBytes, sha256: document.sha256 },
        });
      } catch (error) {
        await removeStoredFile(document.storageKey); // no row, no file
        throw error;
      }
      return { documentId: document.id, title, replaced: previous.length };
    },
  }),
);
