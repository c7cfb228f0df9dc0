// Playwright cannot download its browsers on these machines: the e2e suite drives Debian's
// Chromium. Installs it when missing and we are root; otherwise says exactly what to run.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Flags for Debian's Chromium on these machines (../shared/stack.md, "Browser tests"): without
 * the background-networking ones it floods the closed network with refused connections. Used
 * by the e2e suite and the Lighthouse bench.
 */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export function ensureChromium(log: (line: string) => void): void {
  if (existsSync(CHROMIUM_PATH)) return;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot) {
    throw new Error(
      `Chromium est absent (${CHROMIUM_PATH}). Installez-le puis relancez : sudo apt-get update && sudo apt-get install -y chromium\n` +
        `Chromium is missing (${CHROMIUM_PATH}). Install it, then run again: sudo apt-get update && sudo apt-get install -y chromium`,
    );
  }
  log("installation de Chromium (apt-get install chromium)…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const args of [["update"], ["install", "-y", "--no-install-recommends", "chromium", "fonts-liberation"]]) {
    const r = spawnSync("apt-get", args, { stdio: "inherit", env });
    if (r.status !== 0) throw new Error(`apt-get ${args.join(" ")} a échoué / failed`);
  }
  log(execFileSync(CHROMIUM_PATH, ["--version"], { encoding: "utf8" }).trim());
}
