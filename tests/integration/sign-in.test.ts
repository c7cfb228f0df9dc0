// Credentials, attempt counters, server-side sessions and the audit trail of signing in, on
// the real tables. Each test uses its own client addresses (documentation ranges), so the
// per-address counters of one test never lock another.
import { beforeAll, describe, expect, it } from "vitest";
import { checkCredentials, revokeSession } from "@/lib/auth/sign-in";
import { MAX_FAILURES, THROTTLE_RULES, UNKNOWN_ADDRESS, throttleKeys } from "@/lib/auth/throttle";
import { loadActor } from "@/lib/auth/actor";
import { changePassword } from "@/lib/account/actions";
import { upsertUser } from "@/tests/factories/users";
import { actorFor, testDb, withDemoData } from "./support";

const db = testDb();
beforeAll(async () => {
  await withDemoData(db);
});

const DEMO_PASSWORD = "demo-clu-2026";
const counter = (key: string) => db.signInThrottle.findUnique({ where: { key } });
const failures = async (key: string) => (await counter(key))?.failures ?? 0;

/** A fresh throw-away account, so locking it disturbs no other test. */
async function freshUser(label: string, password = DEMO_PASSWORD) {
  const email = `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.org`;
  const prefecture = await db.prefecture.findUniqueOrThrow({ where: { code: "86" } });
  return upsertUser(db, { email, name: label, password, roles: [{ role: "STAFF", prefectureId: prefecture.id }] });
}

describe("sign-in", () => {
  it("accepts each demo account with the documented password, whatever the e-mail's case", async () => {
    for (const email of ["national@example.org", "Referent.86@Example.org", "membre.86@example.org"]) {
      const result = await checkCredentials(db, email, DEMO_PASSWORD, { address: "192.0.2.1" });
      expect(result.ok).toBe(true);
    }
    const user = await db.user.findUniqueOrThrow({ where: { email: "referent.86@example.org" } });
    expect(user.lastSignInAt).not.toBeNull();
    expect(await db.auditLog.count({ where: { userId: user.id, action: "auth.signIn" } })).toBeGreaterThan(0);
  }, 60_000);

  it(`locks an e-mail after ${MAX_FAILURES} failures, even for the right password, and not another account`, async () => {
    const address = "192.0.2.2";
    const now = new Date();
    for (let i = 0; i < MAX_FAILURES; i += 1) {
      expect((await checkCredentials(db, "agent.86@example.org", "mauvais", { address, now })).ok).toBe(false);
    }
    expect(await checkCredentials(db, "agent.86@example.org", DEMO_PASSWORD, { address, now })).toEqual({
      ok: false,
      reason: "LOCKED",
    });
    expect((await checkCredentials(db, "referent.88@example.org", DEMO_PASSWORD, { address, now })).ok).toBe(true);
    // once the lock has passed, the right password works again and clears the e-mail's counters
    const later = new Date(now.getTime() + 16 * 60 * 1000);
    expect((await checkCredentials(db, "agent.86@example.org", DEMO_PASSWORD, { address, now: later })).ok).toBe(true);
    expect(await counter(throttleKeys.account("agent.86@example.org"))).toBeNull();
    expect(await counter(throttleKeys.accountFromAddress("agent.86@example.org", address))).toBeNull();
  }, 60_000);

  it("throttles unknown e-mails the same way, so the lock reveals nothing", async () => {
    const email = `inconnu-${Date.now()}@example.org`;
    let last;
    for (let i = 0; i < MAX_FAILURES; i += 1) last = await checkCredentials(db, email, "x", { address: "192.0.2.3" });
    expect(last).toEqual({ ok: false, reason: "LOCKED" });
  }, 60_000);

  it("refuses a disabled account", async () => {
    const user = await freshUser("desactive");
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect((await checkCredentials(db, user.email, DEMO_PASSWORD, { address: "192.0.2.4" })).ok).toBe(false);
  }, 60_000);

  it("counts without the client address under one shared key", async () => {
    const user = await freshUser("sans-adresse");
    expect((await checkCredentials(db, user.email, "mauvais")).ok).toBe(false);
    expect(await failures(throttleKeys.accountFromAddress(user.email, UNKNOWN_ADDRESS))).toBe(1);
  }, 60_000);
});

