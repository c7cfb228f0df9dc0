// The evidence pack against a real database (issue 9 item 7): the Vosges' 2022 pack (demo data:
// indicators, the December 2022 compte rendu, the label's action plan, the 2022 survey) plus a
// few register entries and an action followed with a note, built into memory and read back with
// a real ZIP reader — the indicators workbook holds the seeded e-mail rates, the action
// plan the seeded and the noted actions, the PDFs are PDFs, the register has exactly this
// prefecture's year. Another prefecture's register entry and action never enter it; a cancelled
// download stops the build.
import { Writable } from "node:stream";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { writeEvidencePack } from "@/lib/evidence-pack/builder";
import { planEvidencePack, type EvidencePackPlan } from "@/lib/evidence-pack/queries";
import { minutesFileBase } from "@/lib/minutes/loaders";
import { findMinutesDocument } from "@/lib/minutes/queries";
import type { Actor } from "@/lib/auth/policy";
import { createRegisterEntryRow } from "@/tests/factories/register";
import { actorFor, testDb, withDemoData } from "./support";

const db = testDb();
let vosgesId: string;
let vienneId: string;
let referent: Actor;

/** A Writable that keeps what it receives (the test's "download"). */
function collector() {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      callback();
    },
  });
  return { sink, bytes: () => Buffer.concat(chunks) };
}

const entry = (receivedOn: string, subject: string) => ({
  reference: null as unknown as string,
  receivedOn,
  channel: "EMAIL" as const,
  type: "COMPLAINT" as const,
  subject,
  service: "Accueil",
  acknowledgedOn: receivedOn,
  holdingReplyOn: null,
  announcedDelayDays: null,
  answeredOn: null,
});

