// Members import against the run's real database (lib/committees/import/apply-members-import.ts):
// rows of a parsed CSV become organisations, persons and seats of one committee; a second
// identical import creates nothing; a committee of another prefecture is refused; a failing
// row rolls the whole import back.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ActionError } from "@/lib/action-client";
import { applyMembersImport, previewMembersImport } from "@/lib/committees/import/apply-members-import";
import { parseMembersCsv, type ParsedMemberRow } from "@/lib/committees/import/members-csv";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrefecture, testPrefectureSeed } from "@/tests/factories/prefectures";
import { testDb } from "./support";

const db = testDb();

function parseFixture(name: string): ParsedMemberRow[] {
  const result = parseMembersCsv(readFileSync(path.join(__dirname, "../fixtures", name)));
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("\n"));
  return result.rows;
}

function parseText(text: string): ParsedMemberRow[] {
  const result = parseMembersCsv(text);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("\n"));
  return result.rows;
}

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

async function freshCommittee() {
  const prefecture = await freshPrefecture(db);
  const committee = await db.committee.create({
    data: { prefectureId: prefecture.id, kind: "CLU_CLAC", name: "Comité local des usagers et de l'amélioration continue" },
  });
  return { prefectureId: prefecture.id, committeeId: committee.id };
}

async function counts(prefectureId: string) {
  const [organizations, persons, members] = await Promise.all([
    db.organization.count({ where: { prefectureId } }),
    db.person.count({ where: { prefectureId } }),
    db.member.count({ where: { committee: { prefectureId } } }),
  ]);
  return { organizations, persons, members };
}

const vienne = parseFixture("members-vienne.csv");

