/**
 * A Prisma client for a given connection string, without the server-only guard or the
 * environment check of lib/db.ts: for scripts (seed, admin CLI) and tests.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export function createPrismaClient(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}
