// The quality room against a real database: the Vosges label read back with its dates (004:
// obtained 20 October 2022 from SOCOTEC, valid until 20 October 2025, follow-up audit by
// January 2024) and its deadlines for the dashboard; a follow-up audit recorded and edited
// under its version; the Vienne's 2022 SP+ self-assessment (000: 64 % overall) read back, a
// 2023 one saved and compared with it; and the policy: another prefecture's referent is
// refused, a member reads but cannot write.
import { beforeAll, describe, expect, it } from "vitest";
import { saveAudit, saveLabel, saveSelfAssessment } from "@/lib/quality/actions";
import { getQualityDeadlines, getQualityOverview, getSelfAssessment } from "@/lib/quality/queries";
import { can } from "@/lib/auth/policy";
import { ensureQualityDemoData } from "@/tests/factories/quality";
import { actorFor, testDb, withDemoData } from "./support";

const db = testDb();
let vienneId: string;
let vosgesId: string;
let charenteId: string;

beforeAll(async () => {
  await withDemoData(db);
  await ensureQualityDemoData(db);
  vienneId = (await db.prefecture.findUniqueOrThrow({ where: { code: "86" } })).id;
  vosgesId = (await db.prefecture.findUniqueOrThrow({ where: { code: "88" } })).id;
  charenteId = (await db.prefecture.findUniqueOrThrow({ where: { code: "16" } })).id;
});

