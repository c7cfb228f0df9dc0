// Every page and route handler of app/, called in-process with a real session row and the ids
// of REAL rows (tests/support/routes.ts): what an anonymous caller, a referent of another
// prefecture, a member and the owner get, route by route, as Next would answer it (forbidden()
// → 403, notFound() → 404, redirect() → 307). tests/e2e/access.spec.ts checks the same table
// over HTTP against the production build.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  dynamicSegments,
  fillPattern,
  guardedRoutes,
  ID_SEGMENTS,
  listAppRoutes,
  MEETING_SEGMENTS,
  MEMBER_EMAIL,
  prepareAccessFixtures,
  ROUTE_ACCESS,
  SELF_PATTERNS,
  accessKey,
  type AccessFixtures,
  type AppRoute,
  type Method,
} from "@/tests/support/routes";
import { testDb, withDemoData } from "./support";

// The session cookie next-auth would decode; the actor is then loaded for real (roles, seats,
// the server-side session row) by lib/auth/session.ts.
const session = vi.hoisted(() => ({ current: null as null | { userId: string; authTime: number; sessionId: string } }));
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  getServerSession: async () => session.current,
}));
// Outside a request, next/headers has nothing to read: the proxy's x-pathname is all pages ask.
vi.mock("next/headers", async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  headers: async () => new Headers({ "x-pathname": "/" }),
}));

const db = testDb();
const routes = listAppRoutes("app");
const guarded = guardedRoutes(routes);
const REFERENT_86 = "referent.86@example.org";
const REFERENT_16 = "referent.16@example.org";
const NATIONAL = "national@example.org";
const isNational = (pattern: string) => pattern === "/national" || pattern.startsWith("/national/");

let fixtures: AccessFixtures;
let filesDir: string;
const sessions = new Map<string, { userId: string; authTime: number; sessionId: string }>();
const modules = new Map<string, Record<string, unknown>>();

async function signIn(email: string) {
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  const row = await db.userSession.create({ data: { userId: user.id, expiresAt: new Date(Date.now() + 3600_000) } });
  sessions.set(email, { userId: user.id, authTime: Math.floor(Date.now() / 1000), sessionId: row.id });
}

beforeAll(async () => {
  await withDemoData(db);
  filesDir = mkdtempSync(path.join(tmpdir(), "clu-routes-access-"));
  process.env.FILES_DIR = filesDir; // read by lib/documents/storage.ts at each call
  // forbidden() throws unless Next's authInterrupts flag (next.config.ts) reached the process.
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
  fixtures = await prepareAccessFixtures(db, filesDir);
  for (const email of [REFERENT_86, REFERENT_16, MEMBER_EMAIL, NATIONAL]) await signIn(email);
  for (const route of routes.filter((r) => !r.pattern.startsWith("/api/"))) {
    modules.set(route.file, (await import(path.resolve(route.file))) as Record<string, unknown>);
  }
});

afterAll(async () => {
  await db.userSession.updateMany({ where: { id: { in: [...sessions.values()].map((s) => s.sessionId) } }, data: { revokedAt: new Date() } });
  rmSync(filesDir, { recursive: true, force: true });
});

interface Outcome {
  status: number;
  location?: string;
}

/** What Next answers for an error a page throws: its HTTP fallbacks and redirects; anything else is a bug. */
function outcomeOfThrown(error: unknown): Outcome {
  const digest = (error as { digest?: unknown } | null)?.digest;
  if (typeof digest === "string") {
    const fallback = /^NEXT_HTTP_ERROR_FALLBACK;(\d{3})$/.exec(digest);
    if (fallback) return { status: Number(fallback[1]) };
    if (digest.startsWith("NEXT_REDIRECT;")) {
      const [, , location, status] = digest.split(";");
      return { status: Number(status), location };
    }
  }
  throw error;
}

async function runPage(fn: unknown, props: unknown): Promise<Outcome> {
  try {
    await (fn as (props: unknown) => Promise<unknown>)(props);
    return { status: 200 };
  } catch (error) {
    return outcomeOfThrown(error);
  }
}

/**
 * Calls one route as `caller` (null: anonymous) with the given segment values. A page's
 * generateMetadata must answer like the page (a title is data too).
 */
async function call(caller: string | null, route: AppRoute, method: Method, values: Record<string, string>): Promise<Outcome> {
  session.current = caller ? sessions.get(caller)! : null;
  const params = Object.fromEntries(dynamicSegments(route.pattern).map((name) => [name, values[name]]));
  const mod = modules.get(route.file)!;
  if (route.kind === "route") {
    const handler = mod[method] as (request: Request, context: { params: Promise<unknown> }) => Promise<Response>;
    const url = `http://localhost${fillPattern(route.pattern, values)}`;
    const response = await handler(new Request(url, { method }), { params: Promise.resolve(params) });
    return { status: response.status };
  }
  const props = { params: Promise.resolve(params), searchParams: Promise.resolve({}) };
  const page = await runPage(mod.default, props);
  if (typeof mod.generateMetadata === "function") {
    const metadata = await runPage(mod.generateMetadata, props);
    expect(metadata, `generateMetadata of ${route.pattern}`).toEqual(page);
  }
  return page;
}

