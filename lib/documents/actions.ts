"use server";
/** Document mutations (uploads go through a route handler: multipart bodies). */
import { z } from "zod";
import { ActionError, defineAction } from "@/lib/action-client";
import { serverAction } from "@/lib/server-action";

export const deleteDocument = serverAction(
  defineAction({
    name: "document.delete",
    verb: "meeting.manage",
    input: z.object({ id: z.string().uuid() }),
    async resource(input, db) {
      const doc = await db.document.findUnique({ where: { id: input.id }, include: { meeting: { select: { committeeId: true } } } });
      if (!doc || !doc.meeting) return null;
      return { kind: "committee", prefectureId: doc.prefectureId, committeeId: doc.meeting.committeeId };
    },
    async handler(ctx, input) {
      const before = await ctx.tx.document.findUniqueOrThrow({ where: { id: input.id } });
      if (before.deletedAt) throw new ActionError("NOT_FOUND", "Ce document a déjà été supprimé.");
      // Soft delete: the row (title, checksum, who uploaded) stays for the history.
      await ctx.tx.document.update({ where: { id: input.id }, data: { deletedAt: new Date() } });
      await ctx.audit({ action: "document.delete", entityType: "Document", entityId: input.id, prefectureId: before.prefectureId, before });
      return { id: input.id };
    },
  }),
);
