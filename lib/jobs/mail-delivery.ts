/**
 * The outbox on the job queue: job `mail.deliver` { outboxMessageId } sends one outbox row,
 * job `mail.sweep` (every minute) enqueues the due rows nobody delivered. The row's claim
 * (lib/mail/mailer.ts, "Claiming") is what makes a double send impossible; the queue adds
 * retries with exponential backoff, scheduled sends (`startAfter` = the row's `sendAfter`)
 * and one queued-or-active job per message (policy `exclusive`, `singletonKey` = row id).
 */
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { DeliveryResult, Mailer } from "@/lib/mail/mailer";
import { STALE_CLAIM_MINUTES } from "@/lib/mail/mailer";
import { getBoss } from "./boss";

export const MAIL_DELIVER = "mail.deliver";
export const MAIL_SWEEP = "mail.sweep";

/** Attempts after which a message is left to the referent (the outbox shows the last error). */
export const MAX_DELIVERY_ATTEMPTS = 6;
/** A sweep leaves the rows due less than this long ago to the delivery right after commit. */
const SWEEP_GRACE_SECONDS = 60;
/** ...and does not resend what has been due for longer: a convocation of last month stays in the outbox. */
const SWEEP_WINDOW_HOURS = 24;
const SWEEP_BATCH = 500;
const DAY = 86_400;

export interface DeliveryJobData {
  outboxMessageId: string;
}

export interface DeliveryDeps {
  db: PrismaClient;
  mailer: Mailer;
}

/** Retry settings of a delivery job; tests shorten the delay. */
export const retryPolicy = {
  /** pg-boss retries after the first run: 1 + 5 runs of the job */
  retryLimit: MAX_DELIVERY_ATTEMPTS - 1,
  /** seconds; doubled each time with jitter (pg-boss retryBackoff), capped at one hour */
  retryDelay: 30,
  retryDelayMax: 3_600,
};

export async function createDeliveryQueues(): Promise<void> {
  const boss = await getBoss();
  await boss.createQueue(MAIL_DELIVER, {
    policy: "exclusive",
    retryLimit: retryPolicy.retryLimit,
    retryDelay: retryPolicy.retryDelay,
    retryBackoff: true,
    retryDelayMax: retryPolicy.retryDelayMax,
    // One message is one SMTP exchange: a job active this long is a dead worker's.
    expireInSeconds: 300,
  });
  await boss.createQueue(MAIL_SWEEP, { policy: "short", retryLimit: 0, expireInSeconds: 120 });
}

/**
 * Enqueues one `mail.deliver` job per unsent message, after commit. A message whose
 * `sendAfter` is ahead (or `options.startAfter`) starts then; a message that already failed
 * once waits the retry delay. A message that already has a job queued or running gets no
 * second one. Returns the ids that got a new job.
 */
export async function enqueueDeliveryWith(
  db: PrismaClient,
  ids: readonly string[],
  options: { startAfter?: Date } = {},
): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const rows = await db.outboxMessage.findMany({
    where: { id: { in: unique }, sentAt: null },
    select: { id: true, sendAfter: true, attempts: true },
  });
  const boss = await getBoss();
  await createDeliveryQueues();
  const now = Date.now();
  const enqueued: string[] = [];
  for (const row of rows) {
    const startAt = Math.max(
      options.startAfter?.getTime() ?? 0,
      row.sendAfter?.getTime() ?? 0,
      row.attempts > 0 ? now + retryPolicy.retryDelay * 1000 : 0,
    );
    const waitSeconds = Math.max(0, Math.ceil((startAt - now) / 1000));
    const jobId = await boss.send(MAIL_DELIVER, { outboxMessageId: row.id } satisfies DeliveryJobData, {
      singletonKey: row.id,
      ...(startAt > now ? { startAfter: new Date(startAt) } : {}),
      retryLimit: retryPolicy.retryLimit,
      retryDelay: retryPolicy.retryDelay,
      retryBackoff: true,
      retryDelayMax: retryPolicy.retryDelayMax,
      // A reminder queued weeks ahead must outlive pg-boss's default 14 days of waiting.
      retentionSeconds: Math.max(14 * DAY, waitSeconds + 7 * DAY),
    });
    if (jobId) enqueued.push(row.id);
  }
  return enqueued;
}

export class DeliveryFailedError extends Error {}

/**
 * The `mail.deliver` handler: claims and sends the row (mailer.deliverPending). A failure
 * throws, so pg-boss retries the job with backoff; everything else completes it — sent now,
 * sent before, cancelled, being sent by someone else (who retries on their own failure), or
 * not due yet (its due time moved later: the sweep enqueues it when it is due).
 */
export async function deliverQueuedMessage(deps: DeliveryDeps, data: DeliveryJobData): Promise<DeliveryResult> {
  const [result] = await deps.mailer.deliverPending(deps.db, [data.outboxMessageId], { handOver: false });
  if (!result) throw new Error("mail.deliver: no result");
  if (result.status === "FAILED") throw new DeliveryFailedError(result.error ?? "échec de l'envoi");
  return result;
}

/**
 * The transactional outbox's last guarantee: rows due for a minute (and at most a day), not
 * sent, not claimed by a live sender, not cancelled and with attempts left get a job — a
 * message committed while the server died before its after-commit send, or whose job was
 * lost, still leaves. Rows that already have a job are skipped by the queue (`exclusive`).
 */
export async function sweepOutbox(deps: DeliveryDeps): Promise<string[]> {
  if (!deps.mailer.configured) return []; // without SMTP the outbox is read in the portal
  const rows = await deps.db.$queryRaw<{ id: string }[]>`
    SELECT id::text AS "id"
      FROM outbox_messages
     WHERE sent_at IS NULL
       AND (claimed_at IS NULL OR claimed_at < now() - make_interval(mins => ${STALE_CLAIM_MINUTES}::int))
       AND attempts < ${MAX_DELIVERY_ATTEMPTS}::int
       AND COALESCE(send_after, created_at) <= now() - make_interval(secs => ${SWEEP_GRACE_SECONDS}::int)
       AND COALESCE(send_after, created_at) > now() - make_interval(hours => ${SWEEP_WINDOW_HOURS}::int)
     ORDER BY COALESCE(send_after, created_at)
     LIMIT ${SWEEP_BATCH}::int`;
  return enqueueDeliveryWith(deps.db, rows.map((row) => row.id));
}
