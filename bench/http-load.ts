// What the HTTP bench measures: throughput and latency under load (autocannon) and the
// browser's view of a page (Lighthouse, mobile profile, performance category only).
import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import type Lighthouse from "lighthouse";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../scripts/lib/chromium";

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
  /**
   * CPU time per request (ms) of the Node.js server and of PostgreSQL, measured from /proc:
   * unlike req/s, it hardly depends on what else the machine runs. Node renders on one
   * thread, so 1 000 / serverCpuMs bounds its req/s whatever the number of cores.
   */
  serverCpuMs: number | null;
  databaseCpuMs: number | null;
  /** latency of requests sent one at a time (fastest, median) */
  aloneMinMs: number;
  aloneMedianMs: number;
  /** Date.now() at the start and end of the measured run */
  startedAt: number;
  endedAt: number;
}

const SEQUENTIAL_REQUESTS = 50;

export interface LoadOptions {
  connections: number;
  durationS: number;
  warmupS: number;
  countStatements?: (run: () => Promise<unknown>) => Promise<number | null>;
  /** CPU time used so far (ms) by the web server and by the database, to charge each request */
  cpu?: { server(): number | null; database(): number | null };
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
  // Requests of the warm-up still running on a slow page would be charged to what follows.
  await settle(options.cpu?.server);
  const sqlPerView = options.countStatements
    ? await options.countStatements(async () => (await fetch(url, { headers, redirect: "manual" })).arrayBuffer())
    : null;
  // One request at a time: the fastest of them is the page's own cost (CPU + database round
  // trips), which the machine's load disturbs much less than throughput.
  const sequential: number[] = [];
  for (let i = 0; i < SEQUENTIAL_REQUESTS; i += 1) {
    const t = performance.now();
    await (await fetch(url, { headers, redirect: "manual" })).arrayBuffer();
    sequential.push(performance.now() - t);
  }
  sequential.sort((a, b) => a - b);
  const cpuBefore = { server: options.cpu?.server() ?? null, database: options.cpu?.database() ?? null };
  const startedAt = Date.now();
  const r = await autocannon({ url, connections: options.connections, duration: options.durationS, headers, timeout: 30 });
  const endedAt = Date.now();
  const perRequest = (before: number | null, after: number | null | undefined) =>
    before === null || after === null || after === undefined || r.requests.total === 0 ? null : (after - before) / r.requests.total;
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
    aloneMinMs: sequential[0] ?? Number.NaN,
    aloneMedianMs: sequential[Math.floor(sequential.length / 2)] ?? Number.NaN,
    serverCpuMs: perRequest(cpuBefore.server, options.cpu?.server()),
    databaseCpuMs: perRequest(cpuBefore.database, options.cpu?.database()),
    startedAt,
    endedAt,
  };
}

/** Waits until the server has stopped working (its CPU time stays put for 300 ms), at most 30 s. */
async function settle(serverCpu: (() => number | null) | undefined) {
  const deadline = Date.now() + 30_000;
  let last = serverCpu?.() ?? null;
  if (last === null) {
    await new Promise((r) => setTimeout(r, 2_000));
    return;
  }
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 300));
    const now = serverCpu?.() ?? null;
    if (now === null || now - last < 15) return;
    last = now;
  }
}

export interface LighthouseResult {
  name: string;
  path: string;
  /** every run's score, sorted; the figures are those of the median run */
  runs: number[];
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
  ...CHROMIUM_ARGS,
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
    // Chromium may still be writing its profile as it exits: retry, and never fail the bench on it.
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    } catch {
      // left in the temporary directory
    }
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

/** Where the last reports are kept (git-ignored); open them with https://googlechrome.github.io/lighthouse/viewer/ */
export const LIGHTHOUSE_DIR = ".data/bench-lighthouse";

interface NetworkItem {
  resourceType?: string;
  transferSize?: number;
}

/** One Lighthouse run; a failed trace ("NO_NAVSTART"…, it happens on a busy machine) is retried once. */
async function auditOnce(lighthouse: typeof Lighthouse, port: number, url: string, cookie: string | null) {
  for (let attempt = 1; ; attempt += 1) {
    const run = await lighthouse(url, {
      port,
      onlyCategories: ["performance"],
      logLevel: "error",
      output: "json",
      ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
    });
    if (!run) throw new Error(`Lighthouse n'a rien rendu pour ${url}`);
    const { lhr } = run;
    if (!lhr.runtimeError) return lhr;
    if (attempt >= 2) throw new Error(`Lighthouse, ${url} : ${lhr.runtimeError.message}`);
  }
}

/**
 * Lighthouse's default (mobile: Moto G Power emulation, simulated slow 4G and 4× CPU slowdown),
 * `runs` times per page; the run of median score is kept (Lighthouse's own advice: its
 * figures vary from run to run, TBT most, with the machine's load).
 */
export async function lighthouseRun(
  baseUrl: string,
  pages: { name: string; path: string; cookie: string | null }[],
  runs = 3,
): Promise<LighthouseResult[]> {
  const { default: lighthouse } = await import("lighthouse");
  const chromium = await launchChromium();
  const results: LighthouseResult[] = [];
  try {
    for (const page of pages) {
      const reports = [];
      for (let i = 0; i < runs; i += 1) {
        const lhr = await auditOnce(lighthouse, chromium.port, `${baseUrl}${page.path}`, page.cookie);
        if (!lhr.finalDisplayedUrl.endsWith(page.path)) {
          throw new Error(`Lighthouse, ${page.path} : redirigé vers ${lhr.finalDisplayedUrl}`);
        }
        reports.push(lhr);
      }
      reports.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
      const lhr = reports[Math.floor(reports.length / 2)];
      if (!lhr) continue;
      // The whole report, for the details (LCP element and its phases, what blocks rendering…).
      mkdirSync(LIGHTHOUSE_DIR, { recursive: true });
      writeFileSync(path.join(LIGHTHOUSE_DIR, `${page.name}.json`), JSON.stringify(lhr));
      const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
      const network = (lhr.audits["network-requests"]?.details as { items?: NetworkItem[] } | undefined)?.items ?? [];
      const scriptBytes = network.filter((i) => i.resourceType === "Script").reduce((sum, i) => sum + (i.transferSize ?? 0), 0);
      results.push({
        name: page.name,
        path: page.path,
        runs: reports.map((r) => Math.round((r.categories.performance?.score ?? 0) * 100)),
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
