// The daily job `quality.reminders` on the job queue (lib/jobs, pg-boss) end to end: sent to
// the queue, its handler records the reminder of a label that ends in two months (counted from
// today in Paris, as the scheduled run does) and the e-mail reaches the referent through a real
// SMTP server by the `mail.deliver` jobs; run again, it sends nothing. A database of its own, as
// in jobs.test.ts: the workers deliver every due row of the database they run on.
import { type AddressInfo } from "node:net";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getBoss, QUALITY_REMINDERS, startWorkers, stopJobs } from "@/lib/jobs";
import { createMailer, type Mailer } from "@/lib/mail/mailer";
import { addMonths, fromIsoDate } from "@/lib/quality/domain";
import { parisDateParts } from "@/lib/format";
import { createPrefecture, testPrefectureSeed } from "@/tests/factories/prefectures";
import { upsertUser } from "@/tests/factories/users";
import { applyMigrations } from "../../scripts/db/schema-engine";
import { createDatabase, dropDatabase } from "../../scripts/lib/postgres";

const adminUrl = process.env.TEST_ADMIN_URL ?? inject("testAdminUrl");
const database = `clu_quality_jobs_${Date.now()}`;
const url = (() => {
  const u = new URL(adminUrl);
  u.pathname = `/${database}`;
  return u.toString();
})();
let db: PrismaClient;
let smtp: SMTPServer;
let mailer: Mailer;
const received: string[] = [];

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

beforeAll(async () => {
  await createDatabase(adminUrl, database);
  await applyMigrations(url, path.resolve("prisma/migrations"));
  db = createPrismaClient(url);
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      stream.on("data", () => {});
      stream.on("end", () => {
        received.push(...session.envelope.rcptTo.map((r) => r.address));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`, from: "Portail CLU <clu@example.org>" });
  await startWorkers({ db, mailer, connectionString: url, pollingIntervalSeconds: 0.5, sweepCron: null, qualityRemindersCron: null });
});

afterAll(async () => {
  await stopJobs();
  mailer?.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await db?.$disconnect();
  await dropDatabase(adminUrl, database);
});

it("the job records the reminder and the referent receives one e-mail, once", async () => {
  const prefecture = await createPrefecture(db, testPrefectureSeed());
  const framework = await db.framework.create({ data: { code: "QEP-JOB", kind: "QUAL_E_PREF", name: "Qual-e-Pref" } });
  const version = await db.frameworkVersion.create({ data: { frameworkId: framework.id, label: "2019", publishedOn: new Date("2019-02-04") } });
  const today = parisDateParts(new Date()).date;
  const validUntil = addMonths(today, 2);
  await db.label.create({ data: { prefectureId: prefecture.id, frameworkVersionId: version.id, status: "GRANTED", obtainedOn: fromIsoDate(addMonths(today, -34)), validUntil: fromIsoDate(validUntil) } });
  await upsertUser(db, { email: "referente.job@example.org", name: "Référente", password: "motdepasse-1234", roles: [{ role: "REFERENT", prefectureId: prefecture.id }] });

  const boss = await getBoss();
  await boss.send(QUALITY_REMINDERS, {});
  const sent = await until(() => db.outboxMessage.findMany({ where: { prefectureId: prefecture.id } }), (rows) => rows.length > 0 && rows.every((r) => r.sentAt !== null));
  expect(sent).toHaveLength(1);
  expect(sent[0]?.subject).toMatch(/^Label Qual-e-Pref : valable jusqu'au /);
  expect(await db.qualityReminder.findMany({ where: { prefectureId: prefecture.id }, select: { kind: true, dueOn: true } })).toEqual([{ kind: "LABEL_EXPIRY", dueOn: fromIsoDate(validUntil) }]);
  await until(async () => received.filter((r) => r === "referente.job@example.org").length, (n) => n === 1);

  await boss.send(QUALITY_REMINDERS, {});
  await new Promise((resolve) => setTimeout(resolve, 3000));
  expect(await db.outboxMessage.count({ where: { prefectureId: prefecture.id } })).toBe(1);
  expect(received.filter((r) => r === "referente.job@example.org")).toHaveLength(1);
});
