// The referentials on a real database (issue 9, item 1): a prefecture's own framework, a first
// version with its modules and engagements, a second one that copies them and ends the first the
// day before; overlapping dates refused; duplicates refused; deletion refused while a label, an
// indicator, a self-assessment or an improvement action refers to the row; and the version page's
// read-only view of who refers to what (the demo's Qual-e-Pref and Services Publics+).
import { beforeAll, describe, expect, it } from "vitest";
import {
  createFramework,
  createFrameworkVersion,
  deleteEngagement,
  deleteModule,
  saveEngagement,
  saveModule,
  updateFrameworkVersion,
} from "@/lib/frameworks/actions";
import { findFramework, findFrameworkVersion } from "@/lib/frameworks/queries";
import type { Actor } from "@/lib/auth/policy";
import { actorFor, testDb, withDemoData } from "./support";

const db = testDb();
let national: Actor;
let referent86: Actor;
let vienne: string;

beforeAll(async () => {
  await withDemoData(db);
  national = await actorFor(db, "national@example.org");
  referent86 = await actorFor(db, "referent.86@example.org");
  vienne = (await db.prefecture.findUniqueOrThrow({ where: { code: "86" } })).id;
});

const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;

function expectOk<T>(result: { ok: true; data: T } | { ok: false; error: string }): T {
  expect(result.ok, JSON.stringify(result)).toBe(true);
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

describe("a prefecture's own referential, versioned", () => {
  let frameworkId: string;
  let v1: string;
  let v2: string;

  it("is created for the Vienne by the national administration only", async () => {
    const input = { code: "CHARTE_ACCUEIL_86", kind: "LOCAL", name: "Charte d'accueil de la Vienne", prefectureId: vienne };
    expect(await createFramework.built.execute(db, referent86, input)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    frameworkId = expectOk(await createFramework.built.execute(db, national, input)).id;
    const row = await db.framework.findUniqueOrThrow({ where: { id: frameworkId } });
    expect(row).toMatchObject({ kind: "LOCAL", prefectureId: vienne, name: "Charte d'accueil de la Vienne" });
    // the code is unique: said on the field
    const again = await createFramework.built.execute(db, national, input);
    expect(again).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { code: ["Le code CHARTE_ACCUEIL_86 est déjà celui d'un référentiel."] } });
    // a LOCAL one without its prefecture is refused by the schema
    expect(await createFramework.built.execute(db, national, { ...input, code: "SANS_PREFECTURE", prefectureId: null })).toMatchObject({
      ok: false,
      fieldErrors: { prefectureId: ["Choisissez la préfecture à laquelle ce référentiel est propre."] },
    });
    const log = await db.auditLog.findFirstOrThrow({ where: { action: "framework.create", entityId: frameworkId } });
    expect(log).toMatchObject({ userId: national.userId, prefectureId: vienne });
  });

  it("gets a first version with modules and engagements; numbers and codes are unique in it", async () => {
    v1 = expectOk(
      await createFrameworkVersion.built.execute(db, national, { frameworkId, label: "Charte 2022", publishedOn: "2022-01-01", validUntil: "", status: "ACTIVE", copyPrevious: true }),
    ).id;
    const m1 = expectOk(await saveModule.built.execute(db, national, { versionId: v1, id: null, number: 1, title: "Accueil", requirement: "MANDATORY", condition: "" })).id;
    expectOk(await saveModule.built.execute(db, national, { versionId: v1, id: null, number: 2, title: "Courriers", requirement: "OPTIONAL" }));
    expect(await saveModule.built.execute(db, national, { versionId: v1, id: null, number: 2, title: "Doublon", requirement: "OPTIONAL" })).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { number: ["Le module 2 existe déjà dans cette version (« Courriers »)."] },
    });
    expectOk(await saveEngagement.built.execute(db, national, { versionId: v1, id: null, code: "ca-1", number: 1, title: "Sourire", moduleId: m1 }));
    expectOk(await saveEngagement.built.execute(db, national, { versionId: v1, id: null, code: "CA-2", number: 2, title: "Rappeler sous 48 h", description: "Au plus tard le surlendemain." }));
    // "ca-1" was stored as CA-1: the same code in other letters is a duplicate
    expect(await saveEngagement.built.execute(db, national, { versionId: v1, id: null, code: "Ca-1", number: 3, title: "Doublon" })).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { code: ["Le code CA-1 est déjà celui d'un engagement de cette version (« Sourire »)."] },
    });
    // a module of another version is refused
    const qep = await db.module.findFirstOrThrow({ where: { frameworkVersion: { framework: { code: "QUAL_E_PREF" } } } });
    expect(await saveEngagement.built.execute(db, national, { versionId: v1, id: null, code: "CA-3", number: 3, title: "x", moduleId: qep.id })).toMatchObject({
      ok: false,
      fieldErrors: { moduleId: ["Ce module n'appartient pas à cette version du référentiel."] },
    });
    const engagements = await db.engagement.findMany({ where: { frameworkVersionId: v1 }, orderBy: { code: "asc" }, include: { module: true } });
    expect(engagements.map((e) => [e.code, e.module?.number ?? null])).toEqual([
      ["CA-1", 1],
      ["CA-2", null],
    ]);
  });

  it("a second version copies them and ends the first the day before", async () => {
    const created = expectOk(
      await createFrameworkVersion.built.execute(db, national, { frameworkId, label: "Charte 2025", publishedOn: "2025-03-01", validUntil: null, status: "DRAFT", copyPrevious: true }),
    );
    v2 = created.id;
    expect(created).toMatchObject({ closedPrevious: { id: v1, validUntil: "2025-02-28" }, copied: { modules: 2, engagements: 2 } });
    const first = await db.frameworkVersion.findUniqueOrThrow({ where: { id: v1 } });
    expect([day(first.publishedOn), day(first.validUntil)]).toEqual(["2022-01-01", "2025-02-28"]);
    const copied = await db.engagement.findMany({ where: { frameworkVersionId: v2 }, orderBy: { code: "asc" }, include: { module: true } });
    expect(copied.map((e) => [e.code, e.title, e.description, e.module?.number ?? null])).toEqual([
      ["CA-1", "Sourire", null, 1],
      ["CA-2", "Rappeler sous 48 h", "Au plus tard le surlendemain.", null],
    ]);
    // new rows, attached to the new version's own modules
    expect(copied.every((e) => e.module === null || e.module.frameworkVersionId === v2)).toBe(true);
    expect(await db.engagement.count({ where: { frameworkVersionId: v1 } })).toBe(2);

    const framework = await findFramework("CHARTE_ACCUEIL_86", "2026-06-01");
    expect(framework?.versions.map((v) => [v.label, v.publishedOn, v.validUntil, v.status, v.modules, v.engagements, v.inForce])).toEqual([
      ["Charte 2022", "2022-01-01", "2025-02-28", "ACTIVE", 2, 2, false],
      ["Charte 2025", "2025-03-01", null, "DRAFT", 2, 2, false], // a draft is never in force
    ]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "framework.createVersion", entityId: v2 } });
    expect(audit.before).toMatchObject({ previousVersionId: v1, validUntil: null });
  });

  it("refuses overlapping versions and a new version that does not come after the latest", async () => {
    const before = await db.frameworkVersion.findMany({ where: { frameworkId }, orderBy: { publishedOn: "asc" } });
    const stretched = await updateFrameworkVersion.built.execute(db, national, { id: v1, label: "Charte 2022", publishedOn: "2022-01-01", validUntil: "2025-03-01", status: "ACTIVE" });
    expect(stretched).toMatchObject({
      ok: false,
      code: "INVALID",
      error: "Ces dates chevauchent la version « Charte 2025 », en vigueur depuis le 1er mars 2025, sans date de fin : les versions d'un référentiel se suivent sans se chevaucher.",
    });
    const early = await createFrameworkVersion.built.execute(db, national, { frameworkId, label: "Charte 2024", publishedOn: "2024-01-01", validUntil: null, status: "ACTIVE", copyPrevious: false });
    expect(early).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { publishedOn: ["La nouvelle version doit entrer en vigueur après le 1er mars 2025, premier jour de la version « Charte 2025 »."] } });
    const sameLabel = await updateFrameworkVersion.built.execute(db, national, { id: v2, label: "Charte 2022", publishedOn: "2025-03-01", validUntil: null, status: "ACTIVE" });
    expect(sameLabel).toMatchObject({ ok: false, fieldErrors: { label: ["Une autre version de ce référentiel porte déjà ce libellé."] } });
    // nothing changed
    expect(await db.frameworkVersion.findMany({ where: { frameworkId }, orderBy: { publishedOn: "asc" } })).toEqual(before);
    // a change that fits is saved
    expectOk(await updateFrameworkVersion.built.execute(db, national, { id: v2, label: "Charte 2025", publishedOn: "2025-03-01", validUntil: "2027-12-31", status: "ACTIVE" }));
    expect(day((await db.frameworkVersion.findUniqueOrThrow({ where: { id: v2 } })).validUntil)).toBe("2027-12-31");
  });

  it("refuses to delete an engagement named by an improvement action, or a module with engagements; deletes what nothing names", async () => {
    const [ca1, ca2] = await db.engagement.findMany({ where: { frameworkVersionId: v2 }, orderBy: { code: "asc" } });
    const action = await db.improvementAction.create({
      data: { prefectureId: vienne, title: "Action du test des référentiels", origin: "OTHER", engagements: { create: { engagementId: ca1!.id } } },
    });
    expect(await deleteEngagement.built.execute(db, national, { id: ca1!.id })).toMatchObject({
      ok: false,
      code: "INVALID",
      error: "L'engagement CA-1 ne peut pas être supprimé : 1 action d'amélioration y renvoie. Créez plutôt une nouvelle version du référentiel sans cet engagement : l'historique reste attaché à celle-ci.",
    });
    const module1 = await db.module.findFirstOrThrow({ where: { frameworkVersionId: v2, number: 1 } });
    expect(await deleteModule.built.execute(db, national, { id: module1.id })).toMatchObject({
      ok: false,
      code: "INVALID",
      error: expect.stringContaining("Le module 1 ne peut pas être supprimé : 1 engagement lui est rattaché.") as string,
    });
    expect(await deleteEngagement.built.execute(db, referent86, { id: ca2!.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expectOk(await deleteEngagement.built.execute(db, national, { id: ca2!.id }));
    expect(await db.engagement.findUnique({ where: { id: ca2!.id } })).toBeNull();
    expect(await deleteEngagement.built.execute(db, national, { id: ca2!.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    // once the action lets go, the engagement and then its module may go
    await db.improvementActionEngagement.deleteMany({ where: { actionId: action.id } });
    expectOk(await deleteEngagement.built.execute(db, national, { id: ca1!.id }));
    expectOk(await deleteModule.built.execute(db, national, { id: module1.id }));
    const log = await db.auditLog.findFirstOrThrow({ where: { action: "framework.deleteModule", entityId: module1.id } });
    expect(log.before).toMatchObject({ number: 1, title: "Accueil" });
    await db.improvementAction.delete({ where: { id: action.id } });
  });
});

describe("the demo's referentials, and what refers to them", () => {
  it("shows which prefectures are labelled on which Qual-e-Pref module, and which indicators prove which engagement", async () => {
    const qep = await findFramework("QUAL_E_PREF");
    const version = qep!.versions[0]!;
    const detail = await findFrameworkVersion("QUAL_E_PREF", version.id);
    expect(detail?.modules.map((m) => m.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const labelled = (n: number) => detail!.modules.find((m) => m.number === n)!.labelledPrefectures.map((p) => p.code);
    expect(labelled(1)).toContain("88");
    expect(labelled(7)).toContain("88");
    expect(labelled(3)).not.toContain("88");
    const e109 = detail!.engagements.find((e) => e.code === "QEP-1.09")!;
    const linked = await db.indicatorDefinitionVersion.findMany({ where: { engagementId: e109.id }, select: { definition: { select: { code: true } } } });
    expect(linked.length).toBeGreaterThan(0);
    expect(e109.indicators.map((i) => i.code).sort()).toEqual([...new Set(linked.map((l) => l.definition.code))].sort());
    expect(e109.actions).toBe(await db.improvementActionEngagement.count({ where: { engagementId: e109.id } }));
    // a version id under another framework's code is not found
    const spp = await findFramework("SP_PLUS");
    expect(await findFrameworkVersion("SP_PLUS", version.id)).toBeNull();
    expect(spp?.versions[0]?.engagements).toBe(9);
  });

  it("refuses to delete what the demo data refers to: a labelled module, an engagement with indicators and self-assessments", async () => {
    const module1 = await db.module.findFirstOrThrow({ where: { number: 1, frameworkVersion: { framework: { code: "QUAL_E_PREF" } } } });
    const refusal = await deleteModule.built.execute(db, national, { id: module1.id });
    expect(refusal).toMatchObject({ ok: false, code: "INVALID" });
    if (!refusal.ok) expect(refusal.error).toMatch(/^Le module 1 ne peut pas être supprimé : \d+ labels? de préfectures? porte/);
    const assessed = await db.selfAssessment.findFirstOrThrow({ select: { engagement: { select: { id: true, code: true } } } });
    const refused = await deleteEngagement.built.execute(db, national, { id: assessed.engagement.id });
    expect(refused).toMatchObject({ ok: false, code: "INVALID" });
    if (!refused.ok) expect(refused.error).toMatch(new RegExp(`^L'engagement ${assessed.engagement.code} ne peut pas être supprimé : .*auto-évaluation`));
    const proven = await db.indicatorDefinitionVersion.findFirstOrThrow({ where: { engagementId: { not: null } }, select: { engagementId: true } });
    const refusedToo = await deleteEngagement.built.execute(db, national, { id: proven.engagementId! });
    if (!refusedToo.ok) expect(refusedToo.error).toMatch(/version d'indicateur|versions d'indicateurs/);
    expect(refusedToo.ok).toBe(false);
    expect(await db.module.findUnique({ where: { id: module1.id } })).not.toBeNull();
  });
});
