// A new document uploaded as the evidence of a self-assessment cell (issue 9 item 3), through
// the route handler POST /{code}/demarche-qualite/auto-evaluation/{year}/preuves called
// in-process with a real session row (next-auth's getServerSession mocked to it, the actor
// loaded for real): the file is stored under FILES_DIR, its document row (outside any meeting)
// and the evidence row are created with their audit rows; the year's view lists it and the
// documents' download route serves it to a member of the prefecture, 404 under another
// prefecture's URL. Wrong type, too big, a cell of another prefecture or year, a member, a
// cross-site page: refused in French, nothing stored. storePrefectureDocument rolls back
// the row and removes the file when the caller's link fails.
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/[code]/demarche-qualite/auto-evaluation/[year]/preuves/route";
import { GET as download } from "@/app/[code]/documents/[documentId]/route";
import { storePrefectureDocument, UploadRefused } from "@/lib/documents";
import { getEvidenceOptions, getSelfAssessment } from "@/lib/quality/queries";
import { ensureQualityDemoData } from "@/tests/factories/quality";
import { actorFor, testDb, withDemoData } from "./support";

const session = vi.hoisted(() => ({ current: null as null | { userId: string; authTime: number; sessionId: string } }));
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  getServerSession: async () => session.current,
}));

const db = testDb();
const REFERENT_86 = "referent.86@example.org";
const MEMBER_86 = "membre.86@example.org";
const REFERENT_16 = "referent.16@example.org";
const sessions = new Map<string, { userId: string; authTime: number; sessionId: string }>();
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

let filesDir: string;
const previousFilesDir = process.env.FILES_DIR;
let vienneId: string;
let cell: { id: string; campaign: number };
let charenteCell: { id: string; campaign: number };

async function signIn(email: string) {
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  const row = await db.userSession.create({ data: { userId: user.id, expiresAt: new Date(Date.now() + 3600_000) } });
  sessions.set(email, { userId: user.id, authTime: Math.floor(Date.now() / 1000), sessionId: row.id });
}

function as(caller: string | null) {
  session.current = caller ? sessions.get(caller)! : null;
}

interface Upload {
  caller: string | null;
  code?: string;
  year?: string;
  selfAssessmentId?: string;
  title?: string;
  file?: File;
  origin?: string | null;
}

function upload({ caller, code = "86", year = String(cell.campaign), selfAssessmentId = cell.id, title, file, origin = "http://localhost" }: Upload) {
  as(caller);
  const form = new FormData();
  form.set("selfAssessmentId", selfAssessmentId);
  if (title !== undefined) form.set("title", title);
  form.set("file", file ?? new File([PDF], "charte-accueil.pdf", { type: "application/pdf" }));
  const request = new Request(`http://localhost/${code}/demarche-qualite/auto-evaluation/${year}/preuves`, {
    method: "POST",
    body: form,
    headers: origin === null ? {} : { origin },
  });
  return POST(request, { params: Promise.resolve({ code, year }) });
}

function get(caller: string | null, code: string, documentId: string) {
  as(caller);
  return download(new Request(`http://localhost/${code}/documents/${documentId}`), { params: Promise.resolve({ code, documentId }) });
}

function storedFiles(dir = filesDir): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

/** What a refused upload must leave: the same documents, evidence and files as before. */
async function snapshot() {
  return {
    documents: await db.document.count({ where: { prefectureId: vienneId } }),
    evidence: await db.selfAssessmentEvidence.count(),
    files: storedFiles().length,
  };
}

beforeAll(async () => {
  await withDemoData(db);
  await ensureQualityDemoData(db);
  filesDir = mkdtempSync(path.join(tmpdir(), "clu-evidence-upload-"));
  process.env.FILES_DIR = filesDir; // read by lib/documents/storage.ts at each call
  for (const email of [REFERENT_86, MEMBER_86, REFERENT_16]) await signIn(email);
  vienneId = (await db.prefecture.findUniqueOrThrow({ where: { code: "86" } })).id;
  cell = await db.selfAssessment.findFirstOrThrow({ where: { prefectureId: vienneId }, orderBy: { id: "asc" } });
  const charente = await db.prefecture.findUniqueOrThrow({ where: { code: "16" } });
  const structure = await db.structure.findFirstOrThrow({ where: { prefectureId: charente.id } });
  const engagementId = (await db.selfAssessment.findUniqueOrThrow({ where: { id: cell.id } })).engagementId;
  charenteCell = await db.selfAssessment.create({ data: { prefectureId: charente.id, structureId: structure.id, engagementId, campaign: cell.campaign, met: true, score: 1 } });
});