describe("sign-in under a parallel burst", () => {
  it(`40 wrong passwords at once from one address: ${MAX_FAILURES} are checked, then even the right one is refused`, async () => {
    const user = await freshUser("rafale");
    const address = "198.51.100.10";
    const results = await Promise.all(
      Array.from({ length: 40 }, () => checkCredentials(db, user.email, "mauvais-mot-de-passe", { address })),
    );
    expect(results.every((r) => !r.ok)).toBe(true);
    // Counted before the slow check, under a row lock: never more than the limit.
    expect(await failures(throttleKeys.accountFromAddress(user.email, address))).toBe(MAX_FAILURES);
    expect(await failures(throttleKeys.account(user.email))).toBe(MAX_FAILURES);
    // the address counter saw every attempt, up to its own limit
    expect(await failures(throttleKeys.address(address))).toBe(THROTTLE_RULES.address.limit);
    expect(await checkCredentials(db, user.email, DEMO_PASSWORD, { address })).toEqual({ ok: false, reason: "LOCKED" });
    expect(await db.userSession.count({ where: { userId: user.id } })).toBe(0);

    // That address could only lock itself out: the account holder elsewhere still signs in.
    const elsewhere = await checkCredentials(db, user.email, DEMO_PASSWORD, { address: "198.51.100.11" });
    expect(elsewhere.ok).toBe(true);
  }, 120_000);

  it("40 wrong passwords at once from 40 addresses: the e-mail's own limit holds for every address", async () => {
    const user = await freshUser("reseau");
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        checkCredentials(db, user.email, "mauvais-mot-de-passe", { address: `203.0.113.${i + 1}` }),
      ),
    );
    expect(results.every((r) => !r.ok)).toBe(true);
    expect(await failures(throttleKeys.account(user.email))).toBe(THROTTLE_RULES.account.limit);
    expect(await checkCredentials(db, user.email, DEMO_PASSWORD, { address: "203.0.113.200" })).toEqual({
      ok: false,
      reason: "LOCKED",
    });
  }, 120_000);
});

describe("per-address limit", () => {
  it(`refuses an address after ${THROTTLE_RULES.address.limit} failures on any e-mails, and only that address`, async () => {
    const address = "198.51.100.20";
    const emails = Array.from({ length: THROTTLE_RULES.address.limit + 5 }, (_, i) => `pulverise-${i}-${Date.now()}@example.org`);
    await Promise.all(emails.map((email) => checkCredentials(db, email, "x", { address })));
    expect(await failures(throttleKeys.address(address))).toBe(THROTTLE_RULES.address.limit);
    // a real account, right password, from the locked address: refused
    expect(await checkCredentials(db, "referent.16@example.org", DEMO_PASSWORD, { address })).toEqual({
      ok: false,
      reason: "LOCKED",
    });
    expect((await checkCredentials(db, "referent.16@example.org", DEMO_PASSWORD, { address: "198.51.100.21" })).ok).toBe(true);
  }, 120_000);

  it("counts failures only: people signing in one after another from a busy address never lock it", async () => {
    const address = "198.51.100.30";
    const limit = THROTTLE_RULES.address.limit;
    const user = await freshUser("bureau");
    const key = throttleKeys.address(address);
    await db.signInThrottle.create({ data: { key, failures: limit - 1, windowStart: new Date() } });
    for (let i = 0; i < 3; i += 1) {
      expect((await checkCredentials(db, user.email, DEMO_PASSWORD, { address })).ok).toBe(true);
    }
    // each success gave its attempt back: the counter is where it was, and not locked
    expect(await counter(key)).toMatchObject({ failures: limit - 1, lockedUntil: null });
  }, 60_000);
});

