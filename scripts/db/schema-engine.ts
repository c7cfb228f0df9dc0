// Prisma's schema engine, run as WebAssembly. The Prisma CLI cannot migrate on these machines
// (it downloads a native schema-engine binary from an unreachable host, and no npm package
// ships it), but the very same engine compiled to wasm ships in @prisma/schema-engine-wasm.
// This module owns loading it and the two operations the project needs: schema-to-schema
// diffs (to generate migrations) and `migrate deploy` (to apply them). The migrations stay in
// Prisma's standard layout, so the native `prisma migrate deploy` applies the same files.
//
// Introspecting a live database through the pg adapter fails ("Column type 'char' could not
// be deserialized"), hence no datasource-based diffs here: drift is proven by comparing
// catalogs instead (see catalog.ts and tests/integration/migrations.test.ts).

import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type {
  MigrationDirectory,
  MigrationList,
  SchemaEngine,
  SchemaFilter,
} from "@prisma/schema-engine-wasm";
import type * as EngineGlue from "@prisma/schema-engine-wasm/schema_engine_bg";

type EngineModule = typeof EngineGlue;

/** Relative migration folders are resolved from here, not from whatever the cwd is. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * Kept in the migrations folder by new-migration.ts: the schema the latest migration was
 * generated from. `prisma migrate deploy` ignores loose files there.
 */
export const SNAPSHOT_FILE = "schema.snapshot.prisma";

const NO_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] };
/** Only used as the name of the schema file in engine error messages. */
const SCHEMA_PATH = "schema.prisma";
/** What the offline adapter claims to be; it only feeds the engine's version probe. */
const OFFLINE_SERVER_VERSION = { text: "PostgreSQL 18.4 (offline diff)", num: 180004 };

let engineModule: Promise<EngineModule> | undefined;

/**
 * Timers the engine armed and never cleared. Its glue imports only `setTimeout` (no
 * `clearTimeout`): each call leaves 10 s timers behind (timeouts around futures that already
 * completed), which kept every CLI run alive for 10 s after its work was done. They are
 * cleared once no engine call is in flight anymore.
 */
const engineTimers = new Set<NodeJS.Timeout>();
let callsInFlight = 0;

function clearEngineTimers(): void {
  if (callsInFlight > 0) return;
  for (const timer of engineTimers) clearTimeout(timer);
  engineTimers.clear();
}

/**
 * The package's own entry point does `import * as wasm from "./schema_engine_bg.wasm"`,
 * which Node cannot load, so the glue module is wired to the wasm instance by hand.
 * Done once per process: the wasm module keeps global state.
 */
function loadEngineModule(): Promise<EngineModule> {
  engineModule ??= (async () => {
    const require = createRequire(import.meta.url);
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bg = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
    const imports: Record<string, unknown> = { ...bg };
    for (const name of Object.keys(imports).filter((n) => n.startsWith("__wbg_setTimeout_"))) {
      imports[name] = (callback: () => void, ms: number) => {
        const timer: NodeJS.Timeout = setTimeout(() => {
          engineTimers.delete(timer);
          callback();
        }, ms >>> 0);
        engineTimers.add(timer);
        return timer;
      };
    }
    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": imports as WebAssembly.ModuleImports,
    });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bg;
  })();
  engineModule.catch(() => (engineModule = undefined));
  return engineModule;
}

/** The engine rejects with plain objects or strings; turn them into Errors that print well. */
function toError(error: unknown, logs: string[]): Error {
  let message: string;
  if (error instanceof Error) message = error.message;
  else if (typeof error === "string") message = error;
  else if (error && typeof error === "object" && "message" in error) message = String(error.message);
  else message = JSON.stringify(error);
  const tail = logs.filter((l) => /error|warn/i.test(l)).slice(-10);
  const err = new Error(tail.length ? `${message}\n--- schema engine log ---\n${tail.join("\n")}` : message);
  if (error instanceof Error && error.stack) err.stack = `${err.message}\n${error.stack.split("\n").slice(1).join("\n")}`;
  return err;
}

/**
 * The engine connects as soon as it is created, even when it will only diff two schema files:
 * it probes the server once ("does the schema exist, which version"). A schema-to-schema diff
 * must not need a running database (`npm run db:migration:new` has none), so this adapter
 * answers that probe itself and refuses anything else, loudly, should a future engine
 * version start introspecting. Its answers give byte-identical SQL to a real connection
 * (checked against PostgreSQL 18).
 */
