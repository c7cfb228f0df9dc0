import { describe, expect, it } from "vitest";
import { isReminderDue, qualityReminderEmail, reminderOpensOn, remindersDue, type ReminderAudit, type ReminderLabel } from "@/lib/quality/domain";

const label = (over: Partial<ReminderLabel> = {}): ReminderLabel => ({ id: "label", status: "GRANTED", obtainedOn: "2022-10-20", validUntil: "2025-10-20", ...over });
// The Vosges (004): a follow-up audit recorded with its deadline, so no computed one.
const followUp: ReminderAudit = { id: "follow-up", kind: "FOLLOW_UP", dueBy: "2024-01-31", heldOn: null };

describe("reminderOpensOn / isReminderDue", () => {
  it("three calendar months before; a day the month lacks falls on its last day", () => {
    expect(reminderOpensOn("2025-10-20")).toBe("2025-07-20");
    expect(reminderOpensOn("2024-05-31")).toBe("2024-02-29");
    expect(reminderOpensOn("2025-05-31")).toBe("2025-02-28");
    expect(reminderOpensOn("2024-01-31")).toBe("2023-10-31");
  });

  it("due from that day up to the date itself, not before, not after", () => {
    expect(isReminderDue("2025-05-31", "2025-02-27")).toBe(false);
    expect(isReminderDue("2025-05-31", "2025-02-28")).toBe(true);
    expect(isReminderDue("2025-05-31", "2025-05-31")).toBe(true);
    expect(isReminderDue("2025-05-31", "2025-06-01")).toBe(false);
    expect(isReminderDue("2024-05-31", "2024-02-28")).toBe(false);
    expect(isReminderDue("2024-05-31", "2024-02-29")).toBe(true);
  });
});

describe("remindersDue", () => {
  it("the Vosges: the follow-up audit from 31 October 2023, the label's expiry from 20 July 2025", () => {
    expect(remindersDue([label()], [followUp], "2023-10-30")).toEqual([]);
    expect(remindersDue([label()], [followUp], "2023-10-31")).toEqual([{ kind: "AUDIT_DEADLINE", subjectId: "follow-up", dueOn: "2024-01-31", auditKind: "FOLLOW_UP" }]);
    expect(remindersDue([label()], [followUp], "2024-02-01")).toEqual([]);
    expect(remindersDue([label()], [{ ...followUp, heldOn: "2023-12-12" }], "2025-07-20")).toEqual([
      { kind: "LABEL_EXPIRY", subjectId: "label", dueOn: "2025-10-20", auditKind: null },
    ]);
    expect(remindersDue([label()], [], "2025-10-21")).toEqual([]);
  });

  it("an audit already held gets none; a moved deadline is another reminder (its own date)", () => {
    expect(remindersDue([], [{ ...followUp, heldOn: "2023-11-15" }], "2023-12-01")).toEqual([]);
    const moved = remindersDue([], [{ ...followUp, dueBy: "2024-03-15" }], "2023-12-20");
    expect(moved).toEqual([{ kind: "AUDIT_DEADLINE", subjectId: "follow-up", dueOn: "2024-03-15", auditKind: "FOLLOW_UP" }]);
  });

  it("without a recorded validity or follow-up audit, the computed dates (3 years, 18 months) count", () => {
    const l = label({ validUntil: null });
    // obtained 20 October 2022: follow-up by 20 April 2024, renewal on 20 October 2025
    expect(remindersDue([l], [], "2024-01-20")).toEqual([{ kind: "AUDIT_DEADLINE", subjectId: "label", dueOn: "2024-04-20", auditKind: "FOLLOW_UP" }]);
    expect(remindersDue([l], [], "2025-08-01")).toEqual([{ kind: "LABEL_EXPIRY", subjectId: "label", dueOn: "2025-10-20", auditKind: null }]);
  });

  it("suspended, expired and in-preparation labels get no reminder; their audits still do", () => {
    for (const status of ["SUSPENDED", "EXPIRED", "IN_PREPARATION"] as const) {
      expect(remindersDue([label({ status })], [], "2025-08-01")).toEqual([]);
    }
    const internal: ReminderAudit = { id: "internal", kind: "INTERNAL", dueBy: "2022-05-05", heldOn: null };
    expect(remindersDue([label({ status: "IN_PREPARATION", obtainedOn: null, validUntil: null })], [internal], "2022-04-13")).toHaveLength(1);
  });
});

describe("qualityReminderEmail", () => {
  it("an audit deadline: subject with the date, the weekday and the days left in the text, the link", () => {
    const email = qualityReminderEmail({
      reminder: { kind: "AUDIT_DEADLINE", dueOn: "2024-01-31", auditKind: "FOLLOW_UP" },
      frameworkName: "Qual-e-Pref",
      prefectureOf: "des Vosges",
      recipientName: "Nathalie Massé",
      url: "https://clu.example.org/88/demarche-qualite",
      today: "2023-10-31",
    });
    expect(email.subject).toBe("Audit de suivi à réaliser avant le 31 janvier 2024");
    expect(email.text).toContain("Bonjour Nathalie Massé,");
    expect(email.text).toContain("L'audit de suivi de la préfecture des Vosges doit avoir lieu au plus tard le mercredi 31 janvier 2024 (dans 92 jours).");
    expect(email.text).toContain("https://clu.example.org/88/demarche-qualite");
  });

  it("a label's expiry names the framework", () => {
    const email = qualityReminderEmail({
      reminder: { kind: "LABEL_EXPIRY", dueOn: "2025-10-20", auditKind: null },
      frameworkName: "Qual-e-Pref",
      prefectureOf: "des Vosges",
      recipientName: "Nathalie Massé",
      url: "https://clu.example.org/88/demarche-qualite",
      today: "2025-10-19",
    });
    expect(email.subject).toBe("Label Qual-e-Pref : valable jusqu'au 20 octobre 2025");
    expect(email.text).toContain("Le label Qual-e-Pref de la préfecture des Vosges arrive à échéance le lundi 20 octobre 2025 (demain).");
  });
});
