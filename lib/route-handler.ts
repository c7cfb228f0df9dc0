/**
 * What every route handler shares: French JSON errors (anything unexpected → 500, never a bare
 * 500 or an HTML stack) and safe file downloads. Session, prefecture and policy are checked by
 * the features' route loaders (meetingRoute, committeeRoute, documentRoute), built on
 * routePrefectureAccess (lib/prefectures/loaders.ts) and withJsonErrors.
 */
import "server-only";
import { NextResponse } from "next/server";
import { unstable_rethrow } from "next/navigation";
import { replaceInvalidCharacters } from "@/lib/validation/text";

export function jsonError(status: number, error: string) {
  return NextResponse.json({ error }, { status, headers: { "Cache-Control": "no-store" } });
}

export const UNEXPECTED_ERROR_MESSAGE =
  "Une erreur inattendue est survenue. Réessayez dans un instant ; si elle persiste, signalez-la à l'administrateur du portail.";

/**
 * Runs a route handler and turns an unexpected error into a logged 500 with a French JSON
 * message. Next's own control flow (notFound(), redirect(), forbidden(), dynamic rendering
 * bail-outs) is rethrown untouched, so those keep working inside handlers.
 */
export function withJsonErrors<C>(handler: (request: Request, context: C) => Promise<Response>) {
  return async (request: Request, context: C): Promise<Response> => {
    try {
      return await handler(request, context);
    } catch (error) {
      unstable_rethrow(error);
      console.error(`[route ${request.method} ${new URL(request.url).pathname}]`, error);
      return jsonError(500, UNEXPECTED_ERROR_MESSAGE);
    }
  };
}

/** A file download with a French-safe file name. */
export function fileResponse(body: Uint8Array | Buffer | string, fileName: string, contentType: string) {
  return new Response(typeof body === "string" ? body : new Uint8Array(body), {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": contentDisposition(fileName),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/**
 * `attachment` with an ASCII fallback and the RFC 6266 / 5987 UTF-8 name. A lone surrogate
 * would make encodeURIComponent throw, and ' ( ) * are not allowed unencoded in the UTF-8 form.
 */
export function contentDisposition(fileName: string): string {
  const safe = replaceInvalidCharacters(fileName);
  const ascii = safe.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^\w.-]+/g, "_");
  const utf8 = encodeURIComponent(safe).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${utf8}`;
}

/**
 * A cross-site page cannot post to a route on the user's behalf (uploads, imports, the evidence
 * pack): the browser's Origin must be this host (as Next checks for server actions:
 * x-forwarded-host behind the reverse proxy, else Host). A request without Origin is refused
 * too: every browser sends it on a POST.
 */
export function isSameOriginRequest(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host") || new URL(request.url).host;
  return originHost === host;
}

export const CROSS_SITE_MESSAGE = "Requête refusée : elle ne provient pas d'une page du portail.";