async function rowsOf(buffer: Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

beforeAll(async () => {
  await withDemoData(db);
  vosgesId = (await db.prefecture.findUniqueOrThrow({ where: { code: "88" } })).id;
  vienneId = (await db.prefecture.findUniqueOrThrow({ where: { code: "86" } })).id;
  referent = await actorFor(db, "referent.88@example.org");
  await createRegisterEntryRow(db, vosgesId, entry("2022-03-14", "Réclamation sur l'attente au guichet (test du dossier)"));
  await createRegisterEntryRow(db, vosgesId, entry("2022-11-02", "Courriel resté sans réponse (test du dossier)"));
  await createRegisterEntryRow(db, vosgesId, entry("2023-01-05", "Demande de 2023 (hors dossier)"));
  await createRegisterEntryRow(db, vienneId, entry("2022-06-01", "Demande de la Vienne (hors dossier)"));
  const action = await db.improvementAction.create({
    data: { prefectureId: vosgesId, title: "Action suivie en 2022 (test du dossier)", origin: "OTHER", status: "IN_PROGRESS", result: "Premiers effets mesurés" },
  });
  await db.improvementActionProgressNote.create({ data: { actionId: action.id, body: "Ancien point", createdAt: new Date("2022-05-02T10:00:00Z") } });
  await db.improvementActionProgressNote.create({ data: { actionId: action.id, body: "Dernier point de l'année", createdAt: new Date("2022-10-03T10:00:00Z") } });
  await db.improvementAction.create({ data: { prefectureId: vienneId, title: "Action de la Vienne (hors dossier)", origin: "OTHER", status: "PLANNED" } });
});

describe("the Vosges' 2022 evidence pack", () => {
  let plan: EvidencePackPlan;
  let zip: JSZip;
  const written: string[] = [];

  beforeAll(async () => {
    const planned = await planEvidencePack(vosgesId, 2022);
    if (!planned) throw new Error("no plan");
    plan = planned;
    const { sink, bytes } = collector();
    const { bytes: size } = await writeEvidencePack(plan, sink, { actor: referent, onFile: ({ file }) => written.push(file.name), now: new Date("2023-02-01T09:00:00Z") });
    expect(size).toBe(bytes().length);
    zip = await JSZip.loadAsync(bytes());
  }, 120_000);

  it("holds the planned files, in order, each reported once as written", () => {
    const names = plan.files.map((f) => f.name);
    expect(written).toEqual(names);
    expect(Object.values(zip.files).filter((f) => !f.dir).map((f) => f.name)).toEqual(names);
    expect(names).toEqual([
      "LISEZMOI.txt",
      "indicateurs-88-2022.xlsx",
      "bilan-indicateurs-2022-vosges.pdf",
      ...plan.facts.minutes.map((m) => `comptes-rendus/${m.fileBase}.pdf`),
      "plan-actions-88-2022.xlsx",
      "registre-88-2022.csv",
      "enquetes-88-2022.csv",
    ]);
    expect(plan.facts.minutes.length).toBeGreaterThanOrEqual(1);
    expect(plan.facts.registerEntryCount).toBe(2);
  });

  it("names the minutes as the minutes download does, and every PDF is a PDF", async () => {
    for (const m of plan.facts.minutes) {
      const document = await findMinutesDocument(vosgesId, m.id);
      expect(`${minutesFileBase(document!)}`).toBe(m.fileBase);
    }
    for (const file of plan.files.filter((f) => f.name.endsWith(".pdf"))) {
      const head = (await zip.file(file.name)!.async("nodebuffer")).subarray(0, 5).toString("latin1");
      expect(head).toBe("%PDF-");
    }
  });

  it("the indicators workbook holds the seeded 2022 e-mail rates (100 % from May to November)", async () => {
    const rows = await rowsOf(await zip.file("indicateurs-88-2022.xlsx")!.async("nodebuffer"));
    // The Vosges file has a scope column ("Périmètre", after the code), since some of its series have one.
    const rate = rows.find((r) => r[0] === "EMAIL_ANSWER_RATE" && r[2] === "Taux (%)");
    // Monthly columns January…December; a rate cell holds the share (1 = 100 %).
    expect(Array.from(rate?.slice(3) ?? [], (v) => v ?? null)).toEqual([null, null, null, null, 1, 1, 1, 1, 1, 1, 1]);
  });

  it("the action plan lists the seeded actions and the followed one with its last note, not the Vienne's", async () => {
    const rows = await rowsOf(await zip.file("plan-actions-88-2022.xlsx")!.async("nodebuffer"));
    expect(rows[0]).toEqual(["Action", "Origine", "Source", "Engagements", "Responsable", "Échéance", "Statut", "Résultat", "Dernier point d'avancement", "Date du point"]);
    const titles = rows.slice(1).map((r) => r[0]);
    expect(titles).toContain("Nouveau message d'accueil du standard");
    expect(titles).not.toContain("Action de la Vienne (hors dossier)");
    expect(rows.length - 1).toBe(plan.facts.actionCount);
    const followed = rows.find((r) => r[0] === "Action suivie en 2022 (test du dossier)")!;
    expect(followed[6]).toBe("En cours");
    expect(followed[7]).toBe("Premiers effets mesurés");
    expect(followed[8]).toBe("Dernier point de l'année");
    expect((followed[9] as Date).toISOString().slice(0, 10)).toBe("2022-10-03");
    const seeded = rows.find((r) => r[0] === "Nouveau message d'accueil du standard")!;
    expect(seeded[6]).toBe("Réalisée");
    expect(String(seeded[3])).toContain("QEP-1.05");
  });

  it("the register extract holds this prefecture's 2022 entries only, with the register's status words", async () => {
    const text = await zip.file("registre-88-2022.csv")!.async("string");
    // The register export's own header (the extract re-imports), then the deadline and the state.
    expect(text.startsWith("\uFEFFRéférence;Date de réception;Canal;Type;Objet;")).toBe(true);
    expect(text.split("\r\n")[0]).toMatch(/;Échéance;État$/);
    const lines = text.trim().split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain("14/03/2022;Courriel;Réclamation;Réclamation sur l'attente au guichet (test du dossier)");
    expect(lines[1]).toMatch(/;21\/03\/2022;En retard de [\d\u202f]+ jours ouvrés$/);
    expect(text).not.toContain("hors dossier");
  });

  it("the survey results and the manifest", async () => {
    const surveys = await zip.file("enquetes-88-2022.csv")!.async("string");
    expect(surveys).toContain("Enquête de satisfaction des usagers — résultats cumulés à fin août 2022");
    expect(surveys).toContain("Permis de conduire (suspension, annulation, visite médicale)");
    expect(surveys).toContain(";48;");
    const manifest = await zip.file("LISEZMOI.txt")!.async("string");
    expect(manifest).toContain("Dossier de preuves — Vosges (88) — année 2022");
    expect(manifest).toContain(`Contenu (${plan.files.length} fichiers)`);
    for (const f of plan.files) expect(manifest).toContain(`- ${f.name} : `);
  });
});

describe("a cancelled download", () => {
  it("stops the build with an error instead of finishing a pack nobody reads", async () => {
    const plan = await planEvidencePack(vosgesId, 2022);
    let received = 0;
    const sink = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        received += chunk.length;
        // The browser goes away after the first bytes.
        if (received > 1000) this.destroy();
        callback();
      },
    });
    const files: string[] = [];
    await expect(writeEvidencePack(plan!, sink, { actor: referent, onFile: ({ file }) => files.push(file.name) })).rejects.toThrow();
    expect(files.length).toBeLessThan(plan!.files.length);
  }, 60_000);
});
