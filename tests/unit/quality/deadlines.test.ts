import { describe, expect, it } from "vitest";
import { daysInWords, qualityDeadlines } from "@/lib/quality/domain";

const vosgesLabel = { obtainedOn: "2022-10-20", validUntil: "2025-10-20" };
const vosgesAudits = [
  { kind: "EXTERNAL" as const, heldOn: null, dueBy: null },
  { kind: "FOLLOW_UP" as const, heldOn: null, dueBy: "2024-01-31" },
];

describe("qualityDeadlines", () => {
  it("the Vosges on 8 December 2022 (their CLU): follow-up audit in 419 days, label valid 1 047 more days", () => {
    expect(qualityDeadlines(vosgesLabel, vosgesAudits, "2022-12-08")).toEqual({
      labelExpiresOn: "2025-10-20",
      nextAuditDue: "2024-01-31",
      daysToExpiry: 1047,
      daysToAudit: 419,
    });
  });

  it("once the follow-up audit is held, the next audit is the computed one no more; passed dates are negative", () => {
    const held = [{ kind: "FOLLOW_UP" as const, heldOn: "2023-12-12", dueBy: "2024-01-31" }];
    expect(qualityDeadlines(vosgesLabel, held, "2025-10-25")).toEqual({
      labelExpiresOn: "2025-10-20",
      nextAuditDue: null,
      daysToExpiry: -5,
      daysToAudit: null,
    });
  });

  it("the earliest audit not yet held comes first; without a label nothing expires", () => {
    const audits = [
      { kind: "EXTERNAL" as const, heldOn: null, dueBy: "2022-06-30" },
      { kind: "INTERNAL" as const, heldOn: null, dueBy: "2022-05-05" },
      { kind: "SELF_ASSESSMENT" as const, heldOn: "2021-09-30", dueBy: null },
    ];
    expect(qualityDeadlines(null, audits, "2022-04-13")).toEqual({ labelExpiresOn: null, nextAuditDue: "2022-05-05", daysToExpiry: null, daysToAudit: 22 });
  });

  it("a label without a recorded follow-up: due 18 months after it was obtained", () => {
    expect(qualityDeadlines({ obtainedOn: "2023-03-15", validUntil: null }, [], "2023-03-15")).toMatchObject({
      labelExpiresOn: "2026-03-15",
      nextAuditDue: "2024-09-15",
      daysToAudit: 550,
    });
  });
});

describe("daysInWords", () => {
  it("says the days left or passed in French", () => {
    expect(daysInWords(0)).toBe("aujourd'hui");
    expect(daysInWords(1)).toBe("demain");
    expect(daysInWords(-1)).toBe("hier");
    expect(daysInWords(12)).toBe("dans 12 jours");
    expect(daysInWords(-408)).toBe("il y a 408 jours");
    expect(daysInWords(1047)).toBe("dans 1\u202f047 jours");
  });
});
