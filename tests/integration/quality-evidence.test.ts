// Evidence of a self-assessment cell (issue 9 item 3) on a real database: a referent attaches an
// indicator the prefecture follows and one of its documents, reads them back on the year's
// view, removes one (each audited); an indicator it does not follow, a document of another
// prefecture, a cell of another prefecture and another prefecture's evidence are refused; a
// member cannot attach. A cell emptied while evidence hangs on it keeps its evidence.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { addEvidence, removeEvidence, saveSelfAssessment } from "@/lib/quality/actions";
import { getEvidenceOptions, getSelfAssessment } from "@/lib/quality/queries";
import { createTestPrefecture } from "@/tests/factories/prefectures";
import { upsertUser } from "@/tests/factories/users";
import { ensureQualityDemoData } from "@/tests/factories/quality";
import { actorFor, testDb, withDemoData } from "./support";

const db = testDb();
const CAMPAIGN = 2022;

/** A document of a meeting of the prefecture (evidence comes from meetings' documents). */
async function documentOf(prefectureId: string, title: string, status: "HELD" | "DRAFT" = "HELD") {
  const committee = await db.committee.create({ data: { prefectureId, kind: "CLU", name: `Comité ${randomUUID()}` } });
  const meeting = await db.meeting.create({ data: { prefectureId, committeeId: committee.id, startsAt: new Date("2031-01-15T13:00:00Z"), status } });
  return db.document.create({
    data: { prefectureId, meetingId: meeting.id, title, fileName: `${title}.pdf`, mimeType: "application/pdf", sizeBytes: 10, sha256: "0".repeat(64), storageKey: `2031-01/${randomUUID()}.pdf` },
  });
}

let setup: Awaited<ReturnType<typeof prepare>>;

async function prepare() {
  const prefecture = await createTestPrefecture(db);
  const structure = await db.structure.findFirstOrThrow({ where: { prefectureId: prefecture.id } });
  const engagement = (await getSelfAssessment(prefecture.id, CAMPAIGN)).engagements[0]!;
  const cell = await db.selfAssessment.create({ data: { prefectureId: prefecture.id, structureId: structure.id, engagementId: engagement.id, campaign: CAMPAIGN, met: false, score: 0 } });
  const [followed, notFollowed] = await db.indicatorDefinition.findMany({ where: { prefectureId: null }, orderBy: { code: "asc" }, take: 2 });
  await db.prefectureIndicator.create({ data: { prefectureId: prefecture.id, definitionId: followed!.id } });
  const document = await documentOf(prefecture.id, "Charte Marianne affichée");
  const draftDocument = await documentOf(prefecture.id, "Pièce d'une séance en préparation", "DRAFT");
  // A document of the prefecture itself, outside any meeting (uploaded as evidence): offered too.
  const ownDocument = await db.document.create({
    data: { prefectureId: prefecture.id, title: "Affiche des horaires", fileName: "affiche.pdf", mimeType: "application/pdf", sizeBytes: 10, sha256: "0".repeat(64), storageKey: `2031-01/${randomUUID()}.pdf` },
  });
  const tag = `${prefecture.code}-${Date.now()}`;
  const email = `referent-${tag}@example.org`;
  await upsertUser(db, { email, name: "Référente", password: "motdepasse-1234", roles: [{ role: "REFERENT", prefectureId: prefecture.id }] });
  const memberEmail = `membre-${tag}@example.org`;
  await upsertUser(db, { email: memberEmail, name: "Membre", password: "motdepasse-1234", roles: [{ role: "MEMBER", prefectureId: prefecture.id }] });
  const vienne = await db.prefecture.findUniqueOrThrow({ where: { code: "86" } });
  return {
    prefecture,
    structure,
    engagement,
    cell,
    followed: followed!,
    notFollowed: notFollowed!,
    document,
    draftDocument,
    ownDocument,
    referent: await actorFor(db, email),
    member: await actorFor(db, memberEmail),
    vienneCell: await db.selfAssessment.findFirstOrThrow({ where: { prefectureId: vienne.id } }),
    vienneDocument: await documentOf(vienne.id, "Document de la Vienne"),
  };
}

beforeAll(async () => {
  await withDemoData(db);
  await ensureQualityDemoData(db);
  setup = await prepare();
});

