import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { followingEndTime, meetingWarnings, PAST_DATE_WARNING, type ExistingMeetingStart } from "@/lib/meetings/domain";
import { parisLocalToDate } from "@/lib/format";

const CLU = "11111111-1111-4111-8111-111111111111";
const CLAC = "22222222-2222-4222-8222-222222222222";
const NOW = parisLocalToDate("2026-12-01T10:00");

const existing: ExistingMeetingStart[] = [
  { id: "m1", committeeId: CLU, startsAt: parisLocalToDate("2027-01-14T14:30"), hasStartTime: true },
  { id: "m2", committeeId: CLU, startsAt: parisLocalToDate("2027-03-04T00:00"), hasStartTime: false },
  { id: "m3", committeeId: CLAC, startsAt: parisLocalToDate("2027-02-10T09:30"), hasStartTime: true },
];

const kinds = (...args: Parameters<typeof meetingWarnings>) => meetingWarnings(...args).map((w) => w.kind);

describe("meetingWarnings", () => {
  it("says nothing for a future date with no other meeting of the committee that day", () => {
    expect(meetingWarnings({ committeeId: CLU, date: "2027-01-15", startTime: "14:30" }, existing, NOW)).toEqual([]);
  });

  it("warns, without blocking, that a past date makes a past meeting", () => {
    expect(meetingWarnings({ committeeId: CLU, date: "2021-05-06", startTime: "14:30" }, existing, NOW)).toEqual([
      { kind: "past", message: PAST_DATE_WARNING },
    ]);
    expect(PAST_DATE_WARNING).toMatch(/^Cette date est passée : la séance sera enregistrée comme passée/);
  });

  it("compares the Paris instant: earlier today is past, later today is not", () => {
    expect(kinds({ committeeId: CLU, date: "2026-12-01", startTime: "09:30" }, [], NOW)).toEqual(["past"]);
    expect(kinds({ committeeId: CLU, date: "2026-12-01", startTime: "10:30" }, [], NOW)).toEqual([]);
    // Without a valid time yet, only the day counts.
    expect(kinds({ committeeId: CLU, date: "2026-12-01", startTime: "" }, [], NOW)).toEqual([]);
    expect(kinds({ committeeId: CLU, date: "2026-11-30", startTime: "" }, [], NOW)).toEqual(["past"]);
  });

  it("does not repeat the past warning for a meeting whose saved date is left as it was", () => {
    const saved = { date: "2021-05-06", startTime: "14:30" };
    expect(kinds({ committeeId: CLU, date: "2021-05-06", startTime: "14:30" }, [], NOW, { saved })).toEqual([]);
    expect(kinds({ committeeId: CLU, date: "2021-05-07", startTime: "14:30" }, [], NOW, { saved })).toEqual(["past"]);
  });

  it("warns about a second meeting of the same committee at the same date and time", () => {
    const [warning] = meetingWarnings({ committeeId: CLU, date: "2027-01-14", startTime: "14:30" }, existing, NOW);
    expect(warning).toEqual({
      kind: "sameTime",
      message: "Ce comité a déjà une séance le jeudi 14 janvier 2027 à 14h30 : vérifiez qu'il ne s'agit pas de la même séance.",
    });
  });

  it("warns about the same day at another time, or without a time, and names that time", () => {
    expect(meetingWarnings({ committeeId: CLU, date: "2027-01-14", startTime: "09:00" }, existing, NOW)[0]?.message).toBe(
      "Ce comité a déjà une séance le jeudi 14 janvier 2027 à 14h30 : vérifiez qu'il ne s'agit pas de la même séance.",
    );
    expect(meetingWarnings({ committeeId: CLU, date: "2027-03-04", startTime: "10:00" }, existing, NOW)[0]).toMatchObject({
      kind: "sameDay",
      message: "Ce comité a déjà une séance le jeudi 4 mars 2027 : vérifiez qu'il ne s'agit pas de la même séance.",
    });
  });

  it("ignores other committees and the meeting being edited", () => {
    expect(kinds({ committeeId: CLAC, date: "2027-01-14", startTime: "14:30" }, existing, NOW)).toEqual([]);
    expect(kinds({ committeeId: CLU, date: "2027-01-14", startTime: "14:30" }, existing, NOW, { meetingId: "m1" })).toEqual([]);
  });

  it("reads the existing meeting's day in Paris, not in UTC", () => {
    // 00:30 in Paris on 15 January is still 14 January in UTC.
    const late = [{ id: "m9", committeeId: CLU, startsAt: parisLocalToDate("2027-01-15T00:30"), hasStartTime: true }];
    expect(kinds({ committeeId: CLU, date: "2027-01-15", startTime: "00:30" }, late, NOW)).toEqual(["sameTime"]);
    expect(kinds({ committeeId: CLU, date: "2027-01-14", startTime: "00:30" }, late, NOW)).toEqual([]);
  });

  it("says nothing while the date is not a real day", () => {
    expect(meetingWarnings({ committeeId: CLU, date: "2021-02-31", startTime: "14:30" }, existing, NOW)).toEqual([]);
    expect(meetingWarnings({ committeeId: CLU, date: "", startTime: "14:30" }, existing, NOW)).toEqual([]);
  });
});

describe("followingEndTime", () => {
  it("keeps the duration when the start moves", () => {
    expect(followingEndTime("14:30", "15:00", "16:30")).toBe("17:00");
    expect(followingEndTime("14:30", "09:00", "16:00")).toBe("10:30");
  });

  it("proposes two hours when the end is empty or no longer after the start", () => {
    expect(followingEndTime("14:30", "10:00", "")).toBe("12:00");
    expect(followingEndTime("", "10:00", "")).toBe("12:00");
    expect(followingEndTime("", "18:00", "17:00")).toBe("20:00");
  });

  it("leaves the end alone when the start is not a time yet, or when the end is still after it", () => {
    expect(followingEndTime("14:30", "", "16:30")).toBeNull();
    expect(followingEndTime("", "14:00", "16:30")).toBeNull();
    expect(followingEndTime("14:30", "14:30", "16:30")).toBeNull();
  });

  it("never passes midnight", () => {
    expect(followingEndTime("14:30", "23:00", "16:30")).toBeNull();
    expect(followingEndTime("", "22:30", "")).toBeNull();
    expect(followingEndTime("", "21:59", "")).toBe("23:59");
  });

  it("whatever it proposes is a valid time after the start", () => {
    const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`);
    fc.assert(
      fc.property(fc.oneof(time, fc.constant("")), time, fc.oneof(time, fc.constant("")), (before, start, end) => {
        const next = followingEndTime(before, start, end);
        if (next === null) return;
        expect(next).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
        expect(next > start).toBe(true);
      }),
    );
  });
});
