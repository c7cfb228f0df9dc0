// The committee and member actions on a real database: create a committee, seat members of
// each kind, end a seat (it moves to the history), import a CSV (preview, then confirm; a
// file with errors writes nothing), optimistic locking on a person, and the accent- and
// case-insensitive search.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parisDateParts } from "@/lib/format";
import { addMember, createCommittee, endMember, importMembers, updatePerson } from "@/lib/committees/actions";
import { getCommitteeSeats, getMembersExport, listCommittees } from "@/lib/committees/queries";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrefecture, testPrefectureSeed } from "@/tests/factories/prefectures";
import { upsertUser } from "@/tests/factories/users";
import { actorFor, testDb, withDemoData } from "./support";

const db = testDb();
let vienneId: string;
let vienneCommitteeId: string;

const fixture = (name: string) => readFileSync(path.join(__dirname, "../fixtures", name), "utf8");

beforeAll(async () => {
  await withDemoData(db);
  vienneId = (await db.prefecture.findUniqueOrThrow({ where: { code: "86" } })).id;
  vienneCommitteeId = (
    await db.committee.findFirstOrThrow({
      where: { prefectureId: vienneId, name: "Comité local des usagers et de l'amélioration continue de la Vienne" },
    })
  ).id;
});

/** A prefecture with a code no other test holds (the factory's random 9xx codes may collide). */
async function freshPrefecture(client: PrismaClient) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await createPrefecture(client, testPrefectureSeed());
    } catch (error) {
      if (attempt > 30 || (error as { code?: string }).code !== "P2002") throw error;
    }
  }
}

/**
 * A throw-away prefecture, its referent and one committee, per test: what a test writes never
 * reaches the demo data other test files rely on (the Vienne's committee, the demo member's
 * seats), nor another test's counts.
 */
async function freshSpace(kind: "CLU" | "CLAC" | "CLU_CLAC" = "CLU") {
  const prefecture = await freshPrefecture(db);
  const email = `referent.comites.${randomUUID()}@example.org`;
  await upsertUser(db, { email, name: "Référent de test (comités)", password: "demo-clu-2026", roles: [{ role: "REFERENT", prefectureId: prefecture.id }] });
  const referent = await actorFor(db, email);
  const name = `Comité local des usagers ${prefecture.code}`;
  const result = await createCommittee.built.execute(db, referent, { prefectureId: prefecture.id, kind, name });
  if (!result.ok) throw new Error(result.error);
  const prefectureId = prefecture.id;
  const counts = async () => {
    const [organizations, persons, members] = await Promise.all([
      db.organization.count({ where: { prefectureId } }),
      db.person.count({ where: { prefectureId } }),
      db.member.count({ where: { committee: { prefectureId } } }),
    ]);
    return { organizations, persons, members };
  };
  return { prefectureId, referent, committee: { id: result.data.id, name }, counts };
}

const seat = { college: "USERS", mandate: "TITULAIRE", startsOn: "2025-01-15" } as const;