afterAll(async () => {
  await db.userSession.updateMany({ where: { id: { in: [...sessions.values()].map((s) => s.sessionId) } }, data: { revokedAt: new Date() } });
  process.env.FILES_DIR = previousFilesDir;
  rmSync(filesDir, { recursive: true, force: true });
});

describe("POST /{code}/demarche-qualite/auto-evaluation/{year}/preuves", () => {
  it("stores the file, its document outside any meeting and the evidence row, each audited; the year's view and the picker list it", async () => {
    const response = await upload({ caller: REFERENT_86, title: "Charte Marianne affichée à l'accueil" });
    expect(response.status).toBe(201);
    const answer = (await response.json()) as { id: string; documentId: string; title: string };
    expect(answer.title).toBe("Charte Marianne affichée à l'accueil");

    const document = await db.document.findUniqueOrThrow({ where: { id: answer.documentId } });
    expect(document).toMatchObject({
      prefectureId: vienneId,
      meetingId: null,
      agendaItemId: null,
      fileName: "charte-accueil.pdf",
      mimeType: "application/pdf",
      sizeBytes: PDF.byteLength,
      sha256: createHash("sha256").update(PDF).digest("hex"),
      uploadedById: sessions.get(REFERENT_86)!.userId,
    });
    // A real file under FILES_DIR, with the bytes sent.
    expect(readFileSync(path.join(filesDir, document.storageKey))).toEqual(PDF);

    expect(await db.selfAssessmentEvidence.findUniqueOrThrow({ where: { id: answer.id } })).toMatchObject({ selfAssessmentId: cell.id, documentId: document.id, indicatorDefinitionId: null });
    expect(await db.auditLog.findFirst({ where: { action: "document.upload", entityId: document.id } })).toMatchObject({ prefectureId: vienneId, after: expect.objectContaining({ meetingId: null }) });
    expect(await db.auditLog.findFirst({ where: { action: "quality.addEvidence", entityId: answer.id } })).toMatchObject({
      prefectureId: vienneId,
      after: { selfAssessmentId: cell.id, indicatorDefinitionId: null, documentId: document.id },
    });

    const view = await getSelfAssessment(vienneId, cell.campaign);
    expect(view.cells.find((c) => c.id === cell.id)?.evidence).toContainEqual({ id: answer.id, kind: "document", documentId: document.id, label: "Charte Marianne affichée à l'accueil" });
    // Offered again for other cells: one upload may back several engagements.
    expect((await getEvidenceOptions(vienneId)).documents.map((d) => d.id)).toContain(document.id);

    // Without a title, the file's name is the title.
    const untitled = await upload({ caller: REFERENT_86, file: new File([PDF], "Affichage des horaires.pdf") });
    expect(untitled.status).toBe(201);
    expect(await untitled.json()).toMatchObject({ title: "Affichage des horaires" });
  });

  it("serves the document to a member of the prefecture; another prefecture's URL gets 404, an anonymous caller 401", async () => {
    const evidence = await db.selfAssessmentEvidence.findFirstOrThrow({ where: { selfAssessmentId: cell.id, document: { meetingId: null } }, include: { document: true } });
    const id = evidence.document!.id;

    const member = await get(MEMBER_86, "86", id);
    expect(member.status).toBe(200);
    expect(member.headers.get("content-type")).toBe("application/pdf");
    expect(member.headers.get("content-disposition")).toContain("charte-accueil.pdf");
    expect(Buffer.from(await member.arrayBuffer())).toEqual(PDF);

    // The Charente's referent under their own URL: the Vienne's document does not exist there.
    expect((await get(REFERENT_16, "16", id)).status).toBe(404);
    // … and the Vienne's URL is not theirs.
    expect((await get(REFERENT_16, "86", id)).status).toBe(403);
    expect((await get(null, "86", id)).status).toBe(401);

    // Deleted (documents are only soft-deleted): gone for everyone.
    await db.document.update({ where: { id }, data: { deletedAt: new Date() } });
    try {
      expect((await get(MEMBER_86, "86", id)).status).toBe(404);
      expect((await get(REFERENT_86, "86", id)).status).toBe(404);
    } finally {
      await db.document.update({ where: { id }, data: { deletedAt: null } });
    }
  });

  it("refuses a file of the wrong type and one too big, in French, storing nothing", async () => {
    const before = await snapshot();
    const text = await upload({ caller: REFERENT_86, file: new File(["Simple note, pas un PDF."], "note.pdf", { type: "application/pdf" }) });
    expect(text.status).toBe(400);
    expect(((await text.json()) as { error: string }).error).toMatch(/^Type de fichier non accepté : déposez un PDF, DOCX, XLSX, ODT, PNG ou JPEG\./);

    const big = new Uint8Array(20 * 1024 * 1024 + 1);
    big.set(PDF);
    const tooBig = await upload({ caller: REFERENT_86, file: new File([big], "gros.pdf") });
    expect(tooBig.status).toBe(413);
    expect(await tooBig.json()).toEqual({ error: "Le fichier dépasse 20 Mo." });

    const empty = await upload({ caller: REFERENT_86, file: new File([], "") });
    expect(empty.status).toBe(400);
    expect(await empty.json()).toEqual({ error: "Choisissez un fichier." });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a cell of another prefecture or another year, a member, another prefecture's referent and a cross-site page, storing nothing", async () => {
    const before = await snapshot();
    const foreign = await upload({ caller: REFERENT_86, selfAssessmentId: charenteCell.id });
    expect(foreign.status).toBe(404);
    expect(await foreign.json()).toEqual({ error: `Cette évaluation n'existe pas dans l'autoévaluation ${cell.campaign} de la préfecture : rechargez la page.` });
    const otherYear = await upload({ caller: REFERENT_86, year: String(cell.campaign + 1) });
    expect(otherYear.status).toBe(404);
    expect((await upload({ caller: REFERENT_86, selfAssessmentId: "pas-un-identifiant" })).status).toBe(400);
    expect((await upload({ caller: REFERENT_86, year: "20x2" })).status).toBe(404);

    const member = await upload({ caller: MEMBER_86 });
    expect(member.status).toBe(403);
    expect(await member.json()).toEqual({ error: "Seuls les référents de la préfecture peuvent déposer une preuve." });
    // The Charente's referent: on the Vienne's URL (not their prefecture), and on their own with the Vienne's cell.
    expect((await upload({ caller: REFERENT_16 })).status).toBe(403);
    expect((await upload({ caller: REFERENT_16, code: "16" })).status).toBe(404);
    expect((await upload({ caller: null })).status).toBe(401);

    const crossSite = await upload({ caller: REFERENT_86, origin: "https://ailleurs.example" });
    expect(crossSite.status).toBe(403);
    expect(await crossSite.json()).toEqual({ error: "Requête refusée : elle ne provient pas d'une page du portail." });
    expect((await upload({ caller: REFERENT_86, origin: null })).status).toBe(403);
    expect(await snapshot()).toEqual(before);
  });
});

