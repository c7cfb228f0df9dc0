// Importing a register twice, and exporting it, against a real database (issue 9 item 4): the
// same file imported again adds nothing and the preview lists each line already present;
// a file with new lines at its end adds only those; entries without reference are matched by
// their content, look-alikes counted; the fingerprint is scoped to the prefecture (another
// prefecture imports the same file whole); a reference repeated inside a file refuses it; an
// export (with its filters and range) imported back adds nothing — the round trip.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { importRegister } from "@/lib/register/actions";
import { findRegisterExport } from "@/lib/register/queries";
import { registerToCsv } from "@/lib/register/export";
import { registerExportSearchSchema } from "@/lib/register/schemas";
import { REGISTER_CSV_COLUMNS } from "@/lib/register/import";
import { utcDate } from "@/lib/register/domain";
import type { Actor } from "@/lib/auth/policy";
import { createTestPrefecture } from "@/tests/factories/prefectures";
import { upsertUser } from "@/tests/factories/users";
import { actorFor, testDb, withDemoData } from "./support";

const db = testDb();
const FIXTURE = readFileSync("tests/fixtures/register/registre-2021.csv");
const HEADER = REGISTER_CSV_COLUMNS.map((c) => c.header).join(";");

beforeAll(async () => {
  await withDemoData(db);
});

/** A prefecture of this test's own and its referent: counts are not shared with other files. */
async function ownRegister(): Promise<{ prefectureId: string; referent: Actor }> {
  const prefecture = await createTestPrefecture(db);
  const email = `referent.registre.${randomUUID()}@example.org`;
  await upsertUser(db, { email, name: "Référent de test (registre)", password: "demo-clu-2026", roles: [{ role: "REFERENT", prefectureId: prefecture.id }] });
  return { prefectureId: prefecture.id, referent: await actorFor(db, email) };
}

async function run(actor: Actor, prefectureId: string, file: Buffer | string, confirm: boolean) {
  const result = await importRegister.built.execute(db, actor, { prefectureId, fileName: "registre.csv", fileBase64: Buffer.from(file).toString("base64"), confirm });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data;
}

const count = (prefectureId: string) => db.requestRecord.count({ where: { prefectureId } });

