// The production server the HTTP bench loads (bench/http.ts): a fresh database (migrated,
// demo data), the current production build (rebuilt when the sources changed, like `npm
// test`), `next start` on a free port, a signed-in session of the Vienne referent and the id
// of the Vienne meeting of 6 May 2021.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { applyMigrations } from "../scripts/db/schema-engine";
import { sourceHash } from "../scripts/lib/build";
import { withDatabase } from "../scripts/lib/database";
import { createDatabase, dropDatabase, findFreePort, startEmbeddedPostgres } from "../scripts/lib/postgres";

export const REFERENT = { email: "referent.86@example.org", password: "demo-clu-2026" };

/** Audit rows given to the benchmarked meeting: a meeting that has lived (edits, convocations); BENCH_HISTORY to change. */
export const HISTORY_ROWS = Number(process.env.BENCH_HISTORY ?? 200);

/** CPU time (user + system, ms) a process has used, with its waited-for children; null without /proc. */
export function processCpuMs(pid: number): number | null {
  try {
    // Fields after the command name (which may hold spaces): state is [0], utime [11] … cstime [14].
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ").pop()?.split(" ") ?? [];
    const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i] ?? 0), 0);
    return (ticks * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

/** Linux's USER_HZ, 100 on every architecture Node runs on. */
const CLOCK_TICKS = 100;

/** CPU time of a process and of its live children (PostgreSQL: the postmaster and its backends). */
function treeCpuMs(rootPid: number): number | null {
  const own = processCpuMs(rootPid);
  if (own === null) return null;
  let total = own;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const fields = readFileSync(`/proc/${entry}/stat`, "utf8").split(") ").pop()?.split(" ") ?? [];
      if (Number(fields[1]) === rootPid) total += processCpuMs(Number(entry)) ?? 0;
    } catch {
      // gone meanwhile
    }
  }
  return total;
}

export interface BenchDatabase {
  url: string;
  /** CPU time PostgreSQL has used so far (ms), when it is the embedded server; else null */
  cpuMs(): number | null;
  /**
   * SQL statements the server runs while `run` runs (PostgreSQL's log_statement, switched on
   * for that moment only); null on a server whose log we cannot read (DATABASE_URL).
   */
  countStatements(run: () => Promise<unknown>): Promise<number | null>;
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A fresh database on DATABASE_URL's server, or on a throw-away embedded PostgreSQL. */
export async function startDatabase(log: (line: string) => void): Promise<BenchDatabase> {
  let adminUrl: string;
  let stopServer = async () => {};
  let embedded = false;
  let dataDir = "";
  let statements = 0;
  let counting = false;
  if (process.env.DATABASE_URL) {
    adminUrl = withDatabase(process.env.DATABASE_URL, "postgres");
  } else {
    embedded = true;
    dataDir = path.resolve(`.data/pg-bench-${process.pid}`);
    const server = await startEmbeddedPostgres({
      dataDir,
      port: await findFreePort(0),
      persistent: false,
      // "LOG:  execute <unnamed>: SELECT …" (extended protocol) or "LOG:  statement: …"
      log: (line) => {
        if (!/LOG:\s+(execute [^:]*|statement):/.test(line)) return;
        statements += 1;
        // BENCH_SQL_LOG=1 prints them (what one view asks the database).
        if (counting && process.env.BENCH_SQL_LOG === "1") console.error(`[sql] ${line.replace(/^.*?LOG:\s+/, "").slice(0, 240)}`);
      },
    });
    adminUrl = server.adminUrl;
    stopServer = () => server.stop();
  }
  const name = `clu_bench_http_${Date.now()}`;
  await createDatabase(adminUrl, name);
  const url = withDatabase(adminUrl, name);
  log(`base ${name} : migrations et données de démonstration…`);
  await applyMigrations(url);
  const seed = spawnSync("npx", ["--no-install", "tsx", "prisma/seed/index.ts"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATABASE_URL: url },
  });
  if (seed.status !== 0) throw new Error("les données de démonstration n'ont pas pu être chargées / demo data failed");
  const setLogging = async (on: boolean) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(on ? "ALTER SYSTEM SET log_statement = 'all'" : "ALTER SYSTEM RESET log_statement");
      await client.query("SELECT pg_reload_conf()");
    } finally {
      await client.end();
    }
    await sleep(500); // every backend reloads its configuration between statements
  };
  return {
    url,
    cpuMs: () => {
      if (!embedded) return null;
      try {
        return treeCpuMs(Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]));
      } catch {
        return null;
      }
    },
    countStatements: async (run) => {
      if (!embedded) return null;
      await setLogging(true);
      try {
        statements = 0;
        counting = true;
        await run();
        await sleep(500); // the log arrives through a pipe
        return statements;
      } finally {
        counting = false;
        await setLogging(false);
      }
    },
    stop: async () => {
      await dropDatabase(adminUrl, name).catch(() => {});
      await stopServer();
    },
  };
}

