// The outbox on the job queue (lib/jobs, pg-boss in the run's database) against a real SMTP
// server: a message is delivered once, a failed one is retried and sent once, two workers on
// one row send one e-mail, a scheduled one waits for its time, a cancelled one never leaves,
// and the sweep delivers a row that nobody enqueued.
import { type AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db-client";
import { applyMigrations } from "../../scripts/db/schema-engine";
import { createDatabase, dropDatabase } from "../../scripts/lib/postgres";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import {
  cancelQueuedMessage,
  configureJobs,
  deliverQueuedMessage,
  enqueueDelivery,
  getBoss,
  MAIL_DELIVER,
  startWorkers,
  stopJobs,
  sweep,
} from "@/lib/jobs";
import { createMailer, type Mailer, type OutgoingMessage } from "@/lib/mail/mailer";
import { createPrefecture, testPrefectureSeed } from "@/tests/factories/prefectures";

/**
 * A database of its own: the sweep delivers every due unsent row of the database it runs on,
 * and the other integration files (run in parallel on the run's database) leave many such
 * rows (review invitations without SMTP…) that would queue before this file's own.
 */
const adminUrl = process.env.TEST_ADMIN_URL ?? inject("testAdminUrl");
const jobsDatabase = `clu_jobs_${Date.now()}`;
const jobsUrl = (() => {
  const u = new URL(adminUrl);
  u.pathname = `/${jobsDatabase}`;
  return u.toString();
})();
let db: PrismaClient;
const FROM = "Préfecture — CLU <clu@example.org>";

interface Received {
  rcptTo: string[];
  raw: string;
}
const received: Received[] = [];
/** How many of the next DATA commands the server refuses (a relay that is down, then back). */
let refuseNext = 0;
/** Slows every accepted message, so two senders would overlap. */
let acceptDelayMs = 0;
let smtp: SMTPServer;
let smtpUrl = "";
let mailer: Mailer;

async function freshPrefecture(client: PrismaClient) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await createPrefecture(client, testPrefectureSeed());
    } catch (error) {
      if (attempt > 30 || (error as { code?: string }).code !== "P2002") throw error;
    }
  }
}

