// The quality reminders (issue 9 item 2) on a real database: a prefecture whose label ends in
// two months gets one outbox e-mail per active referent (not a disabled one, not staff), and
// a second run sends nothing; a label ending in five months gets none; a moved audit deadline
// gets its own reminder. Delivered through a real SMTP server (smtp-server) like the other mail
// tests. Dates are in 2031, far from every seeded label and audit, so the demo prefectures of
// the shared database get nothing from these runs. Also: deleting an audit (quality.deleteAudit).
import { type AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendQualityReminders } from "@/lib/quality";
import { deleteAudit } from "@/lib/quality/actions";
import { createMailer, type Mailer } from "@/lib/mail/mailer";
import { createTestPrefecture } from "@/tests/factories/prefectures";
import { upsertUser } from "@/tests/factories/users";
import { actorFor, testDb, withDemoData } from "./support";

const db = testDb();
const TODAY = "2031-03-15";
const received: { rcptTo: string[]; raw: string }[] = [];
let smtp: SMTPServer;
let mailer: Mailer;
let qualEPrefVersionId: string;

async function labelledPrefecture(validUntil: string) {
  const prefecture = await createTestPrefecture(db);
  await db.label.create({
    data: { prefectureId: prefecture.id, frameworkVersionId: qualEPrefVersionId, status: "GRANTED", obtainedOn: new Date("2028-05-15"), validUntil: new Date(validUntil) },
  });
  const tag = `${prefecture.code}-${Date.now()}`;
  const referents = [
    await upsertUser(db, { email: `referent-a-${tag}@example.org`, name: "Alice Référente", password: "motdepasse-1234", roles: [{ role: "REFERENT", prefectureId: prefecture.id }] }),
    await upsertUser(db, { email: `referent-b-${tag}@example.org`, name: "Bruno Référent", password: "motdepasse-1234", roles: [{ role: "REFERENT", prefectureId: prefecture.id }] }),
  ];
  const disabled = await upsertUser(db, { email: `referent-off-${tag}@example.org`, name: "Parti", password: "motdepasse-1234", roles: [{ role: "REFERENT", prefectureId: prefecture.id }] });
  await db.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
  await upsertUser(db, { email: `staff-${tag}@example.org`, name: "Agent", password: "motdepasse-1234", roles: [{ role: "STAFF", prefectureId: prefecture.id }] });
  return { prefecture, referents };
}

const outboxOf = (prefectureId: string) => db.outboxMessage.findMany({ where: { prefectureId }, orderBy: { to: "asc" } });

