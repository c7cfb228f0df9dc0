import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // "server-only" throws outside React Server Components; tests call server code directly.
      "server-only": `${root}tests/support/empty-module.ts`,
    },
  },
  test: {
    env: {
      // The only secret the server code reads at import time; tests never sign real tokens
      // with it (e2e runs the real server with its own secret).
      NEXTAUTH_SECRET: "test-secret-not-used-outside-the-test-process-0123456789",
    },
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          // One real PostgreSQL database per run (see tests/integration/setup.ts); files run
          // one after the other so they can share it without stepping on each other.
          fileParallelism: false,
          globalSetup: ["tests/integration/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
