"use server";
/**
 * Personal API tokens: a referent creates one for themself (shown once) and revokes any of
 * the prefecture's. The token core (hashing, the actor it yields) is lib/auth/api-tokens.ts.
 */
import { ActionError, defineAction, signedIn } from "@/lib/action-client";
import { issueApiToken } from "@/lib/auth/api-tokens";
import { serverAction } from "@/lib/server-action";
import { createApiTokenSchema, revokeApiTokenSchema } from "./schemas";

export const createApiToken = serverAction(
  defineAction({
    name: "apiToken.create",
    verb: "prefecture.manage",
    input: createApiTokenSchema,
    resource: async (input, db) => {
      const p = await db.prefecture.findUnique({ where: { id: input.prefectureId }, select: { id: true } });
      return p && { kind: "prefecture", prefectureId: p.id };
    },
    async handler(ctx, input) {
      const actor = signedIn(ctx);
      const issued = await issueApiToken(ctx.tx, { userId: actor.userId, prefectureId: input.prefectureId, role: input.role, name: input.name });
      if (!issued.ok) throw new ActionError("INVALID", issued.reason, { role: [issued.reason] });
      // The token itself is never logged: only its name and role.
      await ctx.audit({ action: "apiToken.create", entityType: "ApiToken", entityId: issued.id, prefectureId: input.prefectureId, after: { name: input.name, role: input.role } });
      return { id: issued.id, token: issued.token };
    },
  }),
);

export const revokeApiToken = serverAction(
  defineAction({
    name: "apiToken.revoke",
    verb: "prefecture.manage",
    input: revokeApiTokenSchema,
    resource: async (input, db) => {
      const t = await db.apiToken.findUnique({ where: { id: input.id }, select: { prefectureId: true } });
      return t && { kind: "prefecture", prefectureId: t.prefectureId };
    },
    async handler(ctx, input) {
      const token = await ctx.tx.apiToken.findUniqueOrThrow({ where: { id: input.id } });
      if (token.revokedAt) throw new ActionError("CONFLICT", "Ce jeton est déjà révoqué.");
      await ctx.tx.apiToken.update({ where: { id: token.id }, data: { revokedAt: new Date() } });
      await ctx.audit({ action: "apiToken.revoke", entityType: "ApiToken", entityId: token.id, prefectureId: token.prefectureId, before: { name: token.name, role: token.role } });
      return { revoked: true };
    },
  }),
);