describe("server-side sessions", () => {
  it("a sign-in opens a session that loadActor accepts until it is revoked", async () => {
    const user = await freshUser("session");
    const result = await checkCredentials(db, user.email, DEMO_PASSWORD, { address: "192.0.2.40" });
    if (!result.ok) throw new Error("sign-in refused");
    const { sessionId } = result.user;
    const row = await db.userSession.findUniqueOrThrow({ where: { id: sessionId } });
    expect(row.userId).toBe(user.id);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(12 * 60 * 60 * 1000);

    expect(await loadActor(db, user.id, { sessionId })).not.toBeNull();
    await revokeSession(db, sessionId);
    // a copy of the signed-out cookie carries the same session id: refused
    expect(await loadActor(db, user.id, { sessionId })).toBeNull();
    // without a session check (tests, scripts) the actor still loads
    expect(await loadActor(db, user.id)).not.toBeNull();
  }, 60_000);

  it("refuses a token without a session, with another user's, with a bogus or an expired one", async () => {
    const user = await freshUser("session-refus");
    const other = await freshUser("session-autre");
    const mine = await db.userSession.create({ data: { userId: user.id, expiresAt: new Date(Date.now() + 60_000) } });
    const theirs = await db.userSession.create({ data: { userId: other.id, expiresAt: new Date(Date.now() + 60_000) } });
    const expired = await db.userSession.create({ data: { userId: user.id, expiresAt: new Date(Date.now() - 1000) } });
    expect(await loadActor(db, user.id, { sessionId: mine.id })).not.toBeNull();
    expect(await loadActor(db, user.id, { sessionId: null })).toBeNull();
    expect(await loadActor(db, user.id, { sessionId: theirs.id })).toBeNull();
    expect(await loadActor(db, user.id, { sessionId: "not-a-uuid" })).toBeNull();
    expect(await loadActor(db, user.id, { sessionId: crypto.randomUUID() })).toBeNull();
    expect(await loadActor(db, user.id, { sessionId: expired.id })).toBeNull();
  }, 60_000);
});

describe("password change", () => {
  const NEW_PASSWORD = "un-nouveau-mot-de-passe-sur";
  const input = (currentPassword: string) => ({ currentPassword, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });

  it(`counts wrong current passwords per user: after ${THROTTLE_RULES.passwordChange.limit}, even the right one waits`, async () => {
    const user = await freshUser("mot-de-passe-rafale");
    const actor = await actorFor(db, user.email);
    const results = await Promise.all(
      Array.from({ length: 20 }, () => changePassword.built.execute(db, actor, input("pas-le-bon-mot-de-passe"))),
    );
    expect(results.every((r) => !r.ok)).toBe(true);
    expect(results.filter((r) => !r.ok && r.code === "INVALID")).toHaveLength(THROTTLE_RULES.passwordChange.limit);
    expect(await failures(throttleKeys.passwordChange(user.id))).toBe(THROTTLE_RULES.passwordChange.limit);

    const right = await changePassword.built.execute(db, actor, input(DEMO_PASSWORD));
    expect(right).toMatchObject({ ok: false, error: "Trop de tentatives : réessayez dans 15 minutes." });
    const unchanged = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(unchanged.passwordHash).toBe(user.passwordHash);
  }, 120_000);

  it("a change clears the counter and ends every open session of the user", async () => {
    const user = await freshUser("mot-de-passe-sessions");
    const actor = await actorFor(db, user.email);
    const sessions = [];
    for (const address of ["192.0.2.50", "192.0.2.51"]) {
      const result = await checkCredentials(db, user.email, DEMO_PASSWORD, { address });
      if (!result.ok) throw new Error("sign-in refused");
      sessions.push(result.user.sessionId);
    }
    expect((await changePassword.built.execute(db, actor, input("faux"))).ok).toBe(false);
    expect(await failures(throttleKeys.passwordChange(user.id))).toBe(1);

    expect(await changePassword.built.execute(db, actor, input(DEMO_PASSWORD))).toMatchObject({ ok: true });
    expect(await counter(throttleKeys.passwordChange(user.id))).toBeNull();
    for (const sessionId of sessions) {
      expect(await loadActor(db, user.id, { sessionId })).toBeNull();
    }
  }, 120_000);
});
