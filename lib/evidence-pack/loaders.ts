/**
 * The evidence pack's page loader and route handlers. Who: those who run the action plan and
 * the register ("actionPlan.manage" and "register.manage": referents and staff) — the pack
 * holds the register, with users' personal data, so members never get it. Routes of GET/POST /{code}/dossier-preuves/telecharger:
 *
 * - GET `?annee=2022`: the ZIP itself, streamed as it is built (the link that works without
 *   JavaScript); `X-Pack-Files` says how many files it holds.
 * - POST `?annee=2022`: builds the ZIP into a temporary file and streams its progress as
 *   NDJSON lines (`start` with the list, one `file` per entry written, then `done` with a
 *   token, or `error`); the page shows "fichier k sur N".
 * - GET `?fichier=<token>`: that temporary file, once, then deleted. The file's name carries
 *   the prefecture and the user, so a token is useless to anyone else. Files left behind (a
 *   closed tab) are removed an hour later by the next build. One server instance is assumed
 *   (the temporary directory is local).
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { cache } from "react";
import { forbidden, notFound } from "next/navigation";
import { can, type Actor } from "@/lib/auth/policy";
import { dayOf } from "@/lib/periods";
import { requirePrefectureAccess, routePrefectureAccess } from "@/lib/prefectures/loaders";
import { contentDisposition, CROSS_SITE_MESSAGE, isSameOriginRequest, jsonError, UNEXPECTED_ERROR_MESSAGE, withJsonErrors } from "@/lib/route-handler";
import { MIN_YEAR } from "@/lib/validation";
import { writeEvidencePack } from "./builder";
import { evidencePackFileName, packYearChoices, parsePackYear } from "./domain";
import { findFirstEvidenceYear, planEvidencePack, type EvidencePackPlan } from "./queries";

const currentYear = () => dayOf(new Date()).getUTCFullYear();

/**
 * The pack holds the action plan and the register: its builder needs both verbs (today the
 * same roles hold them; if one is ever narrowed, the pack follows instead of leaking it).
 */
function mayBuildPack(actor: Actor, prefectureId: string): boolean {
  const resource = { kind: "prefecture", prefectureId } as const;
  return can(actor, "actionPlan.manage", resource) && can(actor, "register.manage", resource);
}

/** The page's loader: the prefecture, the caller (403 for members), the year of `?annee=` (404 when not a year) and the plan. */
export const requireEvidencePack = cache(async (code: string, yearParam: string | undefined) => {
  const { actor, prefecture } = await requirePrefectureAccess(code, "actionPlan.manage");
  if (!mayBuildPack(actor, prefecture.id)) forbidden();
  const year = parsePackYear(yearParam, currentYear());
  if (year === null) notFound();
  const [plan, firstYear] = await Promise.all([planEvidencePack(prefecture.id, year), findFirstEvidenceYear(prefecture.id)]);
  if (!plan) notFound();
  const years = packYearChoices(currentYear(), Math.min(firstYear ?? year, year));
  return { actor, prefecture, year, plan, years };
});

type RouteContext = { params: Promise<{ code: string }> };

/** Session → prefecture → both verbs → year → plan, in French JSON errors. */
async function packAccess(request: Request, { params }: RouteContext): Promise<Response | { actor: Actor; plan: EvidencePackPlan }> {
  const { code } = await params;
  const access = await routePrefectureAccess(code);
  if (access instanceof Response) return access;
  const { actor, prefecture } = access;
  if (!mayBuildPack(actor, prefecture.id)) {
    return jsonError(403, "Le dossier de preuves est réservé au référent qualité et aux agents de la préfecture.");
  }
  const year = parsePackYear(new URL(request.url).searchParams.get("annee"), currentYear());
  if (year === null) return jsonError(400, `Année invalide : indiquez une année entre ${MIN_YEAR} et ${currentYear()} (?annee=2022).`);
  const plan = await planEvidencePack(prefecture.id, year);
  if (!plan) return jsonError(404, "Préfecture introuvable.");
  return { actor, plan };
}

/**
 * Users with a pack being built: one at a time each. A pack costs seconds of CPU (PDFs); a
 * double click or a script must not queue ten of them on the server.
 */
const building = new Set<string>();
const busy = () => jsonError(429, "Un dossier de preuves est déjà en préparation pour vous : attendez qu'il soit prêt.");

const zipHeaders = (fileName: string) => ({
  "Content-Type": "application/zip",
  "Content-Disposition": contentDisposition(fileName),
  "Cache-Control": "private, no-store",
  "X-Content-Type-Options": "nosniff",
});

/** A Node stream as a web response body: Readable.toWeb pulls at the browser's pace (backpressure) and destroys the source on cancel. */
const webBody = (stream: Readable) => Readable.toWeb(stream) as ReadableStream<Uint8Array>;

const TEMP_PREFIX = "clu-dossier-preuves-";
const TEMP_MAX_AGE_MS = 60 * 60 * 1000;
const TOKEN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The temporary file of a token: only the user and prefecture that built it (and its year) name the same path. */
const tempPath = (prefectureId: string, userId: string, year: number, token: string) => join(tmpdir(), `${TEMP_PREFIX}${prefectureId}-${userId}-${year}-${token}.zip`);