function to(address: string) {
  return received.filter((r) => r.rcptTo.includes(address));
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function queue(message: Omit<OutgoingMessage, "prefectureId">): Promise<string> {
  const prefecture = await freshPrefecture(db);
  const [id] = await db.$transaction((tx) => mailer.queueMany(tx, [{ prefectureId: prefecture.id, ...message }]));
  return id as string;
}

beforeAll(async () => {
  await createDatabase(adminUrl, jobsDatabase);
  await applyMigrations(jobsUrl, path.resolve("prisma/migrations"));
  db = createPrismaClient(jobsUrl);
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (refuseNext > 0) {
          refuseNext--;
          const error = new Error("Relais indisponible") as Error & { responseCode: number };
          error.responseCode = 451;
          callback(error);
          return;
        }
        setTimeout(() => {
          received.push({ rcptTo: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString("utf8") });
          callback();
        }, acceptDelayMs);
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  // The handover of the default mailer, with the test's SMTP server: failures go to the queue.
  mailer = createMailer({ smtpUrl, from: FROM, handOver: async (ids) => void (await enqueueDelivery(ids)) });
  configureJobs({ connectionString: jobsUrl, retryDelaySeconds: 1 });
  await startWorkers({ db, mailer, pollingIntervalSeconds: 0.5, sweepCron: null });
});

afterAll(async () => {
  await stopJobs();
  mailer.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await db.$disconnect();
  await dropDatabase(adminUrl, jobsDatabase);
});

describe("mail.deliver on the job queue", () => {
  it("delivers an enqueued message once, with the Message-ID of its row, and records the attempt", async () => {
    const id = await queue({ to: "once@example.org", subject: "Relevé de conclusions", text: "À relire." });
    expect(await enqueueDelivery([id])).toEqual([id]);
    // A second enqueue while the first job is queued or running adds no job.
    expect(await enqueueDelivery([id])).toEqual([]);
    const row = await until(() => db.outboxMessage.findUniqueOrThrow({ where: { id } }), (r) => r.sentAt !== null);
    expect(row).toMatchObject({ error: null, claimedAt: null, attempts: 1 });
    expect(to("once@example.org")).toHaveLength(1);
    expect(to("once@example.org")[0]?.raw).toContain(`Message-ID: <${id}@example.org>`);
    // Enqueued again once sent: the job runs and sends nothing.
    await enqueueDelivery([id]);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(to("once@example.org")).toHaveLength(1);
  });

  it("retries a message the SMTP server refused, then sends it once; attempts are recorded", async () => {
    const id = await queue({ to: "retry@example.org", subject: "Rappel", text: "Relecture." });
    refuseNext = 2;
    // The immediate delivery after commit fails and hands the message to the queue.
    const [first] = await mailer.deliverPending(db, [id]);
    expect(first).toMatchObject({ status: "FAILED", sent: false });
    expect(first?.error).toMatch(/451/);
    const failed = await db.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(failed).toMatchObject({ sentAt: null, claimedAt: null, attempts: 1 });
    const row = await until(() => db.outboxMessage.findUniqueOrThrow({ where: { id } }), (r) => r.sentAt !== null, 30_000);
    expect(row.error).toBeNull();
    expect(row.attempts).toBe(3); // refused, refused (a retry of the job), accepted
    expect(to("retry@example.org")).toHaveLength(1);
  });

  it("two workers handling the same row at once send one e-mail", async () => {
    const id = await queue({ to: "race@example.org", subject: "Convocation", text: "Séance." });
    acceptDelayMs = 300;
    try {
      const [a, b] = await Promise.all([
        deliverQueuedMessage({ db, mailer }, { outboxMessageId: id }),
        deliverQueuedMessage({ db, mailer }, { outboxMessageId: id }),
      ]);
      expect([a?.status, b?.status].sort()).toEqual(["IN_PROGRESS", "SENT"]);
    } finally {
      acceptDelayMs = 0;
    }
    // ...and the immediate delivery of the request that queued it, arriving late, neither.
    expect((await mailer.deliverPending(db, [id]))[0]?.status).toBe("ALREADY_SENT");
    expect(to("race@example.org")).toHaveLength(1);
    expect((await db.outboxMessage.findUniqueOrThrow({ where: { id } })).attempts).toBe(1);
  });

  it("sends a scheduled message only once its time has come", async () => {
    const sendAfter = new Date(Date.now() + 3_000);
    const id = await queue({ to: "later@example.org", subject: "Rappel J-2", text: "La relecture se termine.", sendAfter });
    // The immediate delivery refuses it (not due) and hands it to the queue with startAfter.
    expect((await mailer.deliverPending(db, [id]))[0]?.status).toBe("SCHEDULED");
    // Even a worker handed the job early does not send it.
    expect((await deliverQueuedMessage({ db, mailer }, { outboxMessageId: id })).status).toBe("SCHEDULED");
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(to("later@example.org")).toHaveLength(0);
    const row = await until(() => db.outboxMessage.findUniqueOrThrow({ where: { id } }), (r) => r.sentAt !== null);
    expect(row.sentAt!.getTime()).toBeGreaterThanOrEqual(sendAfter.getTime());
    expect(to("later@example.org")).toHaveLength(1);
  });

  it("never sends a cancelled message, and says why in the outbox", async () => {
    const id = await queue({ to: "cancelled@example.org", subject: "Rappel", text: "…", sendAfter: new Date(Date.now() + 1_500) });
    await enqueueDelivery([id]);
    expect(await db.$transaction((tx) => cancelQueuedMessage(tx, id, "relecture close"))).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect((await mailer.deliverPending(db, [id]))[0]?.status).toBe("CANCELLED");
    const row = await db.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ sentAt: null, error: "Annulé : relecture close", attempts: 0 });
    expect(to("cancelled@example.org")).toHaveLength(0);
    // A sent message cannot be cancelled.
    const sent = await queue({ to: "gone@example.org", subject: "S", text: "T" });
    await mailer.deliverPending(db, [sent]);
    expect(await cancelQueuedMessage(db, sent, "trop tard")).toBe(false);
  });

  it("the sweep delivers a due row that nobody enqueued (queued while the worker was down)", async () => {
    const id = await queue({ to: "orphan@example.org", subject: "Convocation", text: "Séance." });
    // Committed two minutes ago, never delivered: the server died between commit and send.
    await db.outboxMessage.update({ where: { id }, data: { createdAt: new Date(Date.now() - 120_000) } });
    const tooOld = await queue({ to: "old@example.org", subject: "Convocation", text: "Séance." });
    await db.outboxMessage.update({ where: { id: tooOld }, data: { createdAt: new Date(Date.now() - 3 * 86_400_000) } });
    const fresh = await queue({ to: "fresh@example.org", subject: "Convocation", text: "Séance." });

    const swept = await sweep();
    expect(swept).toContain(id);
    expect(swept).not.toContain(tooOld); // a day late: left to the referent
    expect(swept).not.toContain(fresh); // just committed: its request delivers it
    await until(() => db.outboxMessage.findUniqueOrThrow({ where: { id } }), (r) => r.sentAt !== null);
    expect(to("orphan@example.org")).toHaveLength(1);
    // The next sweep does not enqueue it again.
    expect(await sweep()).not.toContain(id);
  });

  it("keeps one job per message in the queue", async () => {
    const boss = await getBoss();
    const queueInfo = await boss.getQueue(MAIL_DELIVER);
    expect(queueInfo?.policy).toBe("exclusive");
  });
});