describe("importing the same register twice", () => {
  it("the second import adds nothing; its preview lists the 12 lines already present with their line numbers", async () => {
    const { prefectureId, referent } = await ownRegister();
    expect(await run(referent, prefectureId, FIXTURE, true)).toMatchObject({ status: "imported", count: 12, presentCount: 0, present: [] });
    expect(await count(prefectureId)).toBe(12);

    const preview = await run(referent, prefectureId, FIXTURE, false);
    if (preview.status === "invalid") throw new Error("invalid");
    expect(preview).toMatchObject({ status: "preview", count: 0, presentCount: 12, sample: [], byType: { INFORMATION: 0, SUGGESTION: 0, COMPLAINT: 0 } });
    expect(preview.present.map((l) => l.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(preview.present[0]).toEqual({ line: 2, reference: "2021-001", receivedOn: "2021-01-04", subject: "Pièces à fournir pour un permis de conduire international" });

    expect(await run(referent, prefectureId, FIXTURE, true)).toMatchObject({ status: "imported", count: 0, presentCount: 12 });
    expect(await count(prefectureId)).toBe(12);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "register.import", prefectureId }, orderBy: { at: "desc" } });
    expect(audit.after).toMatchObject({ count: 0, alreadyPresent: 12 });
  });

  it("the file grown by new lines (with and without reference) adds only those; look-alikes without reference are counted", async () => {
    const { prefectureId, referent } = await ownRegister();
    await run(referent, prefectureId, FIXTURE, true);
    const noRef = ";02/08/2021;Téléphone;Demande d'information;Horaires de l'accueil;Accueil;;;;02/08/2021";
    const grown = `${FIXTURE.toString("utf8")}2021-013;26/07/2021;Courriel;Réclamation;Rendez-vous introuvable;Bureau des titres;;;;\r\n${noRef}\r\n${noRef}\r\n`;
    const preview = await run(referent, prefectureId, grown, false);
    if (preview.status === "invalid") throw new Error("invalid");
    expect(preview).toMatchObject({ count: 3, presentCount: 12, byType: { INFORMATION: 2, SUGGESTION: 0, COMPLAINT: 1 }, repeated: [{ line: 16, sameAs: 15 }] });
    expect(preview.sample.map((l) => l.line)).toEqual([14, 15, 16]);
    await run(referent, prefectureId, grown, true);
    expect(await count(prefectureId)).toBe(15);

    // Retyped in Excel (case, accents, spacing), the call without reference is still the same one — both of them.
    const retyped = `\uFEFF${HEADER}\r\n;02/08/2021;Telephone;Information;HORAIRES  de l’accueil;accueil;;;;02/08/2021\r\n;02/08/2021;Téléphone;Demande d'information;Horaires de l'accueil;Accueil;;;;\r\n;02/08/2021;Téléphone;Demande d'information;Horaires de l'accueil;Accueil;;;;\r\n`;
    const again = await run(referent, prefectureId, retyped, true);
    expect(again).toMatchObject({ count: 1, presentCount: 2 });
    expect(await count(prefectureId)).toBe(16);
  });

  it("is scoped to the prefecture: another prefecture imports the same file whole; the Vienne referent may not import into it", async () => {
    const first = await ownRegister();
    const second = await ownRegister();
    await run(first.referent, first.prefectureId, FIXTURE, true);
    expect(await run(second.referent, second.prefectureId, FIXTURE, true)).toMatchObject({ count: 12, presentCount: 0 });
    expect(await count(second.prefectureId)).toBe(12);
    expect(await count(first.prefectureId)).toBe(12);
    const vienne = await actorFor(db, "referent.86@example.org");
    const refused = await importRegister.built.execute(db, vienne, { prefectureId: second.prefectureId, fileName: "r.csv", fileBase64: FIXTURE.toString("base64"), confirm: true });
    expect(refused).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("a reference repeated inside the file refuses the file (nothing written) and says which lines", async () => {
    const { prefectureId, referent } = await ownRegister();
    const file = `${HEADER}\n2021-001;04/01/2021;Courriel;Information;Carte grise;Accueil;;;;\n2021-002;05/01/2021;Courriel;Information;Permis;Accueil;;;;\n2021-001;06/01/2021;Courrier;Réclamation;Autre;Accueil;;;;\n`;
    const result = await run(referent, prefectureId, file, true);
    expect(result).toEqual({ status: "invalid", truncated: false, errors: [{ line: 4, message: "Ligne 4 : la référence « 2021-001 » figure déjà ligne 2." }] });
    expect(await count(prefectureId)).toBe(0);
  });
});

describe("exporting the register", () => {
  it("round trip: the export imported back adds no line; the range and the filters choose the entries", async () => {
    const { prefectureId, referent } = await ownRegister();
    await run(referent, prefectureId, FIXTURE, true);
    // An entry without reference, typed in the form: matched back by its content.
    await db.requestRecord.create({ data: { prefectureId, receivedOn: utcDate("2021-09-01"), channel: "COUNTER", type: "SUGGESTION", subject: "Un banc « à l'ombre » ; merci", service: null } });

    const all = await findRegisterExport(prefectureId, { from: null, to: null });
    expect(all).toHaveLength(13);
    expect(all.map((e) => e.receivedOn)).toEqual([...all.map((e) => e.receivedOn)].sort());
    const back = await run(referent, prefectureId, registerToCsv(all), true);
    expect(back).toMatchObject({ status: "imported", count: 0, presentCount: 13 });
    expect(await count(prefectureId)).toBe(13);

    const firstQuarter = await findRegisterExport(prefectureId, { from: "2021-01-01", to: "2021-03-31" });
    expect(firstQuarter.map((e) => e.reference)).toEqual(["2021-001", "2021-002", "2021-003", "2021-004", "2021-005", "2021-006"]);
    const complaints = await findRegisterExport(prefectureId, { from: null, to: null, type: "COMPLAINT" });
    expect(complaints.map((e) => e.reference)).toEqual(["2021-003", "2021-008", "2021-009"]);
    const overdue = await findRegisterExport(prefectureId, { from: null, to: null, overdueOnly: true }, utcDate("2021-07-30"));
    expect(overdue.map((e) => e.reference)).toEqual(["2021-005", "2021-011", "2021-012"]);
  });

  it("the export's query string: ?du/?au checked in French, the list's filters kept", () => {
    expect(registerExportSearchSchema.safeParse({ du: "2021-02-31" }).error?.issues[0]?.message).toMatch(/^Date invalide \(« 2021-02-31 »\) : Le 31 février 2021 n'existe pas/);
    expect(registerExportSearchSchema.safeParse({ du: "2021-12-01", au: "2021-01-01" }).error?.issues[0]?.message).toBe("La date de fin (?au=) précède la date de début (?du=).");
    expect(registerExportSearchSchema.parse({ annee: "2021", type: "COMPLAINT", canal: "nimporte", retard: "1" })).toMatchObject({ annee: 2021, type: "COMPLAINT", canal: undefined, retard: "1", du: null, au: null });
  });
});
