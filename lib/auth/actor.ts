/**
 * Loads an Actor (lib/auth/policy.ts) from the database. Roles are read on every request,
 * not trusted from the session token, so a revoked role or a disabled account takes effect
 * at once.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "./policy";

export async function loadActor(
  db: PrismaClient,
  userId: string,
  options: { issuedAt?: Date } = {},
): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    include: {
      memberships: { include: { prefecture: { select: { code: true } } } },
      persons: {
        select: {
          seats: {
            // A seat grants reading from its first day to its last (a future seat not yet).
            where: {
              AND: [
                { OR: [{ startsOn: null }, { startsOn: { lte: new Date() } }] },
                { OR: [{ endsOn: null }, { endsOn: { gte: new Date() } }] },
              ],
            },
            select: { committeeId: true },
          },
        },
      },
    },
  });
  if (!user || user.disabledAt) return null;
  // A password change ends every session opened before it (1 s slack: JWT iat is in seconds).
  if (options.issuedAt && options.issuedAt.getTime() + 1000 < user.passwordChangedAt.getTime()) {
    return null;
  }
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    roles: user.memberships.map((m) => ({
      role: m.role,
      prefectureId: m.prefectureId,
      prefectureCode: m.prefecture?.code ?? null,
    })),
    memberCommitteeIds: [...new Set(user.persons.flatMap((p) => p.seats.map((s) => s.committeeId)))],
  };
}
