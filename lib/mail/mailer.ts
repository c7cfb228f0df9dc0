/**
 * Outgoing e-mail, through the outbox. Owns the OutboxMessage rows and their delivery.
 *
 * Design — a transactional outbox in two steps:
 * 1. `queueMessage(tx, msg)` / `queueMessages(tx, msgs)` only INSERT OutboxMessage rows. They
 *    take the caller's transaction, so a convocation, its recipients' reply tokens and their
 *    e-mails are committed together or not at all.
 * 2. `mailer.deliverPending(db, ids)` runs AFTER the commit, on the root client: it reads the
 *    rows, sends each through SMTP and records the outcome on the row (`sentAt`, or `error`).
 * Why not send inside the transaction: an SMTP send cannot be rolled back. Sent before a
 * rollback, the member would receive a link whose token no longer exists; sent before a
 * commit that then fails, the row would not say it was sent. Holding a database transaction
 * open for SMTP round-trips would also lengthen locks and hit Prisma's transaction timeout.
 *
 * Guarantees: nothing is lost (the row exists before any send attempt) and nothing is
 * pretended sent (`sentAt` is set only after the SMTP server accepted the message). Without
 * SMTP_URL the rows simply stay unsent for the referent to read in the portal. An SMTP
 * failure never throws: the error is stored on the row and returned for the caller to show.
 *
 * `sendOrQueue(dbOrTx, msg)` is the one-call form for a message that belongs to no larger
 * write. Given the root client it queues then delivers at once; given a transaction client
 * it can only queue (status DEFERRED) — the caller then calls `deliverPending` after commit.
 *
 * Claiming — a message is never sent twice by two senders. Every send first CLAIMS its row
 * in one UPDATE (`claimed_at = now()`, `attempts + 1`) that only matches a row unsent, not
 * claimed in the last 10 minutes and due (`send_after` passed); only the claimer sends, then
 * sets `sent_at` (success) or stores the error and releases the claim (failure). So the
 * immediate delivery after commit, the job queue's workers (lib/jobs, `mail.deliver`) and a
 * second request can all be handed the same id: one of them sends it, the others answer
 * IN_PROGRESS / ALREADY_SENT. What is left is SMTP's own at-least-once window: a process that
 * dies after the server accepted the message but before `sent_at` is written sends it again
 * 10 minutes later — with the same Message-ID, which receiving servers de-duplicate.
 *
 * Retries and scheduled messages belong to the job queue (docs/adr/0004-job-queue.md): what
 * `deliverPending` could not send now (FAILED, SCHEDULED) is handed over through
 * `MailerConfig.handOver` — the server's mailer enqueues it in lib/jobs — and a periodic sweep
 * there enqueues any due row that nobody delivered (a crash between commit and send).
 * A message may be cancelled before it leaves (`cancelMessages`): no column for it, so the row
 * is claimed "for ever" and its `error` reads "Annulé : <reason>".
 *
 * Attachments are not stored: the outbox row has no column for them (and none is wanted for
 * files that can be rebuilt). `MailerConfig.attachments` computes them when a row is sent; the
 * server's mailer attaches the meeting's .ics to each convocation (lib/mail/attachments.ts).
 *
 * The Message-ID is derived from the row id (`<uuid@domain-of-MAIL_FROM>`), so a retry of
 * the same row carries the same Message-ID and receiving servers can de-duplicate it.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import nodemailer, { type Transporter } from "nodemailer";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { maskReplyLinks } from "./reply-token";

export interface OutgoingMessage {
  prefectureId: string;
  /** One address, "nathalie.masse@example.org" or "Nathalie MASSÉ <nathalie.masse@example.org>" */
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  /**
   * Not before this time (a reminder queued days ahead). Until then no delivery sends it; hand
   * its id to `enqueueDelivery` (lib/jobs) after commit, or let `deliverPending` do it.
   */
  sendAfter?: Date | null;
}