/**
 * The id of the Vienne meeting of 6 May 2021, after giving it HISTORY_ROWS audit rows (the
 * demo data has none; a real meeting accumulates them and the hub reads them).
 */
export async function prepareMeeting(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const found = await client.query<{ id: string; prefecture_id: string }>(
      `SELECT m.id, m.prefecture_id FROM meetings m JOIN prefectures p ON p.id = m.prefecture_id
        WHERE p.code = '86' AND (m.starts_at AT TIME ZONE 'Europe/Paris')::date = DATE '2021-05-06'`,
    );
    const meeting = found.rows[0];
    if (!meeting || found.rows.length !== 1) throw new Error("séance de la Vienne du 6 mai 2021 introuvable / meeting not found");
    const items = await client.query<{ id: string; title: string }>(
      "SELECT id, title FROM agenda_items WHERE meeting_id = $1 ORDER BY position",
      [meeting.id],
    );
    const user = await client.query<{ id: string }>("SELECT id FROM users WHERE email = $1", [REFERENT.email]);
    const userId = user.rows[0]?.id ?? null;
    // Agenda edits (before/after snapshots, as lib/audit-log.ts writes them) and meeting edits.
    await client.query(
      `INSERT INTO audit_logs (at, user_id, prefecture_id, action, entity_type, entity_id, before, after)
       SELECT now() - (g * interval '1 hour'), $1, $2,
              CASE WHEN g % 4 = 0 THEN 'meeting.update' ELSE 'agenda.update' END,
              CASE WHEN g % 4 = 0 THEN 'Meeting' ELSE 'AgendaItem' END,
              CASE WHEN g % 4 = 0 THEN $3::text ELSE ($4::text[])[1 + g % greatest(1, cardinality($4::text[]))] END,
              jsonb_build_object('title', repeat('Point de l''ordre du jour ', 8), 'position', g, 'plannedMinutes', 20),
              jsonb_build_object('title', repeat('Point de l''ordre du jour modifié ', 8), 'position', g, 'plannedMinutes', 25)
         FROM generate_series(1, $5::int) AS g`,
      [userId, meeting.prefecture_id, meeting.id, items.rows.map((i) => i.id), HISTORY_ROWS],
    );
    return meeting.id;
  } finally {
    await client.end();
  }
}

/** The year of the grid page (bench/http.ts "grid"): far from the seeded years. */
export const GRID_YEAR = 2031;

/**
 * A full year of indicators for the Vienne, as the grid page of a busy prefecture shows it:
 * the Vienne follows every indicator of the national referential, and every period of
 * GRID_YEAR holds every component (plausible figures: numerators below denominators).
 */
export async function prepareIndicatorYear(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const prefecture = await client.query<{ id: string }>("SELECT id FROM prefectures WHERE code = '86'");
    const prefectureId = prefecture.rows[0]?.id;
    if (!prefectureId) throw new Error("Vienne introuvable / prefecture 86 not found");
    await client.query(
      `INSERT INTO prefecture_indicators (id, prefecture_id, definition_id, position, active)
       SELECT gen_random_uuid(), $1, d.id, 100 + row_number() OVER (ORDER BY d.code), true
         FROM indicator_definitions d WHERE d.prefecture_id IS NULL
       ON CONFLICT (prefecture_id, definition_id) DO UPDATE SET active = true`,
      [prefectureId],
    );
    await client.query(
      `INSERT INTO indicator_values (id, prefecture_id, definition_id, definition_version_id, periodicity, year, period, source, updated_at)
       SELECT gen_random_uuid(), $1, d.id, v.id, v.periodicity, $2, p, 'IMPORT', now()
         FROM indicator_definitions d
         JOIN LATERAL (SELECT * FROM indicator_definition_versions v WHERE v.definition_id = d.id ORDER BY version_number DESC LIMIT 1) v ON true
         CROSS JOIN LATERAL generate_series(1, CASE v.periodicity WHEN 'MONTHLY' THEN 12 WHEN 'QUARTERLY' THEN 4 WHEN 'SEMIANNUAL' THEN 2 ELSE 1 END) p
        WHERE d.prefecture_id IS NULL
       ON CONFLICT DO NOTHING`,
      [prefectureId, GRID_YEAR],
    );
    await client.query(
      `INSERT INTO indicator_component_values (id, value_id, component_id, amount)
       SELECT gen_random_uuid(), iv.id, c.id,
         CASE c.role WHEN 'DENOMINATOR' THEN 20000 + floor(random() * 9000) WHEN 'BASE' THEN 20000 + floor(random() * 9000)
                     WHEN 'NUMERATOR' THEN 800 + floor(random() * 200) WHEN 'SUBTRACTED' THEN floor(random() * 3000)
                     WHEN 'WEIGHT' THEN 10 + floor(random() * 90) ELSE 5 + floor(random() * 60) END
         FROM indicator_values iv JOIN indicator_components c ON c.definition_version_id = iv.definition_version_id
        WHERE iv.prefecture_id = $1 AND iv.year = $2
       ON CONFLICT DO NOTHING`,
      [prefectureId, GRID_YEAR],
    );
    const count = await client.query<{ n: string }>("SELECT count(*) AS n FROM prefecture_indicators WHERE prefecture_id = $1 AND active", [prefectureId]);
    return Number(count.rows[0]?.n ?? 0);
  } finally {
    await client.end();
  }
}

