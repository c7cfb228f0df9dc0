/** The prefecture's API tokens (never their value: only a hash is stored). */
import "server-only";
import { db } from "@/lib/db";

export function listApiTokens(prefectureId: string) {
  return db.apiToken.findMany({
    where: { prefectureId },
    orderBy: [{ revokedAt: { sort: "asc", nulls: "first" } }, { createdAt: "desc" }],
    select: { id: true, name: true, role: true, createdAt: true, lastUsedAt: true, revokedAt: true, user: { select: { name: true, email: true } } },
  });
}

/** Roles the user holds in the prefecture (a token carries one of them). */
export async function rolesHeldIn(userId: string, prefectureId: string) {
  const rows = await db.membership.findMany({ where: { userId, prefectureId }, select: { role: true } });
  return rows.map((r) => r.role).filter((r) => r !== "NATIONAL_ADMIN");
}