const label = (method: Method, route: AppRoute) => accessKey(method, route.pattern);
// Routes missing from the table fail "the access table" below, by name.
const byCase = guarded.flatMap(({ route, method, access }) => (access ? [{ name: label(method, route), route, method, access }] : []));

describe("the access table", () => {
  it("has an entry for every method of every guarded route, and none for a route that is gone", () => {
    expect(routes.map((r) => r.pattern)).toEqual(expect.arrayContaining(["/[code]", "/[code]/seances/[meetingId]", "/national"]));
    for (const route of routes) expect(route.methods.length, route.file).toBeGreaterThan(0);
    const missing = guarded.filter((g) => !g.access).map((g) => label(g.method, g.route));
    expect(missing, "routes without an expected status in ROUTE_ACCESS (tests/support/routes.ts)").toEqual([]);
    expect(Object.keys(ROUTE_ACCESS).sort()).toEqual(guarded.map((g) => label(g.method, g.route)).sort());
  });

  it("expects a 404 for a foreign id exactly where the URL holds an id, and for a draft exactly where it holds a meeting", () => {
    for (const { name, route, access } of byCase) {
      const segments = dynamicSegments(route.pattern);
      expect(access.foreignId === null, name).toBe(!segments.some((s) => ID_SEGMENTS.includes(s)));
      expect(access.memberDraft === null, name).toBe(!segments.some((s) => MEETING_SEGMENTS.includes(s)));
    }
  });
});

describe("an anonymous caller", () => {
  const self = routes.filter((r) => SELF_PATTERNS.has(r.pattern)).flatMap((route) => route.methods.map((method) => ({ name: label(method, route), route, method })));
  for (const { name, route, method } of [...byCase, ...self]) {
    it(`${name}: sign-in page or 401`, async () => {
      const outcome = await call(null, route, method, fixtures.charente);
      if (route.kind === "page") {
        expect(outcome.status).toBe(307);
        expect(outcome.location).toMatch(/^\/connexion\?callbackUrl=/);
      } else {
        expect(outcome.status).toBe(401);
      }
    });
  }
});

describe("the Charente's own referent (the ids are real and reachable)", () => {
  for (const { name, route, method } of byCase.filter((c) => c.method === "GET" && !isNational(c.route.pattern))) {
    it(`${name}: 200 on /16`, async () => {
      expect(await call(REFERENT_16, route, method, fixtures.charente)).toEqual({ status: 200 });
    });
  }
});

describe("the national administrator on the national pages", () => {
  for (const { name, route, method } of byCase.filter((c) => c.method === "GET" && isNational(c.route.pattern))) {
    it(`${name}: 200`, async () => {
      expect(await call(NATIONAL, route, method, fixtures.charente)).toEqual({ status: 200 });
    });
  }
});

describe("a Vienne referent on the Charente", () => {
  for (const { name, route, method, access } of byCase) {
    it(`${name}: /16 with the Charente's ids → ${access.stranger}`, async () => {
      expect(await call(REFERENT_86, route, method, fixtures.charente)).toEqual({ status: access.stranger });
    });
    if (access.foreignId === null) continue;
    it(`${name}: /86 with the Charente's ids → ${access.foreignId}`, async () => {
      expect(await call(REFERENT_86, route, method, { ...fixtures.charente, code: "86" })).toEqual({ status: access.foreignId });
    });
  }
});

describe("the Vienne's own referent (the draft is real: only a member does not see it)", () => {
  for (const { name, route, method } of byCase.filter((c) => c.method === "GET" && c.access.memberDraft !== null)) {
    it(`${name}: 200 for the draft meeting`, async () => {
      expect(await call(REFERENT_86, route, method, fixtures.vienneDraft)).toEqual({ status: 200 });
    });
  }
});

describe("a member of the Vienne committee", () => {
  for (const { name, route, method, access } of byCase) {
    it(`${name}: with the Vienne's ids → ${access.member}`, async () => {
      expect(await call(MEMBER_EMAIL, route, method, fixtures.vienne)).toEqual({ status: access.member });
    });
    if (access.memberDraft === null) continue;
    it(`${name}: a draft meeting of their committee → ${access.memberDraft}`, async () => {
      expect(await call(MEMBER_EMAIL, route, method, fixtures.vienneDraft)).toEqual({ status: access.memberDraft });
    });
  }

  it("reads their own account page", async () => {
    const account = routes.find((r) => r.pattern === "/mon-compte")!;
    expect(await call(MEMBER_EMAIL, account, "GET", fixtures.vienne)).toEqual({ status: 200 });
  });
});
