// Runs after `npm install` (npm 11 still runs the project's own install scripts, while it
// skips those of dependencies — see ../shared/stack.md). Plain .mjs so it needs nothing built.
//
// 1. Generates the Prisma client. The Prisma CLI would try to download a native schema
//    engine it never uses for `generate`; pointing it at /bin/false keeps it offline.
// 2. Copies the DSFR icons the app uses into public/ (react-dsfr's own step).
import { spawnSync } from "node:child_process";

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(`postinstall: « ${cmd} ${args.join(" ")} » a échoué / failed (${r.status})`);
    process.exit(r.status ?? 1);
  }
}

run("npx", ["--no-install", "prisma", "generate"], {
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? "/bin/false",
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
});
run("npx", ["--no-install", "react-dsfr", "update-icons"]);
