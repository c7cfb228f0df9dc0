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
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          // Some unit tests are CPU-bound, not slow by mistake: rendering and reading back a PDF
          // with embedded fonts (tests/unit/exports), scrypt password hashing (tests/unit/auth),
          // linting snippets with the project's ESLint config. Alone they take 1-4 s; on a
          // 2-core CI machine running the e2e browsers beside them they passed Vitest's 5 s
          // default. 30 s is room for a busy machine, and still stops a test that hangs.
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
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
          // Each test talks to PostgreSQL; hooks also create and migrate databases.
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
