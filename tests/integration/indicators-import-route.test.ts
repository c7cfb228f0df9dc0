// POST /{code}/indicateurs/import, the grid's import form's route, called in-process with a
// real session row (next-auth's getServerSession mocked to it, the actor loaded for real): it
// streams NDJSON progress, then exactly what the action importIndicatorYear returns; it writes
// only on import; a member, another prefecture's referent and a cross-site page get 403.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/[code]/indicateurs/import/route";
import { importIndicatorYear, saveIndicatorPeriod } from "@/lib/indicators/actions";
import { yearTableToCsv } from "@/lib/indicators/export";
import type { IndicatorImportStreamLine } from "@/lib/indicators/loaders";
import { getIndicatorYear } from "@/lib/indicators/queries";
import { MAX_IMPORT_BYTES } from "@/lib/indicators/schemas";
import { yearTableOf } from "@/lib/indicators/transfer";
import type { Actor } from "@/lib/auth/policy";
import { actorFor, testDb, withDemoData } from "./support";

const session = vi.hoisted(() => ({ current: null as null | { userId: string; authTime: number; sessionId: string } }));
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  getServerSession: async () => session.current,
}));

const db = testDb();
const AGENT_86 = "agent.86@example.org";
const REFERENT_16 = "referent.16@example.org";
const MEMBER_86 = "membre.86@example.org";
const sessions = new Map<string, { userId: string; authTime: number; sessionId: string }>();
let agent86: Actor;
let vienne: string;
let csv: string;

async function signIn(email: string) {
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  const row = await db.userSession.create({ data: { userId: user.id, expiresAt: new Date(Date.now() + 3600_000) } });
  sessions.set(email, { userId: user.id, authTime: Math.floor(Date.now() / 1000), sessionId: row.id });
}

interface Post {
  caller: string | null;
  code?: string;
  csv?: string;
  year?: string;
  preview?: boolean;
  origin?: string | null;
  file?: File;
}

function post({ caller, code = "86", csv: text = csv, year, preview, origin = "http://localhost", file }: Post) {
  session.current = caller ? sessions.get(caller)! : null;
  const form = new FormData();
  form.set("file", file ?? new File([text], `indicateurs-${code}.csv`, { type: "text/csv" }));
  if (year !== undefined) form.set("year", year);
  form.set("preview", preview ? "true" : "false");
  const request = new Request(`http://localhost/${code}/indicateurs/import`, {
    method: "POST",
    body: form,
    headers: origin === null ? {} : { origin },
  });
  return POST(request, { params: Promise.resolve({ code }) });
}

/** The NDJSON body, line by line, read as the stream delivers it. */
async function linesOf(response: Response): Promise<IndicatorImportStreamLine[]> {
  expect(response.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    text += value;
  }
  expect(text.endsWith("\n")).toBe(true);
  return text
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l) as IndicatorImportStreamLine);
}

const storedPickup = (year: number) =>
  db.indicatorValue.findMany({ where: { prefectureId: vienne, year, definition: { code: "CALL_PICKUP_RATE" } }, include: { components: true } });

beforeAll(async () => {
  await withDemoData(db);
  for (const email of [AGENT_86, REFERENT_16, MEMBER_86]) await signIn(email);
  agent86 = await actorFor(db, AGENT_86);
  vienne = (await db.prefecture.findUniqueOrThrow({ where: { code: "86" } })).id;
  const pickupId = (await db.prefectureIndicator.findFirstOrThrow({ where: { prefectureId: vienne, definition: { code: "CALL_PICKUP_RATE" } } })).id;
  for (const [period, received, lost] of [[1, 9903, 2266], [2, 9000, 1500], [3, 8000, 1000]] as const) {
    const saved = await saveIndicatorPeriod.built.execute(db, agent86, { prefectureIndicatorId: pickupId, year: 2050, period, scope: "", version: null, components: { received, lost } });
    expect(saved.ok).toBe(true);
  }
  csv = yearTableToCsv(yearTableOf(await getIndicatorYear(vienne, 2050)));
});

