import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  COLLEGE_KEYS,
  countByCollege,
  validateAttendanceLine,
  type AttendanceStatus,
  type CountableLine,
} from "@/lib/meetings/domain";
import { ATTENDANCE_STATUSES, ATTENDANCE_STATUS_LABELS } from "@/lib/meetings/vocabulary";

/** A slice of 002 Vienne (6 May 2021), plus a remote member, a guest and an organisation seat. */
const lines: (CountableLine & { name: string; representedByPersonId?: string | null; representedByLabel?: string | null })[] = [
  { name: "Mme Nathalie BRIONNET", personId: "p-brionnet", college: "STATE", status: "PRESENT" },
  { name: "Mme Nadège ROCHE", personId: "p-roche", college: "STATE", status: "PRESENT" },
  {
    name: "Mme Anne-Laure JOUTEUX",
    personId: "p-jouteux",
    college: "STATE",
    status: "REPRESENTED",
    representedByPersonId: "p-brionnet",
    representedByLabel: "Mme Nathalie BRIONNET",
  },
  {
    name: "M. Nicolas SEBILEAU",
    personId: "p-sebileau",
    college: "STATE",
    status: "REPRESENTED",
    representedByPersonId: "p-roche",
  },
  { name: "M. Jean-Pierre COILLOT", personId: "p-coillot", college: "USERS", status: "PRESENT" },
  { name: "M. Michel DEBIAIS", personId: "p-debiais", college: "USERS", status: "REPRESENTED", representedByPersonId: "p-coillot" },
  { name: "M. Gilles CHATAIN", personId: "p-chatain", college: "USERS", status: "EXCUSED" },
  { name: "Mme Christine DAUGÉ", personId: "p-dauge", college: "USERS", status: "ABSENT" },
  { name: "UDAF 16", personId: null, college: "USERS", status: "EXCUSED" },
  { name: "M. Jacky ROY", personId: "p-roy", college: "ELECTED", status: "ABSENT" },
  { name: "M. Grégoire MERMET", personId: "p-mermet", college: "PROFESSIONALS", status: "REMOTE" },
  // Represented by someone who is not a line: that stand-in is counted nowhere.
  { name: "M. Pierre DUGONTIER", personId: "p-dugontier", college: "USERS", status: "REPRESENTED", representedByLabel: "Mme Ophélie COURET" },
  { name: "Mme Angélique SAUVAIRE (intervenante)", personId: "p-sauvaire", college: null, status: "PRESENT" },
];

describe("countByCollege", () => {
  it("counts the 002 pattern: an excused member represented by someone present counts once as represented", () => {
    const { byCollege, total, peoplePresent } = countByCollege(lines);
    expect(byCollege.STATE).toEqual({
      byStatus: { PRESENT: 2, REMOTE: 0, EXCUSED: 0, REPRESENTED: 2, ABSENT: 0 },
      present: 2,
      total: 4,
    });
    expect(byCollege.USERS).toEqual({
      byStatus: { PRESENT: 1, REMOTE: 0, EXCUSED: 2, REPRESENTED: 2, ABSENT: 1 },
      present: 1,
      total: 6,
    });
    expect(byCollege.ELECTED).toEqual({ byStatus: { PRESENT: 0, REMOTE: 0, EXCUSED: 0, REPRESENTED: 0, ABSENT: 1 }, present: 0, total: 1 });
    expect(byCollege.PROFESSIONALS).toEqual({ byStatus: { PRESENT: 0, REMOTE: 1, EXCUSED: 0, REPRESENTED: 0, ABSENT: 0 }, present: 1, total: 1 });
    expect(byCollege.none).toEqual({ byStatus: { PRESENT: 1, REMOTE: 0, EXCUSED: 0, REPRESENTED: 0, ABSENT: 0 }, present: 1, total: 1 });
    expect(total).toEqual({ byStatus: { PRESENT: 4, REMOTE: 1, EXCUSED: 2, REPRESENTED: 4, ABSENT: 2 }, present: 5, total: 13 });
    // BRIONNET, ROCHE, COILLOT stand in and are present: once each; COURET is not a line.
    expect(peoplePresent).toBe(5);
  });

  it("counts a person listed twice once among the people present; seats without a person count one each", () => {
    const { total, peoplePresent } = countByCollege([
      { personId: "p1", college: "STATE", status: "PRESENT" },
      { personId: "p1", college: null, status: "PRESENT" },
      { personId: null, college: "USERS", status: "REMOTE" },
      { personId: undefined, college: "USERS", status: "PRESENT" },
      { personId: "p2", college: "USERS", status: "EXCUSED" },
    ]);
    expect(total.present).toBe(4);
    expect(peoplePresent).toBe(3);
  });

  it("gives zeros everywhere for an empty sheet", () => {
    const summary = countByCollege([]);
    for (const key of COLLEGE_KEYS) expect(summary.byCollege[key].total).toBe(0);
    expect(summary.total.total).toBe(0);
    expect(summary.peoplePresent).toBe(0);
  });

  it("property: colleges add up to the total, statuses add up to the lines", () => {
    const line = fc.record({
      personId: fc.option(fc.constantFrom("a", "b", "c")),
      college: fc.option(fc.constantFrom("STATE", "USERS", "ELECTED", "PROFESSIONALS")),
      status: fc.constantFrom(...ATTENDANCE_STATUSES),
    }) as fc.Arbitrary<CountableLine>;
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (sheet) => {
        const { byCollege, total, peoplePresent } = countByCollege(sheet);
        expect(total.total).toBe(sheet.length);
        for (const status of ATTENDANCE_STATUSES) {
          expect(COLLEGE_KEYS.reduce((sum, k) => sum + byCollege[k].byStatus[status], 0)).toBe(total.byStatus[status]);
        }
        expect(Object.values(total.byStatus).reduce((a, b) => a + b, 0)).toBe(total.total);
        expect(total.present).toBe(total.byStatus.PRESENT + total.byStatus.REMOTE);
        expect(peoplePresent).toBeLessThanOrEqual(total.present);
      }),
    );
  });
});

