// "Build if needed": a production build is reused while the sources it was made from are
// unchanged (a hash of the files that reach the bundle, stored beside the build).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const INPUTS = ["app", "components", "lib", "proxy.ts", "instrumentation.ts", "next.config.ts", "package-lock.json", "tsconfig.json", "public", "prisma/schema.prisma"];
const STAMP = path.join(".next", "source-hash");

function walk(target: string, files: string[]) {
  if (!existsSync(target)) return;
  if (statSync(target).isDirectory()) {
    for (const entry of readdirSync(target).sort()) {
      if (entry === "node_modules" || entry === "generated") continue;
      walk(path.join(target, entry), files);
    }
  } else files.push(target);
}

export function sourceHash(): string {
  const files: string[] = [];
  for (const input of INPUTS) walk(input, files);
  const hash = createHash("sha256");
  for (const file of files) hash.update(file).update("\0").update(readFileSync(file));
  return hash.digest("hex");
}

export function buildIsCurrent(): boolean {
  return existsSync(path.join(".next", "BUILD_ID")) && existsSync(STAMP) && readFileSync(STAMP, "utf8") === sourceHash();
}

/** Runs `next build` unless the current build matches the sources. Returns ms spent (0 if reused). */
export function buildIfNeeded(env: NodeJS.ProcessEnv, log: (line: string) => void): number {
  if (buildIsCurrent()) {
    log("compilation : à jour, réutilisée");
    return 0;
  }
  log("compilation de l'application (next build)…");
  const started = Date.now();
  const hash = sourceHash();
  const result = spawnSync("npx", ["--no-install", "next", "build"], { stdio: "inherit", env });
  if (result.status !== 0) throw new Error("next build a échoué / next build failed");
  writeFileSync(STAMP, hash);
  const ms = Date.now() - started;
  log(`compilation terminée en ${(ms / 1000).toFixed(0)} s`);
  return ms;
}
