"use server";
/** "Mon compte": the signed-in user's own account. */
import { ActionError, defineAction, signedIn } from "@/lib/action-client";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { serverAction } from "@/lib/server-action";
import { changePasswordSchema } from "./schemas";

export const changePassword = serverAction(
  defineAction({
    name: "account.changePassword",
    verb: "account.manage",
    input: changePasswordSchema,
    resource: async () => ({ kind: "self" }),
    async handler(ctx, input) {
      const { tx, audit } = ctx;
      const actor = signedIn(ctx);
      const user = await tx.user.findUniqueOrThrow({ where: { id: actor.userId } });
      if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
        throw new ActionError("INVALID", "Le mot de passe actuel est incorrect.", {
          currentPassword: ["Le mot de passe actuel est incorrect."],
        });
      }
      const changedAt = new Date();
      await tx.user.update({
        where: { id: user.id },
        data: {
          passwordHash: await hashPassword(input.newPassword),
          passwordChangedAt: changedAt,
          version: { increment: 1 },
        },
      });
      await audit({
        action: "account.changePassword",
        entityType: "User",
        entityId: user.id,
        before: { passwordChangedAt: user.passwordChangedAt },
        after: { passwordChangedAt: changedAt },
      });
      return { changedAt: changedAt.toISOString() };
    },
  }),
);