describe("validateAttendanceLine", () => {
  it("accepts every line of the 002 pattern", () => {
    for (const line of lines) expect(validateAttendanceLine(line).ok).toBe(true);
  });

  it("a plain status carries no representative", () => {
    for (const status of ["PRESENT", "REMOTE", "EXCUSED", "ABSENT"] as const) {
      expect(validateAttendanceLine({ status, representedByLabel: "  " })).toEqual({
        ok: true,
        line: { status, representedByPersonId: null, representedByLabel: null },
      });
      expect(validateAttendanceLine({ status, representedByLabel: "Mme X" })).toEqual({
        ok: false,
        reason: "Seul un membre représenté peut avoir un représentant.",
        field: "representedBy",
      });
      expect(validateAttendanceLine({ status, representedByPersonId: "p2" })).toMatchObject({ ok: false, field: "representedBy" });
    }
  });

  it("REPRESENTED needs a person or a label", () => {
    const missing = { ok: false, reason: "Indiquez la personne qui représente ce membre.", field: "representedBy" };
    expect(validateAttendanceLine({ status: "REPRESENTED" })).toEqual(missing);
    expect(validateAttendanceLine({ status: "REPRESENTED", representedByLabel: " ", representedByPersonId: null })).toEqual(missing);
    expect(validateAttendanceLine({ status: "REPRESENTED", representedByLabel: " Mme Ophélie COURET " })).toEqual({
      ok: true,
      line: { status: "REPRESENTED", representedByPersonId: null, representedByLabel: "Mme Ophélie COURET" },
    });
    expect(validateAttendanceLine({ status: "REPRESENTED", personId: "p1", representedByPersonId: "p2" })).toEqual({
      ok: true,
      line: { status: "REPRESENTED", representedByPersonId: "p2", representedByLabel: null },
    });
  });

  it("a person cannot represent themselves", () => {
    expect(validateAttendanceLine({ status: "REPRESENTED", personId: "p1", representedByPersonId: "p1" })).toEqual({
      ok: false,
      reason: "Une personne ne peut pas se représenter elle-même.",
      field: "representedBy",
    });
  });

  it("limits the label to 200 characters", () => {
    expect(validateAttendanceLine({ status: "REPRESENTED", representedByLabel: "x".repeat(200) }).ok).toBe(true);
    expect(validateAttendanceLine({ status: "REPRESENTED", representedByLabel: "x".repeat(201) })).toEqual({
      ok: false,
      reason: "Le nom du représentant ne doit pas dépasser 200 caractères.",
      field: "representedBy",
    });
  });

  it("a line 'à confirmer' or with an unknown status cannot be saved", () => {
    const refusal = {
      ok: false,
      reason: "Indiquez si ce membre est présent, à distance, excusé, représenté ou absent.",
      field: "status",
    };
    expect(validateAttendanceLine({ status: null })).toEqual(refusal);
    expect(validateAttendanceLine({ status: "LATE" as AttendanceStatus })).toEqual(refusal);
  });

  it("has a label for each status", () => {
    expect(ATTENDANCE_STATUSES.map((s) => ATTENDANCE_STATUS_LABELS[s])).toEqual([
      "Présent(e)",
      "À distance",
      "Excusé(e)",
      "Représenté(e)",
      "Absent(e)",
    ]);
  });
});