/** Removes the packs nobody fetched (a closed tab) after an hour. */
async function sweepTempFiles(now = Date.now()) {
  const names = await readdir(tmpdir()).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((n) => n.startsWith(TEMP_PREFIX))
      .map(async (n) => {
        const path = join(tmpdir(), n);
        const info = await stat(path).catch(() => null);
        if (info && now - info.mtimeMs > TEMP_MAX_AGE_MS) await rm(path, { force: true });
      }),
  );
}

/** GET: the pack streamed as it is built, or (`?fichier=`) a pack built by POST. */
export const evidencePackDownloadRoute = withJsonErrors(async (request: Request, context: RouteContext) => {
  const token = new URL(request.url).searchParams.get("fichier");
  if (token !== null) return servePreparedPack(request, context, token);
  const access = await packAccess(request, context);
  if (access instanceof Response) return access;
  const { actor, plan } = access;
  if (building.has(actor.userId)) return busy();
  building.add(actor.userId);
  const body = new PassThrough();
  writeEvidencePack(plan, body, { actor })
    .catch((error: unknown) => {
      // Headers are gone: the only honest signal left is a broken download, not a truncated ZIP that looks whole.
      if (!body.destroyed) console.error(`[dossier-preuves ${plan.prefecture.code} ${plan.year}]`, error);
      body.destroy(error instanceof Error ? error : new Error(String(error)));
    })
    .finally(() => building.delete(actor.userId));
  return new Response(webBody(body), {
    headers: { ...zipHeaders(evidencePackFileName(plan.prefecture.code, plan.year)), "X-Pack-Files": String(plan.files.length) },
  });
});

async function servePreparedPack(request: Request, { params }: RouteContext, token: string): Promise<Response> {
  const { code } = await params;
  const access = await routePrefectureAccess(code);
  if (access instanceof Response) return access;
  const { actor, prefecture } = access;
  if (!mayBuildPack(actor, prefecture.id)) {
    return jsonError(403, "Le dossier de preuves est réservé au référent qualité et aux agents de la préfecture.");
  }
  const missing = () => jsonError(404, "Ce dossier n'est plus disponible : relancez sa préparation.");
  const year = parsePackYear(new URL(request.url).searchParams.get("annee"), currentYear());
  if (!TOKEN.test(token) || year === null) return missing();
  const path = tempPath(prefecture.id, actor.userId, year, token);
  const info = await stat(path).catch(() => null);
  if (!info) return missing();
  const file = createReadStream(path);
  // Served once: removed as soon as it has been read (or the download abandoned).
  file.on("close", () => void rm(path, { force: true }));
  return new Response(webBody(file), {
    headers: {
      ...zipHeaders(evidencePackFileName(prefecture.code, year)),
      "Content-Length": String(info.size),
    },
  });
}

const encoder = new TextEncoder();

/** POST: builds the pack into a temporary file, reporting each file written as an NDJSON line. */
export const evidencePackPrepareRoute = withJsonErrors(async (request: Request, context: RouteContext) => {
  const access = await packAccess(request, context);
  if (access instanceof Response) return access;
  // A pack costs seconds of CPU: only a page of the portal may ask for one.
  if (!isSameOriginRequest(request)) return jsonError(403, CROSS_SITE_MESSAGE);
  const { actor, plan } = access;
  if (building.has(actor.userId)) return busy();
  building.add(actor.userId);
  await sweepTempFiles().catch(() => {});
  const token = randomUUID();
  const path = tempPath(plan.prefecture.id, actor.userId, plan.year, token);
  const fileName = evidencePackFileName(plan.prefecture.code, plan.year);
  const total = plan.files.length;

  async function build(controller: ReadableStreamDefaultController<Uint8Array>) {
    const send = (line: object) => {
      try {
        controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      } catch {
        // The page went away: the build still finishes into its file, swept an hour later.
      }
    };
    send({ type: "start", total, fileName, files: plan.files.map((f) => ({ name: f.name, title: f.title })) });
    try {
      const { bytes } = await writeEvidencePack(plan, createWriteStream(path), {
        actor,
        onFile: ({ index, file }) => send({ type: "file", index, total, name: file.name, title: file.title }),
      });
      send({ type: "done", total, bytes, fileName, href: `/${plan.prefecture.code}/dossier-preuves/telecharger?annee=${plan.year}&fichier=${token}` });
    } catch (error) {
      console.error(`[dossier-preuves ${plan.prefecture.code} ${plan.year}]`, error);
      await rm(path, { force: true });
      send({ type: "error", message: UNEXPECTED_ERROR_MESSAGE });
    } finally {
      building.delete(actor.userId);
    }
    try {
      controller.close();
    } catch {
      // Already cancelled by the reader.
    }
  }
  // start() only kicks the build off (not awaited): lines reach the reader as they are enqueued.
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      void build(controller);
    },
  });
  return new Response(stream, {
    headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store", "X-Pack-Files": String(total), "X-Content-Type-Options": "nosniff" },
  });
});
