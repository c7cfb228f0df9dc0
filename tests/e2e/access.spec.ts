// Every page and route handler, enumerated from app/, over HTTP against the production build,
// with the ids of REAL rows (tests/support/routes.ts): an anonymous caller never gets data; a
// referent of the Vienne gets 403 on the Charente's URLs and 404 for the Charente's ids under
// /86; a member of the Vienne gets what ROUTE_ACCESS says, and 404 for a draft meeting of their
// own committee. tests/integration/routes-access.test.ts checks the same table in-process.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";
import {
  accessKey,
  fillPattern,
  guardedRoutes,
  listAppRoutes,
  MEMBER_EMAIL,
  ROUTE_ACCESS,
  SELF_PATTERNS,
  type AccessFixtures,
  type AppRoute,
  type Method,
} from "../support/routes";
import { ACCOUNTS, storageStatePath } from "./support";

const routes = listAppRoutes("app");
const guarded = guardedRoutes(routes);
// Routes missing from the table fail the first test below, by name.
const byCase = guarded.flatMap(({ route, method, access }) => (access ? [{ name: accessKey(method, route.pattern), route, method, access }] : []));

/**
 * The rows the URLs point at: the Charente's committee, meeting of 5 April 2022 and a document
 * of it; the Vienne's; a draft meeting of the member's committee. Prisma's generated client is
 * ESM TypeScript that Playwright's loader cannot run, so tsx runs the same function as the
 * integration test in a child process, on the database and files directory of the server.
 */
function prepareFixtures(): AccessFixtures {
  const script = `
    const { createPrismaClient } = require("@/lib/db-client");
    const { prepareAccessFixtures } = require("@/tests/support/routes");
    const db = createPrismaClient(process.env.DATABASE_URL);
    prepareAccessFixtures(db, process.env.ACCESS_FILES_DIR)
      .then((fixtures) => process.stdout.write("\\n" + JSON.stringify(fixtures) + "\\n"))
      .finally(() => db.$disconnect())
      .catch((error) => { console.error(error); process.exit(1); });
  `;
  const output = execFileSync("npx", ["--no-install", "tsx", "-e", script], {
    encoding: "utf8",
    timeout: 60_000,
    env: { ...process.env, ACCESS_FILES_DIR: path.resolve(process.env.FILES_DIR ?? ".data/files") },
  });
  const last = output.trim().split("\n").pop() ?? "";
  return JSON.parse(last) as AccessFixtures;
}

let fixtures: AccessFixtures;
test.beforeAll(() => {
  test.setTimeout(90_000);
  fixtures = prepareFixtures();
});

const url = (route: AppRoute, values: Record<string, string>) => fillPattern(route.pattern, values);

test("la table des accès couvre chaque route protégée, et rien d'autre", () => {
  expect(routes.map((r) => r.pattern)).toEqual(expect.arrayContaining(["/[code]", "/[code]/seances/[meetingId]", "/national", "/api/health"]));
  for (const route of routes) expect(route.methods.length, route.file).toBeGreaterThan(0);
  expect(guarded.filter((g) => !g.access).map((g) => accessKey(g.method, g.route.pattern))).toEqual([]);
  expect(Object.keys(ROUTE_ACCESS).sort()).toEqual(guarded.map((g) => accessKey(g.method, g.route.pattern)).sort());
  expect(ACCOUNTS.membre86.email).toBe(MEMBER_EMAIL);
});

test.describe("appelant anonyme", () => {
  const self = routes.filter((r) => SELF_PATTERNS.has(r.pattern)).flatMap((route) => route.methods.map((method: Method) => ({ route, method })));
  for (const { route, method } of [...byCase, ...self]) {
    test(`${method} ${route.pattern} refuse un anonyme`, async ({ request }) => {
      const response = await request.fetch(url(route, fixtures.charente), { method, maxRedirects: 0 });
      if (route.kind === "page") {
        // Pages send strangers to the sign-in form.
        expect(response.status()).toBe(307);
        expect(response.headers().location).toContain("/connexion?callbackUrl=");
      } else {
        expect(response.status()).toBe(401);
      }
    });
  }
});

const isNational = (pattern: string) => pattern === "/national" || pattern.startsWith("/national/");

test.describe("référent de la Charente (les identifiants sont réels et accessibles)", () => {
  test.use({ storageState: storageStatePath("referent16") });
  for (const { route, method } of byCase.filter((c) => c.method === "GET" && !isNational(c.route.pattern))) {
    test(`${method} ${route.pattern} répond 200 sur /16`, async ({ request }) => {
      const response = await request.fetch(url(route, fixtures.charente), { method, maxRedirects: 0 });
      expect(response.status()).toBe(200);
    });
  }
});

test.describe("administration nationale sur ses pages", () => {
  test.use({ storageState: storageStatePath("national") });
  for (const { route, method } of byCase.filter((c) => c.method === "GET" && isNational(c.route.pattern))) {
    test(`${method} ${route.pattern} répond 200`, async ({ request }) => {
      const response = await request.fetch(url(route, fixtures.charente), { method, maxRedirects: 0 });
      expect(response.status()).toBe(200);
    });
  }
});

test.describe("référent de la Vienne sur la Charente", () => {
  test.use({ storageState: storageStatePath("referent86") });
  // The draft is real: only a member does not see it.
  for (const { route, method } of byCase.filter((c) => c.method === "GET" && c.access.memberDraft !== null)) {
    test(`${method} ${route.pattern} : la séance en préparation de la Vienne répond 200 à son référent`, async ({ request }) => {
      const response = await request.fetch(url(route, fixtures.vienneDraft), { method, maxRedirects: 0 });
      expect(response.status()).toBe(200);
    });
  }
  for (const { route, method, access } of byCase) {
    test(`${method} ${route.pattern} : /16 avec les identifiants de la Charente → ${access.stranger}`, async ({ request }) => {
      const response = await request.fetch(url(route, fixtures.charente), { method, maxRedirects: 0 });
      expect(response.status()).toBe(access.stranger);
    });
    if (access.foreignId === null) continue;
    test(`${method} ${route.pattern} : /86 avec les identifiants de la Charente → ${access.foreignId}`, async ({ request }) => {
      const response = await request.fetch(url(route, { ...fixtures.charente, code: "86" }), { method, maxRedirects: 0 });
      expect(response.status()).toBe(access.foreignId);
    });
  }
});

test.describe("membre du comité de la Vienne", () => {
  test.use({ storageState: storageStatePath("membre86") });
  for (const { route, method, access } of byCase) {
    test(`${method} ${route.pattern} : identifiants de la Vienne → ${access.member}`, async ({ request }) => {
      const response = await request.fetch(url(route, fixtures.vienne), { method, maxRedirects: 0 });
      expect(response.status()).toBe(access.member);
    });
    if (access.memberDraft === null) continue;
    test(`${method} ${route.pattern} : séance en préparation de son comité → ${access.memberDraft}`, async ({ request }) => {
      const response = await request.fetch(url(route, fixtures.vienneDraft), { method, maxRedirects: 0 });
      expect(response.status()).toBe(access.memberDraft);
    });
  }

  test("GET /mon-compte répond 200", async ({ request }) => {
    expect((await request.get("/mon-compte", { maxRedirects: 0 })).status()).toBe(200);
  });
});

test("les en-têtes de sécurité sont posés", async ({ request }) => {
  const response = await request.get("/");
  const headers = response.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
});

test("GET /api/health répond ok quand la base répond", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "ok" });
});
