import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  LOCK_MS,
  MAX_FAILURES,
  THROTTLE_RULES,
  UNKNOWN_ADDRESS,
  WINDOW_MS,
  clientAddress,
  isLocked,
  lockMinutes,
  releaseAttempt,
  reserveAttempt,
  throttleKeys,
  type ThrottleRule,
  type ThrottleState,
} from "@/lib/auth/throttle";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { safeCallbackPath } from "@/lib/auth/schemas";

describe("attempt throttle", () => {
  const t0 = new Date("2026-01-01T10:00:00Z");
  const later = (ms: number) => new Date(t0.getTime() + ms);
  const rule = THROTTLE_RULES.accountFromAddress;

  /** Reserves and keeps the new state, as the database does under its row lock. */
  function attempt(state: ThrottleState | null, now: Date, r: ThrottleRule = rule) {
    const reservation = reserveAttempt(state, now, r);
    return { allowed: reservation.allowed, state: reservation.allowed ? reservation.next : state };
  }

  it(`locks after ${MAX_FAILURES} attempts within the window, for ${LOCK_MS / 60000} minutes`, () => {
    let state: ThrottleState | null = null;
    for (let i = 1; i < MAX_FAILURES; i += 1) {
      ({ state } = attempt(state, later(i * 1000)));
      expect(isLocked(state, later(i * 1000))).toBe(false);
    }
    // The attempt reaching the limit locks at once, before its outcome is known.
    ({ state } = attempt(state, later(MAX_FAILURES * 1000)));
    expect(state?.failures).toBe(MAX_FAILURES);
    expect(isLocked(state, later(MAX_FAILURES * 1000 + 1))).toBe(true);
    expect(reserveAttempt(state, later(MAX_FAILURES * 1000 + 1), rule)).toEqual({
      allowed: false,
      retryAt: later(MAX_FAILURES * 1000 + LOCK_MS),
    });
    expect(isLocked(state, later(MAX_FAILURES * 1000 + LOCK_MS + 1))).toBe(false);
  });

  it("starts counting again once the window, or the lock, has passed", () => {
    let state: ThrottleState | null = null;
    for (let i = 0; i < MAX_FAILURES - 1; i += 1) ({ state } = attempt(state, t0));
    ({ state } = attempt(state, later(WINDOW_MS + 1)));
    expect(state).toEqual({ failures: 1, windowStart: later(WINDOW_MS + 1), lockedUntil: null });

    const longWindow = { ...rule, windowMs: 10 * LOCK_MS };
    state = null;
    for (let i = 0; i < longWindow.limit; i += 1) ({ state } = attempt(state, t0, longWindow));
    expect(isLocked(state, t0)).toBe(true);
    // the window would still run, but a lock that has ended gives a fresh window
    ({ state } = attempt(state, later(LOCK_MS + 1), longWindow));
    expect(state?.failures).toBe(1);
  });

  it("never allows more than the limit per window, nor anything while locked (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3 * WINDOW_MS }), { maxLength: 60 }),
        fc.constantFrom<ThrottleRule>(...Object.values(THROTTLE_RULES)),
        (offsets, r) => {
          const times = [...offsets].sort((a, b) => a - b);
          let state: ThrottleState | null = null;
          let allowedInWindow = 0;
          for (const time of times) {
            const wasLocked = isLocked(state, later(time));
            const result = attempt(state, later(time), r);
            if (wasLocked) expect(result.allowed).toBe(false);
            if (result.allowed && result.state && result.state.failures === 1) {
              allowedInWindow = 0;
            }
            if (result.allowed) allowedInWindow += 1;
            state = result.state;
            expect(allowedInWindow).toBeLessThanOrEqual(r.limit);
          }
        },
      ),
    );
  });

  it("gives back a successful attempt in its own window only, lifting a lock it had set", () => {
    const shared = THROTTLE_RULES.address;
    let state: ThrottleState | null = null;
    for (let i = 0; i < shared.limit; i += 1) ({ state } = attempt(state, t0, shared));
    expect(isLocked(state, t0)).toBe(true);
    const released = releaseAttempt(state, t0, shared);
    expect(released).toEqual({ failures: shared.limit - 1, windowStart: t0, lockedUntil: null });
    // counted in a window that has since been replaced: nothing to give back
    expect(releaseAttempt(released, later(-1), shared)).toBe(released);
    expect(releaseAttempt(null, t0, shared)).toBeNull();
  });

  it("keeps the e-mail limit under the address limit, and says the lock in minutes", () => {
    expect(THROTTLE_RULES.accountFromAddress.limit).toBe(MAX_FAILURES);
    // a single address must not be able to lock an account for everyone
    expect(THROTTLE_RULES.account.limit).toBeGreaterThan(THROTTLE_RULES.accountFromAddress.limit);
    expect(THROTTLE_RULES.address.limit).toBeGreaterThan(THROTTLE_RULES.account.limit);
    expect(lockMinutes(THROTTLE_RULES.passwordChange)).toBe(15);
  });
});