/**
 * The bench's own production build, in .data/next-bench (next.config.ts reads NEXT_DIST_DIR):
 * `npm test` rebuilds .next while the bench may be serving, and the reverse, in a checkout
 * shared by several people. Rebuilt only when the sources changed (scripts/lib/build.ts's
 * hash, as `npm test` does).
 */
export const BENCH_DIST_DIR = ".data/next-bench";

function buildForBench(env: NodeJS.ProcessEnv, log: (line: string) => void) {
  const stamp = path.join(BENCH_DIST_DIR, "source-hash");
  const hash = sourceHash();
  if (existsSync(path.join(BENCH_DIST_DIR, "BUILD_ID")) && existsSync(stamp) && readFileSync(stamp, "utf8") === hash) {
    log(`compilation : à jour (${BENCH_DIST_DIR}), réutilisée`);
    return;
  }
  log(`compilation de production (next build → ${BENCH_DIST_DIR})…`);
  const started = Date.now();
  const result = spawnSync("npx", ["--no-install", "next", "build"], { stdio: ["ignore", 2, 2], env });
  if (result.status !== 0) throw new Error("next build a échoué / next build failed");
  writeFileSync(stamp, hash);
  log(`compilation terminée en ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

export interface RunningServer {
  baseUrl: string;
  child: ChildProcess;
  /** Date.now() when the process was spawned (≈ when its CPU profile starts) */
  spawnedAt: number;
  stop(): Promise<void>;
}

/** `next start` of the production build (built first when the sources changed). */
export async function startServer(
  databaseUrl: string,
  log: (line: string) => void,
  { cpuProfileDir }: { cpuProfileDir?: string } = {},
): Promise<RunningServer> {
  const port = await findFreePort(3200);
  const baseUrl = `http://localhost:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: "bench-secret-0123456789-abcdefghijklmnopqrstuvwxyz",
    NEXTAUTH_URL: baseUrl,
    FILES_DIR: path.resolve(`.data/files-bench-${process.pid}`),
    NEXT_DIST_DIR: BENCH_DIST_DIR,
    // The outbox worker (lib/jobs) polls the database every few seconds: not what is measured.
    JOBS_DISABLED: "1",
  };
  buildForBench(env, log);
  const nodeArgs: string[] = [];
  if (cpuProfileDir) {
    mkdirSync(cpuProfileDir, { recursive: true });
    nodeArgs.push("--cpu-prof", `--cpu-prof-dir=${cpuProfileDir}`);
  }
  // node itself (not npx): the profile is the server's, and the signal reaches it directly.
  const spawnedAt = Date.now();
  const child = spawn(process.execPath, [...nodeArgs, "node_modules/next/dist/bin/next", "start", "-p", String(port)], {
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    rmSync(env.FILES_DIR as string, { recursive: true, force: true });
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start s'est arrêté (code ${child.exitCode})`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error("next start ne répond pas / did not answer within 60 s");
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { baseUrl, child, spawnedAt, stop };
}

/** Cookies of a response, as `name=value` pairs (attributes dropped). */
function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(";")[0] ?? "").filter(Boolean);
}

/** Signs in through next-auth's credentials endpoint, as the sign-in form does; returns the Cookie header. */
export async function signIn(baseUrl: string, account = REFERENT): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookies = cookiesOf(csrf);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: csrfCookies.join("; ") },
    body: new URLSearchParams({ csrfToken, email: account.email, password: account.password, json: "true" }),
  });
  const session = cookiesOf(response).find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`connexion de ${account.email} refusée (HTTP ${response.status}) / sign-in failed`);
  return session;
}