describe("self-assessment evidence", () => {
  it("a referent attaches a followed indicator and a document, reads them back, removes one; each audited", async () => {
    const { prefecture, cell, followed, document, referent } = setup;
    const options = await getEvidenceOptions(prefecture.id);
    expect(options.indicators.map((i) => i.code)).toEqual([followed.code]);
    expect(options.documents.map((d) => d.id)).toEqual([setup.ownDocument.id, document.id]);

    const indicator = await addEvidence.built.execute(db, referent, { selfAssessmentId: cell.id, indicatorDefinitionId: followed.id });
    if (!indicator.ok) throw new Error(JSON.stringify(indicator));
    const doc = await addEvidence.built.execute(db, referent, { selfAssessmentId: cell.id, documentId: document.id });
    if (!doc.ok) throw new Error(JSON.stringify(doc));
    expect(await addEvidence.built.execute(db, referent, { selfAssessmentId: cell.id, documentId: document.id })).toMatchObject({ ok: false, error: "Cette preuve est déjà jointe à cette évaluation." });
    expect(await addEvidence.built.execute(db, referent, { selfAssessmentId: cell.id })).toMatchObject({ ok: false, code: "INVALID" });

    const view = await getSelfAssessment(prefecture.id, CAMPAIGN);
    expect(view.cells.find((c) => c.id === cell.id)?.evidence).toEqual([
      { id: indicator.data.id, kind: "indicator", indicatorCode: followed.code, label: expect.any(String) },
      { id: doc.data.id, kind: "document", documentId: document.id, label: "Charte Marianne affichée" },
    ]);
    expect(await db.auditLog.count({ where: { action: "quality.addEvidence", entityId: { in: [indicator.data.id, doc.data.id] } } })).toBe(2);
    const own = await addEvidence.built.execute(db, referent, { selfAssessmentId: cell.id, documentId: setup.ownDocument.id });
    expect(own).toMatchObject({ ok: true });
    if (own.ok) await removeEvidence.built.execute(db, referent, { id: own.data.id });

    expect(await removeEvidence.built.execute(db, referent, { id: doc.data.id })).toMatchObject({ ok: true });
    expect(await db.selfAssessmentEvidence.count({ where: { selfAssessmentId: cell.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "quality.removeEvidence", entityId: doc.data.id } })).toBe(1);

    // Emptied, the cell is cleared but kept: its evidence stays.
    const emptied = await saveSelfAssessment.built.execute(db, referent, {
      prefectureId: prefecture.id,
      campaign: CAMPAIGN,
      cells: [{ structureId: setup.structure.id, engagementId: setup.engagement.id, level: "", comment: "", version: 1 }],
    });
    expect(emptied).toMatchObject({ ok: true, data: { changed: 1 } });
    expect(await db.selfAssessment.findUniqueOrThrow({ where: { id: cell.id } })).toMatchObject({ met: null, version: 2 });
    expect(await db.selfAssessmentEvidence.count({ where: { selfAssessmentId: cell.id } })).toBe(1);
  });

  it("refuses an indicator not followed, another prefecture's document, cell and evidence; a member cannot attach", async () => {
    const { cell, notFollowed, referent, member, vienneCell, vienneDocument, followed } = setup;
    expect(await addEvidence.built.execute(db, referent, { selfAssessmentId: cell.id, indicatorDefinitionId: notFollowed.id })).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { indicatorDefinitionId: ["Cet indicateur n'est pas suivi par la préfecture."] },
    });
    expect(await addEvidence.built.execute(db, referent, { selfAssessmentId: cell.id, documentId: vienneDocument.id })).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { documentId: ["Ce document n'est pas un document de la préfecture (ou il est sur une séance en préparation), ou il a été supprimé."] },
    });
    // A document of a meeting still in preparation: members, who read the evidence, may not see it.
    expect(await addEvidence.built.execute(db, referent, { selfAssessmentId: cell.id, documentId: setup.draftDocument.id })).toMatchObject({ ok: false, code: "INVALID" });
    expect(await addEvidence.built.execute(db, referent, { selfAssessmentId: vienneCell.id, indicatorDefinitionId: followed.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const vienneEvidence = await db.selfAssessmentEvidence.create({ data: { selfAssessmentId: vienneCell.id, documentId: vienneDocument.id } });
    expect(await removeEvidence.built.execute(db, referent, { id: vienneEvidence.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db.selfAssessmentEvidence.count({ where: { id: vienneEvidence.id } })).toBe(1);
    await db.selfAssessmentEvidence.delete({ where: { id: vienneEvidence.id } });

    expect(await addEvidence.built.execute(db, member, { selfAssessmentId: cell.id, indicatorDefinitionId: followed.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await addEvidence.built.execute(db, null, { selfAssessmentId: cell.id, indicatorDefinitionId: followed.id })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });
});
