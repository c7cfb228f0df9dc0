// Overdue at a date (open and past its due day) and what changed since the last meeting, for
// the "Suivi du plan d'actions" agenda item (domain.md §8, issue 9 item 6).
import { describe, expect, it } from "vitest";
import { changeSince, daysOverdue, dueInWords, isOverdue, type FollowUpFacts } from "@/lib/action-plan/domain";

describe("overdue", () => {
  it("is late only when open and due before the day", () => {
    expect(isOverdue({ status: "PLANNED", dueOn: "2021-12-31" }, "2022-01-01")).toBe(true);
    expect(isOverdue({ status: "IN_PROGRESS", dueOn: "2021-12-31" }, "2021-12-31")).toBe(false);
    expect(isOverdue({ status: "DONE", dueOn: "2021-12-31" }, "2022-06-01")).toBe(false);
    expect(isOverdue({ status: "DROPPED", dueOn: "2021-12-31" }, "2022-06-01")).toBe(false);
    expect(isOverdue({ status: "PLANNED", dueOn: null }, "2099-01-01")).toBe(false);
  });

  it("counts calendar days across a leap day and says it in French", () => {
    expect(daysOverdue({ status: "PLANNED", dueOn: "2024-02-28" }, "2024-03-01")).toBe(2);
    expect(dueInWords({ status: "PLANNED", dueOn: "2021-12-31" }, "2022-01-01")).toBe("En retard de 1 jour (échéance 31 décembre 2021)");
    expect(dueInWords({ status: "PLANNED", dueOn: "2021-12-01" }, "2021-12-13")).toBe("En retard de 12 jours (échéance 1er décembre 2021)");
    expect(dueInWords({ status: "DONE", dueOn: "2021-12-01" }, "2022-12-13")).toBe("1er décembre 2021");
    expect(dueInWords({ status: "PLANNED", dueOn: null }, "2022-12-13")).toBe("Sans échéance");
  });
});

describe("changeSince", () => {
  const since = new Date("2022-04-05T12:00:00Z");
  const before = new Date("2022-01-10T09:00:00Z");
  const after = new Date("2022-06-01T09:00:00Z");
  const facts = (over: Partial<FollowUpFacts>): FollowUpFacts => ({ status: "PLANNED", createdAt: before, updatedAt: before, lastNoteAt: null, lastStatusChangeAt: null, ...over });

  it("ignores an action nothing happened to since the date", () => {
    expect(changeSince(facts({}), since)).toBeNull();
  });
  it("an action created since is new; created and closed since is closed", () => {
    expect(changeSince(facts({ createdAt: after, updatedAt: after }), since)).toBe("OPENED");
    expect(changeSince(facts({ createdAt: after, updatedAt: after, status: "DONE", lastStatusChangeAt: after }), since)).toBe("CLOSED");
  });
  it("a note, an edit or a status change since makes an older action changed", () => {
    expect(changeSince(facts({ lastNoteAt: after }), since)).toBe("CHANGED");
    expect(changeSince(facts({ updatedAt: after }), since)).toBe("CHANGED");
    expect(changeSince(facts({ status: "IN_PROGRESS", updatedAt: after, lastStatusChangeAt: after }), since)).toBe("CHANGED");
  });
  it("closed since is closed; closed before and only noted since is changed", () => {
    expect(changeSince(facts({ status: "DONE", updatedAt: after, lastStatusChangeAt: after }), since)).toBe("CLOSED");
    expect(changeSince(facts({ status: "DROPPED", lastStatusChangeAt: before, lastNoteAt: after }), since)).toBe("CHANGED");
  });
  it("the meeting's own instant counts as since (half-open: since ≤ t)", () => {
    expect(changeSince(facts({ lastNoteAt: since }), since)).toBe("CHANGED");
  });
});
