// Working days of the register (domain.md §7): weekends and French public holidays, fixed
// and moving (Easter Monday, Ascension, Whit Monday), across years; the 5-working-day
// deadline; properties over a century of days.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  addWorkingDays,
  answerDeadline,
  frenchPublicHolidays,
  isWorkingDay,
  isoDay,
  nextWorkingDayFrom,
  publicHolidayName,
  utcDate,
  workingDaysBetween,
} from "@/lib/register/domain";

const d = utcDate;
const iso = (date: Date) => isoDay(date);

describe("French public holidays", () => {
  it.each([
    [2021, "2021-04-05", "2021-05-13", "2021-05-24"],
    [2024, "2024-04-01", "2024-05-09", "2024-05-20"],
    [2025, "2025-04-21", "2025-05-29", "2025-06-09"],
    // Easter Sunday 28 March 2027 is also the night the clocks go forward.
    [2027, "2027-03-29", "2027-05-06", "2027-05-17"],
  ])("%i: Easter Monday %s, Ascension %s, Whit Monday %s", (year, easterMonday, ascension, whitMonday) => {
    const holidays = frenchPublicHolidays(year);
    expect(holidays).toHaveLength(11);
    const byName = Object.fromEntries(holidays.map((h) => [h.name, iso(h.date)]));
    expect(byName["Lundi de Pâques"]).toBe(easterMonday);
    expect(byName["Ascension"]).toBe(ascension);
    expect(byName["Lundi de Pentecôte"]).toBe(whitMonday);
    expect(byName["Jour de l'an"]).toBe(`${year}-01-01`);
    expect(byName["Fête Nationale"]).toBe(`${year}-07-14`);
    expect(byName["Noël"]).toBe(`${year}-12-25`);
    // Alsace-Moselle's Good Friday and St Stephen's Day are not counted.
    expect(byName["Vendredi Saint"]).toBeUndefined();
  });

  it("names a holiday and says a working day is none", () => {
    expect(publicHolidayName(d("2021-05-13"))).toBe("Ascension");
    expect(publicHolidayName(d("2022-08-15"))).toBe("Assomption");
    expect(publicHolidayName(d("2021-05-12"))).toBeNull();
    // Ascension fell on 1 May in 2008: both kept, one day off.
    expect(frenchPublicHolidays(2008)).toHaveLength(11);
    expect(publicHolidayName(d("2008-05-01"))).toBe("Fête du travail, Ascension");
    expect(isWorkingDay(d("2021-05-13"))).toBe(false);
    expect(isWorkingDay(d("2021-05-15"))).toBe(false); // Saturday
    expect(isWorkingDay(d("2021-05-16"))).toBe(false); // Sunday
    expect(isWorkingDay(d("2021-05-12"))).toBe(true);
  });
});

describe("addWorkingDays and the 5-working-day deadline", () => {
  it.each([
    // received Thursday 29 April 2021 (1 May is a Saturday): Thursday 6 May
    ["2021-04-29", "2021-05-06"],
    // Ascension (Thursday 13 May 2021) skipped
    ["2021-05-10", "2021-05-18"],
    // Whit Monday (24 May 2021) skipped
    ["2021-05-21", "2021-05-31"],
    // Easter Monday 2024 (1 April) skipped
    ["2024-03-28", "2024-04-05"],
    // across the new year, 1 January 2024 (a Monday) skipped
    ["2023-12-27", "2024-01-04"],
    // received on a Saturday: Friday of the next week
    ["2021-05-01", "2021-05-07"],
    // received on a holiday (14 July 2022, a Thursday)
    ["2022-07-14", "2022-07-21"],
  ])("received %s → deadline %s", (received, deadline) => {
    expect(iso(answerDeadline(d(received)))).toBe(deadline);
    expect(workingDaysBetween(d(received), d(deadline))).toBe(5);
  });

  it("0 working days is the day itself; a negative or fractional count is refused", () => {
    expect(iso(addWorkingDays(d("2021-05-15"), 0))).toBe("2021-05-15");
    expect(() => addWorkingDays(d("2021-05-15"), -1)).toThrow(RangeError);
    expect(() => addWorkingDays(d("2021-05-15"), 1.5)).toThrow(RangeError);
  });

  it("workingDaysBetween counts (from, to] and is negative backwards", () => {
    expect(workingDaysBetween(d("2021-05-07"), d("2021-05-10"))).toBe(1); // Friday → Monday
    expect(workingDaysBetween(d("2021-05-07"), d("2021-05-08"))).toBe(0); // Friday → Saturday
    expect(workingDaysBetween(d("2021-05-10"), d("2021-05-07"))).toBe(-1);
    expect(workingDaysBetween(d("2021-05-12"), d("2021-05-12"))).toBe(0);
    // May 2021: 31 days, 10 weekend days, 3 holidays on weekdays (13, 24 May; 1 and 8 May are Saturdays)
    expect(workingDaysBetween(d("2021-04-30"), d("2021-05-31"))).toBe(19);
  });

  it("nextWorkingDayFrom keeps a working day and moves a day off forward", () => {
    expect(iso(nextWorkingDayFrom(d("2021-05-12")))).toBe("2021-05-12");
    expect(iso(nextWorkingDayFrom(d("2021-05-22")))).toBe("2021-05-25"); // Sat → Tue after Whit Monday
  });
});