export type DeliveryStatus =
  /** Accepted by the SMTP server now */
  | "SENT"
  /** Sent by an earlier delivery: not sent again */
  | "ALREADY_SENT"
  /** The SMTP server refused it or could not be reached: `error` is stored on the row */
  | "FAILED"
  /** No SMTP_URL: the message stays in the outbox, readable in the portal */
  | "NOT_CONFIGURED"
  /** Queued inside a transaction: deliver it with deliverPending after commit */
  | "DEFERRED"
  /** No such row (or not in the given prefecture) */
  | "NOT_FOUND"
  /** Its `sendAfter` is still ahead: the job queue sends it then */
  | "SCHEDULED"
  /** Being sent right now by another worker or request (claimed): not sent twice */
  | "IN_PROGRESS"
  /** Cancelled before it left (`cancelMessages`): never sent */
  | "CANCELLED";

export interface DeliveryResult {
  outboxMessageId: string;
  sent: boolean;
  status: DeliveryStatus;
  error: string | null;
}

export interface MailAttachment {
  filename: string;
  content: string | Buffer;
  contentType: string;
}

/**
 * The files to attach to outbox messages, computed when they are sent: the outbox table has
 * no column for attachments, and a file regenerated at send time (the meeting's .ics) is the
 * meeting as it is when the message leaves, also on a later retry. Keyed by message id.
 */
export type AttachmentResolver = (
  db: PrismaClient,
  messages: readonly { id: string; prefectureId: string }[],
) => Promise<Map<string, MailAttachment[]>>;

export interface MailerConfig {
  /** smtp://user:pass@host:port or smtps://…; null/undefined: the outbox only */
  smtpUrl?: string | null;
  /** The From header: MAIL_FROM */
  from: string;
  /** A ready transport (tests: nodemailer stream/json transport); takes precedence over smtpUrl */
  transport?: Transporter;
  /** Attachments added at send time (the server's mailer: the convocations' .ics) */
  attachments?: AttachmentResolver;
  /**
   * Receives the ids a delivery could not send now (FAILED, SCHEDULED): the server's mailer
   * hands them to the job queue (lib/jobs `enqueueDelivery`) for retries and scheduled sends.
   * Errors are logged, never thrown: the periodic sweep finds the rows anyway.
   */
  handOver?: (ids: string[]) => Promise<void>;
}

export interface DeliverOptions {
  /** Restricts the rows to one prefecture, for a "send again" action that received ids from a form */
  prefectureId?: string;
  /** false: do not hand unsent ids over to the job queue (the job handler itself) */
  handOver?: boolean;
}

export interface Mailer {
  /** true when messages can actually leave (SMTP or an injected transport) */
  readonly configured: boolean;
  readonly from: string;
  queue(db: PrismaClient | Tx, message: OutgoingMessage): Promise<string>;
  queueMany(db: PrismaClient | Tx, messages: readonly OutgoingMessage[]): Promise<string[]>;
  /**
   * Sends the unsent rows among `ids` that it can claim (root client only: call it after
   * commit). Results are in the order of `ids`.
   */
  deliverPending(db: PrismaClient, ids: readonly string[], options?: DeliverOptions): Promise<DeliveryResult[]>;
  sendOrQueue(db: PrismaClient | Tx, message: OutgoingMessage): Promise<DeliveryResult>;
  /** Closes the SMTP transport (tests, scripts) */
  close(): void;
}

const MAX_ERROR_LENGTH = 1000;

/**
 * A claim older than this is a sender that died mid-send (crash, deploy): the row may be
 * claimed again. Far above one SMTP exchange (socketTimeout 30 s below).
 */
export const STALE_CLAIM_MINUTES = 10;

/**
 * A cancelled row: there is no column for it, so it is "claimed for ever" (no claim can be
 * older than now minus 10 minutes) and its `error` says "Annulé : <reason>".
 */
const CANCELLED_CLAIM = new Date("9999-12-31T00:00:00.000Z");
export const CANCELLED_PREFIX = "Annulé : ";

function isCancelledClaim(claimedAt: Date | null): boolean {
  return claimedAt !== null && claimedAt.getTime() >= CANCELLED_CLAIM.getTime();
}

