/**
 * What the data-scale benchmarks share (bench/indicators-national.ts, bench/register.ts): a
 * database of their own on the server of DATABASE_URL, migrated, whose client becomes the
 * portal's (lib/db keeps it on globalThis), kept between runs when `keepEnv` names one; and the
 * median of repeated runs.
 */
import { performance } from "node:perf_hooks";
import { applyMigrations } from "../scripts/db/schema-engine";
import { createDatabase, databaseExists, dropDatabase } from "../scripts/lib/postgres";
import { withDatabase } from "../scripts/lib/database";
import type { PrismaClient } from "../lib/generated/prisma/client";

export const RUNS = 30;

/** Median of RUNS runs after 2 warm-ups, in ms. */
export async function median(fn: () => Promise<unknown>): Promise<number> {
  await fn();
  await fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

/**
 * Runs `fn` on a bench database: `reused` says the kept database already holds its data (the
 * environment variable `keepEnv` names it, e.g. BENCH_REGISTER_DB=clu_bench_register);
 * without it the database is made for the run and dropped after.
 */
export async function withBenchDatabase(prefix: string, keepEnv: string, fn: (db: PrismaClient, reused: boolean) => Promise<void>) {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error("DATABASE_URL missing: run through scripts/with-db.ts");
  const adminUrl = withDatabase(serverUrl, "postgres");
  const kept = process.env[keepEnv];
  const name = kept ?? `${prefix}_${Date.now()}`;
  const reused = kept !== undefined && (await databaseExists(adminUrl, name));
  if (!reused) await createDatabase(adminUrl, name);
  const url = withDatabase(serverUrl, name);
  try {
    if (!reused) await applyMigrations(url);
    const { createPrismaClient } = await import("../lib/db-client");
    // lib/db keeps its client on globalThis: the portal's queries run on the bench database.
    const db = createPrismaClient(url);
    (globalThis as unknown as { prisma?: PrismaClient }).prisma = db;
    try {
      await fn(db, reused);
    } finally {
      await db.$disconnect();
    }
  } finally {
    if (!kept) await dropDatabase(adminUrl, name);
  }
}
