"use server";
/** "Mon compte": the signed-in user's own account. */
import { ActionError, defineAction, signedIn } from "@/lib/action-client";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { clearCounter, reserveAttempts, revokeUserSessions } from "@/lib/auth/sign-in";
import { THROTTLE_RULES, lockMinutes, throttleKeys } from "@/lib/auth/throttle";
import { serverAction } from "@/lib/server-action";
import { changePasswordSchema } from "./schemas";

export const changePassword = serverAction(
  defineAction({
    name: "account.changePassword",
    verb: "account.manage",
    input: changePasswordSchema,
    // The attempt is counted here, before the handler's transaction opens: counted inside it,
    // a wrong password (which rolls the transaction back) would take its count back with it.
    // A stolen session can thus try at most a few current passwords, as on the sign-in form.
    resource: async (_input, db, actor) => {
      if (!actor) return null;
      const rule = THROTTLE_RULES.passwordChange;
      const reservation = await reserveAttempts(db, [{ key: throttleKeys.passwordChange(actor.userId), rule }]);
      if (!reservation.ok) {
        throw new ActionError("FORBIDDEN", `Trop de tentatives : réessayez dans ${lockMinutes(rule)} minutes.`);
      }
      return { kind: "self" };
    },
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
      await clearCounter(tx, throttleKeys.passwordChange(user.id));
      await tx.user.update({
        where: { id: user.id },
        data: {
          passwordHash: await hashPassword(input.newPassword),
          passwordChangedAt: changedAt,
          version: { increment: 1 },
        },
      });
      // Whoever may have the old password or a copied cookie is out. This session ends too (as
      // the passwordChangedAt rule already says): the form signs the user out afterwards.
      const revokedSessions = await revokeUserSessions(tx, user.id, changedAt);
      await audit({
        action: "account.changePassword",
        entityType: "User",
        entityId: user.id,
        before: { passwordChangedAt: user.passwordChangedAt },
        after: { passwordChangedAt: changedAt, revokedSessions },
      });
      return { changedAt: changedAt.toISOString() };
    },
  }),
);
