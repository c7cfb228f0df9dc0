// POST /api/v1/prefectures/{code}/indicators/import with real API tokens: the token is the
// credential (401 without a valid one), its owner needs "indicator.enter" in this prefecture
// (403 for another prefecture's token or a member's), and the import is the grid's: stored all
// or nothing, a bad file reported as 422 with nothing written.
import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/prefectures/[code]/indicators/import/route";
import { saveIndicatorPeriod } from "@/lib/indicators/actions";
import { yearTableToCsv } from "@/lib/indicators/export";
import { getIndicatorYear } from "@/lib/indicators/queries";
import { yearTableOf } from "@/lib/indicators/transfer";
import { issueApiToken } from "@/lib/auth/api-tokens";
import type { Actor } from "@/lib/auth/policy";
import { actorFor, testDb, withDemoData } from "./support";

const db = testDb();
let agent86: Actor;
let vienne: string;
let staffToken: string;
let charenteToken: string;
let memberToken: string;
let csv: string;

async function token(email: string, code: string, role: "REFERENT" | "STAFF" | "MEMBER") {
  const actor = await actorFor(db, email);
  const prefecture = await db.prefecture.findUniqueOrThrow({ where: { code } });
  const issued = await issueApiToken(db, { userId: actor.userId, prefectureId: prefecture.id, role, name: "Test import" });
  if (!issued.ok) throw new Error(issued.reason);
  return issued.token;
}

function post(code: string, body: { csv?: string; year?: string; preview?: boolean }, authorization?: string) {
  const form = new FormData();
  if (body.csv !== undefined) form.set("file", new File([body.csv], `indicateurs-${code}-${body.year ?? ""}.csv`, { type: "text/csv" }));
  if (body.year !== undefined) form.set("year", body.year);
  if (body.preview) form.set("preview", "true");
  const request = new Request(`http://localhost/api/v1/prefectures/${code}/indicators/import`, {
    method: "POST",
    body: form,
    ...(authorization ? { headers: { authorization } } : {}),
  });
  return POST(request, { params: Promise.resolve({ code }) });
}

const storedPickup = (year: number) =>
  db.indicatorValue.findMany({ where: { prefectureId: vienne, year, definition: { code: "CALL_PICKUP_RATE" } }, include: { components: true } });

beforeAll(async () => {
  await withDemoData(db);
  agent86 = await actorFor(db, "agent.86@example.org");
  vienne = (await db.prefecture.findUniqueOrThrow({ where: { code: "86" } })).id;
  staffToken = await token("agent.86@example.org", "86", "STAFF");
  charenteToken = await token("referent.16@example.org", "16", "REFERENT");
  memberToken = await token("membre.86@example.org", "86", "MEMBER");
  const pickupId = (await db.prefectureIndicator.findFirstOrThrow({ where: { prefectureId: vienne, definition: { code: "CALL_PICKUP_RATE" } } })).id;
  const saved = await saveIndicatorPeriod.built.execute(db, agent86, { prefectureIndicatorId: pickupId, year: 2040, period: 1, scope: "", version: null, components: { received: 9903, lost: 2266 } });
  expect(saved.ok).toBe(true);
  csv = yearTableToCsv(yearTableOf(await getIndicatorYear(vienne, 2040)));
});

describe("POST /api/v1/prefectures/{code}/indicators/import", () => {
  it("answers 401 without a valid token", async () => {
    const none = await post("86", { csv, year: "2041" });
    expect(none.status).toBe(401);
    expect(((await none.json()) as { error: string }).error).toMatch(/Jeton/);
    expect((await post("86", { csv, year: "2041" }, `Bearer clu_${"A".repeat(43)}`)).status).toBe(401);
    expect(await storedPickup(2041)).toEqual([]);
  });

  it("answers 403 to another prefecture's token and to a member's", async () => {
    expect((await post("86", { csv, year: "2041" }, `Bearer ${charenteToken}`)).status).toBe(403);
    expect((await post("86", { csv, year: "2041" }, `Bearer ${memberToken}`)).status).toBe(403);
    expect(await storedPickup(2041)).toEqual([]);
  });

  it("previews, then imports a year with an agent's token (source IMPORT, audit row as the token's owner)", async () => {
    const preview = await post("86", { csv, year: "2041", preview: true }, `Bearer ${staffToken}`);
    expect(preview.status).toBe(200);
    expect(await preview.json()).toMatchObject({ status: "preview", discrepancies: [] });
    expect(await storedPickup(2041)).toEqual([]);

    const imported = await post("86", { csv, year: "2041" }, `Bearer ${staffToken}`);
    expect(imported.status).toBe(200);
    const report = (await imported.json()) as { status: string; indicators: { code: string; periods: number; changed: number }[] };
    expect(report.status).toBe("imported");
    expect(report.indicators.find((i) => i.code === "CALL_PICKUP_RATE")).toMatchObject({ periods: 1, changed: 1 });
    const rows = await storedPickup(2041);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.source).toBe("IMPORT");
    expect(rows[0]?.components.map((c) => c.amount.toNumber()).sort((a, b) => a - b)).toEqual([2266, 9903]);
    const audit = await db.auditLog.findFirst({ where: { prefectureId: vienne, action: "indicator.importYear" }, orderBy: { at: "desc" } });
    expect(audit?.userId).toBe(agent86.userId);
  });

  it("answers 422 with the French cell errors for a bad file and 400 without a year, writing nothing", async () => {
    // A year no other test file writes for the Vienne (the files share the database).
    const bad = await post("86", { csv: csv.replace("9903", "9x03"), year: "2045" }, `Bearer ${staffToken}`);
    expect(bad.status).toBe(422);
    const body = (await bad.json()) as { error: string; details?: string[] };
    expect(body.error).toMatch(/aucun chiffre n'a été importé/);
    expect(body.details?.join(" ")).toMatch(/9x03/);
    expect((await post("86", { csv }, `Bearer ${staffToken}`)).status).toBe(400);
    expect(await storedPickup(2045)).toEqual([]);
  });
});