interface ClaimedRow {
  id: string;
  prefectureId: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
}

/**
 * Claims the sendable rows among `ids` in ONE statement: unsent, not claimed by a live
 * sender, due. Row locks make two concurrent claims of one row serialise, and the second
 * re-checks the WHERE on the updated row (READ COMMITTED), so exactly one of them gets it.
 */
async function claimRows(db: PrismaClient, ids: readonly string[], prefectureId: string | null): Promise<ClaimedRow[]> {
  return db.$queryRaw<ClaimedRow[]>`
    UPDATE outbox_messages
       SET claimed_at = now(), attempts = attempts + 1
     WHERE id = ANY(${[...ids]}::uuid[])
       AND (${prefectureId}::uuid IS NULL OR prefecture_id = ${prefectureId}::uuid)
       AND sent_at IS NULL
       AND (claimed_at IS NULL OR claimed_at < now() - make_interval(mins => ${STALE_CLAIM_MINUTES}::int))
       AND (send_after IS NULL OR send_after <= now())
 RETURNING id::text AS "id", prefecture_id::text AS "prefectureId", "to", subject, text, html`;
}

/** Defaults so an unreachable server fails a user's action in seconds, not nodemailer's 2 minutes. */
const SMTP_URL_DEFAULTS: Record<string, string> = {
  connectionTimeout: "10000",
  greetingTimeout: "10000",
  socketTimeout: "30000",
};

function withSmtpDefaults(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  if (url.protocol !== "smtp:" && url.protocol !== "smtps:") {
    throw new Error(`SMTP_URL must start with smtp:// or smtps:// (got ${url.protocol})`);
  }
  for (const [key, value] of Object.entries(SMTP_URL_DEFAULTS)) {
    if (!url.searchParams.has(key)) url.searchParams.set(key, value);
  }
  return url.toString();
}

/** "Comités locaux des usagers <no-reply@example.org>" → "example.org" */
export function mailDomain(from: string): string {
  const match = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from.trim());
  return match?.[1]?.toLowerCase() ?? "localhost";
}

function isTransactionClient(db: PrismaClient | Tx): db is Tx {
  // An interactive transaction's client is the root client without $connect/$disconnect
  // (Prisma's ITXClientDenyList). Not $transaction: Prisma 7 keeps it for nested savepoints.
  return typeof (db as { $connect?: unknown }).$connect !== "function";
}

function oneLine(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}

function rowData(message: OutgoingMessage) {
  return {
    id: randomUUID(),
    prefectureId: message.prefectureId,
    to: oneLine(message.to),
    subject: oneLine(message.subject),
    text: message.text,
    html: message.html ?? null,
    sendAfter: message.sendAfter ?? null,
  };
}

/** Stores one message in the outbox (inside the caller's transaction when given one). */
export async function queueMessage(db: PrismaClient | Tx, message: OutgoingMessage): Promise<string> {
  const [id] = await queueMessages(db, [message]);
  return id as string;
}

/**
 * Cancels unsent messages (a reminder that is no longer relevant): they are never sent, by
 * any path, and the outbox shows "Annulé : <reason>". Takes the caller's transaction, so the
 * cancellation commits with the change that makes the message pointless. A row being sent at
 * this very moment (live claim) or already sent is left alone. Returns the ids cancelled.
 */
export async function cancelMessages(db: PrismaClient | Tx, ids: readonly string[], reason: string): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db.$queryRaw<{ id: string }[]>`
    UPDATE outbox_messages
       SET claimed_at = ${CANCELLED_CLAIM}, error = ${(CANCELLED_PREFIX + oneLine(reason)).slice(0, MAX_ERROR_LENGTH)}
     WHERE id = ANY(${[...ids]}::uuid[])
       AND sent_at IS NULL
       AND (claimed_at IS NULL OR claimed_at < now() - make_interval(mins => ${STALE_CLAIM_MINUTES}::int))
 RETURNING id::text AS "id"`;
  return rows.map((row) => row.id);
}