describe("POST /{code}/indicateurs/import", () => {
  it("previews: parse progress lines, then exactly what the action returns, nothing written", async () => {
    // Blank lines (ignored by the import) make the file long enough for several progress ticks.
    const eol = csv.includes("\r\n") ? "\r\n" : "\n";
    const long = `${csv}${`;;${eol}`.repeat(2500)}`;
    const response = await post({ caller: AGENT_86, csv: long, year: "2051", preview: true });
    expect(response.status).toBe(200);
    const lines = await linesOf(response);
    const last = lines.at(-1);
    expect(last?.phase).toBe("done");
    const parse = lines.filter((l) => l.phase === "parse").map((l) => (l.phase === "parse" ? l.rows : -1));
    expect(parse.slice(0, 2)).toEqual([1000, 2000]);
    expect(parse.at(-1)).toBeGreaterThan(2500);
    expect(lines.filter((l) => l.phase === "store")).toEqual([]);
    const direct = await importIndicatorYear.built.execute(db, agent86, {
      prefectureId: vienne,
      year: 2051,
      fileName: "indicateurs-86.csv",
      fileBase64: Buffer.from(long).toString("base64"),
      confirm: false,
    });
    expect(last).toEqual({ phase: "done", result: direct });
    expect(direct).toMatchObject({ ok: true, data: { status: "preview", discrepancies: [] } });
    expect(await storedPickup(2051)).toEqual([]);
  });

  it("imports: store progress up to every period of the file, then the report; the figures are written", async () => {
    const lines = await linesOf(await post({ caller: AGENT_86, year: "2052" }));
    const store = lines.flatMap((l) => (l.phase === "store" ? [l] : []));
    const total = store[0]?.total ?? 0;
    expect(total).toBeGreaterThanOrEqual(3);
    expect(store[0]?.done).toBe(0);
    expect(store.at(-1)).toEqual({ phase: "store", done: total, total });
    expect(store.map((s) => s.done)).toEqual([...store.map((s) => s.done)].sort((a, b) => a - b));
    const last = lines.at(-1);
    if (last?.phase !== "done" || !last.result.ok || last.result.data.status !== "imported") throw new Error(`not imported: ${JSON.stringify(last)}`);
    expect(last.result.data.indicators.find((i) => i.code === "CALL_PICKUP_RATE")).toMatchObject({ periods: 3, changed: 3 });
    const rows = await storedPickup(2052);
    expect(rows.map((r) => r.period).sort()).toEqual([1, 2, 3]);
    expect(rows.every((r) => r.source === "IMPORT")).toBe(true);
    const audit = await db.auditLog.findFirst({ where: { prefectureId: vienne, action: "indicator.importYear" }, orderBy: { at: "desc" } });
    expect(audit?.userId).toBe(agent86.userId);
  });

  it("streams a refused import as the action's error, writing nothing", async () => {
    const lines = await linesOf(await post({ caller: AGENT_86, csv: csv.replace("9903", "9x03"), year: "2053" }));
    const last = lines.at(-1);
    expect(last).toMatchObject({ phase: "done", result: { ok: false, code: "INVALID" } });
    expect(JSON.stringify(last)).toMatch(/9x03/);
    expect(await storedPickup(2053)).toEqual([]);
  });

  it("answers 401 to an anonymous caller, 403 to a member, to another prefecture's referent and to a cross-site page", async () => {
    const anonymous = await post({ caller: null, year: "2054" });
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { error: string }).error).toMatch(/Connectez-vous/);
    expect((await post({ caller: MEMBER_86, year: "2054" })).status).toBe(403);
    expect((await post({ caller: REFERENT_16, year: "2054" })).status).toBe(403);
    const crossSite = await post({ caller: AGENT_86, year: "2054", origin: "https://evil.example" });
    expect(crossSite.status).toBe(403);
    expect(((await crossSite.json()) as { error: string }).error).toMatch(/portail/);
    expect((await post({ caller: AGENT_86, year: "2054", origin: null })).status).toBe(403);
    expect(await storedPickup(2054)).toEqual([]);
  });

  it("answers 413 over 4 Mo and 400 without a year, in French", async () => {
    const big = new File([new Uint8Array(MAX_IMPORT_BYTES + 1)], "indicateurs-2055.csv", { type: "text/csv" });
    const tooLarge = await post({ caller: AGENT_86, year: "2055", file: big });
    expect(tooLarge.status).toBe(413);
    expect(((await tooLarge.json()) as { error: string }).error).toMatch(/4 Mo/);
    expect((await post({ caller: AGENT_86 })).status).toBe(400);
  });
});
