/** Shared by integration tests: a client on this run's database, the demo data, actors. */
import { afterAll } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient } from "@/lib/db-client";
import { loadActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/policy";
import { seedDemo } from "@/prisma/seed/demo";

let client: PrismaClient | undefined;

export function testDb(): PrismaClient {
  if (!client) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: run integration tests through Vitest's integration project");
    client = createPrismaClient(url);
    afterAll(async () => {
      await client?.$disconnect();
      client = undefined;
    });
  }
  return client;
}

/** Loads the demo data once per database (seedDemo is idempotent: later calls change nothing). */
export async function withDemoData(db: PrismaClient) {
  if ((await db.prefecture.count({ where: { code: { in: ["86", "16", "88"] } } })) < 3) await seedDemo(db);
}

export async function actorFor(db: PrismaClient, email: string): Promise<Actor> {
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  const actor = await loadActor(db, user.id);
  if (!actor) throw new Error(`No actor for ${email}`);
  return actor;
}
