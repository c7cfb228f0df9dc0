// Credentials, throttling and the audit trail of signing in, on the real tables.
import { beforeAll, describe, expect, it } from "vitest";
import { checkCredentials } from "@/lib/auth/sign-in";
import { MAX_FAILURES } from "@/lib/auth/throttle";
import { testDb, withDemoData } from "./support";

const db = testDb();
beforeAll(async () => {
  await withDemoData(db);
});

describe("sign-in", () => {
  it("accepts each demo account with the documented password, whatever the e-mail's case", async () => {
    for (const email of ["national@example.org", "Referent.86@Example.org", "membre.86@example.org"]) {
      const result = await checkCredentials(db, email, "demo-clu-2026");
      expect(result.ok).toBe(true);
    }
    const user = await db.user.findUniqueOrThrow({ where: { email: "referent.86@example.org" } });
    expect(user.lastSignInAt).not.toBeNull();
    expect(await db.auditLog.count({ where: { userId: user.id, action: "auth.signIn" } })).toBeGreaterThan(0);
  });

  it(`locks an account after ${MAX_FAILURES} failures, even for the right password, and not another account`, async () => {
    const now = new Date();
    for (let i = 0; i < MAX_FAILURES; i += 1) {
      expect((await checkCredentials(db, "agent.86@example.org", "mauvais", now)).ok).toBe(false);
    }
    expect(await checkCredentials(db, "agent.86@example.org", "demo-clu-2026", now)).toEqual({ ok: false, reason: "LOCKED" });
    expect((await checkCredentials(db, "referent.88@example.org", "demo-clu-2026", now)).ok).toBe(true);
    // once the lock has passed, the right password works again and clears the counter
    const later = new Date(now.getTime() + 16 * 60 * 1000);
    expect((await checkCredentials(db, "agent.86@example.org", "demo-clu-2026", later)).ok).toBe(true);
    expect(await db.signInThrottle.findUnique({ where: { key: "agent.86@example.org" } })).toBeNull();
  });

  it("throttles unknown e-mails the same way, so the lock reveals nothing", async () => {
    const email = `inconnu-${Date.now()}@example.org`;
    let last;
    for (let i = 0; i < MAX_FAILURES; i += 1) last = await checkCredentials(db, email, "x");
    expect(last).toEqual({ ok: false, reason: "LOCKED" });
  });

  it("refuses a disabled account", async () => {
    await db.user.update({ where: { email: "referent.16@example.org" }, data: { disabledAt: new Date() } });
    expect((await checkCredentials(db, "referent.16@example.org", "demo-clu-2026")).ok).toBe(false);
    await db.user.update({ where: { email: "referent.16@example.org" }, data: { disabledAt: null } });
    await db.signInThrottle.deleteMany({ where: { key: "referent.16@example.org" } });
  });
});
