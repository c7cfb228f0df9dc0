// CLI: `prisma migrate deploy` for this machine. The Prisma CLI would download a native
// schema engine from a host we cannot reach, so this applies prisma/migrations through the
// wasm engine instead (same files, same _prisma_migrations bookkeeping). Run it through
// scripts/with-db.ts (`npm run db:migrate`) or with DATABASE_URL set.
//
//   npx tsx scripts/db/migrate.ts [--migrations-dir <dir>]

import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { applyMigrations, readMigrationsList } from "./schema-engine";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Host/port/database only: the URL may carry a password and this goes to CI logs. */
function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || "5432"}${u.pathname}`;
  } catch {
    return "(URL illisible / unparsable URL)";
  }
}

function fail(fr: string, en: string): never {
  console.error(`✖ ${fr}\n  ${en}`);
  process.exit(1);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dirFlag = args.indexOf("--migrations-dir");
  const migrationsDir =
    dirFlag >= 0 && args[dirFlag + 1] ? path.resolve(args[dirFlag + 1] as string) : path.join(projectRoot, "prisma/migrations");

  const url = process.env.DATABASE_URL;
  if (!url) {
    fail(
      "DATABASE_URL n'est pas définie. Lancez `npm run db:migrate` (qui démarre PostgreSQL) ou exportez DATABASE_URL.",
      "DATABASE_URL is not set. Run `npm run db:migrate` (which starts PostgreSQL) or export DATABASE_URL.",
    );
  }

  const list = existsSync(migrationsDir) ? await readMigrationsList(migrationsDir) : undefined;
  if (!list || list.migrationDirectories.length === 0) {
    console.warn(
      `⚠ Aucune migration dans ${path.relative(process.cwd(), migrationsDir) || migrationsDir} : rien à appliquer.\n` +
        `  No migrations in that folder: nothing to apply (create one with \`npm run db:migration:new -- <name>\`).`,
    );
    return;
  }

  const started = Date.now();
  let applied: string[];
  try {
    ({ applied } = await applyMigrations(url, migrationsDir));
  } catch (error) {
    const message = (error as Error).message;
    // P3009/P3018: a migration failed midway and is now recorded as failed; deploy stays blocked.
    const blocked = /P3009|P3018|failed migration|apply_script/i.test(message);
    fail(
      `Échec de l'application des migrations sur ${describeUrl(url)} :\n  ${message}` +
        (blocked ? "\n  Corrigez la base à la main, puis supprimez la ligne en échec de _prisma_migrations avant de relancer." : ""),
      "Applying the migrations failed (see above)." +
        (blocked ? " Fix the database by hand, then delete the failed row from _prisma_migrations before retrying." : ""),
    );
  }
  const ms = Date.now() - started;
  const total = list.migrationDirectories.length;
  if (applied.length === 0) {
    console.log(`✔ ${describeUrl(url)} : base à jour / database up to date (${total} migration(s), ${ms} ms).`);
  } else {
    console.log(`✔ ${describeUrl(url)} : ${applied.length} migration(s) appliquée(s) / applied (${ms} ms):`);
    for (const name of applied) console.log(`  • ${name}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