describe("members import", () => {
  it("creates the organisations, persons and seats of a fresh committee (and the preview said so)", async () => {
    const target = await freshCommittee();

    const preview = await previewMembersImport(db, { ...target, rows: vienne });
    expect(preview.created).toEqual({ persons: 17, organizations: 11, members: 17 });
    expect(preview.skipped).toEqual([]);
    expect(preview.lines).toHaveLength(17);
    expect(preview.lines[0]).toEqual({
      line: 2,
      label: "Mme Chantal CASTELNOT (Préfecture de la Vienne)",
      action: "CREATE",
      newPerson: true,
      newOrganization: true,
    });
    expect(preview.lines[5]).toMatchObject({ line: 7, newOrganization: false }); // SAUVAIRE: Préfecture already planned
    expect(await counts(target.prefectureId)).toEqual({ organizations: 0, persons: 0, members: 0 });

    const report = await db.$transaction((tx) => applyMembersImport(tx, { ...target, rows: vienne }));
    expect(report.created).toEqual(preview.created);
    expect(report.skipped).toEqual([]);
    expect(await counts(target.prefectureId)).toEqual({ organizations: 11, persons: 17, members: 17 });

    const masse = await db.person.findMany({
      where: { prefectureId: target.prefectureId, lastName: { in: ["MASSÉ", "MASSE"] } },
      include: { organization: true, seats: true },
      orderBy: { lastName: "desc" },
    });
    expect(masse.map((p) => [p.firstName, p.lastName, p.email, p.organization?.name])).toEqual([
      ["Nathalie", "MASSÉ", "nathalie.masse@example.org", "Secrétariat général commun"],
      ["Magali", "MASSE", "magali.masse@example.org", "Secrétariat général commun"],
    ]);
    expect(masse[0]?.phone).toBe("05 00 00 00 01");
    expect(masse[0]?.seats).toEqual([
      expect.objectContaining({
        committeeId: target.committeeId,
        college: "STATE",
        mandate: "TITULAIRE",
        startsOn: new Date("2021-05-06T00:00:00Z"),
        endsOn: null,
      }),
    ]);
    const cnpa = await db.organization.findFirstOrThrow({
      where: { prefectureId: target.prefectureId, name: "Conseil national des professions de l'automobile" },
    });
    expect(cnpa.kind).toBe("PROFESSIONAL_BODY");
    const couret = await db.person.findFirstOrThrow({ where: { prefectureId: target.prefectureId, lastName: "COURET" } });
    expect(couret.organizationId).toBeNull();
    const colleges = await db.member.groupBy({
      by: ["college"],
      where: { committeeId: target.committeeId, committee: { prefectureId: target.prefectureId } },
      _count: true,
      orderBy: { college: "asc" },
    });
    expect(colleges.map((c) => [c.college, c._count])).toEqual([
      ["STATE", 7],
      ["USERS", 10],
    ]);
  });

  it("creates nothing the second time and reports every skipped seat", async () => {
    const target = await freshCommittee();
    await db.$transaction((tx) => applyMembersImport(tx, { ...target, rows: vienne }));
    const before = await counts(target.prefectureId);

    const again = await db.$transaction((tx) => applyMembersImport(tx, { ...target, rows: vienne }));
    expect(again.created).toEqual({ persons: 0, organizations: 0, members: 0 });
    expect(again.skipped).toHaveLength(17);
    expect(again.skipped.every((s) => s.reason === "IDENTICAL" && s.memberId !== null)).toBe(true);
    expect(again.skipped[3]?.message).toBe(
      "Ligne 5 : Mme Nathalie MASSÉ (Secrétariat général commun) siège déjà dans ce comité à l'identique ; ligne ignorée.",
    );
    expect(await counts(target.prefectureId)).toEqual(before);
  });

  it("reuses what the prefecture already holds and does not seat a person twice", async () => {
    const target = await freshCommittee();
    const udaf = await db.organization.create({
      data: {
        prefectureId: target.prefectureId,
        name: "Union départementale des associations familiales de la Vienne",
        shortName: "UDAF 86",
        kind: "ASSOCIATION",
      },
    });
    const rose = await db.person.create({
      data: { prefectureId: target.prefectureId, civility: "M", firstName: "Eric", lastName: "ROSE", email: "Eric.Rose@example.org" },
    });
    await db.member.create({ data: { committeeId: target.committeeId, personId: rose.id, college: "USERS" } });

    const rows = parseText(
      [
        "Civilité;Prénom;Nom;Organisme;Adresse électronique;Collège;Mandat;Libellé du siège",
        "M.;Eric;ROSE;OFII;eric.rose@example.org;État;titulaire;", // already seated as a user
        "M.;Thierry;PREMPAIN;udaf 86;;Usagers;titulaire;", // organisation found by short name
        ";;;UDAF 86;;Usagers;suppléant;", // a seat of the organisation without a person
        ";;;;;Élus;titulaire;Maire, représentant l'association des maires ruraux",
      ].join("\n"),
    );
    const report = await db.$transaction((tx) => applyMembersImport(tx, { ...target, rows }));
    expect(report.created).toEqual({ persons: 1, organizations: 1, members: 3 }); // OFII is new, ROSE is not
    expect(report.skipped).toEqual([
      expect.objectContaining({ line: 2, reason: "OVERLAPPING", label: "M. Eric ROSE (OFII)" }),
    ]);
    const prempain = await db.person.findFirstOrThrow({ where: { prefectureId: target.prefectureId, lastName: "PREMPAIN" } });
    expect(prempain.organizationId).toBe(udaf.id);
    const orgSeat = await db.member.findFirstOrThrow({
      where: { committeeId: target.committeeId, committee: { prefectureId: target.prefectureId }, personId: null, organizationId: udaf.id },
    });
    expect(orgSeat.mandate).toBe("SUPPLEANT");
    const labelSeat = await db.member.findFirstOrThrow({
      where: { committeeId: target.committeeId, committee: { prefectureId: target.prefectureId }, seatLabel: { not: null } },
    });
    expect([labelSeat.college, labelSeat.personId, labelSeat.organizationId]).toEqual(["ELECTED", null, null]);
    expect(await db.member.count({ where: { committeeId: target.committeeId, personId: rose.id } })).toBe(1);
  });

  it("refuses a committee of another prefecture, whatever id is given", async () => {
    const mine = await freshCommittee();
    const theirs = await freshCommittee();
    const input = { prefectureId: mine.prefectureId, committeeId: theirs.committeeId, rows: vienne };

    await expect(db.$transaction((tx) => applyMembersImport(tx, input))).rejects.toBeInstanceOf(ActionError);
    await expect(db.$transaction((tx) => applyMembersImport(tx, input))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(previewMembersImport(db, input)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await counts(mine.prefectureId)).toEqual({ organizations: 0, persons: 0, members: 0 });
    expect(await counts(theirs.prefectureId)).toEqual({ organizations: 0, persons: 0, members: 0 });
  });

  it("rolls everything back when one row fails in the database (all-or-nothing)", async () => {
    const target = await freshCommittee();
    // A row the parser would have refused, to reach the database's own CHECK (ends_on >= starts_on)
    const broken: ParsedMemberRow = {
      ...(vienne[16] as ParsedMemberRow),
      line: 19,
      email: "nouveau.membre@example.org",
      lastName: "NOUVEAU",
      startsOn: "2024-12-31",
      endsOn: "2020-01-01",
    };
    await expect(
      db.$transaction((tx) => applyMembersImport(tx, { ...target, rows: [...vienne, broken] })),
    ).rejects.toThrow(/members_period_ordered/);
    // Organisations and persons were inserted before the seats: the rollback removed them too.
    expect(await counts(target.prefectureId)).toEqual({ organizations: 0, persons: 0, members: 0 });
  });
});
