/**
 * Reply tokens of convocation e-mails: the secret that lets a member answer without an
 * account. Only the SHA-256 hash is stored (ConvocationRecipient.tokenHash), so a leaked
 * database dump cannot be replayed; the token itself travels only in the e-mail.
 *
 * A token carries 256 bits of randomness, so a fast unsalted hash is enough (no dictionary
 * to attack) and lets the reply page look the recipient up by `tokenHash` through its unique
 * index. Looking up by hash already avoids leaking the token through timing; the
 * constant-time comparison is for callers that hold a row and re-check it.
 *
 * Lifetime: the e-mailed token is the member's reply link until the meeting starts (answers
 * close then) or until a newer convocation replaces it. It is not spent by a first answer:
 * members come back through the same e-mail to check or change their answer.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

const TOKEN_BYTES = 32;
/** 32 bytes in base64url without padding: 43 characters of [A-Za-z0-9_-]. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
const HASH_PATTERN = /^[0-9a-f]{64}$/;

export interface ReplyToken {
  /** Goes into the reply link of the e-mail, never into the database or the logs */
  token: string;
  /** SHA-256 of the token, lower-case hex: what ConvocationRecipient.tokenHash stores */
  tokenHash: string;
}

export function createReplyToken(): ReplyToken {
  const token = randomBytes(TOKEN_BYTES).toString("base64url");
  return { token, tokenHash: hashReplyToken(token) };
}

export function hashReplyToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/**
 * Cheap shape check before touching the database: a URL segment that cannot be a token
 * (wrong length, other characters) is refused without a query.
 */
export function isWellFormedReplyToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}

/** Constant-time check of a token against a stored hash; false for anything malformed. */
export function replyTokenMatches(token: string, tokenHash: string): boolean {
  if (!isWellFormedReplyToken(token) || !HASH_PATTERN.test(tokenHash)) return false;
  const expected = Buffer.from(tokenHash, "hex");
  const actual = Buffer.from(hashReplyToken(token), "hex");
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** A reply link in a stored message: `/reponse/<token>` (tokens are 43 characters; 20+ is enough to recognise one). */
export const REPLY_LINK_PATTERN = /\/reponse\/[A-Za-z0-9_-]{20,}/g;
export const MASKED_REPLY_LINK = "/reponse/[lien personnel masqué]";

/** The stored copy of a delivered message keeps no personal reply link (see mailer.ts). */
export function maskReplyLinks(text: string): string {
  return text.replace(REPLY_LINK_PATTERN, MASKED_REPLY_LINK);
}
