// `npm test`: every check, in order, failing fast with a non-zero exit code:
//   typecheck → lint → unit → integration (real PostgreSQL, fresh database per run)
//   → e2e (Playwright in Debian's Chromium against a production build, fresh seeded database).
// PostgreSQL: DATABASE_URL's server when set (fresh databases are created on it and dropped
// after), otherwise a throw-away embedded server.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { applyMigrations } from "./db/schema-engine";
import { buildIfNeeded } from "./lib/build";
import { ensureChromium, CHROMIUM_PATH } from "./lib/chromium";
import { withDatabase } from "./lib/database";
import { createDatabase, dropDatabase, findFreePort, startEmbeddedPostgres } from "./lib/postgres";

const log = (line: string) => console.log(`\n[tests] ${line}`);
const timings: [string, number][] = [];

function step(name: string, command: string[], env: NodeJS.ProcessEnv = process.env) {
  log(`${name} : ${command.join(" ")}`);
  const started = Date.now();
  const [bin, ...args] = command;
  const result = spawnSync(bin ?? "true", args, { stdio: "inherit", env });
  timings.push([name, Date.now() - started]);
  if (result.status !== 0) throw new Error(`${name} a échoué / failed (code ${result.status ?? result.signal})`);
}

async function main() {
  const t0 = Date.now();
  // `npm test -- e2e` runs one part; anything after a second `--` goes to Playwright
  // (`npx tsx scripts/test.ts e2e -- tests/e2e/meeting-flow.spec.ts`).
  const args = process.argv.slice(2);
  const split = args.indexOf("--");
  const only = split >= 0 ? args.slice(0, split) : args;
  const playwrightArgs = split >= 0 ? args.slice(split + 1) : [];
  const wants = (name: string) => only.length === 0 || only.includes(name);
  const baseEnv: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

  if (wants("e2e")) ensureChromium(log);
  if (wants("typecheck")) step("typecheck", ["npx", "--no-install", "tsc", "--noEmit"]);
  if (wants("lint")) step("lint", ["npx", "--no-install", "eslint", "--max-warnings=0", "."]);
  if (wants("unit")) step("unit", ["npx", "--no-install", "vitest", "run", "--project", "unit"]);
  if (!wants("integration") && !wants("e2e")) return summary(t0);

  // One PostgreSQL server for both suites.
  let adminUrl: string;
  let stopServer = async () => {};
  if (process.env.DATABASE_URL) {
    adminUrl = withDatabase(process.env.DATABASE_URL, "postgres");
  } else {
    const started = Date.now();
    const server = await startEmbeddedPostgres({
      dataDir: path.resolve(`.data/pg-test-${process.pid}`),
      port: await findFreePort(0),
      persistent: false,
    });
    timings.push(["postgres start", Date.now() - started]);
    adminUrl = server.adminUrl;
    stopServer = () => server.stop();
  }
  const e2eDatabase = `clu_e2e_${Date.now()}`;
  let e2eCreated = false;
  try {
    if (wants("integration")) {
      // global-setup.ts creates (and drops) its own fresh database on this server.
      step("integration", ["npx", "--no-install", "vitest", "run", "--project", "integration"], {
        ...baseEnv,
        DATABASE_URL: withDatabase(adminUrl, "postgres"),
      });
    }
    if (wants("e2e")) {
      await createDatabase(adminUrl, e2eDatabase);
      e2eCreated = true;
      const url = withDatabase(adminUrl, e2eDatabase);
      await applyMigrations(url);
      step("e2e seed", ["npx", "--no-install", "tsx", "prisma/seed/index.ts"], { ...baseEnv, DATABASE_URL: url });
      step("e2e accounts", ["npx", "--no-install", "tsx", "tests/e2e/seed-e2e.ts"], { ...baseEnv, DATABASE_URL: url });
      const port = String(await findFreePort(3100));
      // The e2e suite starts a real SMTP server on this port (tests/e2e/support/smtp.ts);
      // the portal sends its convocations there.
      const smtpPort = String(await findFreePort(0));
      const env: NodeJS.ProcessEnv = {
        ...baseEnv,
        DATABASE_URL: url,
        NEXTAUTH_SECRET: "e2e-secret-0123456789-abcdefghijklmnopqrstuvwxyz",
        NEXTAUTH_URL: `http://localhost:${port}`,
        E2E_PORT: port,
        E2E_SMTP_PORT: smtpPort,
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        CHROMIUM_PATH,
        FILES_DIR: path.resolve(`.data/files-e2e-${process.pid}`),
      };
      const started = Date.now();
      buildIfNeeded(env, log);
      timings.push(["next build", Date.now() - started]);
      step("e2e", ["npx", "--no-install", "playwright", "test", ...playwrightArgs], env);
      rmSync(env.FILES_DIR as string, { recursive: true, force: true });
    }
  } finally {
    if (e2eCreated) await dropDatabase(adminUrl, e2eDatabase).catch(() => {});
    await stopServer();
  }
  summary(t0);
}

function summary(t0: number) {
  log("durées :");
  for (const [name, ms] of timings) console.log(`  ${name.padEnd(16)} ${(ms / 1000).toFixed(1)} s`);
  console.log(`  ${"total".padEnd(16)} ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

main().catch((error: unknown) => {
  console.error(`\n[tests] ÉCHEC / FAILED: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
