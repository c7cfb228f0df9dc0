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
 * Known limit: there is no "claimed" column, so two concurrent `deliverPending` calls on the
 * same ids could both send; callers deliver the ids they have just queued, once.
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

export interface OutgoingMessage {
  prefectureId: string;
  /** One address, "nathalie.masse@example.org" or "Nathalie MASSÉ <nathalie.masse@example.org>" */
  to: string;
  subject: string;
  text: string;
  html?: string | null;
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
  | "NOT_FOUND";

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
}

export interface Mailer {
  /** true when messages can actually leave (SMTP or an injected transport) */
  readonly configured: boolean;
  readonly from: string;
  queue(db: PrismaClient | Tx, message: OutgoingMessage): Promise<string>;
  queueMany(db: PrismaClient | Tx, messages: readonly OutgoingMessage[]): Promise<string[]>;
  /**
   * Sends the unsent rows among `ids` (root client only: call it after commit). Results are
   * in the order of `ids`. `prefectureId` restricts the rows to one prefecture, for a
   * "send again" action that received ids from a form.
   */
  deliverPending(
    db: PrismaClient,
    ids: readonly string[],
    scope?: { prefectureId?: string },
  ): Promise<DeliveryResult[]>;
  sendOrQueue(db: PrismaClient | Tx, message: OutgoingMessage): Promise<DeliveryResult>;
  /** Closes the SMTP transport (tests, scripts) */
  close(): void;
}

const MAX_ERROR_LENGTH = 1000;

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
  };
}

/** Stores one message in the outbox (inside the caller's transaction when given one). */
export async function queueMessage(db: PrismaClient | Tx, message: OutgoingMessage): Promise<string> {
  const [id] = await queueMessages(db, [message]);
  return id as string;
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
    scope: { prefectureId?: string } = {},
  ): Promise<DeliveryResult[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    const rows = await db.outboxMessage.findMany({
      where: { id: { in: unique }, ...(scope.prefectureId ? { prefectureId: scope.prefectureId } : {}) },
    });
    const byId = new Map(rows.map((row) => [row.id, row]));
    const results = new Map<string, DeliveryResult>();
    const attachments = transport ? await resolveAttachments(db, rows.filter((row) => !row.sentAt)) : new Map<string, MailAttachment[]>();

    // One after the other: institutional relays throttle bursts, and a committee is tens of
    // recipients, not thousands.
    for (const id of unique) {
      const row = byId.get(id);
      if (!row) {
        results.set(id, { outboxMessageId: id, sent: false, status: "NOT_FOUND", error: null });
      } else if (row.sentAt) {
        results.set(id, { outboxMessageId: id, sent: true, status: "ALREADY_SENT", error: null });
      } else if (!transport) {
        results.set(id, { outboxMessageId: id, sent: false, status: "NOT_CONFIGURED", error: null });
      } else {
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
          await db.outboxMessage.updateMany({
            where: { id, prefectureId: row.prefectureId, sentAt: null },
            data: { sentAt: new Date(), error: null },
          });
          results.set(id, { outboxMessageId: id, sent: true, status: "SENT", error: null });
        } catch (error) {
          const message = describeError(error, password);
          await db.outboxMessage.updateMany({
            where: { id, prefectureId: row.prefectureId, sentAt: null },
            data: { error: message },
          });
          results.set(id, { outboxMessageId: id, sent: false, status: "FAILED", error: message });
        }
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
    });
  }
  return defaultInstance;
}

/** Stores the message, then sends it now when given the root client (see the design above). */
export function sendOrQueue(db: PrismaClient | Tx, message: OutgoingMessage): Promise<DeliveryResult> {
  return defaultMailer().sendOrQueue(db, message);
}

/** After commit: sends the messages queued in the transaction, with the server's mailer. */
export function deliverPending(
  db: PrismaClient,
  ids: readonly string[],
  scope?: { prefectureId?: string },
): Promise<DeliveryResult[]> {
  return defaultMailer().deliverPending(db, ids, scope);
}
