// Overdue at a date (open and past its due day) and what changed since the last meeting, for
// the "Suivi du plan d'actions" agenda item (domain.md §8, issue 9 item 6).
import { describe, expect, it } from "vitest";
import { daysOverdue, dueInWords, isOverdue } from "@/lib/action-plan/domain";

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
