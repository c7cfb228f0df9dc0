/**
 * Background jobs on a PostgreSQL-backed queue (pg-boss, schema `pgboss` of the portal's
 * database) — docs/adr/0004-job-queue.md. Owns the queue's lifecycle and the outbox's
 * scheduled and retried deliveries:
 * - `enqueueDelivery(ids, { startAfter? })` after commit: one `mail.deliver` job per message;
 * - `startWorkers()` in the server process (instrumentation.ts): the handlers and the
 *   every-minute `mail.sweep`; `stopJobs()` stops them (tests, scripts, shutdown);
 * - the daily `quality.reminders` (lib/quality: the referents' e-mails three months before a
 *   label expires or an audit is due), whose messages go through the same outbox;
 * - `cancelMessages` / `cancelQueuedMessage` (from lib/mail) to call off a scheduled message
 *   that is no longer relevant, in the transaction that makes it so.
 * The worker does not run when JOBS_DISABLED=1 (and never during `next build`).
 */
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Mailer } from "@/lib/mail/mailer";
import { parisDateParts } from "@/lib/format";
import { getBoss, state, stopBoss } from "./boss";
import {
  createDeliveryQueues,
  deliverQueuedMessage,
  enqueueDeliveryWith,
  MAIL_DELIVER,
  MAIL_SWEEP,
  retryPolicy,
  sweepOutbox,
  type DeliveryDeps,
  type DeliveryJobData,
} from "./mail-delivery";

export { getBoss } from "./boss";

/** Daily: the quality reminders due today (lib/quality sendQualityReminders, idempotent). */
export const QUALITY_REMINDERS = "quality.reminders";
export { cancelMessages, cancelQueuedMessage } from "@/lib/mail/mailer";
export { deliverQueuedMessage, MAIL_DELIVER, MAIL_SWEEP, MAX_DELIVERY_ATTEMPTS, DeliveryFailedError } from "./mail-delivery";
export type { DeliveryDeps, DeliveryJobData } from "./mail-delivery";

export interface WorkerOptions {
  /** Defaults: the server's Prisma client (lib/db) and mailer (defaultMailer) */
  db?: PrismaClient;
  mailer?: Mailer;
  /** Defaults to DATABASE_URL */
  connectionString?: string;
  /** How often an idle worker looks for jobs, in seconds (pg-boss minimum 0.5) */
  pollingIntervalSeconds?: number;
  /** First retry delay of a failed delivery, in seconds (then doubled) */
  retryDelaySeconds?: number;
  /** The sweep's cron; null: no periodic sweep (tests call `sweep()` themselves) */
  sweepCron?: string | null;
  /** The quality reminders' cron, Paris time (default 06:00 every day); null: not scheduled */
  qualityRemindersCron?: string | null;
}

let deps: DeliveryDeps | undefined;

async function defaultDeps(): Promise<DeliveryDeps> {
  if (!deps) {
    const [{ db }, { defaultMailer }] = await Promise.all([import("@/lib/db"), import("@/lib/mail/mailer")]);
    deps = { db, mailer: defaultMailer() };
  }
  return deps;
}

/** Points a process that only enqueues (tests) at another database; call before any job call. */
export function configureJobs(options: Pick<WorkerOptions, "connectionString" | "retryDelaySeconds">): void {
  if (options.connectionString) state.connectionString = options.connectionString;
  if (options.retryDelaySeconds !== undefined) retryPolicy.retryDelay = options.retryDelaySeconds;
}

/** After commit: one `mail.deliver` job per unsent message (see mail-delivery.ts). */
export async function enqueueDelivery(ids: readonly string[], options: { startAfter?: Date } = {}): Promise<string[]> {
  if (ids.length === 0) return [];
  return enqueueDeliveryWith((await defaultDeps()).db, ids, options);
}

/** One sweep now (the worker runs it every minute). */
export async function sweep(): Promise<string[]> {
  return sweepOutbox(await defaultDeps());
}

/** Whether this process should run the worker: not during `next build`, not with JOBS_DISABLED=1. */
export function jobsEnabled(source: Record<string, string | undefined> = process.env): boolean {
  return source.JOBS_DISABLED !== "1" && source.NEXT_PHASE !== "phase-production-build";
}

/**
 * Starts this process's worker: the queues, the `mail.deliver` handler and the sweep's
 * schedule. Idempotent per process.
 */
export async function startWorkers(options: WorkerOptions = {}): Promise<void> {
  configureJobs(options);
  if (options.db || options.mailer) {
    const base = options.db && options.mailer ? null : await defaultDeps();
    deps = { db: options.db ?? (base as DeliveryDeps).db, mailer: options.mailer ?? (base as DeliveryDeps).mailer };
  }
  const running = deps;
  const boss = await getBoss({ worker: true });
  await createDeliveryQueues();
  const workDeps = running ?? (await defaultDeps());
  const polling = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 };
  await boss.offWork(MAIL_DELIVER).catch(() => {});
  await boss.offWork(MAIL_SWEEP).catch(() => {});
  await boss.work<DeliveryJobData>(MAIL_DELIVER, { ...polling, localConcurrency: 2 }, async (jobs) => {
    for (const job of jobs) await deliverQueuedMessage(workDeps, job.data);
  });
  await boss.work(MAIL_SWEEP, polling, async () => {
    await sweepOutbox(workDeps);
  });
  const cron = options.sweepCron === undefined ? "* * * * *" : options.sweepCron;
  if (cron) await boss.schedule(MAIL_SWEEP, cron);
  else await boss.unschedule(MAIL_SWEEP).catch(() => {});

  await boss.createQueue(QUALITY_REMINDERS, { policy: "short", retryLimit: 2, expireInSeconds: 600 });
  await boss.offWork(QUALITY_REMINDERS).catch(() => {});
  await boss.work(QUALITY_REMINDERS, polling, async () => {
    // Loaded on use: lib/quality reaches lib/jobs (enqueueDelivery) on its own.
    const { sendQualityReminders } = await import("@/lib/quality");
    await sendQualityReminders(workDeps.db, parisDateParts(new Date()).date, { deliver: (ids) => enqueueDeliveryWith(workDeps.db, ids) });
  });
  const remindersCron = options.qualityRemindersCron === undefined ? "0 6 * * *" : options.qualityRemindersCron;
  // missed "once": a server down at 6:00 still sends the day's reminders when it comes back.
  if (remindersCron) await boss.schedule(QUALITY_REMINDERS, remindersCron, null, { tz: "Europe/Paris", missed: "once" });
  else await boss.unschedule(QUALITY_REMINDERS).catch(() => {});
}

/** Stops the worker (waiting briefly for the jobs in hand) and closes the queue's connections. */
export async function stopJobs(): Promise<void> {
  await stopBoss();
  deps = undefined;
}
