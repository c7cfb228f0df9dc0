// `npm start`: the whole portal on one machine, with nothing installed but Node.
//   database (embedded PostgreSQL under .data/pg, or DATABASE_URL) → migrations → demo data
//   on first start (DEMO_DATA=0 to skip) → build if the sources changed → next start on :3000.
// Ctrl-C stops the web server and PostgreSQL cleanly.
// `npm run dev` (--dev) does the same with `next dev` instead of a build.
import { spawn, type ChildProcess } from "node:child_process";
import { applyMigrations } from "./db/schema-engine";
import { buildIfNeeded } from "./lib/build";
import { resolveDatabase, takeOverSignals } from "./lib/database";
import { localAuthSecret } from "./lib/secrets";

const log = (line: string) => console.log(`[portail] ${line}`);
const dev = process.argv.includes("--dev");

async function main() {
  const t0 = Date.now();
  const database = await resolveDatabase(log);
  let web: ChildProcess | undefined;
  let stopping = false;

  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log("arrêt…");
    if (web?.pid && web.exitCode === null) {
      // The web server runs in its own process group (npx → next → its workers): stop them all.
      const exited = new Promise((resolve) => web?.once("exit", resolve));
      try {
        process.kill(-web.pid, "SIGTERM");
      } catch {
        web.kill("SIGTERM");
      }
      await exited;
    }
    await database.stop();
    log("arrêté proprement");
    process.exit(code);
  };
  takeOverSignals(() => void shutdown(0));

  try {
    const migrated = await applyMigrations(database.url);
    log(`migrations : ${migrated.applied.length ? migrated.applied.join(", ") : "à jour"}`);

    if (process.env.DEMO_DATA !== "0") {
      const { createPrismaClient } = await import("../lib/db-client");
      const db = createPrismaClient(database.url);
      try {
        if ((await db.prefecture.count()) === 0) {
          log("premier démarrage : chargement des données de démonstration…");
          const { seedDemo } = await import("../prisma/seed/demo");
          await seedDemo(db, log);
        }
      } finally {
        await db.$disconnect();
      }
    }

    const port = process.env.PORT ?? "3000";
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? localAuthSecret(),
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
      NEXT_TELEMETRY_DISABLED: "1",
    };
    if (!dev) buildIfNeeded(env, log);

    // detached: its own process group, so shutdown() can stop npx, next and any worker together
    // (Ctrl-C reaches us, and we stop them; a SIGTERM to this process alone does too).
    web = spawn("npx", ["--no-install", "next", dev ? "dev" : "start", "-p", port], { stdio: "inherit", env, detached: true });
    web.once("spawn", () => {
      log(`prêt en ${((Date.now() - t0) / 1000).toFixed(1)} s : http://localhost:${port}`);
      log("comptes de démonstration : voir README.md (mot de passe demo-clu-2026). Ctrl-C pour arrêter.");
    });
    web.once("exit", (code) => void shutdown(code ?? 0));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await shutdown(1);
  }
}

void main();