describe("counter keys and client address", () => {
  it("reads the first X-Forwarded-For hop, then X-Real-IP, else one shared key", () => {
    expect(clientAddress({ "x-forwarded-for": "203.0.113.7, 10.0.0.1" })).toBe("203.0.113.7");
    expect(clientAddress({ "x-forwarded-for": "garbage", "x-real-ip": "198.51.100.2" })).toBe("198.51.100.2");
    expect(clientAddress({ "x-real-ip": " 198.51.100.2 " })).toBe("198.51.100.2");
    expect(clientAddress({})).toBe(UNKNOWN_ADDRESS);
    expect(clientAddress(undefined)).toBe(UNKNOWN_ADDRESS);
    expect(clientAddress({ "x-forwarded-for": "1.2.3.4|email:x" })).toBe(UNKNOWN_ADDRESS);
  });

  it("counts IPv6 clients per /64 and IPv4-mapped addresses as IPv4", () => {
    expect(clientAddress({ "x-forwarded-for": "2001:db8:1:2:aaaa::1" })).toBe("2001:db8:1:2::/64");
    expect(clientAddress({ "x-forwarded-for": "2001:DB8:1:2:bbbb:cccc:dddd:eeee" })).toBe("2001:db8:1:2::/64");
    expect(clientAddress({ "x-forwarded-for": "::1" })).toBe("0:0:0:0::/64");
    expect(clientAddress({ "x-forwarded-for": "::ffff:203.0.113.9" })).toBe("203.0.113.9");
    expect(clientAddress({ "x-forwarded-for": "fe80::1%eth0" })).toBe("fe80:0:0:0::/64");
  });

  it("keeps each kind of counter in its own key space", () => {
    const keys = [
      throttleKeys.address("203.0.113.7"),
      throttleKeys.account("a@example.org"),
      throttleKeys.accountFromAddress("a@example.org", "203.0.113.7"),
      throttleKeys.passwordChange("00000000-0000-0000-0000-000000000000"),
    ];
    expect(keys.map((k) => k.slice(0, k.indexOf(":")))).toEqual(["ip", "email", "email-ip", "password"]);
    // an e-mail crafted to look like another key still lands in the e-mail key space
    expect(throttleKeys.account("x|203.0.113.7")).not.toBe(throttleKeys.accountFromAddress("x", "203.0.113.7"));
  });
});

describe("password hashing (scrypt)", () => {
  it("verifies the right password only, with a fresh salt each time", async () => {
    const a = await hashPassword("demo-clu-2026");
    const b = await hashPassword("demo-clu-2026");
    expect(a).not.toBe(b);
    expect(a.startsWith("scrypt$131072$8$1$")).toBe(true);
    expect(await verifyPassword("demo-clu-2026", a)).toBe(true);
    expect(await verifyPassword("demo-clu-2027", a)).toBe(false);
    expect(await verifyPassword("demo-clu-2026", "not-a-hash")).toBe(false);
  });
});

describe("return path after sign-in", () => {
  it("accepts same-site paths only", () => {
    expect(safeCallbackPath("/86")).toBe("/86");
    expect(safeCallbackPath("//evil.example.org")).toBeNull();
    expect(safeCallbackPath("https://evil.example.org")).toBeNull();
    expect(safeCallbackPath("/\\evil.example.org")).toBeNull();
    expect(safeCallbackPath("/connexion")).toBeNull();
    expect(safeCallbackPath(undefined)).toBeNull();
    expect(safeCallbackPath("/\t/evil.example")).toBeNull();
    expect(safeCallbackPath("/\n\\evil.example")).toBeNull();
    expect(safeCallbackPath("/86/seances?x=1#ordre-du-jour")).toBe("/86/seances?x=1#ordre-du-jour");
  });
});