beforeAll(async () => {
  await withDemoData(db);
  qualEPrefVersionId = (await db.frameworkVersion.findFirstOrThrow({ where: { framework: { kind: "QUAL_E_PREF" } } })).id;
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({ rcptTo: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString("utf8") });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`, from: "Portail CLU <clu@example.org>" });
});

afterAll(async () => {
  mailer?.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

describe("sendQualityReminders", () => {
  it("a label ending in two months: one e-mail per active referent, delivered; a second run sends nothing", async () => {
    const { prefecture, referents } = await labelledPrefecture("2031-05-15");
    const far = await labelledPrefecture("2031-08-15");
    const delivered: string[] = [];
    const deliver = async (ids: string[]) => {
      delivered.push(...ids);
      return mailer.deliverPending(db, ids);
    };

    const first = await sendQualityReminders(db, TODAY, { deliver });
    const messages = await outboxOf(prefecture.id);
    expect(messages.map((m) => m.to)).toEqual(referents.map((r) => `${r.name} <${r.email}>`));
    for (const m of messages) {
      expect(m.subject).toBe("Label Qual-e-Pref : valable jusqu'au 15 mai 2031");
      expect(m.text).toContain(`la préfecture de ${prefecture.name} arrive à échéance le jeudi 15 mai 2031 (dans 61 jours)`);
      expect(m.text).toContain(`/${prefecture.code}/demarche-qualite`);
      expect(m.sentAt).not.toBeNull();
      expect(first.messageIds).toContain(m.id);
      expect(delivered).toContain(m.id);
    }
    for (const r of referents) expect(received.filter((x) => x.rcptTo.includes(r.email))).toHaveLength(1);
    expect(await db.qualityReminder.findMany({ where: { prefectureId: prefecture.id }, select: { kind: true, dueOn: true } })).toEqual([
      { kind: "LABEL_EXPIRY", dueOn: new Date("2031-05-15") },
    ]);
    // Five months ahead: not yet.
    expect(await outboxOf(far.prefecture.id)).toEqual([]);

    const second = await sendQualityReminders(db, TODAY, { deliver });
    expect(second.messageIds.filter((id) => messages.some((m) => m.id === id))).toEqual([]);
    expect(await outboxOf(prefecture.id)).toHaveLength(2);
    // The next day too.
    await sendQualityReminders(db, "2031-03-16", { deliver });
    expect(await outboxOf(prefecture.id)).toHaveLength(2);
    for (const r of referents) expect(received.filter((x) => x.rcptTo.includes(r.email))).toHaveLength(1);
  });

  it("an audit deadline moved to another date gets its own reminder; a held audit none", async () => {
    const { prefecture, referents } = await labelledPrefecture("2033-05-15");
    const audit = await db.audit.create({ data: { prefectureId: prefecture.id, kind: "FOLLOW_UP", dueBy: new Date("2031-04-30") } });
    const deliver = async () => undefined;
    await sendQualityReminders(db, TODAY, { deliver });
    const firstRound = await outboxOf(prefecture.id);
    expect(firstRound).toHaveLength(referents.length);
    expect(firstRound[0]?.subject).toBe("Audit de suivi à réaliser avant le 30 avril 2031");

    await db.audit.update({ where: { id: audit.id }, data: { dueBy: new Date("2031-05-31") } });
    await sendQualityReminders(db, TODAY, { deliver });
    const after = await outboxOf(prefecture.id);
    expect(after).toHaveLength(2 * referents.length);
    expect(after.filter((m) => m.subject === "Audit de suivi à réaliser avant le 31 mai 2031")).toHaveLength(referents.length);

    await db.audit.update({ where: { id: audit.id }, data: { dueBy: new Date("2031-06-15"), heldOn: new Date("2031-03-10") } });
    await sendQualityReminders(db, TODAY, { deliver });
    expect(await outboxOf(prefecture.id)).toHaveLength(2 * referents.length);
  });
});

describe("quality.deleteAudit", () => {
  it("a referent deletes an audit (audited, its reminders gone); refused while an action comes from it, for another prefecture, under a stale version", async () => {
    const { prefecture, referents } = await labelledPrefecture("2033-05-15");
    const referent = await actorFor(db, referents[0]!.email);
    const foreign = await actorFor(db, "referent.86@example.org");
    const audit = await db.audit.create({ data: { prefectureId: prefecture.id, kind: "INTERNAL", dueBy: new Date("2031-04-30"), findings: "Accueil téléphonique à revoir" } });
    await sendQualityReminders(db, TODAY, { deliver: async () => undefined });
    expect(await db.qualityReminder.count({ where: { subjectId: audit.id } })).toBe(1);

    const action = await db.improvementAction.create({ data: { prefectureId: prefecture.id, title: "Revoir l'accueil téléphonique", origin: "AUDIT_FINDING", auditId: audit.id } });
    expect(await deleteAudit.built.execute(db, referent, { id: audit.id, version: 1 })).toMatchObject({
      ok: false,
      code: "INVALID",
      error: "Cet audit ne peut pas être supprimé : une action du plan d'actions en est issue. Modifiez l'audit plutôt que de le supprimer.",
    });
    await db.improvementAction.delete({ where: { id: action.id } });

    expect(await deleteAudit.built.execute(db, foreign, { id: audit.id, version: 1 })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await deleteAudit.built.execute(db, referent, { id: audit.id, version: 2 })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await deleteAudit.built.execute(db, referent, { id: audit.id, version: 1 })).toMatchObject({ ok: true, data: { id: audit.id } });
    expect(await db.audit.count({ where: { id: audit.id } })).toBe(0);
    expect(await db.qualityReminder.count({ where: { subjectId: audit.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "quality.deleteAudit", entityId: audit.id } })).toBe(1);
    expect(await deleteAudit.built.execute(db, referent, { id: audit.id, version: 1 })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});
