// Every server action, enumerated from lib/**/actions.ts: each was built with the action
// client, refuses an anonymous caller, refuses a caller of another prefecture, and writes
// its audit-log row when it succeeds.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { ServerAction } from "@/lib/server-action";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/policy";
import { upsertUser } from "@/tests/factories/users";
import { actorFor, testDb, withDemoData } from "./support";

// The caller: a Vienne referent of its own, so actions on "self" leave the demo accounts alone.
const CALLER = "acces.86@example.org";

const db = testDb();

function findActionFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (entry === "generated") continue;
    if (statSync(full).isDirectory()) findActionFiles(full, out);
    else if (entry === "actions.ts") out.push(full);
  }
  return out;
}

/**
 * For each action: an input aimed at the Charente (16) or at the caller themself, and what
 * "another prefecture" means for it. A new action without an entry here fails the test.
 */
type Scenario = {
  /** Input targeting data of prefecture 16 (for a Vienne caller), or the caller's own data */
  input: (db: PrismaClient) => Promise<unknown>;
  /**
   * "prefecture": a Vienne referent must get FORBIDDEN; "self": acts on the caller only;
   * "invitation": the link is the credential — a bogus link is refused to anyone.
   */
  scope: "prefecture" | "self" | "invitation";
  /** For "self" actions: a snapshot of other users' data, compared before and after the call */
  othersSnapshot?: (db: PrismaClient, caller: Actor) => Promise<unknown>;
};

/** Rows of the Charente (16), the prefecture the Vienne caller must never reach. */
async function charente(db: PrismaClient) {
  const meeting = await db.meeting.findFirstOrThrow({
    where: { prefecture: { code: "16" } },
    include: { agendaItems: { orderBy: { position: "asc" } } },
  });
  const item = meeting.agendaItems[0];
  if (!item) throw new Error("the Charente meeting has no agenda item");
  const seat = await db.member.findFirstOrThrow({ where: { committeeId: meeting.committeeId } });
  let document = await db.document.findFirst({ where: { meetingId: meeting.id } });
  document ??= await db.document.create({
    data: {
      prefectureId: meeting.prefectureId,
      meetingId: meeting.id,
      title: "Support",
      fileName: "support.pdf",
      mimeType: "application/pdf",
      sizeBytes: 4,
      sha256: "0".repeat(64),
      storageKey: `2026-01/${crypto.randomUUID()}.pdf`,
    },
  });
  return { meeting, item, seat, document };
}

/** The Charente's committee, one of its persons and one of its seats (committee actions). */
async function charenteCommittee(db: PrismaClient) {
  const committee = await db.committee.findFirstOrThrow({ where: { prefecture: { code: "16" } } });
  const person = await db.person.findFirstOrThrow({ where: { prefectureId: committee.prefectureId } });
  const seat = await db.member.findFirstOrThrow({ where: { committeeId: committee.id } });
  return { committee, person, seat };
}

const meetingFields = (committeeId: string) => ({
  committeeId,
  date: "2031-03-04",
  startTime: "09:30",
  endTime: "11:30",
  room: "Grand Salon",
  place: null,
  mode: "IN_PERSON",
  chairLabel: null,
  numberingStyle: "ROMAN_LETTERS",
});

const SCENARIOS: Record<string, Scenario> = {
  "meeting.create": { scope: "prefecture", input: async (db) => meetingFields((await charente(db)).meeting.committeeId) },
  "meeting.update": {
    scope: "prefecture",
    input: async (db) => {
      const { meeting } = await charente(db);
      return { ...meetingFields(meeting.committeeId), id: meeting.id, version: meeting.version };
    },
  },
  "agenda.add": { scope: "prefecture", input: async (db) => ({ meetingId: (await charente(db)).meeting.id, title: "Point ajouté" }) },
  "agenda.addActionPlanReview": { scope: "prefecture", input: async (db) => ({ meetingId: (await charente(db)).meeting.id }) },
  "agenda.update": {
    scope: "prefecture",
    input: async (db) => {
      const { meeting, item } = await charente(db);
      return { meetingId: meeting.id, id: item.id, version: item.version, title: "Titre changé" };
    },
  },
  "agenda.delete": { scope: "prefecture", input: async (db) => ({ id: (await charente(db)).item.id }) },
  "agenda.move": { scope: "prefecture", input: async (db) => ({ id: (await charente(db)).item.id, move: "down" }) },
  "meeting.sendConvocation": {
    scope: "prefecture",
    input: async (db) => {
      const { meeting } = await charente(db);
      return { meetingId: meeting.id, version: meeting.version };
    },
  },
  "meeting.replyAsMember": {
    scope: "prefecture",
    input: async (db) => ({ meetingId: (await charente(db)).meeting.id, response: "EXCUSED" }),
  },
  "meeting.replyByToken": { scope: "invitation", input: async () => ({ token: "x".repeat(43), response: "EXCUSED" }) },
  "meeting.saveAttendance": {
    scope: "prefecture",
    input: async (db) => {
      const { meeting, seat } = await charente(db);
      return { meetingId: meeting.id, version: meeting.version, lines: [{ memberId: seat.id, status: "ABSENT" }] };
    },
  },
  "meeting.cancel": {
    scope: "prefecture",
    input: async (db) => {
      const { meeting } = await charente(db);
      return { meetingId: meeting.id, version: meeting.version, reason: null };
    },
  },
  "document.delete": { scope: "prefecture", input: async (db) => ({ id: (await charente(db)).document.id }) },
  "committee.create": {
    scope: "prefecture",
    input: async (db) => ({
      prefectureId: (await charenteCommittee(db)).committee.prefectureId,
      kind: "CLU",
      name: "Comité créé par un étranger",
    }),
  },
  "committee.addMember": {
    scope: "prefecture",
    input: async (db) => ({
      committeeId: (await charenteCommittee(db)).committee.id,
      holder: "NEW_PERSON",
      lastName: "Intrus",
      college: "USERS",
      mandate: "TITULAIRE",
      startsOn: "2026-01-05",
    }),
  },
  "person.update": {
    scope: "prefecture",
    input: async (db) => {
      const { person } = await charenteCommittee(db);
      return { id: person.id, version: person.version, lastName: "CHANGÉ" };
    },
  },
  "committee.endMember": {
    scope: "prefecture",
    input: async (db) => {
      const { seat } = await charenteCommittee(db);
      return { memberId: seat.id, version: seat.version, endsOn: "2026-01-05" };
    },
  },
  "committee.importMembers": {
    scope: "prefecture",
    input: async (db) => ({
      committeeId: (await charenteCommittee(db)).committee.id,
      csv: "Nom;Organisme;Collège\nINTRUS;Association test;Usagers\n",
      confirm: true,
    }),
  },
  "account.changePassword": {
    scope: "self",
    input: async () => ({
      currentPassword: "demo-clu-2026",
      newPassword: "un-nouveau-mot-de-passe-sur",
      confirmPassword: "un-nouveau-mot-de-passe-sur",
    }),
    othersSnapshot: (db, caller) =>
      db.user.findMany({
        where: { id: { not: caller.userId } },
        orderBy: { email: "asc" },
        select: { email: true, passwordHash: true, version: true },
      }),
  },
};

