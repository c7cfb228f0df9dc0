// Personal API tokens: issued with a role the owner holds, shown once and stored hashed; the
// actor a bearer token stands for has that one role in that one prefecture (a Vienne token
// cannot act on the Charente); a revoked token, a role taken away, a malformed header are refused;
// the last use is recorded; the referent's actions create and revoke, others are refused.
import { beforeAll, describe, expect, it } from "vitest";
import { actorFromApiToken, bearerToken, hashApiToken, issueApiToken } from "@/lib/auth/api-tokens";
import { can } from "@/lib/auth/policy";
import { createApiToken, revokeApiToken } from "@/lib/api-tokens/actions";
import { upsertUser } from "@/tests/factories/users";
import { actorFor, testDb, withDemoData } from "./support";

const db = testDb();
let vienneId: string;
let charenteId: string;

beforeAll(async () => {
  await withDemoData(db);
  vienneId = (await db.prefecture.findUniqueOrThrow({ where: { code: "86" } })).id;
  charenteId = (await db.prefecture.findUniqueOrThrow({ where: { code: "16" } })).id;
});

describe("API tokens", () => {
  it("are issued only with a role the owner holds there, stored hashed, and stand for that role only", async () => {
    const referent = await actorFor(db, "referent.86@example.org");
    const refused = await issueApiToken(db, { userId: referent.userId, prefectureId: charenteId, role: "REFERENT", name: "Intrus" });
    expect(refused).toMatchObject({ ok: false });
    const agent = await actorFor(db, "agent.86@example.org");
    expect(await issueApiToken(db, { userId: agent.userId, prefectureId: vienneId, role: "REFERENT", name: "Plus que moi" })).toMatchObject({ ok: false });

    const issued = await issueApiToken(db, { userId: agent.userId, prefectureId: vienneId, role: "STAFF", name: "Import du standard" });
    if (!issued.ok) throw new Error(issued.reason);
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: issued.id } });
    expect(row.tokenHash).toBe(hashApiToken(issued.token));
    expect(JSON.stringify(row)).not.toContain(issued.token);

    const actor = await actorFromApiToken(db, `Bearer ${issued.token}`);
    expect(actor?.roles).toEqual([{ role: "STAFF", prefectureId: vienneId, prefectureCode: "86" }]);
    expect(can(actor, "indicator.enter", { kind: "prefecture", prefectureId: vienneId })).toBe(true);
    // One prefecture: the Vienne's token cannot enter the Charente's figures.
    expect(can(actor, "indicator.enter", { kind: "prefecture", prefectureId: charenteId })).toBe(false);
    expect(can(actor, "prefecture.manage", { kind: "prefecture", prefectureId: vienneId })).toBe(false);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: issued.id } })).lastUsedAt).not.toBeNull();
  });

  it("refuse malformed headers, unknown and revoked tokens, and a role taken away since", async () => {
    expect(bearerToken("Basic abc")).toBeNull();
    expect(bearerToken("Bearer clu_court")).toBeNull();
    expect(await actorFromApiToken(db, `Bearer clu_${"A".repeat(43)}`)).toBeNull();
    expect(await actorFromApiToken(db, null)).toBeNull();

    const owner = await upsertUser(db, { email: "jeton.86@example.org", name: "Agent jeton", password: "demo-clu-2026", roles: [{ role: "STAFF", prefectureId: vienneId }] });
    const ownerId = owner.id;
    const issued = await issueApiToken(db, { userId: ownerId, prefectureId: vienneId, role: "STAFF", name: "Temporaire" });
    if (!issued.ok) throw new Error(issued.reason);
    expect(await actorFromApiToken(db, `Bearer ${issued.token}`)).not.toBeNull();
    await db.membership.deleteMany({ where: { userId: ownerId, prefectureId: vienneId } });
    expect(await actorFromApiToken(db, `Bearer ${issued.token}`)).toBeNull();
  });

  it("are created and revoked by a referent of the prefecture only", async () => {
    const referent = await actorFor(db, "referent.86@example.org");
    const created = await createApiToken.built.execute(db, referent, { prefectureId: vienneId, name: "Import mensuel", role: "REFERENT" });
    if (!created.ok) throw new Error(created.error);
    expect(created.data.token).toMatch(/^clu_/);
    const log = await db.auditLog.findFirstOrThrow({ where: { action: "apiToken.create", entityId: created.data.id } });
    expect(JSON.stringify([log.before, log.after])).not.toContain(created.data.token);

    const agent = await actorFor(db, "agent.86@example.org");
    expect(await revokeApiToken.built.execute(db, agent, { id: created.data.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const charente = await actorFor(db, "referent.16@example.org");
    expect(await revokeApiToken.built.execute(db, charente, { id: created.data.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await revokeApiToken.built.execute(db, referent, { id: created.data.id })).toMatchObject({ ok: true });
    expect(await revokeApiToken.built.execute(db, referent, { id: created.data.id })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await actorFromApiToken(db, `Bearer ${created.data.token}`)).toBeNull();
  });
});
