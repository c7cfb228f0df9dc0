// The policy on real rows: actors loaded from the database, resources with real ids.
import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { getDashboard } from "@/lib/prefectures/queries";
import { committees } from "@/prisma/seed/data/committees";
import { actorFor, testDb, withDemoData } from "./support";

const db = testDb();

beforeAll(async () => {
  await withDemoData(db);
});

async function prefecture(code: string) {
  return db.prefecture.findUniqueOrThrow({ where: { code }, include: { committees: true } });
}

describe("policy against the database", () => {
  it("a Vienne referent manages the Vienne and nothing of the Charente", async () => {
    const actor = await actorFor(db, "referent.86@example.org");
    const vienne = await prefecture("86");
    const charente = await prefecture("16");
    const vienneCommittee = vienne.committees[0];
    const charenteCommittee = charente.committees[0];
    if (!vienneCommittee || !charenteCommittee) throw new Error("seeded committees missing");
    expect(can(actor, "meeting.manage", { kind: "committee", prefectureId: vienne.id, committeeId: vienneCommittee.id })).toBe(true);
    expect(can(actor, "prefecture.read", { kind: "prefecture", prefectureId: charente.id })).toBe(false);
    expect(can(actor, "meeting.read", { kind: "committee", prefectureId: charente.id, committeeId: charenteCommittee.id })).toBe(false);
  });

  it("the demo member sits on the Vienne committee and reads it, not a committee they do not sit on", async () => {
    const actor = await actorFor(db, "membre.86@example.org");
    const vienne = await prefecture("86");
    // The seeded seat (other test files sharing this database may add more seats).
    const seededName = committees.find((c) => c.key === "86-clu-clac")!.name;
    const seeded = await db.committee.findFirstOrThrow({ where: { prefectureId: vienne.id, name: seededName } });
    expect(actor.memberCommitteeIds).toContain(seeded.id);
    const own = seeded;
    const other = await db.committee.create({
      data: { prefectureId: vienne.id, kind: "CLAC", name: `CLAC de test ${Date.now()}` },
    });
    expect(can(actor, "meeting.read", { kind: "committee", prefectureId: vienne.id, committeeId: own.id })).toBe(true);
    expect(can(actor, "meeting.read", { kind: "committee", prefectureId: vienne.id, committeeId: other.id })).toBe(false);
    // and the dashboard query leaves it out
    const dashboard = await getDashboard(vienne.id, actor);
    expect(dashboard.committees.map((c) => c.id)).toContain(own.id);
    expect(dashboard.committees.map((c) => c.id)).not.toContain(other.id);
    await db.committee.delete({ where: { id: other.id } });
  });

  it("an ended seat no longer grants reading", async () => {
    const actor = await actorFor(db, "membre.86@example.org");
    const user = await db.user.findUniqueOrThrow({ where: { email: "membre.86@example.org" }, include: { persons: true } });
    const person = user.persons[0]!;
    await db.member.updateMany({ where: { personId: person.id }, data: { endsOn: new Date(Date.now() - 24 * 3600 * 1000) } });
    const after = await loadActor(db, user.id);
    expect(after?.memberCommitteeIds).toEqual([]);
    await db.member.updateMany({ where: { personId: person.id }, data: { endsOn: null } });
    expect(actor.memberCommitteeIds.length).toBeGreaterThan(0);
  });

  it("a disabled account and a session older than the last password change have no actor", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: "agent.86@example.org" } });
    expect(await loadActor(db, user.id)).not.toBeNull();
    expect(await loadActor(db, user.id, { issuedAt: new Date(user.passwordChangedAt.getTime() - 60_000) })).toBeNull();
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await loadActor(db, user.id)).toBeNull();
    await db.user.update({ where: { id: user.id }, data: { disabledAt: null } });
  });

  it("the national admin reads every prefecture and manages none", async () => {
    const actor = await actorFor(db, "national@example.org");
    for (const code of ["86", "16", "88"]) {
      const p = await prefecture(code);
      expect(can(actor, "prefecture.read", { kind: "prefecture", prefectureId: p.id })).toBe(true);
      expect(can(actor, "prefecture.manage", { kind: "prefecture", prefectureId: p.id })).toBe(false);
    }
  });
});
