// The deadline and status of one register entry (5 working days, a holding reply that moves
// it) and the monthly figures of the e-mail and complaint indicators (domain.md §5, §7).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  entryDeadline,
  entryStatus,
  isoDay,
  lastReceivedDayPossiblyOverdue,
  monthlyFigures,
  publicHolidayName,
  statusInWords,
  utcDate,
  workingDaysBetween,
  type RegisterFacts,
} from "@/lib/register/domain";

const d = utcDate;
const entry = (received: string, over: Partial<RegisterFacts> = {}): RegisterFacts => ({
  receivedOn: d(received),
  holdingReplyOn: null,
  announcedDelayDays: null,
  answeredOn: null,
  channel: "EMAIL",
  type: "INFORMATION",
  ...over,
});

describe("entryStatus", () => {
  it("pending before the deadline, with the deadline in words", () => {
    const status = entryStatus(entry("2021-04-29"), d("2021-05-04"));
    expect(status.kind).toBe("PENDING");
    expect(statusInWords(status)).toBe("En attente — échéance jeudi 6 mai 2021");
  });

  it("overdue from the first working day after the deadline, counted in working days", () => {
    // deadline Thursday 6 May 2021; Friday 7 is 1 day late; Monday 10 is 2; Wednesday 12 is 4
    expect(statusInWords(entryStatus(entry("2021-04-29"), d("2021-05-06")))).toMatch(/^En attente/);
    expect(statusInWords(entryStatus(entry("2021-04-29"), d("2021-05-07")))).toBe("En retard de 1 jour ouvré");
    expect(statusInWords(entryStatus(entry("2021-04-29"), d("2021-05-12")))).toBe("En retard de 4 jours ouvrés");
    // Ascension (13 May) is not counted
    expect(statusInWords(entryStatus(entry("2021-04-29"), d("2021-05-14")))).toBe("En retard de 5 jours ouvrés");
  });

  it("answered: in time up to the deadline (a Saturday after a Friday deadline loses no working day), late after", () => {
    expect(statusInWords(entryStatus(entry("2021-04-29", { answeredOn: d("2021-05-06") }), d("2021-06-01")))).toBe("Répondu dans le délai");
    expect(entryStatus(entry("2021-04-30", { answeredOn: d("2021-05-08") }), d("2021-06-01")).kind).toBe("ANSWERED_IN_TIME");
    const late = entryStatus(entry("2021-04-29", { answeredOn: d("2021-05-11") }), d("2021-06-01"));
    expect(statusInWords(late)).toBe("Répondu avec 3 jours ouvrés de retard");
  });

  it("an answer dated after `today` is not known yet", () => {
    expect(entryStatus(entry("2021-04-29", { answeredOn: d("2021-05-20") }), d("2021-05-10")).kind).toBe("OVERDUE");
  });

  it("a holding reply sent in time moves the deadline to the announced date (next working day if off)", () => {
    // received 29 April, holding reply 4 May announcing 30 days → 3 June 2021 (a Thursday)
    const e = entry("2021-04-29", { holdingReplyOn: d("2021-05-04"), announcedDelayDays: 30 });
    expect(entryDeadline(e)).toEqual({ date: d("2021-06-03"), extended: true });
    expect(entryStatus({ ...e, answeredOn: d("2021-06-02") }, d("2021-07-01")).kind).toBe("ANSWERED_IN_TIME");
    // 4 May + 19 days = Sunday 23 May → Tuesday 25 May (Whit Monday 24 May)
    expect(isoDay(entryDeadline({ ...e, announcedDelayDays: 19 }).date)).toBe("2021-05-25");
  });

  it("a late holding reply, or one announcing less than the 5 days, does not move the deadline", () => {
    expect(entryDeadline(entry("2021-04-29", { holdingReplyOn: d("2021-05-07"), announcedDelayDays: 30 }))).toEqual({ date: d("2021-05-06"), extended: false });
    expect(entryDeadline(entry("2021-04-29", { holdingReplyOn: d("2021-04-30"), announcedDelayDays: 2 }))).toEqual({ date: d("2021-05-06"), extended: false });
    expect(entryDeadline(entry("2021-04-29", { holdingReplyOn: d("2021-04-30"), announcedDelayDays: null }))).toEqual({ date: d("2021-05-06"), extended: false });
  });

  const day = fc.integer({ min: 10000, max: 30000 }).map((n) => new Date(n * 86_400_000));
  it("property: a deadline is a working day on or after the 5-day one; an entry is overdue exactly when working days have passed it unanswered", () => {
    fc.assert(
      fc.property(day, fc.option(fc.integer({ min: 0, max: 10 })), fc.option(fc.integer({ min: 1, max: 90 })), fc.integer({ min: 0, max: 60 }), (received, reply, delay, after) => {
        const e = entry(isoDay(received), {
          holdingReplyOn: reply === null ? null : new Date(received.getTime() + reply * 86_400_000),
          announcedDelayDays: delay,
        });
        const deadline = entryDeadline(e).date;
        const weekday = deadline.getUTCDay();
        expect(weekday !== 0 && weekday !== 6 && publicHolidayName(deadline) === null).toBe(true);
        expect(workingDaysBetween(received, deadline)).toBeGreaterThanOrEqual(5);
        const today = new Date(received.getTime() + after * 86_400_000);
        expect(entryStatus(e, today).kind === "OVERDUE").toBe(workingDaysBetween(deadline, today) >= 1);
      }),
    );
  });

  it("property: no entry received after lastReceivedDayPossiblyOverdue(today) is overdue on today; one received on it is", () => {
    fc.assert(
      fc.property(day, (today) => {
        const cutoff = lastReceivedDayPossiblyOverdue(today);
        expect(entryStatus(entry(isoDay(cutoff)), today).kind).toBe("OVERDUE");
        for (let i = 1; i <= 12; i += 1) {
          const received = new Date(cutoff.getTime() + i * 86_400_000);
          expect(entryStatus(entry(isoDay(received)), today).kind).not.toBe("OVERDUE");
        }
      }),
    );
  });
});

