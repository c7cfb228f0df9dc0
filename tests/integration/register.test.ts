// The register against a real database (domain.md §7): an entry created and edited with the
// actions (deadline and status read back, a stale version refused), French validation
// messages, the CSV import (preview writes nothing; a file with refused lines writes
// nothing and lists them; the fixture imported whole), the overdue list and the monthly
// figures on a prefecture of its own, and the policy: another prefecture's referent and a
// member are refused, for writes and for the import.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { createRegisterEntry, deleteRegisterEntry, importRegister, updateRegisterEntry } from "@/lib/register/actions";
import { findOverdueEntries, findRegisterEntry, findRegisterPage, registerMonthlyFigures } from "@/lib/register/queries";
import { utcDate } from "@/lib/register/domain";
import { can } from "@/lib/auth/policy";
import { createTestPrefecture } from "@/tests/factories/prefectures";
import { createRegisterEntryRow } from "@/tests/factories/register";
import { registerEntries } from "@/prisma/seed/data/register";
import { actorFor, testDb, withDemoData } from "./support";

const db = testDb();
let vienneId: string;
let charenteId: string;

beforeAll(async () => {
  await withDemoData(db);
  vienneId = (await db.prefecture.findUniqueOrThrow({ where: { code: "86" } })).id;
  charenteId = (await db.prefecture.findUniqueOrThrow({ where: { code: "16" } })).id;
});

const fields = (over: Record<string, unknown> = {}) => ({
  reference: null,
  receivedOn: "2021-04-29",
  channel: "EMAIL",
  type: "INFORMATION",
  subject: "Rendez-vous pour une carte d'identité",
  service: "Bureau des titres",
  acknowledgedOn: "2021-04-29",
  holdingReplyOn: "",
  announcedDelayDays: "",
  answeredOn: "",
  ...over,
});

const base64 = (path: string) => readFileSync(path).toString("base64");

