import { describe, expect, it } from "vitest";
import { followUpKind, openQuestions, statusBefore, statusInWindow, type ActionHistory, type FollowUpWindow } from "@/lib/follow-up/domain";

const d = (s: string) => new Date(`${s}T10:00:00Z`);
// The previous meeting on 6 May 2021, this one on 18 November 2021.
const w: FollowUpWindow = { since: d("2021-05-06"), until: d("2021-11-18") };

function history(over: Partial<ActionHistory>): ActionHistory {
  return { status: "PLANNED", createdAt: d("2021-01-10"), statusChanges: [], edits: [], notes: [], ...over };
}

describe("followUpKind", () => {
  it("reports an action created between the two meetings as new", () => {
    expect(followUpKind(history({ createdAt: d("2021-06-01") }), w)).toBe("OPENED");
  });

  it("leaves out an action created after the meeting", () => {
    expect(followUpKind(history({ createdAt: d("2021-12-01") }), w)).toBeNull();
  });

  it("reports a progress note, an edit or a status change in the window as progress", () => {
    expect(followUpKind(history({ notes: [d("2021-09-01")] }), w)).toBe("CHANGED");
    expect(followUpKind(history({ edits: [d("2021-09-01")] }), w)).toBe("CHANGED");
    expect(followUpKind(history({ status: "IN_PROGRESS", statusChanges: [{ at: d("2021-09-01"), from: "PLANNED", to: "IN_PROGRESS" }] }), w)).toBe("CHANGED");
  });

  it("counts the previous meeting's own instant in the window (since ≤ t < until)", () => {
    expect(followUpKind(history({ notes: [w.since as Date] }), w)).toBe("CHANGED");
    expect(followUpKind(history({ notes: [w.until] }), w)).toBe("OPEN");
  });

  it("carries over an open action nobody touched", () => {
    expect(followUpKind(history({ notes: [d("2021-03-01")] }), w)).toBe("OPEN");
  });

  it("reports an action closed in the window, and forgets one closed before", () => {
    const closedIn = history({ status: "DONE", statusChanges: [{ at: d("2021-10-01"), from: "IN_PROGRESS", to: "DONE" }] });
    expect(followUpKind(closedIn, w)).toBe("CLOSED");
    const closedBefore = history({ status: "DONE", statusChanges: [{ at: d("2021-04-01"), from: "PLANNED", to: "DONE" }] });
    expect(followUpKind(closedBefore, w)).toBeNull();
    // Created and closed between the meetings: reported once, as closed.
    const both = history({ createdAt: d("2021-06-01"), status: "DROPPED", statusChanges: [{ at: d("2021-07-01"), from: "PLANNED", to: "DROPPED" }] });
    expect(followUpKind(both, w)).toBe("CLOSED");
  });

  it("reads a past meeting's follow-up as it was: a later change does not rewrite it", () => {
    // Closed after the meeting: at the meeting it was still in progress, and moved in the window.
    const later = history({
      status: "DONE",
      statusChanges: [
        { at: d("2021-12-15"), from: "IN_PROGRESS", to: "DONE" },
        { at: d("2021-08-01"), from: "PLANNED", to: "IN_PROGRESS" },
      ],
    });
    expect(followUpKind(later, w)).toBe("CHANGED");
    expect(statusInWindow(later, w)).toEqual({ status: "IN_PROGRESS", text: "En cours (était : prévue)" });
    // Reopened after being closed before the window: closed at the meeting, so not reported.
    const reopened = history({ status: "IN_PROGRESS", statusChanges: [{ at: d("2021-03-01"), from: "PLANNED", to: "DONE" }, { at: d("2022-01-05"), from: "DONE", to: "IN_PROGRESS" }] });
    expect(followUpKind(reopened, w)).toBeNull();
  });

  it("reviews the open actions only at a committee's first meeting", () => {
    const first: FollowUpWindow = { since: null, until: d("2021-05-06") };
    expect(followUpKind(history({}), first)).toBe("OPEN");
    expect(followUpKind(history({ status: "DONE", statusChanges: [{ at: d("2021-02-01"), from: "PLANNED", to: "DONE" }] }), first)).toBeNull();
  });
});

describe("statusBefore", () => {
  it("is the creation status before the first change, and the current one without changes", () => {
    const h = history({ status: "DONE", statusChanges: [{ at: d("2021-06-01"), from: "IN_PROGRESS", to: "DONE" }] });
    expect(statusBefore(h, d("2021-05-01"))).toBe("IN_PROGRESS");
    expect(statusBefore(h, d("2021-07-01"))).toBe("DONE");
    expect(statusBefore(history({ status: "IN_PROGRESS" }), d("2021-05-01"))).toBe("IN_PROGRESS");
  });
});

describe("openQuestions", () => {
  const q = (meeting: string, answered = false, hasAction = false, id = meeting) => ({ id, meetingStartsAt: d(meeting), answered, hasAction });

  it("carries over every unanswered question of earlier meetings, oldest first", () => {
    const list = [q("2021-05-06", false, false, "may"), q("2020-11-12", false, false, "nov"), q("2021-05-06", true, false, "answered"), q("2021-05-06", false, true, "action"), q("2021-11-18", false, false, "same-day")];
    expect(openQuestions(list, d("2021-11-18")).map((x) => x.id)).toEqual(["nov", "may"]);
  });
});
