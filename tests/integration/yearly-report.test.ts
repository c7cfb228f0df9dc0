// The yearly report (bilan annuel) against a real database: the Charente's seeded 2021 (pickup
// rate pooled to 81,5 % against ≥ 90 %: not met), a throw-away prefecture built with the
// factories for the trend against the previous year and the explanations (and to prove that
// another prefecture's figures never appear), the PDF route read back with pdf-parse, and the
// "Joindre à une séance" action: one ANNEX document, replaced rather than duplicated by a
// second attach, refused to a referent of another prefecture and to a member.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getYearlyReport } from "@/lib/yearly-report/queries";
import { attachYearlyReport } from "@/lib/yearly-report/actions";
import { getIndicatorYear } from "@/lib/indicators/queries";
import { indicatorDefinitions } from "@/prisma/seed/data/indicators";
import { KeyMap } from "@/tests/factories/committees";
import { createTestPrefecture } from "@/tests/factories/prefectures";
import { createIndicatorValue } from "@/tests/factories/referentials";
import { readPdf } from "@/tests/unit/exports/read-back";
import { actorFor, testDb, withDemoData } from "./support";

const session = vi.hoisted(() => ({ current: null as null | { userId: string; authTime: number; sessionId: string } }));
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  getServerSession: async () => session.current,
}));

const db = testDb();
const NNBSP = "\u202f";
const PICKUP = "CALL_PICKUP_RATE";
let filesDir: string;
let charente: { id: string };
let other: { id: string; code: string; name: string };

async function signIn(email: string) {
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  const row = await db.userSession.create({ data: { userId: user.id, expiresAt: new Date(Date.now() + 3600_000) } });
  session.current = { userId: user.id, authTime: Math.floor(Date.now() / 1000), sessionId: row.id };
}

beforeAll(async () => {
  await withDemoData(db);
  filesDir = mkdtempSync(path.join(tmpdir(), "clu-yearly-report-"));
  process.env.FILES_DIR = filesDir; // read by lib/documents/storage.ts at each call
  charente = await db.prefecture.findUniqueOrThrow({ where: { code: "16" } });

  // A prefecture of our own following the pickup rate: 2020 and 2021, one month with an explanation.
  other = await createTestPrefecture(db);
  const definition = indicatorDefinitions.find((d) => d.code === PICKUP)!;
  const row = await db.indicatorDefinition.findUniqueOrThrow({ where: { code: PICKUP }, include: { versions: { include: { components: true } } } });
  const keys = new KeyMap();
  keys.set("indicator", PICKUP, row.id);
  keys.set("indicatorVersion", PICKUP, row.versions[0]!.id);
  for (const c of row.versions[0]!.components) keys.set("component", `${PICKUP}:${c.code}`, c.id);
  await db.$transaction(async (tx) => {
    await tx.prefectureIndicator.create({ data: { prefectureId: other.id, definitionId: row.id, position: 0 } });
    // 2020: 80 % every month; 2021: 95 % except March (70 %).
    for (let month = 1; month <= 12; month++) {
      const base = { prefectureCode: other.code, indicatorCode: PICKUP, scope: "", periodicity: "MONTHLY" as const, period: month, source: "test" };
      await createIndicatorValue(tx, other.id, { ...base, year: 2020, components: { received: 1000, lost: 200 } }, definition, keys);
      await createIndicatorValue(tx, other.id, { ...base, year: 2021, components: { received: 1000, lost: month === 3 ? 300 : 50 } }, definition, keys);
    }
    await tx.indicatorValue.updateMany({
      where: { prefectureId: other.id, year: 2021, period: 3 },
      data: { explanation: "Panne du standard téléphonique pendant une semaine." },
    });
  });
}, 120_000);

afterAll(() => {
  rmSync(filesDir, { recursive: true, force: true });
});

