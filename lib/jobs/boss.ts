/**
 * The process's one pg-boss instance: a job queue kept in PostgreSQL (schema `pgboss` of the
 * portal's database), so a job is committed, retried and scheduled with the same guarantees
 * as the rows it is about. Started lazily: a process that only enqueues (a script, a test)
 * gets a producer without maintenance or cron; `startWorkers` (lib/jobs/index.ts) makes it a
 * worker. Kept on globalThis so dev-mode reloads do not open a second pool.
 */
import "server-only";
import { PgBoss } from "pg-boss";

export const JOBS_SCHEMA = "pgboss";

interface BossState {
  boss?: Promise<PgBoss>;
  /** true once started as a worker (maintenance + cron) */
  worker: boolean;
  connectionString?: string;
}

const globalForJobs = globalThis as unknown as { cluJobs?: BossState };
export const state: BossState = (globalForJobs.cluJobs ??= { worker: false });

async function databaseUrl(): Promise<string> {
  if (state.connectionString) return state.connectionString;
  const { env } = await import("@/lib/env");
  return env().DATABASE_URL;
}

async function createBoss(worker: boolean): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: await databaseUrl(),
    schema: JOBS_SCHEMA,
    application_name: worker ? "clu-jobs-worker" : "clu-jobs",
    max: worker ? 4 : 2,
    // A producer only inserts jobs: maintenance and cron belong to the worker.
    supervise: worker,
    schedule: worker,
  });
  boss.on("error", (error) => console.error("[jobs]", error));
  await boss.start();
  return boss;
}

/** The started instance; `worker: true` restarts a producer-only instance as a worker. */
export async function getBoss(options: { worker?: boolean } = {}): Promise<PgBoss> {
  const wantsWorker = options.worker === true;
  if (state.boss && wantsWorker && !state.worker) {
    const producer = state.boss;
    state.boss = undefined;
    await (await producer.catch(() => null))?.stop({ graceful: true, timeout: 5_000 });
  }
  if (!state.boss) {
    state.worker = wantsWorker;
    const starting = createBoss(wantsWorker);
    state.boss = starting;
    starting.catch(() => {
      if (state.boss === starting) state.boss = undefined; // the next call tries again
    });
  }
  return state.boss;
}

/** Stops workers (waiting up to `timeout` ms for the jobs in hand) and closes the pool. */
export async function stopBoss(timeout = 10_000): Promise<void> {
  const current = state.boss;
  state.boss = undefined;
  state.worker = false;
  if (!current) return;
  const boss = await current.catch(() => null);
  await boss?.stop({ graceful: true, timeout, close: true });
}
