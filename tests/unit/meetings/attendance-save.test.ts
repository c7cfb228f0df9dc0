import { describe, expect, it } from "vitest";
import { planAttendanceSave, type RecordedLine } from "@/lib/meetings/domain";

const recorded: RecordedLine[] = [
  { id: "a1", memberId: "m1", personId: "p1", status: "PRESENT", representedByPersonId: null, representedByLabel: null, functionSnapshot: "Préfète", remark: null },
  { id: "a2", memberId: "m2", personId: "p2", status: "REPRESENTED", representedByPersonId: "p1", representedByLabel: null, functionSnapshot: null, remark: null },
  { id: "a3", memberId: null, personId: "p3", status: "EXCUSED", representedByPersonId: null, representedByLabel: null, functionSnapshot: null, remark: "absent excusé" },
];
const names = (id: string) => (id === "p1" ? "Mme Chantal CASTELNOT" : null);
const unchanged = [
  { attendanceId: "a1", status: "PRESENT" as const, representedByLabel: null, functionSnapshot: "Préfète", remark: null },
  { attendanceId: "a2", status: "REPRESENTED" as const, representedByLabel: "Mme Chantal CASTELNOT", functionSnapshot: null, remark: null },
  { attendanceId: "a3", status: "EXCUSED" as const, representedByLabel: null, functionSnapshot: null, remark: "absent excusé" },
];

describe("planAttendanceSave", () => {
  it("an unchanged sheet changes nothing, keeping a representative stored as a link", () => {
    expect(planAttendanceSave(recorded, [], unchanged, names)).toEqual({ ok: true, updates: [], creates: [], unchanged: 3 });
  });

  it("a retyped representative replaces the link by the label", () => {
    const lines = unchanged.map((l) => (l.attendanceId === "a2" ? { ...l, representedByLabel: "M. Jean DUPONT" } : l));
    const plan = planAttendanceSave(recorded, [], lines, names);
    expect(plan).toMatchObject({ ok: true, updates: [{ id: "a2", data: { representedByPersonId: null, representedByLabel: "M. Jean DUPONT" } }] });
  });

  it("refuses an empty save over recorded lines, accepts a partial one", () => {
    expect(planAttendanceSave(recorded, [], [], names)).toMatchObject({ ok: false });
    expect(planAttendanceSave([], [], [], names)).toEqual({ ok: true, updates: [], creates: [], unchanged: 0 });
    expect(planAttendanceSave(recorded, [], [unchanged[0]!], names)).toEqual({ ok: true, updates: [], creates: [], unchanged: 1 });
  });

  it("creates lines for open seats only, and refuses unknown or repeated lines, naming them", () => {
    const open = [{ memberId: "m9", personId: "p9" }];
    const create = { memberId: "m9", status: "ABSENT" as const, representedByLabel: null, functionSnapshot: null, remark: null };
    expect(planAttendanceSave(recorded, open, [create], names)).toMatchObject({ ok: true, creates: [{ memberId: "m9", data: { status: "ABSENT" } }] });
    const bad = planAttendanceSave(recorded, open, [{ ...create, memberId: "m1" }, unchanged[0]!, unchanged[0]!], names, ["M. X", "Mme Y", "Mme Y"]);
    expect(bad).toMatchObject({ ok: false, message: "2 lignes à corriger avant d'enregistrer." });
    if (!bad.ok) expect(bad.problems.map((p) => p.message)).toEqual([
      "Ligne 1 — M. X : cette ligne n'appartient pas à cette séance (rechargez la page).",
      "Ligne 3 — Mme Y : cette ligne apparaît deux fois.",
    ]);
  });

  it("a line without a status is named", () => {
    const plan = planAttendanceSave([], [{ memberId: "m9", personId: null }], [{ memberId: "m9", status: null, representedByLabel: null, functionSnapshot: null, remark: null }], names, ["UDAF 16"]);
    expect(plan).toMatchObject({ ok: false, problems: [{ index: 0, field: "status", message: expect.stringContaining("Ligne 1 — UDAF 16 : Indiquez si ce membre") }] });
  });

  it("an optional seat left undecided is not added; decided, it is", () => {
    const open = [{ memberId: "m9", personId: "p9" }];
    const line = { memberId: "m9", status: null, representedByLabel: null, functionSnapshot: null, remark: null, optional: true };
    expect(planAttendanceSave(recorded, open, [...unchanged, line], names)).toEqual({ ok: true, updates: [], creates: [], unchanged: 3 });
    expect(planAttendanceSave(recorded, open, [...unchanged, { ...line, status: "ABSENT" as const }], names)).toMatchObject({ ok: true, creates: [{ memberId: "m9" }] });
  });
});
