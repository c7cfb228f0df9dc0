/**
 * Loads an Actor (lib/auth/policy.ts) from the database. Roles are read on every request,
 * not trusted from the session token, so a revoked role or a disabled account takes effect
 * at once; so is the server-side session the token names, so a signed-out token is refused.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "./policy";
import { currentOnWhere, dayOf } from "@/lib/periods";
import { isSessionId } from "./sign-in";

export interface LoadActorOptions {
  /** when the token was issued: sessions older than the last password change are refused */
  issuedAt?: Date;
  /**
   * The session the token carries. Given (even null), the session row must exist for this
   * user, unrevoked and unexpired: the request path (lib/auth/session.ts) always gives it, and
   * null (a token from before server-side sessions) is refused. Left out only by tests and
   * scripts that load an actor without a request.
   */
  sessionId?: string | null;
}

export async function loadActor(
  db: PrismaClient,
  userId: string,
  options: LoadActorOptions = {},
): Promise<Actor | null> {
  const { sessionId } = options;
  const checkSession = sessionId !== undefined;
  if (checkSession && !isSessionId(sessionId)) return null;
  const sessionQuery = isSessionId(sessionId)
    ? db.userSession.findFirst({
        where: { id: sessionId, userId, revokedAt: null, expiresAt: { gt: new Date() } },
        select: { id: true },
      })
    : null;
  const userQuery = db.user.findUnique({
    where: { id: userId },
    include: {
      memberships: { include: { prefecture: { select: { code: true } } } },
      persons: {
        select: {
          seats: {
            // A seat grants reading from its first day to its last (a future seat not yet).
            where: currentOnWhere(dayOf(new Date())),
            select: { committeeId: true },
          },
        },
      },
    },
  });
  const [user, session] = await Promise.all([userQuery, sessionQuery]);
  if (!user || user.disabledAt) return null;
  if (checkSession && !session) return null;
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
