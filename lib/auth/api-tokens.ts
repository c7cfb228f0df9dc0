/**
 * Personal API tokens (issue 8 item 7): for the machines that send a prefecture's figures.
 * A token is shown once ("clu_" + 32 random bytes, base64url), stored as its SHA-256, and
 * carries ONE prefecture and ONE role — never more than its owner holds there, checked when
 * it is issued and again on every use (a role taken away since, a disabled account or a
 * revoked token is refused). The actor it yields has that single role, so the one policy
 * (lib/auth/policy.ts) decides what it may do, as for a person.
 */
import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import type { Actor, Role } from "./policy";
import { loadActor } from "./actor";

const PREFIX = "clu_";
const TOKEN_PATTERN = /^clu_[A-Za-z0-9_-]{43}$/;

export function generateApiToken(): string {
  return PREFIX + randomBytes(32).toString("base64url");
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** "Bearer clu_…" → the token, or null (malformed headers are not looked up). */
export function bearerToken(authorization: string | null | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  const token = match?.[1];
  return token && TOKEN_PATTERN.test(token) ? token : null;
}

/** Roles a token may carry: a national administrator's tokens would reach every prefecture. */
export const TOKEN_ROLES = ["REFERENT", "STAFF", "MEMBER"] as const satisfies readonly Role[];
export type TokenRole = (typeof TOKEN_ROLES)[number];

export type IssueResult = { ok: true; id: string; token: string } | { ok: false; reason: string };

/** Creates a token for a user in a prefecture, with a role they hold there. */
export async function issueApiToken(
  db: PrismaClient | Tx,
  input: { userId: string; prefectureId: string; role: TokenRole; name: string },
): Promise<IssueResult> {
  const membership = await db.membership.findFirst({ where: { userId: input.userId, prefectureId: input.prefectureId, role: input.role } });
  if (!membership) return { ok: false, reason: "Ce rôle n'est pas le vôtre dans cette préfecture : un jeton ne peut donner plus de droits que son titulaire." };
  const token = generateApiToken();
  const row = await db.apiToken.create({
    data: { userId: input.userId, prefectureId: input.prefectureId, role: input.role, name: input.name, tokenHash: hashApiToken(token) },
  });
  return { ok: true, id: row.id, token };
}

/**
 * The actor a request's bearer token stands for: its owner, with only the token's role in
 * the token's prefecture (and, for a member, their current committees). Null when there is
 * no valid token. Records the last use.
 */
export async function actorFromApiToken(db: PrismaClient, authorization: string | null | undefined, now = new Date()): Promise<Actor | null> {
  const token = bearerToken(authorization);
  if (!token) return null;
  const row = await db.apiToken.findUnique({ where: { tokenHash: hashApiToken(token) }, include: { prefecture: { select: { code: true } } } });
  if (!row || row.revokedAt) return null;
  const owner = await loadActor(db, row.userId);
  // Still the owner's role there (a role taken away since ends the token's rights too).
  if (!owner || !owner.roles.some((r) => r.role === row.role && r.prefectureId === row.prefectureId)) return null;
  await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  return {
    ...owner,
    roles: [{ role: row.role, prefectureId: row.prefectureId, prefectureCode: row.prefecture.code }],
    memberCommitteeIds: row.role === "MEMBER" ? owner.memberCommitteeIds : [],
  };
}