describe("getYearlyReport", () => {
  it("Charente 2021: the services' pickup rate pooled over the twelve months, 81,5 % against ≥ 90 %: not met", async () => {
    const report = (await getYearlyReport(charente.id, 2021))!;
    const pickup = report.indicators.find((i) => i.code === PICKUP)!;
    expect(pickup.label).toBe("Taux d'appels décrochés");
    expect(pickup.targetText).toBe(`≥ 90${NNBSP}%`);
    const services = pickup.series.find((s) => s.scope === "services")!;
    expect(services.aggregate).toBeCloseTo(81.487, 3);
    expect(services.aggregateText).toBe(`81,5${NNBSP}%`);
    expect(services.status).toBe("NOT_MET");
    expect(pickup.status).toBe("NOT_MET");
    expect(services.periods[0]).toMatchObject({ longLabel: "janvier 2021", valueText: `77,1${NNBSP}%`, met: false });
    // Nothing was entered for 2020: no comparison, said so.
    expect(services.trend.direction).toBe("UNKNOWN");
    expect(services.trendSentence).toBe("Pas de chiffre en 2020 : pas de comparaison possible.");
    // The same aggregate as the grid's (no formula of its own), and every followed indicator once.
    const grid = await getIndicatorYear(charente.id, 2021);
    expect(report.indicators.map((i) => i.code)).toEqual(grid.indicators.map((i) => i.code));
    expect(services.aggregate).toBe(grid.indicators.find((i) => i.code === PICKUP)!.series.find((s) => s.scope === "services")!.aggregate.value);
    const { total, met, notMet, noTarget, noData } = report.summary;
    expect(total).toBe(grid.indicators.length);
    expect(met + notMet + noTarget + noData).toBe(total);
    expect(notMet).toBeGreaterThanOrEqual(1);
  });

  it("compares with the previous year and lists the explanation of the missed month", async () => {
    const report = (await getYearlyReport(other.id, 2021))!;
    expect(report.indicators.map((i) => i.code)).toEqual([PICKUP]);
    const series = report.indicators[0]!.series[0]!;
    // (12 000 − 11 × 50 − 300) ÷ 12 000 = 92,9 %; 2020: 80,0 %.
    expect(series.aggregateText).toBe(`92,9${NNBSP}%`);
    expect(series.status).toBe("MET");
    expect(series.previousText).toBe(`80,0${NNBSP}%`);
    expect(series.trend).toEqual({ direction: "UP", delta: 12.9, improvement: true });
    expect(series.trendSentence).toBe(`En hausse par rapport à 2020 (80,0${NNBSP}%, +12,9 points) : amélioration.`);
    expect(series.explanations).toEqual([{ period: "mars 2021", text: "Panne du standard téléphonique pendant une semaine." }]);
    expect(report.summary).toMatchObject({ total: 1, met: 1, notMet: 0 });
  });

  it("is scoped: another prefecture's figures never appear", async () => {
    const mine = (await getYearlyReport(other.id, 2021))!;
    const theirs = (await getYearlyReport(charente.id, 2021))!;
    expect(mine.prefecture.id).toBe(other.id);
    expect(mine.indicators[0]!.series.map((s) => s.scope)).toEqual([""]);
    expect(mine.indicators[0]!.series[0]!.periods.map((p) => p.value)).not.toContain(77.1);
    const charentePickup = theirs.indicators.find((i) => i.code === PICKUP)!;
    expect(charentePickup.series.map((s) => s.aggregate)).not.toContain(mine.indicators[0]!.series[0]!.aggregate);
    expect(charentePickup.series.flatMap((s) => s.explanations.map((e) => e.text))).not.toContain("Panne du standard téléphonique pendant une semaine.");
    // A year without any figure: every indicator "sans données".
    const empty = (await getYearlyReport(other.id, 2019))!;
    expect(empty.summary).toEqual({ total: 1, met: 0, notMet: 0, noTarget: 0, noData: 1 });
  });

  it("carries the year's surveys (Vosges 2022: 102 respondents)", async () => {
    const vosges = await db.prefecture.findUniqueOrThrow({ where: { code: "88" } });
    const report = (await getYearlyReport(vosges.id, 2022))!;
    expect(report.surveys.map((s) => s.respondentsCount)).toContain(102);
    expect((await getYearlyReport(other.id, 2022))!.surveys).toEqual([]);
  });
});

