/** Liveness of the portal and its database, for /api/health and monitoring. */
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { db as portalDb } from "@/lib/db";

export type Health =
  | { status: "ok"; database: "ok" }
  | { status: "error"; database: "unavailable" };

export async function checkHealth(db: PrismaClient, timeoutMs = 3000): Promise<Health> {
  try {
    await Promise.race([
      db.$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), timeoutMs)),
    ]);
    return { status: "ok", database: "ok" };
  } catch {
    return { status: "error", database: "unavailable" };
  }
}

/** The portal's own database, for the /api/health route (which must not import the client). */
export function checkPortalHealth(): Promise<Health> {
  return checkHealth(portalDb);
}
