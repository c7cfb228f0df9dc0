/**
 * Runs before every request (Next.js 16 "proxy", formerly middleware): sets the security
 * headers, with a Content-Security-Policy whose script nonce is new on every request. Layer 1
 * of the authorisation is deliberately absent here: pages and actions check access
 * themselves (layers 2 and 3), so a proxy bypass cannot expose data.
 */
import { NextResponse, type NextRequest } from "next/server";

export function buildCsp(nonce: string, { isDev, isHttps }: { isDev: boolean; isHttps: boolean }): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic' lets Next's nonce'd bootstrap load its chunks; 'unsafe-eval' only in dev
    // (React's dev tooling needs it).
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    // The DSFR sets style attributes from its JavaScript (collapse heights, modals).
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(isHttps ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const isDev = process.env.NODE_ENV === "development";
  // Plain-HTTP local runs (npm start, tests) must not be told to upgrade to HTTPS.
  const isHttps = request.nextUrl.protocol === "https:";
  const csp = buildCsp(nonce, { isDev, isHttps });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  // Page loaders send a signed-out visitor to /connexion with the way back to this page.
  requestHeaders.set("x-pathname", request.nextUrl.pathname + request.nextUrl.search);
  requestHeaders.set("Content-Security-Policy", csp);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("X-Content-Type-Options", "nosniff");
  response.headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
  response.headers.set("X-Frame-Options", "DENY");
  response.headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
  response.headers.set("Cross-Origin-Opener-Policy", "same-origin");
  if (isHttps) response.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  return response;
}

export const config = {
  matcher: [
    // Everything but static assets (they carry no data and need no nonce) and the health
    // check: a JSON answer polled by monitoring, which no browser renders, so no CSP to carry;
    // next.config.ts still gives it the baseline headers. Running the proxy cost it a third of
    // its time (npm run bench: 1.2 instead of 2.0 ms of CPU per request).
    //
    // Nor the public pages (/public/…) and the open data API (/api/v1/…): they are the same
    // for everyone and prerendered or cached (docs/adr/0005-public-pages-cache-and-csp.md), so
    // no per-request nonce can be in them; next.config.ts gives them a CSP without one that
    // allows no script at all. Skipping the proxy there also saves its ~0.8 ms per request.
    { source: "/((?!_next/static|_next/image|favicon.ico|dsfr/|api/health$|public/|api/v1/).*)" },
  ],
};
