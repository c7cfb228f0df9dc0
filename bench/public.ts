// The public page of a published compte rendu under load (issue 7 item 5), called at the end
// of `npm run bench` (bench/http.ts) with the server it started:
//   (a) the page from Next alone (prerendered on first visit, ISR);
//   (b) Next's cheapest prerendered answer on the same machine: the prefecture's public page
//       (ISR too: every other page of the portal is dynamic, app/layout.tsx reads headers());
//   (c) the same compte rendu through nginx with the shipped configuration
//       (deploy/nginx/clu-portal.conf), cache warm;
//   (d) nginx serving the very same HTML saved as a static file, in the same nginx.
// nginx is Debian's (apt-get install nginx-light when missing and we are root; else the
// nginx rows are skipped with a message). BENCH_PUBLIC=0 skips it all.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { load, type LoadResult } from "./http-load";
import { findFreePort } from "../scripts/lib/postgres";

const NGINX = "/usr/sbin/nginx";

/** The latest published revision of the Vienne's compte rendu of 6 May 2021. */
async function publishedMinutesId(databaseUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const r = await client.query<{ id: string }>(
      `SELECT mi.id FROM minutes mi JOIN meetings m ON m.id = mi.meeting_id JOIN prefectures p ON p.id = m.prefecture_id
        WHERE p.code = '86' AND mi.status = 'PUBLISHED' ORDER BY m.starts_at ASC, mi.revision DESC LIMIT 1`,
    );
    const id = r.rows[0]?.id;
    if (!id) throw new Error("aucun compte rendu publié dans la Vienne / no published minutes");
    return id;
  } finally {
    await client.end();
  }
}

