/**
 * Cache policy of what the public sees (docs/adr/0005-public-pages-cache-and-csp.md).
 * Pages under /public are prerendered on demand (ISR): Next writes their Cache-Control itself
 * from `revalidate` and next.config.ts `expireTime`. Route handlers (feed, downloads, open
 * data) are rendered per request and say it here.
 */
import "server-only";
import { revalidatePath } from "next/cache";

/** Seconds a shared cache (nginx) may serve a public page or file without asking again. */
export const PUBLIC_MAX_AGE = 300;
/** Seconds it may still serve it while fetching a fresh copy (or while the portal is down). */
export const PUBLIC_STALE_WHILE_REVALIDATE = 86_400;

export const PUBLIC_CACHE_CONTROL = `public, max-age=${PUBLIC_MAX_AGE}, stale-while-revalidate=${PUBLIC_STALE_WHILE_REVALIDATE}`;
export const PRIVATE_CACHE_CONTROL = "private, no-store";

/** Open data is read by other sites' scripts too. */
export const OPEN_DATA_HEADERS = { "Access-Control-Allow-Origin": "*" } as const;

/** A weak validator, cheap to compute from the rows (no rendering): changes with any publication. */
export function etagOf(parts: (string | number | Date)[]): string {
  return `W/"${parts.map((p) => (p instanceof Date ? p.getTime().toString(36) : String(p))).join("-")}"`;
}

/** 304 when the client already holds this version. */
export function notModified(request: Request, etag: string, headers: Record<string, string>): Response | null {
  const match = request.headers.get("if-none-match");
  if (!match || !match.split(",").some((t) => t.trim() === etag)) return null;
  return new Response(null, { status: 304, headers: { ...headers, ETag: etag } });
}

/**
 * Drops the prerendered public pages of a prefecture (its page, every compte rendu, the
 * feed): the publish and unpublish actions call it once their transaction has committed, so
 * the next visitor gets the new state at once from Next. A reverse proxy in front keeps its
 * copy up to PUBLIC_MAX_AGE seconds more (ADR 0005).
 */
export function revalidatePublication(code: string): void {
  revalidatePath(`/public/${code}`, "layout");
}
