// The evidence pack's route handlers in-process (issue 9 item 7), signed in through a mocked
// session as the routes-access test does: the POST streams one NDJSON line per file written then
// the link of the prepared ZIP; that link serves it once, to its builder only (another agent of
// the same prefecture gets 404); the GET streams the ZIP with X-Pack-Files; a second build while
// one is running is refused (429); a member and another prefecture's referent are refused.
import JSZip from "jszip";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { evidencePackDownloadRoute, evidencePackPrepareRoute } from "@/lib/evidence-pack/loaders";
import { upsertUser } from "@/tests/factories/users";
import { testDb, withDemoData } from "./support";

const session = vi.hoisted(() => ({ current: null as null | { userId: string; authTime: number; sessionId: string } }));
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  getServerSession: async () => session.current,
}));

const db = testDb();
const sessions = new Map<string, { userId: string; authTime: number; sessionId: string }>();
const STAFF_88 = "agent.88.dossier@example.org";

async function signIn(email: string) {
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  const row = await db.userSession.create({ data: { userId: user.id, expiresAt: new Date(Date.now() + 3600_000) } });
  sessions.set(email, { userId: user.id, authTime: Math.floor(Date.now() / 1000), sessionId: row.id });
}

function as(email: string | null) {
  session.current = email ? (sessions.get(email) ?? null) : null;
}

const context = (code: string) => ({ params: Promise.resolve({ code }) });
const get = (url: string, code = "88") => evidencePackDownloadRoute(new Request(`http://localhost${url}`), context(code));
const post = (url: string, code = "88", origin: string | null = "http://localhost") =>
  evidencePackPrepareRoute(new Request(`http://localhost${url}`, { method: "POST", headers: origin ? { origin } : {} }), context(code));

type Line = { type: string; index?: number; total?: number; name?: string; href?: string; bytes?: number };
async function linesOf(response: Response): Promise<Line[]> {
  return (await response.text())
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Line);
}

const zipNames = async (body: ArrayBuffer) =>
  Object.values((await JSZip.loadAsync(body)).files)
    .filter((f) => !f.dir)
    .map((f) => f.name);

beforeAll(async () => {
  await withDemoData(db);
  const vosges = await db.prefecture.findUniqueOrThrow({ where: { code: "88" } });
  await upsertUser(db, { email: STAFF_88, name: "Agent des Vosges (test)", password: "mot-de-passe-de-test-1", roles: [{ role: "STAFF", prefectureId: vosges.id }] });
  for (const email of ["referent.88@example.org", "referent.86@example.org", "membre.86@example.org", STAFF_88]) await signIn(email);
});

describe("the two-step download (progress, then the prepared file)", () => {
  it("reports every file as written, then serves the ZIP once and to its builder only", async () => {
    as("referent.88@example.org");
    const response = await post("/88/dossier-preuves/telecharger?annee=2022");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/x-ndjson");
    const total = Number(response.headers.get("x-pack-files"));
    const lines = await linesOf(response);
    expect(lines[0]).toMatchObject({ type: "start", total });
    const files = lines.filter((l) => l.type === "file");
    expect(files.map((l) => l.index)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    const done = lines.at(-1)!;
    expect(done).toMatchObject({ type: "done", total });
    expect(done.href).toMatch(/^\/88\/dossier-preuves\/telecharger\?annee=2022&fichier=[0-9a-f-]{36}$/);

    // Another agent of the same prefecture cannot use the link.
    as(STAFF_88);
    expect((await get(done.href!)).status).toBe(404);

    as("referent.88@example.org");
    const file = await get(done.href!);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-disposition")).toContain('filename="dossier-preuves-88-2022.zip"');
    const body = await file.arrayBuffer();
    expect(body.byteLength).toBe(done.bytes);
    expect(await zipNames(body)).toEqual(files.map((l) => l.name));
    // Served once.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await get(done.href!)).status).toBe(404);
    // A year other than the one built names another file.
    expect((await get(done.href!.replace("annee=2022", "annee=2021"))).status).toBe(404);
  }, 120_000);
});

describe("the streamed download", () => {
  it("streams the ZIP with its file count; a second pack while one is being built is refused", async () => {
    as(STAFF_88);
    const first = await get("/88/dossier-preuves/telecharger?annee=2022");
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toBe("application/zip");
    const total = Number(first.headers.get("x-pack-files"));
    // The first is still being built (its body is not read yet).
    expect((await post("/88/dossier-preuves/telecharger?annee=2022")).status).toBe(429);
    expect(await zipNames(await first.arrayBuffer())).toHaveLength(total);
    // Once it is done, the next one is accepted.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const second = await get("/88/dossier-preuves/telecharger?annee=2022");
    expect(second.status).toBe(200);
    await second.arrayBuffer();
  }, 120_000);

  it("refuses a bad year, a member and another prefecture's referent", async () => {
    as("referent.88@example.org");
    expect((await get("/88/dossier-preuves/telecharger?annee=22")).status).toBe(400);
    as("membre.86@example.org");
    expect((await get("/86/dossier-preuves/telecharger?annee=2022", "86")).status).toBe(403);
    expect((await post("/86/dossier-preuves/telecharger?annee=2022", "86")).status).toBe(403);
    as("referent.86@example.org");
    expect((await get("/88/dossier-preuves/telecharger?annee=2022")).status).toBe(403);
    expect((await post("/88/dossier-preuves/telecharger?annee=2022")).status).toBe(403);
    // The referent, but from another site or without an Origin: refused in French.
    as("referent.88@example.org");
    const crossSite = await post("/88/dossier-preuves/telecharger?annee=2022", "88", "https://attaquant.example");
    expect(crossSite.status).toBe(403);
    expect(await crossSite.json()).toEqual({ error: "Requête refusée : elle ne provient pas d'une page du portail." });
    expect((await post("/88/dossier-preuves/telecharger?annee=2022", "88", null)).status).toBe(403);
    as(null);
    expect((await get("/88/dossier-preuves/telecharger?annee=2022")).status).toBe(401);
  });
});
