/**
 * The indicators' route handlers: the year export (app/[code]/indicateurs/export.csv|xlsx,
 * signed-in members with "results.read"; `?annee=2021`, else the current year) and the API
 * import (a bearer token with "indicator.enter").
 */
import "server-only";
import { z } from "zod";
import { actorFromApiToken } from "@/lib/auth/api-tokens";
import { can } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { routePrefectureAccess } from "@/lib/prefectures/loaders";
import { dayOf } from "@/lib/periods";
import { CROSS_SITE_MESSAGE, fileResponse, isSameOriginRequest, jsonError, withJsonErrors } from "@/lib/route-handler";
import { MAX_YEAR, MIN_YEAR } from "@/lib/validation";
import { yearTableFileName, yearTableToCsv, yearTableToXlsx } from "./export";
import { importIndicatorYear } from "./actions";
import { getIndicatorYear } from "./queries";
import { MAX_IMPORT_BYTES } from "./schemas";
import { yearTableOf } from "./transfer";

/** The indicator page's read (chart, table, history): lib/indicators/detail.ts. */
export { getIndicatorDetail } from "./detail";

const yearParam = z.coerce.number().int().min(MIN_YEAR).max(MAX_YEAR);

export function indicatorYearExportRoute(format: "csv" | "xlsx") {
  return withJsonErrors(async (request: Request, { params }: { params: Promise<{ code: string }> }) => {
    const { code } = await params;
    const access = await routePrefectureAccess(code);
    if (access instanceof Response) return access;
    const { actor, prefecture } = access;
    if (!can(actor, "results.read", { kind: "prefecture", prefectureId: prefecture.id })) {
      return jsonError(403, "Vous n'avez pas accès aux indicateurs de cette préfecture.");
    }
    const asked = new URL(request.url).searchParams.get("annee");
    const parsed = yearParam.safeParse(asked ?? dayOf(new Date()).getUTCFullYear());
    if (!parsed.success) return jsonError(400, `Année invalide : indiquez une année entre ${MIN_YEAR} et ${MAX_YEAR} (?annee=2021).`);
    const table = yearTableOf(await getIndicatorYear(prefecture.id, parsed.data));
    const fileName = yearTableFileName(parsed.data, format, prefecture.code);
    return format === "csv"
      ? fileResponse(yearTableToCsv(table), fileName, "text/csv; charset=utf-8")
      : fileResponse(await yearTableToXlsx(table), fileName, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  });
}

const API_STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, INVALID: 422, CONFLICT: 409, ERROR: 500 };
const noStore = { "Cache-Control": "no-store" };

/**
 * POST /api/v1/prefectures/{code}/indicators/import: a year file sent by a program
 * (multipart: file, year, preview?) with `Authorization: Bearer <token>`. The token is the
 * credential (401 without a valid one); its owner needs "indicator.enter" in this prefecture
 * (403 otherwise). The import itself is the action importIndicatorYear, run as the token's
 * actor: the same rules, transaction and audit as the grid's form.
 */
export const indicatorImportApiRoute = withJsonErrors(async (request: Request, { params }: { params: Promise<{ code: string }> }) => {
  const { code } = await params;
  const actor = await actorFromApiToken(db, request.headers.get("authorization"));
  if (!actor) return Response.json({ error: "Jeton d'accès absent, invalide ou révoqué : envoyez « Authorization: Bearer <jeton> »." }, { status: 401, headers: { ...noStore, "WWW-Authenticate": "Bearer" } });
  const prefecture = await db.prefecture.findUnique({ where: { code }, select: { id: true } });
  if (!prefecture) return jsonError(404, "Préfecture introuvable.");
  if (!can(actor, "indicator.enter", { kind: "prefecture", prefectureId: prefecture.id })) {
    return jsonError(403, "Ce jeton ne permet pas de saisir les indicateurs de cette préfecture.");
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return jsonError(400, "Envoyez le fichier en multipart/form-data : champs « file » et « year ».");
  }
  const file = form.get("file");
  const year = yearParam.safeParse(form.get("year"));
  if (!(file instanceof File)) return jsonError(400, "Champ « file » absent : joignez le fichier CSV ou Excel.");
  if (!year.success) return jsonError(400, `Champ « year » invalide : indiquez une année entre ${MIN_YEAR} et ${MAX_YEAR}.`);
  if (file.size > MAX_IMPORT_BYTES) return jsonError(413, "Le fichier dépasse 4 Mo.");
  const result = await importIndicatorYear.built.execute(db, actor, {
    prefectureId: prefecture.id,
    year: year.data,
    fileName: file.name || `indicateurs-${year.data}.csv`,
    fileBase64: Buffer.from(await file.arrayBuffer()).toString("base64"),
    confirm: form.get("preview") !== "true",
  });
  if (!result.ok) {
    return Response.json({ error: result.error, ...(result.fieldErrors ? { details: Object.values(result.fieldErrors).flat() } : {}) }, { status: API_STATUS[result.code] ?? 500, headers: noStore });
  }
  return Response.json(result.data, { status: result.data.status === "invalid" ? 422 : 200, headers: noStore });
});