describe("register entries", () => {
  it("a referent creates an entry: deadline 5 working days later, pending then overdue; audited", async () => {
    const referent = await actorFor(db, "referent.86@example.org");
    const created = await createRegisterEntry.built.execute(db, referent, { ...fields(), prefectureId: vienneId });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const pending = await findRegisterEntry(vienneId, created.data.id, utcDate("2021-05-04"));
    expect(pending).toMatchObject({ receivedOn: "2021-04-29", deadline: "2021-05-06", status: "PENDING", statusText: "En attente — échéance jeudi 6 mai 2021", version: 1 });
    const late = await findRegisterEntry(vienneId, created.data.id, utcDate("2021-05-11"));
    expect(late).toMatchObject({ status: "OVERDUE", statusText: "En retard de 3 jours ouvrés" });
    expect(await db.auditLog.count({ where: { action: "register.create", entityId: created.data.id } })).toBe(1);
  });

  it("an agent edits it under its version; the stale version is refused with the conflict message; delete needs the current version", async () => {
    const referent = await actorFor(db, "referent.86@example.org");
    const agent = await actorFor(db, "agent.86@example.org");
    const created = await createRegisterEntry.built.execute(db, referent, { ...fields({ subject: "Édition concurrente" }), prefectureId: vienneId });
    if (!created.ok) throw new Error(created.error);
    const id = created.data.id;
    const edited = await updateRegisterEntry.built.execute(db, agent, { ...fields({ subject: "Édition concurrente", answeredOn: "2021-05-06" }), id, version: 1 });
    expect(edited).toMatchObject({ ok: true, data: { version: 2 } });
    expect(await findRegisterEntry(vienneId, id)).toMatchObject({ answeredOn: "2021-05-06", status: "ANSWERED_IN_TIME", statusText: "Répondu dans le délai" });

    const stale = await updateRegisterEntry.built.execute(db, referent, { ...fields({ subject: "Écrasé ?" }), id, version: 1 });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(stale.ok ? "" : stale.error).toContain("modifiée par quelqu'un d'autre");
    expect((await findRegisterEntry(vienneId, id))?.subject).toBe("Édition concurrente");

    expect(await deleteRegisterEntry.built.execute(db, referent, { id, version: 1 })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await deleteRegisterEntry.built.execute(db, referent, { id, version: 2 })).toMatchObject({ ok: true });
    expect(await findRegisterEntry(vienneId, id)).toBeNull();
  });

  it("refuses invalid entries with French messages on their fields", async () => {
    const referent = await actorFor(db, "referent.86@example.org");
    const result = await createRegisterEntry.built.execute(db, referent, {
      ...fields({ receivedOn: "2021-05-10", answeredOn: "2021-05-07", subject: "", announcedDelayDays: "30", acknowledgedOn: "2021-02-31" }),
      prefectureId: vienneId,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe("INVALID");
    expect(result.fieldErrors).toMatchObject({
      subject: ["Saisissez l'objet de la demande."],
      answeredOn: ["La date de réponse ne peut pas précéder la date de réception."],
      holdingReplyOn: ["Indiquez la date de la réponse d'attente qui annonce ce délai."],
      acknowledgedOn: ["Le 31 février 2021 n'existe pas : février 2021 compte 28 jours."],
    });
  });

  it("refuses a date after today (the register records what happened)", async () => {
    const referent = await actorFor(db, "referent.86@example.org");
    const result = await createRegisterEntry.built.execute(db, referent, { ...fields({ receivedOn: "2099-01-05", acknowledgedOn: "" }), prefectureId: vienneId });
    expect(result).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { receivedOn: ["La date de réception ne peut pas être postérieure à aujourd'hui."] } });
  });

  it("is scoped: another prefecture's referent and a member are refused; another prefecture's entry is not found", async () => {
    const charente = await actorFor(db, "referent.16@example.org");
    const member = await actorFor(db, "membre.86@example.org");
    expect(await createRegisterEntry.built.execute(db, charente, { ...fields(), prefectureId: vienneId })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await createRegisterEntry.built.execute(db, member, { ...fields(), prefectureId: vienneId })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const row = await createRegisterEntryRow(db, vienneId, { ...registerEntries[0]!, reference: "SCOPE-1" });
    expect(await updateRegisterEntry.built.execute(db, charente, { ...fields(), id: row.id, version: 1 })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await updateRegisterEntry.built.execute(db, member, { ...fields(), id: row.id, version: 1 })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await deleteRegisterEntry.built.execute(db, member, { id: row.id, version: 1 })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await importRegister.built.execute(db, member, { prefectureId: vienneId, fileName: "r.csv", fileBase64: base64("tests/fixtures/register/registre-2021.csv"), confirm: true })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await findRegisterEntry(charenteId, row.id)).toBeNull();
    expect((await db.requestRecord.findUniqueOrThrow({ where: { id: row.id } })).version).toBe(1);
    // Members read the prefecture's results, never its register.
    expect(can(member, "results.read", { kind: "prefecture", prefectureId: vienneId })).toBe(true);
    expect(can(member, "register.manage", { kind: "prefecture", prefectureId: vienneId })).toBe(false);
  });
});

describe("CSV import", () => {
  it("preview writes nothing; the import writes the 12 entries of the fixture in one go", async () => {
    const own = await createTestPrefecture(db);
    const referent = await actorFor(db, "referent.86@example.org");
    // The Vienne referent cannot import into a prefecture that is not theirs.
    const foreign = await importRegister.built.execute(db, referent, { prefectureId: own.id, fileName: "registre-2021.csv", fileBase64: base64("tests/fixtures/register/registre-2021.csv"), confirm: true });
    expect(foreign).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db.requestRecord.count({ where: { prefectureId: own.id } })).toBe(0);

    const before = await db.requestRecord.count({ where: { prefectureId: vienneId } });
    const input = { prefectureId: vienneId, fileName: "registre-2021.csv", fileBase64: base64("tests/fixtures/register/registre-2021.csv") };
    const preview = await importRegister.built.execute(db, referent, { ...input, confirm: false });
    expect(preview).toMatchObject({ ok: true, data: { status: "preview", count: 12, byType: { INFORMATION: 7, SUGGESTION: 2, COMPLAINT: 3 }, years: [2021] } });
    expect(await db.requestRecord.count({ where: { prefectureId: vienneId } })).toBe(before);
    const imported = await importRegister.built.execute(db, referent, { ...input, confirm: true });
    expect(imported).toMatchObject({ ok: true, data: { status: "imported", count: 12 } });
    expect(await db.requestRecord.count({ where: { prefectureId: vienneId } })).toBe(before + 12);
    const holding = await db.requestRecord.findFirstOrThrow({ where: { prefectureId: vienneId, reference: "2021-006" } });
    expect(holding).toMatchObject({ holdingReplyOn: utcDate("2021-03-03"), announcedDelayDays: 30, answeredOn: utcDate("2021-03-25"), channel: "EMAIL" });
  });

  it("a file with refused lines writes nothing, even confirmed, and lists each line in French", async () => {
    const referent = await actorFor(db, "referent.86@example.org");
    const before = await db.requestRecord.count({ where: { prefectureId: vienneId } });
    const result = await importRegister.built.execute(db, referent, {
      prefectureId: vienneId,
      fileName: "registre-erreurs.csv",
      fileBase64: base64("tests/fixtures/register/registre-erreurs.csv"),
      confirm: true,
    });
    if (!result.ok || result.data.status !== "invalid") throw new Error(JSON.stringify(result));
    expect(result.data.errors.map((e) => e.line)).toEqual([3, 4, 5, 6, 7]);
    expect(result.data.errors[0]?.message).toMatch(/^Ligne 3 : date de réception invalide/);
    expect(await db.requestRecord.count({ where: { prefectureId: vienneId } })).toBe(before);
  });
});