/** One message: true when it was cancelled before it left. */
export async function cancelQueuedMessage(db: PrismaClient | Tx, id: string, reason: string): Promise<boolean> {
  return (await cancelMessages(db, [id], reason)).length === 1;
}

/** Stores messages in the outbox in one INSERT; returns their ids in the same order. */
export async function queueMessages(db: PrismaClient | Tx, messages: readonly OutgoingMessage[]): Promise<string[]> {
  if (messages.length === 0) return [];
  // Ids are generated here so their order is known without relying on RETURNING's order.
  const data = messages.map(rowData);
  await db.outboxMessage.createMany({ data });
  return data.map((row) => row.id);
}

function describeError(error: unknown, secret: string | null): string {
  const e = error as { message?: unknown; code?: unknown; responseCode?: unknown };
  const parts = [
    typeof e.code === "string" ? e.code : null,
    typeof e.responseCode === "number" ? String(e.responseCode) : null,
    typeof e.message === "string" ? e.message : String(error),
  ].filter((p): p is string => Boolean(p));
  let text = parts.join(" — ");
  if (secret) text = text.split(secret).join("***");
  return text.slice(0, MAX_ERROR_LENGTH);
}

export function createMailer(config: MailerConfig): Mailer {
  const password = config.smtpUrl ? decodeURIComponent(new URL(config.smtpUrl).password) || null : null;
  const transport: Transporter | null =
    config.transport ?? (config.smtpUrl ? nodemailer.createTransport(withSmtpDefaults(config.smtpUrl)) : null);
  const domain = mailDomain(config.from);

  /**
   * A file that cannot be built (a meeting deleted meanwhile, a bug) must not keep the message
   * itself from leaving: the member still gets the convocation, without the attachment.
   */
  async function resolveAttachments(db: PrismaClient, rows: readonly { id: string; prefectureId: string }[]) {
    if (!config.attachments || rows.length === 0) return new Map<string, MailAttachment[]>();
    try {
      return await config.attachments(db, rows);
    } catch (error) {
      console.error("mail: attachments could not be built; messages sent without them", error);
      return new Map<string, MailAttachment[]>();
    }
  }

  async function deliverPending(
    db: PrismaClient,
    ids: readonly string[],
    options: DeliverOptions = {},
  ): Promise<DeliveryResult[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    const results = new Map<string, DeliveryResult>();
    const result = (id: string, status: DeliveryStatus, error: string | null = null) =>
      results.set(id, { outboxMessageId: id, sent: status === "SENT" || status === "ALREADY_SENT", status, error });

    // Only the rows this call claims are sent: a worker or another request holding a row (or a
    // row not yet due, cancelled, or sent) is left alone — see "Claiming" above.
    // Sent in the order of `ids` (RETURNING has none).
    const order = new Map(unique.map((id, index) => [id, index]));
    const claimed = (transport ? await claimRows(db, unique, options.prefectureId ?? null) : []).sort(
      (x, y) => (order.get(x.id) ?? 0) - (order.get(y.id) ?? 0),
    );
    const claimedIds = new Set(claimed.map((row) => row.id));
    const others = unique.filter((id) => !claimedIds.has(id));
    if (others.length > 0) {
      const rows = await db.outboxMessage.findMany({
        where: { id: { in: others }, ...(options.prefectureId ? { prefectureId: options.prefectureId } : {}) },
        select: { id: true, sentAt: true, sendAfter: true, claimedAt: true },
      });
      const byId = new Map(rows.map((row) => [row.id, row]));
      const now = Date.now();
      for (const id of others) {
        const row = byId.get(id);
        if (!row) result(id, "NOT_FOUND");
        else if (row.sentAt) result(id, "ALREADY_SENT");
        else if (isCancelledClaim(row.claimedAt)) result(id, "CANCELLED");
        else if (!transport) result(id, "NOT_CONFIGURED");
        else if (row.sendAfter && row.sendAfter.getTime() > now) result(id, "SCHEDULED");
        else result(id, "IN_PROGRESS");
      }
    }

    if (transport && claimed.length > 0) {
      const attachments = await resolveAttachments(db, claimed);
      // One after the other: institutional relays throttle bursts, and a committee is tens of
      // recipients, not thousands.
      for (const row of claimed) {
        try {
          await transport.sendMail({
            from: config.from,
            to: row.to,
            subject: row.subject,
            text: row.text,
            ...(row.html ? { html: row.html } : {}),
            ...(attachments.get(row.id)?.length ? { attachments: attachments.get(row.id) } : {}),
            messageId: `<${row.id}@${domain}>`,
            headers: {
              // Machine-sent (RFC 3834): out-of-office robots do not answer it.
              "Auto-Submitted": "auto-generated",
              "X-Auto-Response-Suppress": "OOF, AutoReply",
              "Content-Language": "fr",
            },
          });
          // Once delivered, the stored copy loses any personal reply link: the member has it,
          // a database dump or a referent reading the outbox must not be able to answer for them.
          await db.outboxMessage.updateMany({
            where: { id: row.id, prefectureId: row.prefectureId, sentAt: null },
            data: {
              sentAt: new Date(),
              error: null,
              claimedAt: null,
              text: maskReplyLinks(row.text),
              html: row.html === null ? null : maskReplyLinks(row.html),
            },
          });
          result(row.id, "SENT");
        } catch (error) {
          const message = describeError(error, password);
          // The claim is released so the next attempt (a retry job, the sweep) may take it.
          await db.outboxMessage.updateMany({
            where: { id: row.id, prefectureId: row.prefectureId, sentAt: null },
            data: { error: message, claimedAt: null },
          });
          result(row.id, "FAILED", message);
        }
      }
    }

    // What could not leave now is handed to the job queue: a failure is retried with backoff,
    // a message not yet due leaves at its time.
    const later = unique.filter((id) => {
      const status = results.get(id)?.status;
      return status === "FAILED" || status === "SCHEDULED";
    });
    if (later.length > 0 && config.handOver && options.handOver !== false) {
      try {
        await config.handOver(later);
      } catch (error) {
        // The rows stay unsent and unclaimed: the periodic sweep of the job queue finds them.
        console.error("mail: could not hand messages over to the job queue", error);
      }
    }
    return ids.map((id) => results.get(id) as DeliveryResult);
  }

  return {
    configured: transport !== null,
    from: config.from,
    queue: queueMessage,
    queueMany: queueMessages,
    deliverPending,
    async sendOrQueue(db, message) {
      const outboxMessageId = await queueMessage(db, message);
      if (isTransactionClient(db)) {
        return { outboxMessageId, sent: false, status: "DEFERRED", error: null };
      }
      const [result] = await deliverPending(db, [outboxMessageId]);
      return result as DeliveryResult;
    },
    close() {
      transport?.close();
    },
  };
}

let defaultInstance: Mailer | undefined;

/** The server's mailer, configured from SMTP_URL and MAIL_FROM. */
export function defaultMailer(): Mailer {
  if (!defaultInstance) {
    const { SMTP_URL, MAIL_FROM } = env();
    defaultInstance = createMailer({
      smtpUrl: SMTP_URL ?? null,
      from: MAIL_FROM,
      // Loaded on first send: it reaches into meetings and exports, which import this module.
      attachments: async (db, messages) => (await import("./attachments")).meetingCalendarAttachments(db, messages),
      // Loaded on first use too: lib/jobs imports this module.
      handOver: async (ids) => {
        await (await import("@/lib/jobs")).enqueueDelivery(ids);
      },
    });
  }
  return defaultInstance;
}

/** Stores the message, then sends it now when given the root client (see the design above). */
export function sendOrQueue(db: PrismaClient | Tx, message: OutgoingMessage): Promise<DeliveryResult> {
  return defaultMailer().sendOrQueue(db, message);
}

/** After commit: sends the messages queued in the transaction, with the server's mailer. */
export function deliverPending(db: PrismaClient, ids: readonly string[], options?: DeliverOptions): Promise<DeliveryResult[]> {
  return defaultMailer().deliverPending(db, ids, options);
}
