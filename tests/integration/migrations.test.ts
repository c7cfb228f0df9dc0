// Proves there is no drift between prisma/schema.prisma and the committed migrations — the
// check `prisma migrate dev`/`migrate diff --from-migrations` would do, which cannot run here
// (it introspects through the pg adapter, which fails). Database A is built by applying the
// migrations, database B by running the SQL Prisma generates for the current schema from
// scratch; their catalogs must match. Also: the snapshot new-migration.ts diffs from is the
// current schema, and `migrate deploy` is idempotent.

import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { describeDatabase, diffCatalogs, type CatalogSnapshot } from "../../scripts/db/catalog";
import { applyMigrations, diffSchemas, readMigrationsList, SNAPSHOT_FILE } from "../../scripts/db/schema-engine";
import { createDatabase, dropDatabase } from "../../scripts/lib/postgres";
import { CHECKS, checksMigrationSql } from "../../prisma/checks";
import { SEARCH_SQL } from "../../prisma/search-sql";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const schemaPath = path.join(root, "prisma/schema.prisma");
const migrationsDir = path.join(root, "prisma/migrations");


const adminUrl = process.env.TEST_ADMIN_URL ?? inject("testAdminUrl");
const runDatabaseUrl = process.env.DATABASE_URL ?? inject("databaseUrl");
const stamp = Date.now();
const scratch = { fromMigrations: `clu_drift_a_${stamp}`, fromSchema: `clu_drift_b_${stamp}` };
const created: string[] = [];

function urlFor(database: string): string {
  const u = new URL(adminUrl);
  u.pathname = `/${database}`;
  return u.toString();
}

async function scratchDatabase(name: string): Promise<string> {
  await createDatabase(adminUrl, name);
  created.push(name);
  return urlFor(name);
}

async function runSql(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql); // simple query protocol: the whole multi-statement script at once
  } finally {
    await client.end();
  }
}

describe("migrations ↔ schema.prisma", () => {
  let schema: string;
  let migrationNames: string[];
  let fromMigrations: CatalogSnapshot;
  let fromSchema: CatalogSnapshot;
  let urlA: string;

  beforeAll(async () => {
    schema = await readFile(schemaPath, "utf8");
    migrationNames = (await readMigrationsList(migrationsDir)).migrationDirectories.map((m) => m.path);

    urlA = await scratchDatabase(scratch.fromMigrations);
    const { applied } = await applyMigrations(urlA, migrationsDir);
    expect(applied).toEqual(migrationNames);

    const urlB = await scratchDatabase(scratch.fromSchema);
    // The schema side: what Prisma generates for schema.prisma, plus the declared CHECK
    // constraints (prisma/checks.ts), which new-migration.ts also writes into migrations.
    await runSql(urlB, await diffSchemas(null, schema));
    await runSql(urlB, checksMigrationSql([], CHECKS));
    await runSql(urlB, SEARCH_SQL);

    [fromMigrations, fromSchema] = await Promise.all([describeDatabase(urlA), describeDatabase(urlB)]);
  });

  afterAll(async () => {
    for (const name of created) await dropDatabase(adminUrl, name);
  });

  it("has at least one migration", () => {
    expect(migrationNames.length).toBeGreaterThan(0);
  });

  it("builds the same database from the migrations as from the schema (no drift)", () => {
    const drift = diffCatalogs(fromMigrations, fromSchema, { a: "migrations", b: "schema" });
    // Sanity: an empty catalog on both sides would "match" too.
    expect(Object.keys(fromSchema.tables).length).toBeGreaterThan(0);
    expect(JSON.stringify(fromSchema)).toContain("members_holder_present");
    expect(drift, "schema.prisma and prisma/migrations disagree: create a migration (npm run db:migration:new -- <name>)").toEqual([]);
  });

  it("applies nothing the second time (migrate deploy is idempotent)", async () => {
    expect(await applyMigrations(urlA, migrationsDir)).toEqual({ applied: [] });
    // The run's own database was migrated by global-setup.ts from the same files.
    expect(await applyMigrations(runDatabaseUrl, migrationsDir)).toEqual({ applied: [] });
    expect(diffCatalogs(await describeDatabase(runDatabaseUrl), fromMigrations)).toEqual([]);
  });

  it("keeps the snapshot new-migration.ts diffs from equal to the current schema", async () => {
    const snapshot = await readFile(path.join(migrationsDir, SNAPSHOT_FILE), "utf8");
    expect(await diffSchemas(snapshot, schema), "a migration is missing: npm run db:migration:new -- <name>").toBe("");
    const checksSnapshot = JSON.parse(await readFile(path.join(migrationsDir, "checks.snapshot.json"), "utf8")) as unknown;
    expect(checksSnapshot, "prisma/checks.ts changed: npm run db:migration:new -- <name>").toEqual(CHECKS);
  });
});
