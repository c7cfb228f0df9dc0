/**
 * The audit trail: one row per mutation (who, when, what, before/after), written inside the
 * mutation's own transaction so a change without its log row cannot be committed.
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";

export interface AuditEntry {
  action: string; // "account.changePassword", "meeting.update"…
  entityType: string;
  entityId?: string | null;
  prefectureId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Secrets never reach the log. */
const REDACTED_KEYS = new Set(["passwordHash", "password", "tokenHash", "token"]);

export function redact(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(
    JSON.stringify(value, (key, v: unknown) => {
      if (REDACTED_KEYS.has(key)) return "[masqué]";
      if (typeof v === "bigint") return v.toString();
      return v;
    }),
  ) as Prisma.InputJsonValue;
}

export async function writeAuditLog(tx: Tx, userId: string | null, entry: AuditEntry) {
  await tx.auditLog.create({
    data: {
      userId,
      prefectureId: entry.prefectureId ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      before: redact(entry.before),
      after: redact(entry.after),
    },
  });
}