describe("label and audits", () => {
  it("the Vosges label: Qual-e-Pref modules 1 and 7, obtained 20 October 2022 (SOCOTEC), valid until 20 October 2025", async () => {
    const overview = await getQualityOverview(vosgesId, "2022-12-08");
    expect(overview.label).toMatchObject({
      status: "GRANTED",
      obtainedOn: "2022-10-20",
      validUntil: "2025-10-20",
      certifier: "SOCOTEC Environnement",
      version: 1,
    });
    expect(overview.label?.modules.map((m) => m.number)).toEqual([1, 7]);
    expect(overview.audits.map((a) => [a.kind, a.dueBy, a.heldOn])).toEqual(
      expect.arrayContaining([
        ["EXTERNAL", null, null],
        ["FOLLOW_UP", "2024-01-31", null],
      ]),
    );
    expect(overview.path.find((s) => s.key === "FOLLOW_UP_AUDIT")).toMatchObject({ date: "2024-01-31", state: "planned" });
    expect(overview.frameworkVersions.some((v) => v.label.startsWith("Qual-e-Pref"))).toBe(true);
    // Serialisable for client components.
    expect(JSON.parse(JSON.stringify(overview))).toEqual(overview);

    // The dashboard hook counts from the day in Paris: 23h30 UTC on 8 December is already the 9th there.
    expect(await getQualityDeadlines(vosgesId, new Date("2022-12-08T10:00:00Z"))).toEqual({
      labelExpiresOn: "2025-10-20",
      nextAuditDue: "2024-01-31",
      daysToExpiry: 1047,
      daysToAudit: 419,
    });
    expect((await getQualityDeadlines(vosgesId, new Date("2022-12-08T23:30:00Z"))).daysToAudit).toBe(418);
  });

  it("the Charente roadmap (003): a label in preparation on modules 1 and 2, the internal audit of 4–5 May 2022 due first", async () => {
    const overview = await getQualityOverview(charenteId, "2022-04-13");
    expect(overview.label).toMatchObject({ status: "IN_PREPARATION", obtainedOn: null });
    expect(overview.label?.modules.map((m) => m.number)).toEqual([1, 2]);
    expect(overview.deadlines).toMatchObject({ nextAuditDue: "2022-05-05", daysToAudit: 22, labelExpiresOn: null });
  });

  it("a referent records a follow-up audit, then edits it under its version; a stale version is refused", async () => {
    const referent = await actorFor(db, "referent.88@example.org");
    const created = await saveAudit.built.execute(db, referent, {
      prefectureId: vosgesId,
      kind: "FOLLOW_UP",
      dueBy: "",
      heldOn: "2023-12-12",
      auditor: "SOCOTEC Environnement",
      findings: "Aucun écart majeur",
    });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const row = await db.audit.findUniqueOrThrow({ where: { id: created.data.id }, include: { label: true } });
    expect(row).toMatchObject({ prefectureId: vosgesId, kind: "FOLLOW_UP", auditor: "SOCOTEC Environnement", version: 1 });
    expect(row.label?.certifier).toBe("SOCOTEC Environnement");
    expect(await db.auditLog.count({ where: { action: "quality.saveAudit", entityId: created.data.id } })).toBe(1);
    const after = await getQualityOverview(vosgesId, "2024-03-01");
    expect(after.path.find((s) => s.key === "FOLLOW_UP_AUDIT")).toMatchObject({ date: "2023-12-12", dateKind: "held", state: "done" });

    const edit = { prefectureId: vosgesId, id: created.data.id, kind: "FOLLOW_UP", dueBy: "", heldOn: "2023-12-13", auditor: "SOCOTEC", findings: "" };
    expect(await saveAudit.built.execute(db, referent, { ...edit, version: 1 })).toMatchObject({ ok: true, data: { version: 2 } });
    const stale = await saveAudit.built.execute(db, referent, { ...edit, heldOn: "2023-12-14", version: 1 });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    expect((await db.audit.findUniqueOrThrow({ where: { id: created.data.id } })).heldOn?.toISOString().slice(0, 10)).toBe("2023-12-13");

    const invalid = await saveAudit.built.execute(db, referent, { prefectureId: vosgesId, kind: "INTERNAL", dueBy: "", heldOn: "" });
    expect(invalid).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { heldOn: ["Saisissez la date de l'audit ou sa date limite."] } });
  });

  it("a referent edits the label; modules of another referential are refused, a stale version too", async () => {
    const referent = await actorFor(db, "referent.88@example.org");
    const overview = await getQualityOverview(vosgesId, "2024-01-01");
    const label = overview.label!;
    const input = {
      prefectureId: vosgesId,
      id: label.id,
      version: label.version,
      frameworkVersionId: label.frameworkVersionId,
      status: "GRANTED",
      obtainedOn: "2022-10-20",
      validUntil: "2025-10-20",
      certifier: "SOCOTEC Environnement",
      moduleIds: label.modules.map((m) => m.id),
    };
    const spPlusEngagement = await db.engagement.findFirstOrThrow({ where: { code: "SPP-1" } });
    const foreignModule = await saveLabel.built.execute(db, referent, { ...input, moduleIds: [label.modules[0]!.id, spPlusEngagement.id] });
    expect(foreignModule).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { moduleIds: ["Cochez des modules du référentiel choisi."] } });

    const saved = await saveLabel.built.execute(db, referent, { ...input, certifier: "SOCOTEC Environnement (Nancy)" });
    expect(saved).toMatchObject({ ok: true, data: { version: label.version + 1 } });
    expect(await saveLabel.built.execute(db, referent, input)).toMatchObject({ ok: false, code: "CONFLICT" });
    const back = (await getQualityOverview(vosgesId, "2024-01-01")).label;
    expect(back).toMatchObject({ certifier: "SOCOTEC Environnement (Nancy)", validUntil: "2025-10-20" });
    expect(back?.modules.map((m) => m.number)).toEqual([1, 7]);
  });

  it("another prefecture's referent is refused; a member reads the label but cannot write", async () => {
    const foreign = await actorFor(db, "referent.86@example.org");
    const member = await actorFor(db, "membre.86@example.org");
    const vosgesLabel = (await getQualityOverview(vosgesId, "2024-01-01")).label!;
    const audit = { kind: "FOLLOW_UP", dueBy: "2024-01-31", heldOn: "", auditor: "", findings: "" };
    expect(await saveAudit.built.execute(db, foreign, { ...audit, prefectureId: vosgesId })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    // Its own prefecture given, the Vosges label's id: the label's prefecture decides.
    const labelInput = {
      prefectureId: vienneId,
      id: vosgesLabel.id,
      version: vosgesLabel.version,
      frameworkVersionId: vosgesLabel.frameworkVersionId,
      status: "EXPIRED",
      obtainedOn: "2022-10-20",
      validUntil: "2025-10-20",
      certifier: "",
      moduleIds: vosgesLabel.modules.map((m) => m.id),
    };
    expect(await saveLabel.built.execute(db, foreign, labelInput)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await getQualityOverview(vosgesId, "2024-01-01")).label?.status).toBe("GRANTED");

    expect(can(member, "results.read", { kind: "prefecture", prefectureId: vienneId })).toBe(true);
    expect(await saveAudit.built.execute(db, member, { ...audit, prefectureId: vienneId })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await saveAudit.built.execute(db, null, { ...audit, prefectureId: vienneId })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });
});

