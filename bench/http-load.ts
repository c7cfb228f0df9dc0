// What the HTTP bench measures: throughput and latency under load (autocannon) and the
// browser's view of a page (Lighthouse, mobile profile, performance category only).
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { CHROMIUM_PATH } from "../scripts/lib/chromium";

export interface LoadResult {
  name: string;
  path: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  total: number;
  /** responses other than 2xx, connection errors and timeouts: any makes the row invalid */
  failures: number;
  /** size of one response body, uncompressed (autocannon asks for no compression) */
  bodyKb: number;
  /** SQL statements one view costs (null when not counted) */
  sqlPerView: number | null;
  /** Date.now() at the start and end of the measured run */
  startedAt: number;
  endedAt: number;
}

export interface LoadOptions {
  connections: number;
  durationS: number;
  warmupS: number;
  countStatements?: (run: () => Promise<unknown>) => Promise<number | null>;
}

/** One URL: a short warm-up (route compiled into memory, pools filled), then the measured run. */
export async function load(baseUrl: string, name: string, urlPath: string, cookie: string | null, options: LoadOptions): Promise<LoadResult> {
  const url = `${baseUrl}${urlPath}`;
  const headers: Record<string, string> = cookie ? { cookie } : {};
  // Fail loudly rather than measure a redirect to the sign-in page or an error page.
  const check = await fetch(url, { headers, redirect: "manual" });
  if (check.status !== 200) throw new Error(`${urlPath} : HTTP ${check.status} (attendu 200 / expected 200)`);
  const bodyKb = (await check.arrayBuffer()).byteLength / 1024;
  if (options.warmupS > 0) await autocannon({ url, connections: options.connections, duration: options.warmupS, headers });
  const sqlPerView = options.countStatements
    ? await options.countStatements(async () => (await fetch(url, { headers, redirect: "manual" })).arrayBuffer())
    : null;
  const startedAt = Date.now();
  const r = await autocannon({ url, connections: options.connections, duration: options.durationS, headers, timeout: 30 });
  const endedAt = Date.now();
  return {
    name,
    path: urlPath,
    requestsPerSecond: r.requests.total / r.duration,
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    total: r.requests.total,
    failures: r.non2xx + r.errors + r.timeouts,
    bodyKb,
    sqlPerView,
    startedAt,
    endedAt,
  };
}

export interface LighthouseResult {
  name: string;
  path: string;
  score: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  totalKb: number;
  scriptKb: number;
}

// Debian's Chromium, as in the e2e suite (docs: /work/shared/stack.md, "Browser tests").
const CHROMIUM_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--no-default-browser-check",
  "--disable-extensions",
  "--mute-audio",
];

/** Chromium with a DevTools port, for Lighthouse. */
async function launchChromium(): Promise<{ port: number; close(): Promise<void> }> {
  const profile = mkdtempSync(path.join(os.tmpdir(), "clu-lighthouse-"));
  const child = spawn(CHROMIUM_PATH, [...CHROMIUM_FLAGS, "--remote-debugging-port=0", `--user-data-dir=${profile}`, "about:blank"], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const close = async () => {
    child.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    rmSync(profile, { recursive: true, force: true });
  };
  const port = await new Promise<number>((resolve, reject) => {
    let stderr = "";
    const timer = setTimeout(() => reject(new Error(`Chromium (${CHROMIUM_PATH}) n'a pas ouvert de port DevTools : ${stderr.slice(-500)}`)), 30_000);
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(stderr);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
  }).catch(async (error: unknown) => {
    await close();
    throw error;
  });
  return { port, close };
}

interface NetworkItem {
  resourceType?: string;
  transferSize?: number;
}

/** Lighthouse's default (mobile: Moto G Power emulation, simulated slow 4G and 4× CPU slowdown). */
export async function lighthouseRun(baseUrl: string, pages: { name: string; path: string; cookie: string | null }[]): Promise<LighthouseResult[]> {
  const { default: lighthouse } = await import("lighthouse");
  const chromium = await launchChromium();
  const results: LighthouseResult[] = [];
  try {
    for (const page of pages) {
      const run = await lighthouse(`${baseUrl}${page.path}`, {
        port: chromium.port,
        onlyCategories: ["performance"],
        logLevel: "error",
        output: "json",
        ...(page.cookie ? { extraHeaders: { Cookie: page.cookie } } : {}),
      });
      if (!run) throw new Error(`Lighthouse n'a rien rendu pour ${page.path}`);
      const { lhr } = run;
      if (lhr.runtimeError) throw new Error(`Lighthouse, ${page.path} : ${lhr.runtimeError.message}`);
      if (!lhr.finalDisplayedUrl.endsWith(page.path)) {
        throw new Error(`Lighthouse, ${page.path} : redirigé vers ${lhr.finalDisplayedUrl}`);
      }
      const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
      const network = (lhr.audits["network-requests"]?.details as { items?: NetworkItem[] } | undefined)?.items ?? [];
      const scriptBytes = network.filter((i) => i.resourceType === "Script").reduce((sum, i) => sum + (i.transferSize ?? 0), 0);
      results.push({
        name: page.name,
        path: page.path,
        score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
        fcpMs: audit("first-contentful-paint"),
        lcpMs: audit("largest-contentful-paint"),
        tbtMs: audit("total-blocking-time"),
        cls: audit("cumulative-layout-shift"),
        totalKb: audit("total-byte-weight") / 1024,
        scriptKb: scriptBytes / 1024,
      });
    }
  } finally {
    await chromium.close();
  }
  return results;
}