// Days of 1995–2094 as UTC midnights.
const day = fc.integer({ min: 9131, max: 45657 }).map((n) => new Date(n * 86_400_000));

describe("properties", () => {
  it("a deadline is never a weekend or a public holiday", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 40 }), (received, n) => {
        const deadline = addWorkingDays(received, n);
        const weekday = deadline.getUTCDay();
        return weekday !== 0 && weekday !== 6 && publicHolidayName(deadline) === null && deadline > received;
      }),
    );
  });

  it("adding n working days then counting them gives n", () => {
    fc.assert(fc.property(day, fc.integer({ min: 0, max: 60 }), (start, n) => workingDaysBetween(start, addWorkingDays(start, n)) === n));
  });

  it("counting agrees with walking the days one by one (isWorkingDay), 2008's double feast included", () => {
    const walk = (a: Date, b: Date) => {
      let n = 0;
      for (let t = a.getTime() + 86_400_000; t <= b.getTime(); t += 86_400_000) if (isWorkingDay(new Date(t))) n += 1;
      return n;
    };
    expect(workingDaysBetween(d("2008-04-30"), d("2008-05-02"))).toBe(1);
    fc.assert(fc.property(day, fc.integer({ min: 0, max: 800 }), (a, span) => {
      const b = new Date(a.getTime() + span * 86_400_000);
      expect(workingDaysBetween(a, b)).toBe(walk(a, b));
    }));
  });

  it("counting is additive and antisymmetric", () => {
    fc.assert(
      fc.property(day, day, day, (a, b, c) => {
        expect(workingDaysBetween(a, b) + workingDaysBetween(b, c)).toBe(workingDaysBetween(a, c));
        expect(workingDaysBetween(b, a) + workingDaysBetween(a, b)).toBe(0);
      }),
    );
  });

  it("a later receipt never has an earlier deadline, and 5 working days span 5 to 12 calendar days", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 30 }), (a, gap) => {
        const b = new Date(a.getTime() + gap * 86_400_000);
        expect(answerDeadline(b) >= answerDeadline(a)).toBe(true);
        const span = (answerDeadline(a).getTime() - a.getTime()) / 86_400_000;
        expect(span).toBeGreaterThanOrEqual(5);
        expect(span).toBeLessThanOrEqual(12);
      }),
    );
  });

  it("every year has its 11 holidays, Ascension 38 days and Whit Monday 49 days after Easter Monday", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1995, max: 2094 }), (year) => {
        const byName = new Map(frenchPublicHolidays(year).map((h) => [h.name, h.date]));
        expect(byName.size).toBe(11);
        const easterMonday = byName.get("Lundi de Pâques")!;
        expect(easterMonday.getUTCDay()).toBe(1);
        expect((byName.get("Ascension")!.getTime() - easterMonday.getTime()) / 86_400_000).toBe(38);
        expect((byName.get("Lundi de Pentecôte")!.getTime() - easterMonday.getTime()) / 86_400_000).toBe(49);
      }),
    );
  });
});
