/**
 * Attempt throttling rules (pure): the numbers, the keys and the arithmetic of one counter.
 * lib/auth/sign-in.ts runs them on the `sign_in_throttles` table, one row per key, with the
 * row locked while the next state is computed, so parallel attempts cannot exceed a limit.
 *
 * An attempt is counted *before* the password is checked (a reservation) and the count is
 * given back or cleared only when the password turns out right. Counting after the slow
 * scrypt check let a parallel burst of guesses all read "0 failures" and all be checked.
 *
 * Three counters guard signing in (see docs/adr/0003-sign-in-throttling.md for the
 * trade-off): one address against every e-mail (spraying), one e-mail from one address (the
 * README's "five failures lock an e-mail"), and one e-mail from all addresses together
 * (guessing from many machines). The per-e-mail lock is split in two so that a single
 * address cannot lock an account out for everybody: it only locks that address out of it.
 * A fourth counter guards "Mon compte", where a stolen session could otherwise guess the
 * current password without limit.
 */
import { isIP } from "node:net";

export interface ThrottleRule {
  /** attempts that may fail within one window; the attempt reaching it sets the lock */
  limit: number;
  windowMs: number;
  lockMs: number;
}

export const WINDOW_MS = 15 * 60 * 1000;
export const LOCK_MS = 15 * 60 * 1000;
/** Failed sign-ins allowed for one e-mail from one client address. */
export const MAX_FAILURES = 5;

export const THROTTLE_RULES = {
  /** One e-mail from one address: what a person mistyping their password meets. */
  accountFromAddress: { limit: MAX_FAILURES, windowMs: WINDOW_MS, lockMs: LOCK_MS },
  /**
   * One e-mail from every address together: bounds guessing by many machines at 10 per
   * 15 minutes, and needs at least two addresses (10 / 5) to lock the account for everyone.
   */
  account: { limit: 2 * MAX_FAILURES, windowMs: WINDOW_MS, lockMs: LOCK_MS },
  /**
   * One address against every e-mail: higher, since a prefecture's staff may share one
   * outgoing address, and successful sign-ins give their attempt back.
   */
  address: { limit: 30, windowMs: WINDOW_MS, lockMs: LOCK_MS },
  /** Wrong current passwords on "Mon compte", per user. */
  passwordChange: { limit: MAX_FAILURES, windowMs: WINDOW_MS, lockMs: LOCK_MS },
} as const satisfies Record<string, ThrottleRule>;

/**
 * Keys of the counters. Each kind has its own prefix up to the colon, and the address (an IP
 * literal, or UNKNOWN_ADDRESS) never contains "|", so a crafted e-mail cannot collide with
 * another counter's key.
 */
export const throttleKeys = {
  address: (address: string) => `ip:${address}`,
  account: (email: string) => `email:${email}`,
  accountFromAddress: (email: string, address: string) => `email-ip:${address}|${email}`,
  passwordChange: (userId: string) => `password:${userId}`,
};

/** The e-mail as counted and looked up: one counter whatever the case or spacing. */
export function normalizeEmail(raw: string): string {
  return raw.trim().toLowerCase();
}

/** Requests whose client address is unknown share one counter (see clientAddress). */
export const UNKNOWN_ADDRESS = "unknown";

/**
 * The client address of a sign-in request, from the headers a reverse proxy sets: the first
 * hop of X-Forwarded-For, else X-Real-IP. Only meaningful behind a proxy that overwrites
 * them (a client can send its own); without one every request falls back to one shared key.
 * IPv6 addresses are counted per /64, the block one subscriber usually gets: otherwise one
 * machine could rotate through 2^64 addresses.
 */
export function clientAddress(headers: Record<string, unknown> | null | undefined): string {
  const header = (name: string) => {
    const value = headers?.[name];
    return typeof value === "string" ? value : Array.isArray(value) && typeof value[0] === "string" ? value[0] : "";
  };
  const candidates = [header("x-forwarded-for").split(",")[0], header("x-real-ip")];
  for (const candidate of candidates) {
    const address = normalizeAddress(candidate ?? "");
    if (address) return address;
  }
  return UNKNOWN_ADDRESS;
}

