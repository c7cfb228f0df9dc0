// Foundation figures: migrations, demo data, sign-in (scrypt cost), the dashboard query and
// the health check, on a throw-away database of the server given by DATABASE_URL.
import { performance } from "node:perf_hooks";
import { applyMigrations } from "../scripts/db/schema-engine";
import { createDatabase, dropDatabase } from "../scripts/lib/postgres";
import { withDatabase } from "../scripts/lib/database";

export interface BenchRow {
  name: string;
  medianMs: number;
  runs: number;
  rssMb: number;
}

export async function measure(name: string, runs: number, fn: () => Promise<unknown>): Promise<BenchRow> {
  await fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const medianMs = times[Math.floor(times.length / 2)] ?? 0;
  return { name, medianMs, runs, rssMb: process.memoryUsage().rss / 2 ** 20 };
}

export async function benchFoundation(serverUrl: string): Promise<BenchRow[]> {
  const adminUrl = withDatabase(serverUrl, "postgres");
  const name = `clu_bench_${Date.now()}`;
  await createDatabase(adminUrl, name);
  const url = withDatabase(serverUrl, name);
  process.env.DATABASE_URL = url;
  process.env.NEXTAUTH_SECRET ??= "bench-secret-0123456789-abcdefghijklmnopqrstuvwxyz";
  const rows: BenchRow[] = [];
  try {
    let t = performance.now();
    await applyMigrations(url);
    rows.push({ name: "migrations (empty → current)", medianMs: performance.now() - t, runs: 1, rssMb: process.memoryUsage().rss / 2 ** 20 });

    const { createPrismaClient } = await import("../lib/db-client");
    const { seedDemo } = await import("../prisma/seed/demo");
    const db = createPrismaClient(url);
    t = performance.now();
    await seedDemo(db);
    rows.push({ name: "demo data (3 prefectures, 6 accounts)", medianMs: performance.now() - t, runs: 1, rssMb: process.memoryUsage().rss / 2 ** 20 });

    const { checkCredentials } = await import("../lib/auth/sign-in");
    rows.push(await measure("sign-in check (scrypt N=2^17)", 10, () => checkCredentials(db, "referent.86@example.org", "demo-clu-2026")));

    const { loadActor } = await import("../lib/auth/actor");
    const { getDashboard } = await import("../lib/prefectures/queries");
    const user = await db.user.findUniqueOrThrow({ where: { email: "referent.86@example.org" } });
    const vienne = await db.prefecture.findUniqueOrThrow({ where: { code: "86" } });
    rows.push(await measure("actor load (per request)", 50, () => loadActor(db, user.id)));
    const actor = await loadActor(db, user.id);
    if (!actor) throw new Error("no actor");
    rows.push(await measure("dashboard query (Vienne)", 50, () => getDashboard(vienne.id, actor)));

    const { checkHealth } = await import("../lib/health");
    rows.push(await measure("health check", 50, () => checkHealth(db)));
    await db.$disconnect();
  } finally {
    await dropDatabase(adminUrl, name);
  }
  return rows;
}