const files = findActionFiles("lib");
const actions: { file: string; exportName: string; action: ServerAction<never, unknown> }[] = [];

beforeAll(async () => {
  await withDemoData(db);
  const vienne = await db.prefecture.findUniqueOrThrow({ where: { code: "86" } });
  await upsertUser(db, {
    email: CALLER,
    name: "Référent de test",
    password: "demo-clu-2026",
    roles: [{ role: "REFERENT", prefectureId: vienne.id }],
  });
  for (const file of files) {
    const mod = (await import(path.resolve(file))) as Record<string, unknown>;
    for (const [exportName, value] of Object.entries(mod)) {
      actions.push({ file, exportName, action: value as ServerAction<never, unknown> });
    }
  }
});

describe("server actions", () => {
  it("are all found (the enumeration itself works)", () => {
    expect(files.length).toBeGreaterThan(0);
    expect(actions.length).toBeGreaterThan(0);
  });

  it("are all built with the action client and have an access scenario", () => {
    for (const { file, exportName, action } of actions) {
      expect(typeof action, `${file} → ${exportName}`).toBe("function");
      expect(action.built?.definition?.name, `${file} → ${exportName} is not built with defineAction`).toBeTruthy();
      expect(SCENARIOS[action.built.definition.name], `no access scenario for ${action.built.definition.name}`).toBeDefined();
    }
  });

  it("refuse an anonymous caller", async () => {
    for (const { action } of actions) {
      const scenario = SCENARIOS[action.built.definition.name]!;
      const result = await action.built.execute(db, null, await scenario.input(db));
      // A link-based action without a valid link finds nothing to answer for.
      const expected = scenario.scope === "invitation" ? "NOT_FOUND" : "UNAUTHENTICATED";
      expect(result, action.built.definition.name).toMatchObject({ ok: false, code: expected });
    }
  });

  it("refuse a caller of another prefecture, or touch only the caller's own data", async () => {
    const before = await db.auditLog.count();
    let expectedLogs = 0;
    for (const { action } of actions) {
      const { name } = action.built.definition;
      const scenario = SCENARIOS[name]!;
      const caller = await actorFor(db, CALLER);
      const othersBefore = await scenario.othersSnapshot?.(db, caller);
      const result = await action.built.execute(db, caller, await scenario.input(db));
      if (scenario.scope === "prefecture") {
        expect(result, name).toMatchObject({ ok: false, code: "FORBIDDEN" });
      } else if (scenario.scope === "invitation") {
        expect(result, name).toMatchObject({ ok: false, code: "NOT_FOUND" });
      } else {
        expect(result.ok, `${name}: ${JSON.stringify(result)}`).toBe(true);
        expectedLogs += 1;
        expect(await scenario.othersSnapshot?.(db, caller)).toEqual(othersBefore);
        const log = await db.auditLog.findFirstOrThrow({ where: { action: name }, orderBy: { id: "desc" } });
        expect(log.userId).toBe(caller.userId);
        expect(JSON.stringify(log.after)).not.toContain("scrypt$");
      }
    }
    expect(await db.auditLog.count()).toBe(before + expectedLogs);
  });

  it("answer bad input with French messages next to the fields", async () => {
    const changePassword = actions.find((a) => a.action.built.definition.name === "account.changePassword")!;
    const caller = await actorFor(db, CALLER);
    const result = await changePassword.action.built.execute(db, caller, {
      currentPassword: "",
      newPassword: "court",
      confirmPassword: "autre",
    });
    expect(result).toMatchObject({ ok: false, code: "INVALID" });
    if (result.ok) return;
    expect(result.fieldErrors?.currentPassword).toEqual(["Saisissez votre mot de passe actuel."]);
    expect(result.fieldErrors?.newPassword?.[0]).toContain("au moins 12 caractères");
  });
});
