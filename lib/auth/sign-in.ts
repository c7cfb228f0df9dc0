/**
 * Credentials check with throttling, shared by next-auth's authorize() and the tests.
 * Every outcome gets the same French message on the form; the reason stays server-side.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { dummyPasswordHash, verifyPassword } from "./password";
import { isLocked, registerFailure } from "./throttle";

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; reason: "INVALID" | "LOCKED" };

export async function checkCredentials(
  db: PrismaClient,
  rawEmail: string,
  password: string,
  now = new Date(),
): Promise<SignInResult> {
  const email = rawEmail.trim().toLowerCase();
  const throttle = await db.signInThrottle.findUnique({ where: { key: email } });
  if (isLocked(throttle, now)) return { ok: false, reason: "LOCKED" };

  const user = await db.user.findUnique({ where: { email } });
  const valid = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash()));
  if (!user || !valid || user.disabledAt) {
    const next = registerFailure(throttle, now);
    await db.signInThrottle.upsert({
      where: { key: email },
      create: { key: email, ...next },
      update: next,
    });
    return { ok: false, reason: next.lockedUntil ? "LOCKED" : "INVALID" };
  }
  await db.$transaction([
    db.signInThrottle.deleteMany({ where: { key: email } }),
    db.user.update({ where: { id: user.id }, data: { lastSignInAt: now } }),
    db.auditLog.create({
      data: { userId: user.id, action: "auth.signIn", entityType: "User", entityId: user.id },
    }),
  ]);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