function normalizeAddress(raw: string): string | null {
  const value = raw.trim();
  const version = isIP(value);
  if (version === 4) return value;
  if (version !== 6) return null;
  const groups = expandIPv6(value.toLowerCase());
  if (!groups) return null;
  // IPv4-mapped (::ffff:a.b.c.d): the IPv4 client behind a dual-stack socket.
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    const [hi = 0, lo = 0] = groups.slice(6);
    return [hi >> 8, hi & 0xff, lo >> 8, lo & 0xff].join(".");
  }
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(":")}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 literal (isIP has checked it). */
function expandIPv6(value: string): number[] | null {
  const withoutZone = value.split("%")[0] ?? "";
  const [head = "", tail] = withoutZone.split("::");
  const parse = (part: string) => {
    if (!part) return [];
    const groups: number[] = [];
    for (const piece of part.split(":")) {
      if (piece.includes(".")) {
        const bytes = piece.split(".").map(Number);
        groups.push(((bytes[0] ?? 0) << 8) | (bytes[1] ?? 0), ((bytes[2] ?? 0) << 8) | (bytes[3] ?? 0));
      } else {
        groups.push(parseInt(piece, 16));
      }
    }
    return groups;
  };
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  const missing = 8 - left.length - right.length;
  if (missing < 0 || (tail === undefined && missing !== 0)) return null;
  return [...left, ...Array<number>(missing).fill(0), ...right];
}

export interface ThrottleState {
  failures: number;
  windowStart: Date;
  lockedUntil: Date | null;
}

export function isLocked(state: ThrottleState | null, now: Date): boolean {
  return !!state?.lockedUntil && state.lockedUntil.getTime() > now.getTime();
}

export type Reservation =
  | { allowed: true; next: ThrottleState }
  | { allowed: false; retryAt: Date };

/**
 * Counts one attempt before its outcome is known. Refused while locked; otherwise the count
 * goes up (a new window once the previous one, or a lock, has run out), and the attempt that
 * reaches the limit sets the lock at once, so attempts still running cannot be joined by more.
 */
export function reserveAttempt(state: ThrottleState | null, now: Date, rule: ThrottleRule): Reservation {
  if (state?.lockedUntil && state.lockedUntil.getTime() > now.getTime()) {
    return { allowed: false, retryAt: state.lockedUntil };
  }
  const fresh =
    !state ||
    now.getTime() - state.windowStart.getTime() > rule.windowMs ||
    (state.lockedUntil !== null && state.lockedUntil.getTime() <= now.getTime());
  if (!fresh && state.failures >= rule.limit) {
    // Only when a limit was lowered under a live window: wait for the window to end.
    return { allowed: false, retryAt: new Date(state.windowStart.getTime() + rule.windowMs) };
  }
  const failures = fresh ? 1 : state.failures + 1;
  return {
    allowed: true,
    next: {
      failures,
      windowStart: fresh ? now : state.windowStart,
      lockedUntil: failures >= rule.limit ? new Date(now.getTime() + rule.lockMs) : null,
    },
  };
}

/**
 * Gives back an attempt that turned out to be a success, so a counter shared by many honest
 * people (one office address) counts failures only. Nothing to give back when the window it
 * was counted in has since been replaced.
 */
export function releaseAttempt(state: ThrottleState | null, reservedWindowStart: Date, rule: ThrottleRule): ThrottleState | null {
  if (!state || state.windowStart.getTime() !== reservedWindowStart.getTime() || state.failures === 0) return state;
  const failures = state.failures - 1;
  return { ...state, failures, lockedUntil: failures >= rule.limit ? state.lockedUntil : null };
}

/** "15 minutes": the lock's length as said to the user, from the rule itself. */
export function lockMinutes(rule: ThrottleRule = THROTTLE_RULES.accountFromAddress): number {
  return Math.ceil(rule.lockMs / 60_000);
}