function offlineAdapterFactory(): SqlMigrationAwareDriverAdapterFactory {
  const info = { provider: "postgres" as const, adapterName: "@prisma/adapter-pg" };
  const refuse = (what: string) =>
    Promise.reject(new Error(`diffSchemas is offline; the schema engine unexpectedly tried: ${what}`));
  const adapter: SqlDriverAdapter = {
    ...info,
    async queryRaw(query) {
      if (/FROM pg_namespace/i.test(query.sql) && /version\(\)/i.test(query.sql)) {
        return {
          columnNames: ["exists", "version", "numeric_version"],
          columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
          rows: [[true, OFFLINE_SERVER_VERSION.text, OFFLINE_SERVER_VERSION.num]],
        };
      }
      return refuse(query.sql);
    },
    executeRaw: (query) => refuse(query.sql),
    executeScript: (script) => refuse(script.slice(0, 200)),
    startTransaction: () => refuse("a transaction"),
    getConnectionInfo: () => ({ schemaName: "public", supportsRelationJoins: true }),
    dispose: async () => {},
  };
  return { ...info, connect: async () => adapter, connectToShadowDb: async () => adapter };
}

/**
 * Runs `fn` with a fresh engine, then frees it and closes `pool` (if any): an open pool keeps
 * the process (or a Vitest worker) alive, and a wasm engine holds memory until freed.
 */
async function withEngine<T>(
  factory: SqlMigrationAwareDriverAdapterFactory,
  pool: pg.Pool | undefined,
  schema: string | undefined,
  fn: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const logs: string[] = [];
  let engine: SchemaEngine | undefined;
  callsInFlight++;
  try {
    const bg = await loadEngineModule();
    engine = await bg.SchemaEngine.new(
      { datamodels: schema === undefined ? undefined : [[SCHEMA_PATH, schema]] },
      (line: string) => {
        logs.push(line);
        if (logs.length > 200) logs.shift();
        if (process.env.SCHEMA_ENGINE_DEBUG) process.stderr.write(`[schema-engine] ${line}\n`);
      },
      bindMigrationAwareSqlAdapterFactory(factory),
    );
    return await fn(engine);
  } catch (error) {
    throw toError(error, logs);
  } finally {
    engine?.free();
    await pool?.end().catch(() => {});
    callsInFlight--;
    clearEngineTimers();
  }
}

/** A pg pool owned by one engine call; ours (not the adapter's) so we can always end it. */
function ownedPool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({ connectionString, max: 2 });
  // A server going away between calls must not crash the process via an unhandled 'error'.
  pool.on("error", () => {});
  return pool;
}

/**
 * SQL migrating a database from the `from` Prisma schema (null: an empty database) to `to`,
 * as `prisma migrate diff --script` prints it. Pure: no database is touched. Returns "" when
 * the schemas are equivalent.
 */
export async function diffSchemas(from: string | null, to: string): Promise<string> {
  return withEngine(offlineAdapterFactory(), undefined, to, async (engine) => {
    const result = await engine.diff({
      from: from === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: from }] },
      to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: to }] },
      script: true,
      exitCode: null,
      filters: NO_FILTER,
    });
    return isEmptyMigration(result.stdout ?? "") ? "" : (result.stdout ?? "");
  });
}

/** The engine answers an empty diff with a comment-only script ("-- This is an empty migration."). */
export function isEmptyMigration(sql: string): boolean {
  return sql
    .split("\n")
    .map((l) => l.trim())
    .every((l) => l === "" || l.startsWith("--"));
}

/** Reads the migrations folder exactly like the Prisma CLI does for `migrate deploy`. */
export async function readMigrationsList(migrationsDir: string): Promise<MigrationList> {
  const baseDir = path.resolve(PROJECT_ROOT, migrationsDir);
  const lockfileName = "migration_lock.toml";
  const lockContent = await readFile(path.join(baseDir, lockfileName), "utf8").catch(() => null);
  const entries = await readdir(baseDir, { withFileTypes: true }).catch(() => []);
  const migrationDirectories: MigrationDirectory[] = [];
  for (const entry of entries.filter((e) => e.isDirectory())) {
    const content = await readFile(path.join(baseDir, entry.name, "migration.sql"), "utf8").then(
      (value) => ({ tag: "ok" as const, value }),
      (error: Error) => ({ tag: "error" as const, value: error.message }),
    );
    migrationDirectories.push({ path: entry.name, migrationFile: { path: "migration.sql", content } });
  }
  // Same ordering as the CLI (localeCompare); timestamped names make it chronological.
  migrationDirectories.sort((a, b) => a.path.localeCompare(b.path));
  return { baseDir, lockfile: { path: lockfileName, content: lockContent }, migrationDirectories, shadowDbInitScript: "" };
}

/**
 * `prisma migrate deploy`: applies the pending migrations of `migrationsDir` in order and
 * records them in `_prisma_migrations`. Idempotent. Like the CLI, it refuses to go on while a
 * migration is recorded as failed. A relative `migrationsDir` is relative to the project root.
 */
export async function applyMigrations(
  connectionString: string,
  migrationsDir = "prisma/migrations",
): Promise<{ applied: string[] }> {
  const migrationsList = await readMigrationsList(migrationsDir);
  const pool = ownedPool(connectionString);
  return withEngine(new PrismaPg(pool), pool, undefined, async (engine) => {
    const result = await engine.applyMigrations({ migrationsList, filters: NO_FILTER });
    return { applied: result.appliedMigrationNames };
  });
}
