import { describe, expect, it } from "vitest";
import { readEnv } from "@/lib/env";
import { listAppRoutes } from "@/tests/support/routes";
import { prefectureOf } from "@/lib/format";

describe("environment validation", () => {
  it("names every missing variable, in French and English", () => {
    expect(() => readEnv({})).toThrowError(/DATABASE_URL : variable d'environnement manquante \/ missing environment variable/);
    expect(() => readEnv({ DATABASE_URL: "postgresql://x@localhost/db" })).toThrowError(/NEXTAUTH_SECRET/);
  });
  it("accepts a complete environment and fills defaults", () => {
    const env = readEnv({ DATABASE_URL: "postgresql://x@localhost/db", NEXTAUTH_SECRET: "x".repeat(32) });
    expect(env.FILES_DIR).toBe(".data/files");
  });
});

describe("route enumeration", () => {
  it("finds pages and handlers, drops route groups and fills dynamic segments", () => {
    const routes = listAppRoutes("app", { code: "16" });
    const byPattern = new Map(routes.map((r) => [r.pattern, r]));
    expect(byPattern.get("/")?.kind).toBe("page"); // app/(public)/page.tsx
    expect(byPattern.get("/[code]")?.url).toBe("/16");
    expect(byPattern.get("/api/health")?.kind).toBe("route");
  });
});

describe("prefecture names with their article", () => {
  it("takes the article from the State header", () => {
    expect(prefectureOf({ name: "Vienne", stateHeader: "PRÉFET DE LA VIENNE" })).toBe("de la Vienne");
    expect(prefectureOf({ name: "Vosges", stateHeader: "PRÉFET DES VOSGES" })).toBe("des Vosges");
    expect(prefectureOf({ name: "Nord", stateHeader: "PRÉFET DU NORD" })).toBe("du Nord");
    expect(prefectureOf({ name: "Ain", stateHeader: "PRÉFET DE L'AIN" })).toBe("de l'Ain");
  });
});