describe("committee actions", () => {
  it("creates a committee, refuses a second one with the same name, and records who did it", async () => {
    const { prefectureId, referent, committee: { id, name } } = await freshSpace("CLU_CLAC");
    const committee = await db.committee.findUniqueOrThrow({ where: { id } });
    expect([committee.prefectureId, committee.kind, committee.name]).toEqual([prefectureId, "CLU_CLAC", name]);
    expect(await db.auditLog.count({ where: { entityId: id, action: "committee.create", userId: referent.userId } })).toBe(1);

    const again = await createCommittee.built.execute(db, referent, { prefectureId, kind: "CLU", name: name.toUpperCase() });
    expect(again).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { name: ["Un comité de la préfecture porte déjà ce nom."] } });

    const invalid = await createCommittee.built.execute(db, referent, { prefectureId, kind: "COMITE", name: "" });
    expect(invalid).toMatchObject({ ok: false, code: "INVALID" });
    if (invalid.ok) return;
    expect(invalid.fieldErrors?.kind).toEqual(["Choisissez le type de comité."]);
    expect(invalid.fieldErrors?.name?.[0]).toContain("Saisissez le nom du comité");
  });

  it("refuses a member of the committee (read-only) and shows them only their committees", async () => {
    const member = await actorFor(db, "membre.86@example.org");
    const vienneReferent = await actorFor(db, "referent.86@example.org");
    const result = await createCommittee.built.execute(db, member, { prefectureId: vienneId, kind: "CLU", name: "Comité d'un membre" });
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const added = await addMember.built.execute(db, member, { committeeId: vienneCommitteeId, holder: "NEW_PERSON", lastName: "X", ...seat });
    expect(added).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const visible = await listCommittees(vienneId, member);
    expect(visible.map((c) => c.id)).toEqual([vienneCommitteeId]);
    const all = await listCommittees(vienneId, vienneReferent);
    expect(all.map((c) => c.id)).toContain(vienneCommitteeId);
    const vienne = all.find((c) => c.id === vienneCommitteeId);
    expect(vienne).toMatchObject({ membersCount: 47, byCollege: { STATE: 18, USERS: 29 } });
  });

  it("seats a new person, an existing person and an organisation without a named person", async () => {
    const { prefectureId, referent, committee, counts } = await freshSpace();
    const before = await counts();

    // A person typed in, with an organisation that does not exist yet
    const created = await addMember.built.execute(db, referent, {
      committeeId: committee.id,
      holder: "NEW_PERSON",
      civility: "MME",
      firstName: "Élodie",
      lastName: "Durand-Lefèvre",
      function: "présidente",
      organizationName: "Association des usagers du test",
      organizationKind: "",
      email: "Elodie.Durand@Example.org",
      phone: "05 49 00 00 00",
      ...seat,
    });
    expect(created.ok, JSON.stringify(created)).toBe(true);
    if (!created.ok) return;
    const person = await db.person.findUniqueOrThrow({ where: { id: created.data.personId ?? "" }, include: { organization: true } });
    expect([person.lastName, person.email, person.prefectureId]).toEqual(["DURAND-LEFÈVRE", "elodie.durand@example.org", prefectureId]);
    // Organisation kind deduced from the college (users → "other"), as the import does
    expect(person.organization).toMatchObject({ name: "Association des usagers du test", kind: "OTHER", prefectureId });

    // An existing person of the prefecture
    const sgc = await db.organization.create({ data: { prefectureId, name: "Secrétariat général commun", shortName: "SGC", kind: "STATE_SERVICE" } });
    const masse = await db.person.create({
      data: { prefectureId, civility: "MME", firstName: "Nathalie", lastName: "MASSÉ", organizationId: sgc.id },
    });
    const picked = await addMember.built.execute(db, referent, {
      committeeId: committee.id,
      holder: "PERSON",
      personId: masse.id,
      ...seat,
      college: "STATE",
      mandate: "SUPPLEANT",
    });
    expect(picked.ok, JSON.stringify(picked)).toBe(true);
    // …but not twice on the same committee
    const twice = await addMember.built.execute(db, referent, { committeeId: committee.id, holder: "PERSON", personId: masse.id, ...seat });
    expect(twice).toMatchObject({ ok: false, code: "INVALID" });
    if (!twice.ok) expect(twice.fieldErrors?.personId?.[0]).toContain("Mme Nathalie MASSÉ siège déjà dans ce comité");

    // An organisation's seat, the organisation found by its short name, whatever the case
    const orgSeat = await addMember.built.execute(db, referent, {
      committeeId: committee.id,
      holder: "ORGANIZATION",
      organizationName: "sgc",
      seatLabel: "Représentant du secrétariat général commun",
      ...seat,
      college: "STATE",
    });
    expect(orgSeat.ok, JSON.stringify(orgSeat)).toBe(true);

    // A person of another prefecture cannot be seated here, whatever id is sent
    const stranger = await db.person.findFirstOrThrow({ where: { prefectureId: vienneId } });
    const foreign = await addMember.built.execute(db, referent, { committeeId: committee.id, holder: "PERSON", personId: stranger.id, ...seat });
    expect(foreign).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { personId: ["Cette personne n'est pas enregistrée dans la préfecture."] } });

    // A second person with the same e-mail would make the import seat the wrong one
    const duplicate = await addMember.built.execute(db, referent, {
      committeeId: committee.id,
      holder: "NEW_PERSON",
      lastName: "AUTRE",
      email: "elodie.durand@example.org",
      ...seat,
    });
    expect(duplicate).toMatchObject({ ok: false, code: "INVALID" });
    if (!duplicate.ok) expect(duplicate.fieldErrors?.email?.[0]).toContain("Mme Élodie DURAND-LEFÈVRE");

    // Missing holder details are refused in French, next to the field
    const incomplete = await addMember.built.execute(db, referent, { committeeId: committee.id, holder: "ORGANIZATION", ...seat });
    expect(incomplete).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { organizationName: ["Saisissez l'organisme qui détient le siège."] } });

    expect(await counts()).toEqual({
      organizations: before.organizations + 2, // the new association, and the SGC made above
      persons: before.persons + 2, // the new person, and MASSÉ made above
      members: 3,
    });
    const { current, past } = await getCommitteeSeats(prefectureId, committee.id);
    expect(past).toEqual([]);
    const sgcSeat = current.find((s) => !s.person);
    expect(sgcSeat).toMatchObject({ seatLabel: "Représentant du secrétariat général commun", organization: { name: "Secrétariat général commun" } });
    expect(current.find((s) => s.person?.id === masse.id)).toMatchObject({ college: "STATE", mandate: "SUPPLEANT" });
    expect(await db.auditLog.count({ where: { action: "committee.addMember", after: { path: ["committeeId"], equals: committee.id } } })).toBe(3);
  });

  it("ends a seat: it leaves the current members for the history", async () => {
    const { prefectureId, referent, committee } = await freshSpace();
    const added = await addMember.built.execute(db, referent, { committeeId: committee.id, holder: "NEW_PERSON", lastName: "SORTANT", ...seat });
    if (!added.ok) throw new Error(added.error);
    const memberId = added.data.id;

    const tooEarly = await endMember.built.execute(db, referent, { memberId, version: 1, endsOn: "2024-12-31" });
    expect(tooEarly).toMatchObject({ ok: false, code: "INVALID" });
    if (!tooEarly.ok) expect(tooEarly.fieldErrors?.endsOn?.[0]).toContain("ne peut pas précéder son début");

    const ended = await endMember.built.execute(db, referent, { memberId, version: 1, endsOn: "2025-06-30" });
    expect(ended).toMatchObject({ ok: true, data: { version: 2 } });
    const { current, past } = await getCommitteeSeats(prefectureId, committee.id);
    expect(current).toEqual([]);
    expect(past.map((s) => [s.id, s.endsOn?.toISOString().slice(0, 10)])).toEqual([[memberId, "2025-06-30"]]);

    const again = await endMember.built.execute(db, referent, { memberId, version: 2, endsOn: "2025-07-01" });
    expect(again).toMatchObject({ ok: false, code: "INVALID", error: "Ce mandat a déjà pris fin le 30 juin 2025." });
    const stale = await endMember.built.execute(db, referent, { memberId, version: 1, endsOn: "2025-07-01" });
    expect(stale).toMatchObject({ ok: false });

    // The last day is part of the mandate: a seat ending today is still a current one
    // The Paris day: between midnight in Paris and midnight UTC the UTC date is yesterday's.
    const today = parisDateParts(new Date()).date;
    const lastDay = await addMember.built.execute(db, referent, { committeeId: committee.id, holder: "NEW_PERSON", lastName: "JUSQU'À CE SOIR", ...seat });
    if (!lastDay.ok) throw new Error(lastDay.error);
    expect(await endMember.built.execute(db, referent, { memberId: lastDay.data.id, version: 1, endsOn: today })).toMatchObject({ ok: true });
    const seats = await getCommitteeSeats(prefectureId, committee.id);
    expect(seats.current.map((s) => s.id)).toEqual([lastDay.data.id]);
    expect(seats.past.map((s) => s.id)).toEqual([memberId]);

    // The person may be seated again after the end of their previous seat
    const person = await db.member.findUniqueOrThrow({ where: { id: memberId } });
    const reseated = await addMember.built.execute(db, referent, {
      committeeId: committee.id,
      holder: "PERSON",
      personId: person.personId,
      ...seat,
      startsOn: "2025-09-01",
    });
    expect(reseated.ok, JSON.stringify(reseated)).toBe(true);
  });

  it("gives the second of two editors of a person a conflict and keeps the first one's change", async () => {
    const { prefectureId, referent, committee } = await freshSpace();
    const added = await addMember.built.execute(db, referent, {
      committeeId: committee.id,
      holder: "NEW_PERSON",
      civility: "M",
      firstName: "Paul",
      lastName: "VERSION",
      ...seat,
    });
    if (!added.ok) throw new Error(added.error);
    const id = added.data.personId ?? "";
    const organizationsBefore = await db.organization.count({ where: { prefectureId } });

    const first = await updatePerson.built.execute(db, referent, { id, version: 1, civility: "M", firstName: "Paul", lastName: "version", function: "trésorier" });
    expect(first).toMatchObject({ ok: true, data: { version: 2 } });
    const second = await updatePerson.built.execute(db, referent, {
      id,
      version: 1,
      civility: "M",
      firstName: "Paul",
      lastName: "VERSION",
      function: "secrétaire",
      organizationName: "Organisme qui ne doit pas être créé",
    });
    expect(second).toMatchObject({ ok: false, code: "CONFLICT" });
    if (!second.ok) expect(second.error).toContain("modifié par quelqu'un d'autre");
    const person = await db.person.findUniqueOrThrow({ where: { id } });
    expect([person.lastName, person.function, person.version]).toEqual(["VERSION", "trésorier", 2]);
    expect(await db.organization.count({ where: { prefectureId } })).toBe(organizationsBefore);
    expect(await db.auditLog.count({ where: { entityId: id, action: "person.update" } })).toBe(1);
  });

  it("previews an import without writing, then applies it all at once", async () => {
    const { prefectureId, referent, committee, counts } = await freshSpace("CLU_CLAC");
    const csv = fixture("members-vienne.csv");
    const before = await counts();

    const preview = await importMembers.built.execute(db, referent, { committeeId: committee.id, csv, confirm: false });
    expect(preview.ok, JSON.stringify(preview)).toBe(true);
    if (!preview.ok || preview.data.status !== "preview") throw new Error("expected a preview");
    expect(preview.data.report.created.members).toBe(17);
    expect(preview.data.report.lines).toHaveLength(17);
    expect(preview.data.report.lines[0]).toMatchObject({ line: 2, label: "Mme Chantal CASTELNOT (Préfecture de la Vienne)", action: "CREATE" });
    expect(await counts()).toEqual(before);

    const applied = await importMembers.built.execute(db, referent, { committeeId: committee.id, csv, confirm: true });
    expect(applied.ok, JSON.stringify(applied)).toBe(true);
    if (!applied.ok || applied.data.status !== "imported") throw new Error("expected an import");
    expect(applied.data.report.created).toEqual(preview.data.report.created);
    const after = await counts();
    expect(after.members).toBe(17);
    expect(after.persons - before.persons).toBe(17);
    expect(preview.data.report.created).toEqual({ persons: 17, organizations: 11, members: 17 });
    const { current } = await getCommitteeSeats(prefectureId, committee.id);
    expect(current.filter((s) => s.college === "STATE")).toHaveLength(7);
    expect(current.filter((s) => s.college === "USERS")).toHaveLength(10);
    expect(await db.auditLog.count({ where: { entityId: committee.id, action: "committee.importMembers" } })).toBe(1);

    // The same file again: nothing new, every line reported as skipped
    const again = await importMembers.built.execute(db, referent, { committeeId: committee.id, csv, confirm: false });
    if (!again.ok || again.data.status !== "preview") throw new Error("expected a preview");
    expect(again.data.report.created.members).toBe(0);
    expect(again.data.report.skipped).toHaveLength(17);

    // The export reads back what was imported, in the import's columns
    const exported = await getMembersExport(prefectureId, committee.id);
    expect(exported?.rows).toHaveLength(17);
    expect(exported?.rows.find((r) => r.lastName === "MASSÉ")).toMatchObject({
      firstName: "Nathalie",
      organization: "Secrétariat général commun",
      college: "STATE",
      startsOn: "2021-05-06",
    });
  });

  it("reports every error by line and column, and writes nothing, for a file with errors", async () => {
    const { referent, committee, counts } = await freshSpace();
    const csv = fixture("members-errors.csv");
    const before = await counts();
    const logsBefore = await db.auditLog.count({ where: { entityId: committee.id } });

    const preview = await importMembers.built.execute(db, referent, { committeeId: committee.id, csv, confirm: false });
    expect(preview.ok).toBe(true);
    if (!preview.ok || preview.data.status !== "invalid") throw new Error("expected errors");
    const messages = preview.data.errors.map((e) => e.message);
    expect(messages).toContain("Ligne 3, colonne « Collège » : valeur « Usager » inconnue. Valeurs acceptées : État, Usagers, Élus, Professionnels.");
    expect(preview.data.errors.every((e) => e.line > 1)).toBe(true);
    expect(preview.data.errors.some((e) => e.line === 4 && e.column === "Adresse électronique")).toBe(true);

    // Confirming such a file anyway is refused as a whole, even its valid lines
    const forced = await importMembers.built.execute(db, referent, { committeeId: committee.id, csv, confirm: true });
    expect(forced).toMatchObject({ ok: false, code: "INVALID" });
    if (!forced.ok) expect(forced.fieldErrors?.csv).toEqual(messages);

    expect(await counts()).toEqual(before);
    // Only the preview was logged: the refused confirmation rolled back with everything else.
    expect(await db.auditLog.count({ where: { entityId: committee.id } })).toBe(logsBefore + 1);
  });

  it("searches members ignoring case and accents, in the database", async () => {
    const names = async (q: string) => {
      const { current, past } = await getCommitteeSeats(vienneId, vienneCommitteeId, { q });
      return [...current, ...past].map((s) => s.person?.lastName).sort();
    };
    expect(await names("massé")).toEqual(["MASSE", "MASSÉ"]);
    expect(await names("MASSÉ")).toEqual(["MASSE", "MASSÉ"]);
    expect(await names("nathalie masse")).toEqual(["MASSÉ"]);
    // By organisation (short name too) and by function
    expect(await names("secretariat general commun")).toEqual(expect.arrayContaining(["MASSE", "MASSÉ", "PASTOUREAU"]));
    expect(await names("OFII")).toEqual(expect.arrayContaining(["ROSE"]));
    expect(await names("CHEFFE DE BUREAU DU POLE ACCUEILS")).toEqual(["SAUVAIRE"]);
    // LIKE wildcards are searched for as text
    expect(await names("%")).toEqual([]);
    expect(await names("personne inconnue")).toEqual([]);
  });

  it("two people adding the same new person's e-mail at once: one succeeds, the other gets a French field error", async () => {
    const { prefectureId, referent, committee } = await freshSpace();
    const other = await db.committee.create({ data: { prefectureId, kind: "CLAC", name: `Autre comité ${randomUUID()}` } });
    const input = (committeeId: string) => ({ committeeId, holder: "NEW_PERSON" as const, lastName: "Martin", firstName: "Paul", email: "paul.martin@example.org", ...seat });
    // The check before the insert cannot see the other transaction's row: the database's
    // unique index (prefecture, e-mail) decides, and its refusal is said in French.
    const results = await Promise.all([addMember.built.execute(db, referent, input(committee.id)), addMember.built.execute(db, referent, input(other.id))]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const refused = results.find((r) => !r.ok);
    expect(refused).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { email: [expect.stringContaining("déjà")] } });
    expect(await db.person.count({ where: { prefectureId, email: "paul.martin@example.org" } })).toBe(1);
  });
});