function ensureNginx(log: (line: string) => void): boolean {
  if (existsSync(NGINX)) return true;
  if (process.getuid?.() !== 0) {
    log("nginx absent et pas root : lignes nginx sautées (apt-get install nginx-light) / nginx rows skipped");
    return false;
  }
  log("installation de nginx-light (apt-get)…");
  const r = spawnSync("apt-get", ["install", "-y", "--no-install-recommends", "nginx-light"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  if (r.status !== 0 || !existsSync(NGINX)) {
    log("apt-get install nginx-light a échoué : lignes nginx sautées / nginx rows skipped");
    return false;
  }
  return true;
}

/**
 * nginx with the shipped site file, pointed at the bench's server, plus one extra server that
 * serves a directory of static files: the configuration under test is the repository's, only
 * the upstream address, the listening port and the cache directory are rewritten.
 */
async function startNginx(upstreamPort: number, staticDir: string, workDir: string) {
  const port = await findFreePort(8100);
  const staticPort = await findFreePort(port + 1);
  const site = readFileSync("deploy/nginx/clu-portal.conf", "utf8")
    .replace("server 127.0.0.1:3000;", `server 127.0.0.1:${upstreamPort};`)
    .replace("listen 80;", `listen 127.0.0.1:${port};`)
    .replace("listen [::]:80;", "")
    .replace("/var/cache/nginx/clu-portal", path.join(workDir, "cache"));
  for (const [from, to] of [["server 127.0.0.1:3000;", upstreamPort], ["listen 80;", port]] as const) {
    if (site.includes(String(from))) throw new Error(`deploy/nginx/clu-portal.conf : ${from} non remplacé (${to})`);
  }
  writeFileSync(path.join(workDir, "clu-portal.conf"), site);
  writeFileSync(
    path.join(workDir, "nginx.conf"),
    `worker_processes auto;
pid ${workDir}/nginx.pid;
error_log ${workDir}/error.log warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  client_body_temp_path ${workDir}/body;
  proxy_temp_path ${workDir}/proxy;
  include ${workDir}/clu-portal.conf;
  server {
    listen 127.0.0.1:${staticPort};
    root ${staticDir};
    gzip on;
  }
}
`,
  );
  const child: ChildProcess = spawn(NGINX, ["-p", workDir, "-c", path.join(workDir, "nginx.conf"), "-g", "daemon off;"], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx s'est arrêté (code ${child.exitCode}) — ${workDir}/error.log`);
    try {
      if ((await fetch(`http://127.0.0.1:${staticPort}/page.html`)).ok) break;
    } catch {
      // not yet
    }
    if (Date.now() > deadline) throw new Error("nginx ne répond pas / nginx did not answer");
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    proxyUrl: `http://127.0.0.1:${port}`,
    staticUrl: `http://127.0.0.1:${staticPort}`,
    stop: async () => {
      child.kill("SIGQUIT");
      await new Promise((r) => setTimeout(r, 500));
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    },
  };
}

export interface PublicBenchOptions {
  baseUrl: string;
  databaseUrl: string;
  connections: number;
  durationS: number;
  log(line: string): void;
  serverCpu(): number | null;
}

export async function benchPublicPages(options: PublicBenchOptions): Promise<LoadResult[]> {
  const { baseUrl, log, connections, durationS } = options;
  if (process.env.BENCH_PUBLIC === "0") {
    log("BENCH_PUBLIC=0 : pages publiques sautées / skipped");
    return [];
  }
  const minutesId = await publishedMinutesId(options.databaseUrl);
  const pagePath = `/public/86/comptes-rendus/${minutesId}`;
  const settings = { connections, durationS, warmupS: 3, cpu: { server: options.serverCpu, database: () => null } };
  // The first visit renders and stores the page; the header tells what Next will serve.
  const first = await fetch(`${baseUrl}${pagePath}`);
  const html = await first.text();
  if (first.status !== 200) throw new Error(`${pagePath} : HTTP ${first.status}`);
  log(`${pagePath} : Cache-Control « ${first.headers.get("cache-control")} », CSP « ${first.headers.get("content-security-policy")?.slice(0, 60)}… »`);

  const rows: LoadResult[] = [];
  log(`(a) Next seul — charge de la machine : ${os.loadavg()[0]?.toFixed(2)}`);
  rows.push(await load(baseUrl, "public-next", pagePath, null, settings));
  log("(b) page prérendue de Next (page publique de la préfecture)");
  await fetch(`${baseUrl}/public/86`);
  rows.push(await load(baseUrl, "prerendered-next", "/public/86", null, settings));

  // The rows measured so far are printed even if nginx fails.
  try {
    if (ensureNginx(log)) await behindNginx(rows);
  } finally {
    printPublic(rows, connections, durationS);
  }
  return rows;

  async function behindNginx(rows: LoadResult[]) {
    const workDir = path.resolve(`.data/bench-nginx-${process.pid}`);
    const staticDir = path.join(workDir, "static");
    mkdirSync(staticDir, { recursive: true });
    writeFileSync(path.join(staticDir, "page.html"), html);
    const nginx = await startNginx(Number(new URL(baseUrl).port), staticDir, workDir);
    try {
      // Fill the cache, check it is used.
      await fetch(`${nginx.proxyUrl}${pagePath}`);
      const cached = await fetch(`${nginx.proxyUrl}${pagePath}`);
      log(`(c) nginx, cache : ${cached.headers.get("x-cache-status")}`);
      const noCpu = { ...settings, cpu: undefined };
      rows.push(await load(nginx.proxyUrl, "public-nginx", pagePath, null, noCpu));
      log("(d) nginx, le même HTML en fichier statique");
      rows.push(await load(nginx.staticUrl, "static-nginx", "/page.html", null, noCpu));
    } finally {
      await nginx.stop();
      rmSync(workDir, { recursive: true, force: true });
    }
  }
}

const TARGET_RPS = 2000;
const TARGET_P99_MS = 25;
const TARGET_RATIO = 0.8;

function printPublic(rows: LoadResult[], connections: number, durationS: number) {
  const byName = new Map(rows.map((r) => [r.name, r]));
  const label: Record<string, string> = {
    "public-next": "(a) compte rendu publié, Next seul",
    "prerendered-next": "(b) page prérendue de Next (/public/86)",
    "public-nginx": "(c) compte rendu, nginx (config livrée)",
    "static-nginx": "(d) même HTML, fichier statique nginx",
  };
  console.log(`\nPages publiques — ${connections} connexions, ${durationS} s par adresse (autocannon)`);
  console.log(`${"".padEnd(44)} ${"req/s".padStart(8)} ${"p50 (ms)".padStart(9)} ${"p99 (ms)".padStart(9)} ${"échecs".padStart(7)} ${"Ko".padStart(5)} ${"CPU node".padStart(9)}`);
  for (const r of rows) {
    console.log(
      `${(label[r.name] ?? r.name).padEnd(44)} ${r.requestsPerSecond.toFixed(0).padStart(8)} ${r.p50Ms.toFixed(0).padStart(9)} ${r.p99Ms.toFixed(0).padStart(9)} ${String(r.failures).padStart(7)} ${r.bodyKb.toFixed(0).padStart(5)} ${(r.serverCpuMs === null ? "-" : r.serverCpuMs.toFixed(2)).padStart(9)}`,
    );
  }
  const a = byName.get("public-next");
  const b = byName.get("prerendered-next");
  const c = byName.get("public-nginx");
  const d = byName.get("static-nginx");
  if (a) {
    console.log(
      `(a) objectif ≥ ${TARGET_RPS} req/s et p99 < ${TARGET_P99_MS} ms : ${a.requestsPerSecond >= TARGET_RPS && a.p99Ms < TARGET_P99_MS ? "atteint" : "non atteint"}` +
        (b ? ` — (a)/(b) = ${(a.requestsPerSecond / b.requestsPerSecond).toFixed(2)}` : ""),
    );
  }
  if (c && d) {
    const ratio = c.requestsPerSecond / d.requestsPerSecond;
    console.log(`(c)/(d) = ${ratio.toFixed(2)} (objectif ≥ ${TARGET_RATIO}) : ${ratio >= TARGET_RATIO ? "atteint" : "non atteint"}; p99 (c) ${c.p99Ms} ms, (d) ${d.p99Ms} ms`);
  }
}