describe("monthlyFigures", () => {
  const asOf = d("2023-03-01");
  it("e-mails of general information answered in time ÷ received; complaints processed ÷ received; per month and pooled", () => {
    const entries = [
      // January 2022: 3 e-mails, 2 in time
      entry("2022-01-03", { answeredOn: d("2022-01-05") }),
      entry("2022-01-04", { answeredOn: d("2022-01-11") }),
      entry("2022-01-05", { answeredOn: d("2022-01-20") }),
      // not general-information e-mails: a complaint by e-mail, a phone request, a suggestion
      entry("2022-01-06", { type: "COMPLAINT", answeredOn: d("2022-02-20") }),
      entry("2022-01-07", { type: "COMPLAINT", channel: "MAIL" }),
      entry("2022-01-10", { channel: "PHONE", answeredOn: d("2022-01-10") }),
      entry("2022-01-11", { type: "SUGGESTION" }),
      // February 2022: 1 e-mail unanswered (overdue)
      entry("2022-02-01"),
      // another year
      entry("2021-12-31", { answeredOn: d("2022-01-03") }),
    ];
    const figures = monthlyFigures(entries, 2022, asOf);
    expect(figures).toHaveLength(13);
    expect(figures[0]).toEqual({
      month: 1,
      emailsReceived: 3,
      emailsAnsweredInTime: 2,
      emailRate: (100 * 2) / 3,
      complaintsReceived: 2,
      complaintsProcessed: 1,
      complaintRate: 50,
      entriesReceived: 7,
    });
    expect(figures[1]).toMatchObject({ month: 2, emailsReceived: 1, emailsAnsweredInTime: 0, emailRate: 0, complaintRate: null });
    expect(figures[2]).toMatchObject({ month: 3, emailsReceived: 0, emailRate: null, entriesReceived: 0 });
    expect(figures[12]).toMatchObject({ month: 0, emailsReceived: 4, emailsAnsweredInTime: 2, emailRate: 50, complaintsReceived: 2, complaintsProcessed: 1, entriesReceived: 8 });
  });

  it("as of an earlier day, later answers are not counted", () => {
    const entries = [entry("2022-01-03", { answeredOn: d("2022-01-05") }), entry("2022-01-04", { type: "COMPLAINT", answeredOn: d("2022-02-20") })];
    expect(monthlyFigures(entries, 2022, d("2022-01-04"))[0]).toMatchObject({ emailsAnsweredInTime: 0, complaintsProcessed: 0 });
    expect(monthlyFigures(entries, 2022, d("2022-03-01"))[0]).toMatchObject({ emailsAnsweredInTime: 1, complaintsProcessed: 1 });
  });

  it("property: the year's total is the sum of its months, rates between 0 and 100", () => {
    const anEntry = fc.record({
      received: fc.integer({ min: 0, max: 364 }),
      answer: fc.option(fc.integer({ min: 0, max: 30 })),
      channel: fc.constantFrom("EMAIL", "MAIL", "PHONE" as const),
      type: fc.constantFrom("INFORMATION", "COMPLAINT", "SUGGESTION" as const),
    });
    fc.assert(
      fc.property(fc.array(anEntry, { maxLength: 60 }), (raw) => {
        const start = d("2022-01-01").getTime();
        const entries = raw.map((r) =>
          entry(isoDay(new Date(start + r.received * 86_400_000)), {
            channel: r.channel,
            type: r.type,
            answeredOn: r.answer === null ? null : new Date(start + (r.received + r.answer) * 86_400_000),
          }),
        );
        const figures = monthlyFigures(entries, 2022, d("2023-06-01"));
        const months = figures.slice(0, 12);
        const total = figures[12]!;
        expect(months.reduce((s, m) => s + m.entriesReceived, 0)).toBe(entries.length);
        expect(total.entriesReceived).toBe(entries.length);
        expect(months.reduce((s, m) => s + m.emailsAnsweredInTime, 0)).toBe(total.emailsAnsweredInTime);
        for (const m of figures) {
          expect(m.emailsAnsweredInTime).toBeLessThanOrEqual(m.emailsReceived);
          expect(m.complaintsProcessed).toBeLessThanOrEqual(m.complaintsReceived);
          if (m.emailRate !== null) expect(m.emailRate).toBeGreaterThanOrEqual(0);
          if (m.emailRate !== null) expect(m.emailRate).toBeLessThanOrEqual(100);
        }
      }),
    );
  });
});