describe("storePrefectureDocument", () => {
  it("keeps neither the row nor the file when the caller's link refuses or fails inside the transaction", async () => {
    const referent = await actorFor(db, REFERENT_86);
    const before = await snapshot();
    const input = { fileName: "preuve.pdf", bytes: new Uint8Array(PDF), title: null };
    const refused = await storePrefectureDocument(referent, { prefectureId: vienneId }, input, {
      client: db,
      link: async (tx, document) => {
        expect(await tx.document.count({ where: { id: document.id } })).toBe(1); // the row exists inside
        throw new UploadRefused(404, "Cellule introuvable.");
      },
    });
    expect(refused).toEqual({ ok: false, status: 404, error: "Cellule introuvable." });
    await expect(
      storePrefectureDocument(referent, { prefectureId: vienneId }, input, {
        client: db,
        link: async () => {
          throw new Error("panne");
        },
      }),
    ).rejects.toThrow("panne");
    expect(await snapshot()).toEqual(before);

    const stored = await storePrefectureDocument(referent, { prefectureId: vienneId }, input, { client: db });
    if (!stored.ok) throw new Error(JSON.stringify(stored));
    expect(stored.document).toMatchObject({ title: "preuve", fileName: "preuve.pdf" });
    expect(await db.document.findUniqueOrThrow({ where: { id: stored.document.id } })).toMatchObject({ meetingId: null, prefectureId: vienneId });
    expect(storedFiles()).toHaveLength(before.files + 1);
  });
});
