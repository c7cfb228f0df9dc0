// Vitest globalSetup of the "integration" project: gives every run its own freshly migrated
// database, so integration tests never see another run's data and always test the committed
// migrations (not a `db push` of the schema).
// - DATABASE_URL set by the caller (scripts/test.ts, CI, a developer's server): a new database
//   `clu_test_<timestamp>` is created on that server, migrated, and dropped at teardown.
// - otherwise: a throw-away embedded PostgreSQL is started under .data/pg-test-<pid> and
//   deleted at teardown.
// Workers receive DATABASE_URL and TEST_ADMIN_URL (a superuser URL on the same server) through
// process.env: Vitest runs globalSetup before creating the pool and builds each worker's env
// from the main process's process.env at that moment (vitest 5.1 createPool →
// executeTests). The same values are also offered via inject("databaseUrl"/"testAdminUrl").

import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "../../scripts/db/schema-engine";
import {
  clearStalePostgres,
  createDatabase,
  dropDatabase,
  findFreePort,
  startEmbeddedPostgres,
  type EmbeddedPostgresServer,
} from "../../scripts/lib/postgres";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    testAdminUrl: string;
  }
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const dataRoot = path.join(root, ".data");
const TEST_DIR_PREFIX = "pg-test-";

const log = (line: string) => console.log(`[integration] ${line}`);

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** A SIGKILLed run leaves its server (and its data directory) behind; reclaim them. */
async function reapAbandonedTestClusters(): Promise<void> {
  const entries = await readdir(dataRoot).catch(() => [] as string[]);
  for (const entry of entries) {
    if (!entry.startsWith(TEST_DIR_PREFIX)) continue;
    const pid = Number(entry.slice(TEST_DIR_PREFIX.length));
    if (!Number.isInteger(pid) || pid === process.pid || pidAlive(pid)) continue;
    const dir = path.join(dataRoot, entry);
    try {
      await clearStalePostgres(dir, log);
      await rm(dir, { recursive: true, force: true });
      log(`removed abandoned ${path.relative(root, dir)}`);
    } catch (error) {
      log(`could not reclaim ${dir}: ${(error as Error).message}`);
    }
  }
}

/** `clu_test_<ms>`; bumped on the (unlikely) collision with a concurrent run on the same server. */
async function createRunDatabase(adminUrl: string): Promise<string> {
  for (let stamp = Date.now(); ; stamp++) {
    const name = `clu_test_${stamp}`;
    try {
      await createDatabase(adminUrl, name);
      return name;
    } catch (error) {
      if ((error as { code?: string }).code !== "42P04") throw error; // duplicate_database
    }
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const callerUrl = process.env.DATABASE_URL;
  const previousEnv = { DATABASE_URL: process.env.DATABASE_URL, TEST_ADMIN_URL: process.env.TEST_ADMIN_URL };
  let server: EmbeddedPostgresServer | undefined;
  let adminUrl: string;
  let startMs = 0;

  if (callerUrl) {
    adminUrl = process.env.TEST_ADMIN_URL ?? withDatabase(callerUrl, "postgres");
  } else {
    await reapAbandonedTestClusters();
    const tStart = Date.now();
    const port = await findFreePort(0);
    server = await startEmbeddedPostgres({
      dataDir: path.join(dataRoot, `${TEST_DIR_PREFIX}${process.pid}`),
      port,
      persistent: false,
      log: process.env.DEBUG_PG ? log : undefined,
    });
    startMs = Date.now() - tStart;
    adminUrl = server.adminUrl;
  }

  let database: string | undefined;
  const teardown = async () => {
    process.env.DATABASE_URL = previousEnv.DATABASE_URL;
    process.env.TEST_ADMIN_URL = previousEnv.TEST_ADMIN_URL;
    if (previousEnv.DATABASE_URL === undefined) delete process.env.DATABASE_URL;
    if (previousEnv.TEST_ADMIN_URL === undefined) delete process.env.TEST_ADMIN_URL;
    try {
      // On a throw-away server, deleting the cluster deletes the database too.
      if (database && !server) await dropDatabase(adminUrl, database);
    } finally {
      if (server) {
        await server.stop(); // persistent: false → also removes the data directory
        await rm(server.dataDir, { recursive: true, force: true });
      }
    }
  };

  try {
    database = await createRunDatabase(adminUrl);
    const url = withDatabase(adminUrl, database);
    const t1 = Date.now();
    const { applied } = await applyMigrations(url, path.join(root, "prisma/migrations"));
    const migrateMs = Date.now() - t1;

    process.env.DATABASE_URL = url;
    process.env.TEST_ADMIN_URL = adminUrl;
    project.provide("databaseUrl", url);
    project.provide("testAdminUrl", adminUrl);
    log(
      `${database} on ${server ? `embedded PostgreSQL :${server.port} (started in ${startMs} ms)` : new URL(adminUrl).host}` +
        `, ${applied.length} migration(s) applied in ${migrateMs} ms`,
    );
  } catch (error) {
    await teardown().catch(() => {});
    throw error;
  }
  return teardown;
}