describe("overdue list and monthly figures", () => {
  it("on a prefecture of its own: the demo register's 2022 gives 66 % of e-mails in time and 8 complaints of 9; overdue entries listed oldest first", async () => {
    const own = await createTestPrefecture(db);
    for (const e of registerEntries) await createRegisterEntryRow(db, own.id, e);
    const figures = await registerMonthlyFigures(own.id, 2022, utcDate("2023-06-01"));
    expect(figures).toHaveLength(13);
    expect(figures[12]).toMatchObject({ emailsReceived: 50, emailsAnsweredInTime: 33, emailRate: 66, complaintsReceived: 9, complaintsProcessed: 8 });
    expect(figures.slice(0, 12).reduce((s, m) => s + m.emailsReceived, 0)).toBe(50);

    // The unanswered 2022 complaint and the suggestion of 14 March 2022 are overdue in 2023.
    const overdue = await findOverdueEntries(own.id, utcDate("2023-06-01"));
    expect(overdue.map((e) => e.reference)).toEqual(["2022-S001", "2022-R009"]);
    expect(overdue.every((e) => e.status === "OVERDUE" && e.statusText.startsWith("En retard de "))).toBe(true);
    // Not yet on the day after the suggestion's receipt.
    expect((await findOverdueEntries(own.id, utcDate("2022-03-15"))).map((e) => e.reference)).toEqual([]);

    const page = await findRegisterPage(own.id, 2022, { type: "COMPLAINT" }, 1, utcDate("2023-06-01"));
    expect(page.total).toBe(9);
    expect(page.entries.map((e) => e.receivedOn)).toEqual([...page.entries.map((e) => e.receivedOn)].sort().reverse());
    const onlyOverdue = await findRegisterPage(own.id, 2022, { overdueOnly: true }, 1, utcDate("2023-06-01"));
    // newest first, like the rest of the register
    expect(onlyOverdue.entries.map((e) => e.reference)).toEqual(["2022-R009", "2022-S001"]);
    expect((await findRegisterPage(own.id, 2022, {}, 2, utcDate("2023-06-01"))).entries).toHaveLength(10);
  });
});
