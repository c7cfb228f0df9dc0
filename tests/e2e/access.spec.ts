// Every page and route handler, enumerated from app/: an anonymous caller never gets data,
// and a referent of the Vienne never gets a page of the Charente.
import { expect, test } from "@playwright/test";
import { listAppRoutes, PUBLIC_PATTERNS, SELF_PATTERNS } from "../support/routes";
import { storageStatePath } from "./support";

const routes = listAppRoutes("app", { code: "16" });

test("the route list is not empty and covers the prefecture space", () => {
  expect(routes.map((r) => r.pattern)).toEqual(expect.arrayContaining(["/[code]", "/national", "/api/health"]));
  for (const route of routes) expect(route.methods.length, route.file).toBeGreaterThan(0);
});

test.describe("appelant anonyme", () => {
  for (const route of routes.filter((r) => !PUBLIC_PATTERNS.has(r.pattern))) {
    for (const method of route.methods) {
      test(`${method} ${route.pattern} refuse un anonyme`, async ({ request }) => {
        const response = await request.fetch(route.url, { method, maxRedirects: 0 });
        if (route.kind === "page") {
          // Pages send strangers to the sign-in form.
          expect([303, 307, 308]).toContain(response.status());
          expect(response.headers().location).toContain("/connexion");
        } else {
          expect([401, 403]).toContain(response.status());
        }
      });
    }
  }
});

test.describe("référent de la Vienne sur la Charente", () => {
  test.use({ storageState: storageStatePath("referent86") });
  for (const route of routes.filter((r) => !PUBLIC_PATTERNS.has(r.pattern) && !SELF_PATTERNS.has(r.pattern))) {
    for (const method of route.methods) {
      test(`${method} ${route.pattern} refuse un appelant d'une autre préfecture`, async ({ request }) => {
        const response = await request.fetch(route.url, { method, maxRedirects: 0 });
        expect([403, 404]).toContain(response.status());
      });
    }
  }
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