describe("GET /{code}/bilan/{year}/bilan.pdf", () => {
  const call = async (code: string, year: string) => {
    const { GET } = await import("@/app/[code]/bilan/[year]/bilan.pdf/route");
    return GET(new Request(`http://localhost/${code}/bilan/${year}/bilan.pdf`), { params: Promise.resolve({ code, year }) });
  };

  it("answers a real PDF, named after the year and the prefecture, with the indicators and page numbers", async () => {
    await signIn("referent.16@example.org");
    const response = await call("16", "2021");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toContain('filename="bilan-indicateurs-2021-charente.pdf"');
    const pdf = await readPdf(Buffer.from(await response.arrayBuffer()));
    expect(pdf.text).toContain("Bilan des indicateurs 2021");
    expect(pdf.text).toContain("Taux d'appels décrochés");
    expect(pdf.text).toMatch(/81,5\s?%/u);
    expect(pdf.text).toContain("Non atteint");
    expect(pdf.text).toContain(`Page 1 sur ${pdf.total}`);
    expect(pdf.info.Title).toContain("Bilan des indicateurs 2021");
  }, 60_000);

  it("refuses another prefecture's referent, and 404s a year that is not a report year", async () => {
    await signIn("referent.86@example.org");
    expect((await call("16", "2021")).status).toBe(403);
    expect((await call("86", "2999")).status).toBe(404);
    expect((await call("86", "21")).status).toBe(404);
    session.current = null;
    expect((await call("16", "2021")).status).toBe(401);
  });
});

describe("attachYearlyReport", () => {
  it("files the report as one ANNEX of the meeting; a second attach replaces it", async () => {
    const meeting = await db.meeting.findFirstOrThrow({ where: { prefectureId: charente.id, status: { not: "CANCELLED" } }, orderBy: { startsAt: "desc" } });
    const actor = await actorFor(db, "referent.16@example.org");
    const first = await attachYearlyReport.built.execute(db, actor, { meetingId: meeting.id, year: 2021 });
    expect(first).toMatchObject({ ok: true, data: { title: "Bilan des indicateurs 2021", replaced: 0 } });
    const live = () => db.document.findMany({ where: { meetingId: meeting.id, kind: "ANNEX", title: "Bilan des indicateurs 2021", deletedAt: null } });
    const [doc] = await live();
    expect(doc).toMatchObject({ prefectureId: charente.id, fileName: "bilan-indicateurs-2021-charente.pdf", mimeType: "application/pdf" });
    const bytes = readFileSync(path.join(filesDir, doc!.storageKey));
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(doc!.sha256);
    expect((await readPdf(bytes)).text).toContain("Taux d'appels décrochés");
    expect(await db.auditLog.count({ where: { action: "yearlyReport.attach", entityId: doc!.id } })).toBe(1);

    const second = await attachYearlyReport.built.execute(db, actor, { meetingId: meeting.id, year: 2021 });
    expect(second).toMatchObject({ ok: true, data: { replaced: 1 } });
    const after = await live();
    expect(after).toHaveLength(1);
    expect(after[0]!.id).not.toBe(doc!.id);
    expect((await db.document.findUniqueOrThrow({ where: { id: doc!.id } })).deletedAt).not.toBeNull();
    expect(existsSync(path.join(filesDir, after[0]!.storageKey))).toBe(true);
  }, 60_000);

  it("is refused to a referent of another prefecture and to a member; a malformed meeting id is invalid", async () => {
    const meeting = await db.meeting.findFirstOrThrow({ where: { prefectureId: charente.id }, orderBy: { startsAt: "desc" } });
    const before = await db.document.count({ where: { meetingId: meeting.id } });
    const stranger = await attachYearlyReport.built.execute(db, await actorFor(db, "referent.86@example.org"), { meetingId: meeting.id, year: 2021 });
    expect(stranger).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const vienneMeeting = await db.meeting.findFirstOrThrow({ where: { prefecture: { code: "86" }, status: "HELD" } });
    const member = await attachYearlyReport.built.execute(db, await actorFor(db, "membre.86@example.org"), { meetingId: vienneMeeting.id, year: 2021 });
    expect(member).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db.document.count({ where: { meetingId: meeting.id } })).toBe(before);
    const invalid = await attachYearlyReport.built.execute(db, await actorFor(db, "referent.16@example.org"), { meetingId: "pas-un-id", year: 2021 });
    expect(invalid).toMatchObject({ ok: false, code: "INVALID" });
  });
});