describe("SP+ self-assessment", () => {
  it("the Vienne 2022 (000): four structures, 23 engagements met of 36, 64 % overall", async () => {
    const view = await getSelfAssessment(vienneId, 2022);
    expect(view.engagements.map((e) => e.code)).toEqual(["SPP-1", "SPP-2", "SPP-3", "SPP-4", "SPP-5", "SPP-6", "SPP-7", "SPP-8", "SPP-9"]);
    expect(view.structures[0]?.name).toBe("Préfecture de la Vienne");
    expect(view.shares.overall).toMatchObject({ met: 23, assessed: 36, expected: 36 });
    expect(Math.round(view.shares.overall.share!)).toBe(64);
    expect(view.shares.byStructure.filter((s) => s.assessed > 0)).toHaveLength(4);
    expect(view.previous).toBeNull();
    expect(view.campaigns).toContain(2022);
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
  });

  it("a referent saves the 2023 assessment: shares computed, compared with 2022; stale cells and foreign structures refused", async () => {
    const referent = await actorFor(db, "referent.86@example.org");
    const view2022 = await getSelfAssessment(vienneId, 2022);
    const prefectureStructure = view2022.structures[0]!;
    const [e1, e2, e3] = view2022.engagements;
    const cell = (engagementId: string, level: string, comment = "") => ({ structureId: prefectureStructure.id, engagementId, level, comment, version: null });
    const saved = await saveSelfAssessment.built.execute(db, referent, {
      prefectureId: vienneId,
      campaign: 2023,
      cells: [cell(e1!.id, "MET"), cell(e2!.id, "PARTLY_MET", "Délais d'attente au téléphone"), cell(e3!.id, "NOT_MET"), cell(view2022.engagements[3]!.id, "")],
    });
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    expect(saved.data.changed).toBe(3);
    const view = await getSelfAssessment(vienneId, 2023);
    const prefecture = view.shares.byStructure.find((s) => s.structureId === prefectureStructure.id)!;
    expect(prefecture).toMatchObject({ met: 1, partlyMet: 1, notMet: 1, assessed: 3 });
    expect(prefecture.share).toBeCloseTo(100 / 3, 6);
    expect(view.previous?.overall.met).toBe(23);
    expect(view.cells.find((c) => c.engagementId === e2!.id)).toMatchObject({ level: "PARTLY_MET", comment: "Délais d'attente au téléphone", version: 1 });
    const row = await db.selfAssessment.findFirstOrThrow({ where: { structureId: prefectureStructure.id, engagementId: e2!.id, campaign: 2023 } });
    expect([row.met, Number(row.score)]).toEqual([false, 0.5]);

    // Someone who loaded the empty grid saves over it: refused, nothing changed.
    const stale = await saveSelfAssessment.built.execute(db, referent, { prefectureId: vienneId, campaign: 2023, cells: [cell(e1!.id, "NOT_MET")] });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    // With the version loaded, the change goes through.
    const fresh = await saveSelfAssessment.built.execute(db, referent, { prefectureId: vienneId, campaign: 2023, cells: [{ ...cell(e1!.id, "NOT_MET"), version: 1 }] });
    expect(fresh).toMatchObject({ ok: true, data: { changed: 1 } });
    expect((await getSelfAssessment(vienneId, 2023)).shares.overall.met).toBe(0);

    const vosgesStructure = await db.structure.findFirstOrThrow({ where: { prefectureId: vosgesId } });
    const foreign = await saveSelfAssessment.built.execute(db, referent, {
      prefectureId: vienneId,
      campaign: 2023,
      cells: [{ ...cell(e1!.id, "MET"), structureId: vosgesStructure.id }],
    });
    expect(foreign).toMatchObject({ ok: false, code: "INVALID" });
  });

  it("another prefecture's referent and a member cannot save it", async () => {
    const view = await getSelfAssessment(vienneId, 2022);
    const input = {
      prefectureId: vienneId,
      campaign: 2024,
      cells: [{ structureId: view.structures[0]!.id, engagementId: view.engagements[0]!.id, level: "MET", comment: "", version: null }],
    };
    expect(await saveSelfAssessment.built.execute(db, await actorFor(db, "referent.88@example.org"), input)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await saveSelfAssessment.built.execute(db, await actorFor(db, "membre.86@example.org"), input)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db.selfAssessment.count({ where: { prefectureId: vienneId, campaign: 2024 } })).toBe(0);
  });
});