// ───────────── The grid's import, with its progress ─────────────
// (Imports of this section kept here: the section was appended to a file others own.)
import { UNEXPECTED_ERROR_MESSAGE } from "@/lib/route-handler";
import type { ActionResult } from "@/lib/action-client";
import { withImportProgress, type ImportProgress, type IndicatorYearImportReport } from "./import-year";

/** One line of the import route's NDJSON answer: progress while it works, then the action's result. */
export type IndicatorImportStreamLine = ImportProgress | { phase: "done"; result: ActionResult<IndicatorYearImportReport> };

// Room for the multipart envelope and the other fields around a file at the limit.
const MULTIPART_OVERHEAD = 64 * 1024;
const TOO_LARGE = "Le fichier dépasse 4 Mo : découpez-le ou retirez les feuilles inutiles.";

/**
 * POST /{code}/indicateurs/import: the grid's import form (multipart: file, year,
 * preview=true|false), for a signed-in user with "indicator.enter" in this prefecture, from a
 * page of the portal (Origin checked). The import is the action importIndicatorYear (same rules,
 * transaction, audit) and the answer is NDJSON, streamed as it works:
 * `{"phase":"parse","rows":1234}`, `{"phase":"store","done":120,"total":480}`, then
 * `{"phase":"done","result":…}` with exactly what the action returns.
 */
export const indicatorImportRoute = withJsonErrors(async (request: Request, { params }: { params: Promise<{ code: string }> }) => {
  const { code } = await params;
  const access = await routePrefectureAccess(code);
  if (access instanceof Response) return access;
  const { actor, prefecture } = access;
  if (!can(actor, "indicator.enter", { kind: "prefecture", prefectureId: prefecture.id })) {
    return jsonError(403, "Vous ne pouvez pas saisir les indicateurs de cette préfecture.");
  }
  if (!isSameOriginRequest(request)) return jsonError(403, CROSS_SITE_MESSAGE);
  if (Number(request.headers.get("content-length") ?? 0) > MAX_IMPORT_BYTES + MULTIPART_OVERHEAD) return jsonError(413, TOO_LARGE);
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return jsonError(400, "Envoyez le fichier en multipart/form-data : champs « file » et « year ».");
  }
  const file = form.get("file");
  const year = yearParam.safeParse(form.get("year"));
  if (!(file instanceof File) || file.size === 0) return jsonError(400, "Choisissez un fichier CSV ou Excel.");
  if (!year.success) return jsonError(400, `Année invalide : indiquez une année entre ${MIN_YEAR} et ${MAX_YEAR}.`);
  if (file.size > MAX_IMPORT_BYTES) return jsonError(413, TOO_LARGE);
  const input = {
    prefectureId: prefecture.id,
    year: year.data,
    fileName: file.name || `indicateurs-${year.data}.csv`,
    fileBase64: Buffer.from(await file.arrayBuffer()).toString("base64"),
    confirm: form.get("preview") !== "true",
  };

  const encoder = new TextEncoder();
  let open = true;
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      // The browser may go away: the import still ends (committed or rolled back as a whole).
      const send = (line: IndicatorImportStreamLine) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
        } catch {
          open = false;
        }
      };
      let result: ActionResult<IndicatorYearImportReport>;
      try {
        result = await withImportProgress(send, () => importIndicatorYear.built.execute(db, actor, input));
      } catch (error) {
        console.error(`[route POST ${new URL(request.url).pathname}]`, error);
        result = { ok: false, code: "ERROR", error: UNEXPECTED_ERROR_MESSAGE };
      }
      send({ phase: "done", result });
      if (open) controller.close();
    },
    cancel() {
      open = false;
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "application/x-ndjson; charset=utf-8",
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
      // nginx (deploy/nginx) buffers proxied answers by default: the progress would arrive at the end.
      "X-Accel-Buffering": "no",
    },
  });
});
