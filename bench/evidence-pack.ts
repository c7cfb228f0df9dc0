/**
 * The audit evidence pack at scale (issue 9 item 7): one prefecture's year built and streamed
 * as a ZIP into a byte-counting Writable. Target: under 10 s and under 300 MB of peak memory
 * (figures printed, no assertion — a benchmark, never a test).
 *
 * Data, in a database of its own: the demo data, with the Vosges' 2022 made the size of a busy
 * year — the Vienne's indicator figures copied onto the Vosges (a full year of monthly and
 * quarterly figures), its December 2022 meeting repeated each month (10 published comptes
 * rendus), 300 actions with progress notes, and 10 000 register entries received in 2022.
 *
 *   npx tsx scripts/with-db.ts -- tsx bench/evidence-pack.ts
 *
 * Without --conditions=react-server: React's server build cannot render PDFs (see bench/index.ts),
 * so "server-only" (which throws outside it) is resolved to its empty module below, before the
 * portal's modules are loaded — hence only dynamic imports of them after that point.
 */
import Module from "node:module";
import { readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { Writable } from "node:stream";
import type { PrismaClient } from "../lib/generated/prisma/client";

const serverOnlyStub = path.resolve("node_modules/server-only/empty.js");
const moduleInternals = Module as unknown as { _resolveFilename: (this: unknown, request: string, ...rest: unknown[]) => string };
const resolveFilename = moduleInternals._resolveFilename;
moduleInternals._resolveFilename = function (request, ...rest) {
  return request === "server-only" ? serverOnlyStub : resolveFilename.call(this, request, ...rest);
};

const YEAR = 2022;
const REGISTER_ENTRIES = 10_000;
const ACTIONS = 300;
const MEETING_MONTHS = ["01", "02", "03", "04", "05", "06", "07", "09", "10"];

/** Grows the demo seed's Vosges 2022 before it is loaded (the seed arrays are the factories' input). */
async function growVosgesSeed() {
  const { meetings } = await import("../prisma/seed/data/meetings");
  const { indicatorValues } = await import("../prisma/seed/data/indicator-values");
  const vosges = meetings.find((m) => m.key === "88-clu-2022-12-08");
  if (!vosges) throw new Error("Seed meeting 88-clu-2022-12-08 missing");
  for (const month of MEETING_MONTHS) {
    meetings.push({ ...vosges, key: `${vosges.key}-bench-${month}`, startsAt: `${YEAR}-${month}-08T10:00` });
  }
  const taken = new Set(indicatorValues.filter((v) => v.prefectureCode === "88").map((v) => `${v.indicatorCode}|${v.scope}|${v.year}|${v.periodicity}|${v.period}`));
  const copies = indicatorValues
    .filter((v) => v.prefectureCode === "86" && (v.year === YEAR || v.year === YEAR - 1))
    .map((v) => ({ ...v, prefectureCode: "88" }))
    .filter((v) => !taken.has(`${v.indicatorCode}|${v.scope}|${v.year}|${v.periodicity}|${v.period}`));
  indicatorValues.push(...copies);
}

async function generate(db: PrismaClient) {
  const t = performance.now();
  const { seedDemo } = await import("../prisma/seed/demo");
  await growVosgesSeed();
  await seedDemo(db);
  const vosges = await db.prefecture.findUniqueOrThrow({ where: { code: "88" }, select: { id: true } });
  await db.$executeRawUnsafe(`
    INSERT INTO request_records (id, prefecture_id, reference, received_on, channel, type, subject, service, acknowledged_on,
      holding_reply_on, announced_delay_days, answered_on, updated_at)
    SELECT gen_random_uuid(), '${vosges.id}'::uuid, 'V-' || g, d.received,
      (CASE WHEN r1 < 0.5 THEN 'EMAIL' WHEN r1 < 0.65 THEN 'MAIL' WHEN r1 < 0.8 THEN 'WEB_FORM' WHEN r1 < 0.9 THEN 'PHONE' WHEN r1 < 0.95 THEN 'COUNTER' ELSE 'SUGGESTION_BOX' END)::"RequestChannel",
      (CASE WHEN r2 < 0.65 THEN 'INFORMATION' WHEN r2 < 0.75 THEN 'SUGGESTION' ELSE 'COMPLAINT' END)::"RequestType",
      'Demande de banc d''essai n° ' || g,
      (ARRAY['Bureau des titres', 'Bureau de l''immigration', 'Accueil', 'Standard', 'Bureau de la réglementation'])[1 + (g % 5)],
      d.received + 1,
      CASE WHEN r3 < 0.05 THEN d.received + 2 END,
      CASE WHEN r3 < 0.05 THEN 30 END,
      CASE WHEN r4 < 0.01 THEN NULL WHEN r4 < 0.85 THEN d.received + floor(r4 * 6)::int ELSE d.received + floor(r4 * 20)::int END,
      now()
    FROM generate_series(1, ${REGISTER_ENTRIES}) g
    CROSS JOIN LATERAL (SELECT random() AS r1, random() AS r2, random() AS r3, random() AS r4,
      DATE '${YEAR}-01-01' + floor(random() * 365)::int + (g * 0) AS received) d`);
  await db.$executeRawUnsafe(`
    INSERT INTO improvement_actions (id, prefecture_id, title, description, origin, owner_label, due_on, status, result, created_at, updated_at)
    SELECT gen_random_uuid(), '${vosges.id}'::uuid, 'Action de banc d''essai n° ' || g, 'Description de l''action n° ' || g,
      (ARRAY['OTHER', 'SURVEY', 'AUDIT_FINDING', 'REQUEST_RECORD'])[1 + (g % 4)]::"ImprovementActionOrigin",
      (ARRAY['Bureau de l''accueil', 'Standard', 'SIDSIC', 'DDT'])[1 + (g % 4)],
      DATE '${YEAR}-01-15' + (g % 340),
      (ARRAY['PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED'])[1 + (g % 4)]::"ImprovementActionStatus",
      CASE WHEN g % 4 = 2 THEN 'Résultat constaté pour l''action n° ' || g END,
      TIMESTAMPTZ '${YEAR}-01-10 09:00+01' + (g % 300) * INTERVAL '1 day', now()
    FROM generate_series(1, ${ACTIONS}) g`);
  await db.$executeRawUnsafe(`
    INSERT INTO improvement_action_progress_notes (id, action_id, body, created_at)
    SELECT gen_random_uuid(), a.id, 'Point d''avancement ' || n || ' : travaux engagés, prochaine étape fixée.', a.created_at + n * INTERVAL '20 days'
    FROM improvement_actions a CROSS JOIN generate_series(1, 3) n
    WHERE a.prefecture_id = '${vosges.id}'::uuid AND a.title LIKE 'Action de banc d''essai%'`);
  await db.$executeRawUnsafe("ANALYZE");
  return performance.now() - t;
}

/** Peak resident set of the process so far (Linux VmHWM), else the current RSS. */
function peakRssMb(): number {
  try {
    const line = readFileSync("/proc/self/status", "utf8").split("\n").find((l) => l.startsWith("VmHWM:"));
    if (line) return Number(line.replace(/\D+/g, "")) / 1024;
  } catch {
    // not Linux
  }
  return process.memoryUsage().rss / 2 ** 20;
}

/**
 * The measure, in a process of its own (started by main once the data exists), so neither the
 * data generation nor the seed's modules count in its memory: plan, then build and stream.
 */
async function measure(url: string) {
  const { createPrismaClient } = await import("../lib/db-client");
  const db = createPrismaClient(url);
  (globalThis as unknown as { prisma?: PrismaClient }).prisma = db;
  try {
    const { planEvidencePack } = await import("../lib/evidence-pack/queries");
    const { writeEvidencePack } = await import("../lib/evidence-pack/builder");
    const { loadActor } = await import("../lib/auth/actor");
    const vosges = await db.prefecture.findUniqueOrThrow({ where: { code: "88" }, select: { id: true } });
    const user = await db.user.findUniqueOrThrow({ where: { email: "referent.88@example.org" }, select: { id: true } });
    const actor = await loadActor(db, user.id);
    if (!actor) throw new Error("No actor for referent.88");

    const baseline = process.memoryUsage().rss / 2 ** 20;
    let sampledPeak = baseline;
    // The peak while each file is produced: says which one the memory goes to.
    let filePeak = baseline;
    const sampler = setInterval(() => {
      const rss = process.memoryUsage().rss / 2 ** 20;
      sampledPeak = Math.max(sampledPeak, rss);
      filePeak = Math.max(filePeak, rss);
    }, 20);
    // First pack after start (react-pdf, fonts and exceljs loaded on the way), then a second in
    // the same process, as a running server builds it.
    for (const run of ["premier dossier (à froid)", "second dossier (à chaud)"]) {
      let bytes = 0;
      const counter = new Writable({
        highWaterMark: 64 * 1024,
        write(chunk: Buffer, _encoding, callback) {
          bytes += chunk.length;
          // A network-paced reader: hand control back between chunks.
          setImmediate(callback);
        },
      });
      const steps: string[] = [];
      const t = performance.now();
      const plan = await planEvidencePack(vosges.id, YEAR);
      if (!plan) throw new Error("No plan");
      const planMs = performance.now() - t;
      let last = performance.now();
      filePeak = process.memoryUsage().rss / 2 ** 20;
      await writeEvidencePack(plan, counter, {
        actor,
        onFile: ({ index, total, file }) => {
          const now = performance.now();
          steps.push(`  ${String(index).padStart(2)}/${total} ${file.name.padEnd(66)} ${(now - last).toFixed(0).padStart(6)} ms   pic ${filePeak.toFixed(0).padStart(4)} Mo`);
          last = now;
          filePeak = process.memoryUsage().rss / 2 ** 20;
        },
      });
      const totalMs = performance.now() - t;
      const f = plan.facts;
      console.log(
        `\n${run} — Vosges ${YEAR} : ${f.indicatorCount} indicateurs, ${f.minutes.length} comptes rendus, ${f.actionCount} actions, ${f.registerEntryCount.toLocaleString("fr-FR")} demandes au registre, ${f.surveyCount} enquête(s) ; React ${process.env.NODE_ENV === "production" ? "production" : "développement"}`,
      );
      console.log(`  plan (comptages)${" ".repeat(63)} ${planMs.toFixed(0).padStart(6)} ms`);
      for (const line of steps) console.log(line);
      console.log(`ZIP de ${(bytes / 2 ** 20).toFixed(1)} Mo construit et transmis en ${(totalMs / 1000).toFixed(2)} s   objectif < 10 s`);
    }
    clearInterval(sampler);
    console.log(
      `Mémoire : RSS avant le premier dossier ${baseline.toFixed(0)} Mo (Node, tsx, client Prisma), pic échantillonné (20 ms) ${sampledPeak.toFixed(0)} Mo (+${(sampledPeak - baseline).toFixed(0)} Mo), pic du processus (VmHWM) ${peakRssMb().toFixed(0)} Mo   objectif < 300 Mo`,
    );
  } finally {
    await db.$disconnect();
  }
}

async function main() {
  const measureUrl = process.env.BENCH_EVIDENCE_MEASURE_URL;
  if (measureUrl) return measure(measureUrl);
  const { withBenchDatabase } = await import("./bench-database");
  const { withDatabase } = await import("../scripts/lib/database");
  await withBenchDatabase("clu_bench_evidence", "BENCH_EVIDENCE_DB", async (db, reused) => {
    if (!reused) console.log(`\nDonnées générées en ${((await generate(db)) / 1000).toFixed(1)} s (démo + volume des Vosges ${YEAR})`);
    const [current] = await db.$queryRaw<{ name: string }[]>`SELECT current_database() AS name`;
    const url = withDatabase(process.env.DATABASE_URL!, current!.name);
    const { spawnSync } = await import("node:child_process");
    const child = spawnSync(process.execPath, [...process.execArgv, __filename], {
      stdio: "inherit",
      env: { ...process.env, NODE_ENV: "production", BENCH_EVIDENCE_MEASURE_URL: url },
    });
    if (child.status !== 0) throw new Error(`Mesure du dossier de preuves : code ${child.status ?? child.signal}`);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
