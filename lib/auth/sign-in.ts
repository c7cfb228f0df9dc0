/**
 * Signing in, on the database: the credentials check with its attempt counters
 * (rules in ./throttle.ts), and the server-side session a sign-in opens and a sign-out or a
 * password change revokes (checked on every request by ./actor.ts). Shared by next-auth's
 * authorize() (./options.ts), "Mon compte" (lib/account/actions.ts) and the tests.
 * Every refusal gets the same French message on the form; the reason stays server-side.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { dummyPasswordHash, verifyPassword } from "./password";
import {
  THROTTLE_RULES,
  UNKNOWN_ADDRESS,
  normalizeEmail,
  releaseAttempt,
  reserveAttempt,
  throttleKeys,
  type ThrottleRule,
  type ThrottleState,
} from "./throttle";

/** Inactivity after which the JWT lapses (next-auth's sliding maxAge). */
export const SESSION_MAX_AGE_S = 8 * 60 * 60;
/**
 * Longest life of a session however active: the JWT callback ends it, and the session row
 * expires then too (not after SESSION_MAX_AGE_S, which activity keeps pushing back).
 */
export const SESSION_ABSOLUTE_MAX_S = 12 * 60 * 60;

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string; sessionId: string } }
  | { ok: false; reason: "INVALID" | "LOCKED" };

export interface Counter {
  key: string;
  rule: ThrottleRule;
  /**
   * Counts many people's attempts (one address): a success gives its attempt back instead of
   * clearing the counter, which would let an attacker wipe it with an account of their own.
   */
  shared?: boolean;
}

export interface ReservedAttempt extends Counter {
  /** the window the attempt was counted in, to give it back in the same one */
  windowStart: Date;
  /** this attempt reached the limit and set the lock */
  locks: boolean;
}

export type ReservationResult =
  | { ok: true; reserved: ReservedAttempt[] }
  | { ok: false; retryAt: Date };

// Several attempts may queue on one counter row; the transactions stay short (no scrypt inside).
const COUNTER_TX = { maxWait: 15_000, timeout: 15_000 } as const;

/**
 * The counter row of `key`, created if missing and locked until the transaction ends. The
 * no-op DO UPDATE is what takes the row lock on an existing row and returns it in the same
 * statement, so concurrent attempts on one key queue here and each sees the previous one's
 * count.
 */
async function lockCounter(tx: Tx, key: string, now: Date): Promise<ThrottleState> {
  const rows = await tx.$queryRaw<ThrottleState[]>`
    INSERT INTO sign_in_throttles (key, failures, window_start, locked_until)
    VALUES (${key}, 0, ${now}, NULL)
    ON CONFLICT (key) DO UPDATE SET key = EXCLUDED.key
    RETURNING failures, window_start AS "windowStart", locked_until AS "lockedUntil"`;
  const row = rows[0];
  if (!row) throw new Error(`sign_in_throttles: no row for ${key}`);
  return { failures: Number(row.failures), windowStart: new Date(row.windowStart), lockedUntil: row.lockedUntil && new Date(row.lockedUntil) };
}

/**
 * Counts one attempt on each counter, in the order given, before the password is checked,
 * and commits at once: whatever happens next, the attempt stays counted. Stops at the first
 * counter that refuses (the ones before keep the attempt: it was made). Counters are always
 * locked in the same order (address, then e-mail from the address, then e-mail), so two
 * attempts never wait for each other in a cycle.
 */
export async function reserveAttempts(db: PrismaClient, counters: Counter[], now = new Date()): Promise<ReservationResult> {
  return db.$transaction(async (tx) => {
    const reserved: ReservedAttempt[] = [];
    for (const counter of counters) {
      const state = await lockCounter(tx, counter.key, now);
      const reservation = reserveAttempt(state, now, counter.rule);
      if (!reservation.allowed) return { ok: false as const, retryAt: reservation.retryAt };
      await tx.signInThrottle.update({ where: { key: counter.key }, data: reservation.next });
      reserved.push({ ...counter, windowStart: reservation.next.windowStart, locks: reservation.next.lockedUntil !== null });
    }
    return { ok: true as const, reserved };
  }, COUNTER_TX);
}

/** After a success: gives a shared counter's attempt back (see releaseAttempt). */
export async function releaseReservedAttempt(tx: Tx, attempt: ReservedAttempt, now = new Date()): Promise<void> {
  const state = await lockCounter(tx, attempt.key, now);
  const next = releaseAttempt(state, attempt.windowStart, attempt.rule);
  if (next && next !== state) await tx.signInThrottle.update({ where: { key: attempt.key }, data: next });
}

/** After a success: clears a personal counter (this e-mail, this user). */
export async function clearCounter(tx: Tx, key: string): Promise<void> {
  await tx.signInThrottle.deleteMany({ where: { key } });
}

/** The sign-in counters of one attempt, in locking order. */
export function signInCounters(email: string, address: string): Counter[] {
  return [
    { key: throttleKeys.address(address), rule: THROTTLE_RULES.address, shared: true },
    { key: throttleKeys.accountFromAddress(email, address), rule: THROTTLE_RULES.accountFromAddress },
    { key: throttleKeys.account(email), rule: THROTTLE_RULES.account },
  ];
}

export async function checkCredentials(
  db: PrismaClient,
  rawEmail: string,
  password: string,
  { address = UNKNOWN_ADDRESS, now = new Date() }: { address?: string; now?: Date } = {},
): Promise<SignInResult> {
  const email = normalizeEmail(rawEmail);
  const counters = signInCounters(email, address);
  const reservation = await reserveAttempts(db, counters, now);
  // Refused before any password work: a burst of parallel guesses gets at most `limit` checks.
  if (!reservation.ok) return { ok: false, reason: "LOCKED" };

  const user = await db.user.findUnique({ where: { email } });
  const valid = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash()));
  if (!user || !valid || user.disabledAt) {
    // Already counted; say "locked" when this failure is the one that set a lock.
    return { ok: false, reason: reservation.reserved.some((r) => r.locks) ? "LOCKED" : "INVALID" };
  }

  const session = await db.$transaction(async (tx) => {
    // In the reservation's order, so this transaction and a reservation never lock in a cycle.
    for (const attempt of reservation.reserved) {
      if (attempt.shared) await releaseReservedAttempt(tx, attempt, now);
      else await clearCounter(tx, attempt.key);
    }
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
    await tx.auditLog.create({
      data: { userId: user.id, action: "auth.signIn", entityType: "User", entityId: user.id },
    });
    // Housekeeping: this user's sessions that can no longer be used.
    await tx.userSession.deleteMany({ where: { userId: user.id, expiresAt: { lt: now } } });
    return tx.userSession.create({
      data: { userId: user.id, createdAt: now, expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MAX_S * 1000) },
      select: { id: true },
    });
  }, COUNTER_TX);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionId: session.id } };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A session id as the JWT may carry it (the column is a uuid: anything else cannot match). */
export function isSessionId(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}

/** Sign-out: the session ends on the server, so a copy of its cookie is refused afterwards. */
export async function revokeSession(db: PrismaClient | Tx, sessionId: unknown, now = new Date()): Promise<void> {
  if (!isSessionId(sessionId)) return;
  await db.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now } });
}

/** Password change: every open session of the user ends. */
export async function revokeUserSessions(db: PrismaClient | Tx, userId: string, now = new Date()): Promise<number> {
  const { count } = await db.userSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
  return count;
}
