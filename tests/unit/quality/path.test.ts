import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addMonths, daysBetween, labelPath, type PathAudit } from "@/lib/quality/domain";
import { labels } from "@/prisma/seed/data/labels";
import { labelRoadmaps } from "@/prisma/seed/data/label-roadmaps";

const vosges = labels.find((l) => l.prefectureCode === "88")!;
const vosgesAudits: PathAudit[] = vosges.audits.map((a) => ({ kind: a.kind, heldOn: a.heldOn ?? null, dueBy: a.plannedBy ?? null }));
const byKey = (steps: ReturnType<typeof labelPath>) => Object.fromEntries(steps.map((s) => [s.key, s]));

describe("addMonths", () => {
  it("keeps the day, and falls on the month's last day when the target month is shorter", () => {
    expect(addMonths("2022-10-20", 18)).toBe("2024-04-20");
    expect(addMonths("2022-10-20", 36)).toBe("2025-10-20");
    expect(addMonths("2023-08-31", 6)).toBe("2024-02-29");
    expect(addMonths("2022-08-31", 6)).toBe("2023-02-28");
    expect(addMonths("2022-01-15", -1)).toBe("2021-12-15");
  });

  it("round-trips with daysBetween: adding months never goes backwards", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1995-01-01"), max: new Date("2090-12-31"), noInvalidDate: true }), fc.integer({ min: 0, max: 60 }), (d, n) => {
        const iso = d.toISOString().slice(0, 10);
        const later = addMonths(iso, n);
        expect(daysBetween(iso, later)).toBeGreaterThanOrEqual(n * 28);
        expect(daysBetween(iso, later)).toBeLessThanOrEqual(n * 31);
      }),
    );
  });
});

describe("labelPath", () => {
  it("the Vosges (004): label of 20 October 2022, follow-up audit by January 2024, valid until 20 October 2025", () => {
    const steps = byKey(labelPath({ obtainedOn: vosges.obtainedOn, validUntil: vosges.validUntil }, vosgesAudits, "2023-06-01"));
    expect(Object.keys(steps)).toEqual([
      "SELF_DIAGNOSIS",
      "ACTION_PLAN",
      "INTERNAL_AUDIT",
      "CORRECTIVE_ACTIONS",
      "EXTERNAL_AUDIT",
      "LABEL",
      "FOLLOW_UP_AUDIT",
      "RENEWAL",
    ]);
    // Everything before the label is done, even undated.
    for (const key of ["SELF_DIAGNOSIS", "ACTION_PLAN", "INTERNAL_AUDIT", "CORRECTIVE_ACTIONS", "EXTERNAL_AUDIT"]) {
      expect(steps[key]).toMatchObject({ state: "done" });
    }
    expect(steps.LABEL).toMatchObject({ date: "2022-10-20", dateKind: "held", state: "done" });
    // The recorded deadline wins over the computed one (obtained + 18 months = 20 April 2024).
    expect(steps.FOLLOW_UP_AUDIT).toMatchObject({ date: "2024-01-31", dateKind: "due", state: "planned" });
    expect(steps.RENEWAL).toMatchObject({ date: "2025-10-20", dateKind: "due", state: "planned" });
  });

  it("dates are computed from the label when nothing else is known; passed ones are overdue", () => {
    const steps = byKey(labelPath({ obtainedOn: "2022-10-20", validUntil: null }, [], "2024-05-01"));
    expect(steps.FOLLOW_UP_AUDIT).toMatchObject({ date: "2024-04-20", dateKind: "computed", state: "overdue" });
    expect(steps.RENEWAL).toMatchObject({ date: "2025-10-20", dateKind: "computed", state: "planned" });
  });

  it("a follow-up held after the label closes its step; one held before belongs to an older label", () => {
    const held: PathAudit = { kind: "FOLLOW_UP", heldOn: "2023-12-12", dueBy: "2024-01-31" };
    expect(byKey(labelPath({ obtainedOn: "2022-10-20", validUntil: "2025-10-20" }, [held], "2024-03-01")).FOLLOW_UP_AUDIT).toMatchObject({
      date: "2023-12-12",
      dateKind: "held",
      state: "done",
    });
    const older: PathAudit = { kind: "FOLLOW_UP", heldOn: "2021-03-01", dueBy: null };
    expect(byKey(labelPath({ obtainedOn: "2022-10-20", validUntil: "2025-10-20" }, [older], "2023-03-01")).FOLLOW_UP_AUDIT).toMatchObject({
      date: "2024-04-20",
      dateKind: "computed",
    });
  });

  it("the Charente roadmap (003): self-diagnosis held, internal and external audits planned, no label yet", () => {
    const roadmap = labelRoadmaps.find((r) => r.prefectureCode === "16")!;
    const audits = roadmap.audits.map((a) => ({ kind: a.kind, heldOn: a.heldOn ?? null, dueBy: a.dueBy ?? null }));
    const steps = byKey(labelPath(null, audits, "2022-04-13"));
    expect(steps.SELF_DIAGNOSIS).toMatchObject({ date: "2021-09-30", state: "done" });
    expect(steps.ACTION_PLAN).toMatchObject({ date: null, state: "pending" });
    expect(steps.INTERNAL_AUDIT).toMatchObject({ date: "2022-05-05", dateKind: "due", state: "planned" });
    expect(steps.EXTERNAL_AUDIT).toMatchObject({ date: "2022-06-30", dateKind: "due", state: "planned" });
    expect(steps.LABEL).toMatchObject({ date: null, state: "pending" });
    expect(steps.FOLLOW_UP_AUDIT).toMatchObject({ date: null, state: "pending" });
    // Months later, with nothing recorded as held, the planned audits are overdue.
    expect(byKey(labelPath(null, audits, "2022-07-15")).EXTERNAL_AUDIT).toMatchObject({ state: "overdue" });
  });
});
