// The strict date and time parsers (lib/validation/dates.ts): real calendar dates only, in
// 1990–2100, round-trip checked, never throwing whatever they are given.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MAX_YEAR,
  MIN_YEAR,
  checkIsoDate,
  dateProblemMessage,
  daysInMonth,
  formatIsoDate,
  formatTimeOfDay,
  parseIsoDate,
  parseTime,
  timeProblemMessage,
} from "@/lib/validation";

const messageFor = (value: string) => {
  const check = checkIsoDate(value);
  return check.ok ? null : dateProblemMessage(check.problem);
};

/** A real date in range, built independently of the parser (through Date's own calendar). */
const validDate = fc
  .date({ min: new Date(Date.UTC(MIN_YEAR, 0, 1)), max: new Date(Date.UTC(MAX_YEAR, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe("parseIsoDate", () => {
  it("reads real dates, leap days included", () => {
    expect(parseIsoDate("2027-02-28")).toEqual({ year: 2027, month: 2, day: 28 });
    expect(parseIsoDate("2028-02-29")).toEqual({ year: 2028, month: 2, day: 29 });
    expect(parseIsoDate("2000-02-29")).toEqual({ year: 2000, month: 2, day: 29 });
    expect(parseIsoDate("1990-01-01")).toEqual({ year: 1990, month: 1, day: 1 });
    expect(parseIsoDate("2100-12-31")).toEqual({ year: 2100, month: 12, day: 31 });
  });

  it("refuses what took pages down or silently became another date", () => {
    expect(parseIsoDate("9999-99-99")).toBeNull();
    expect(parseIsoDate("2027-02-31")).toBeNull(); // Date would roll it over to 3 March
    expect(parseIsoDate("0000-00-00")).toBeNull(); // Date would make it 1899
    expect(parseIsoDate("2027-02-29")).toBeNull();
    expect(parseIsoDate("2100-02-29")).toBeNull(); // 2100 is not a leap year
    expect(parseIsoDate("2027-04-31")).toBeNull();
    expect(parseIsoDate("2027-13-01")).toBeNull();
    expect(parseIsoDate("2027-01-00")).toBeNull();
  });

  it("refuses years outside 1990–2100", () => {
    expect(parseIsoDate("1989-12-31")).toBeNull();
    expect(parseIsoDate("2101-01-01")).toBeNull();
  });

  it("refuses anything but YYYY-MM-DD in ASCII digits", () => {
    for (const value of [
      "",
      "31/12/2027",
      "2027-1-5",
      "2027-01-05T00:00",
      " 2027-01-05",
      "2027-01-05\n",
      "+02027-01-05",
      "２０２７-01-05", // full-width digits
      "2027-0١-05", // Arabic-Indic digit
      "2027/01/05",
    ]) {
      expect(parseIsoDate(value), JSON.stringify(value)).toBeNull();
    }
    expect(parseIsoDate(undefined)).toBeNull();
    expect(parseIsoDate(20270105)).toBeNull();
  });

  it("round-trips every valid date (property)", () => {
    fc.assert(
      fc.property(validDate, (iso) => {
        const parsed = parseIsoDate(iso);
        expect(parsed).not.toBeNull();
        expect(formatIsoDate(parsed!)).toBe(iso);
      }),
      { numRuns: 2000 },
    );
  });

  it("refuses every day past the end of its month, in every year (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 9 }), (year, month, extra) => {
        const day = daysInMonth(year, month) + extra;
        const iso = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(Math.min(day, 99)).padStart(2, "0")}`;
        expect(parseIsoDate(iso)).toBeNull();
      }),
    );
  });

  it("accepts a string exactly when Date's calendar agrees and the year is in range (property)", () => {
    const digits = (n: number) => fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: n, maxLength: n });
    fc.assert(
      fc.property(digits(4), digits(2), digits(2), (y, m, d) => {
        const iso = `${y}-${m}-${d}`;
        const utc = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
        utc.setUTCFullYear(Number(y)); // Date.UTC maps years 0–99 to 1900–1999
        const real =
          utc.getUTCFullYear() === Number(y) && utc.getUTCMonth() === Number(m) - 1 && utc.getUTCDate() === Number(d);
        const inRange = Number(y) >= MIN_YEAR && Number(y) <= MAX_YEAR;
        expect(parseIsoDate(iso) !== null).toBe(real && inRange);
      }),
      { numRuns: 5000 },
    );
  });

  it("never throws and accepts nothing but canonical dates, whatever the string (property)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" })), (value) => {
        const parsed = parseIsoDate(value);
        if (parsed) expect(formatIsoDate(parsed)).toBe(value);
        // refused ⇔ a French message says why
        expect(parsed === null).toBe(messageFor(value) !== null);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("date messages", () => {
  it("says what is wrong, in French", () => {
    expect(messageFor("2027-02-31")).toBe("Le 31 février 2027 n'existe pas : février 2027 compte 28 jours.");
    expect(messageFor("2027-02-29")).toBe("Le 29 février 2027 n'existe pas : février 2027 compte 28 jours.");
    expect(messageFor("2027-04-31")).toBe("Le 31 avril 2027 n'existe pas : avril 2027 compte 30 jours.");
    expect(messageFor("9999-99-99")).toBe("Cette date n'existe pas : le mois doit être compris entre 01 et 12.");
    expect(messageFor("0000-00-00")).toBe("Cette date n'existe pas : le mois doit être compris entre 01 et 12.");
    expect(messageFor("2027-01-00")).toBe("Cette date n'existe pas : le jour doit être compris entre 01 et 31.");
    expect(messageFor("2027-01-32")).toBe("Cette date n'existe pas : le jour doit être compris entre 01 et 31.");
    expect(messageFor("1024-05-06")).toBe(
      "L'année 1024 est hors de la période acceptée : saisissez une date entre 1990 et 2100.",
    );
    expect(messageFor("06/05/2021")).toBe("Saisissez une date réelle au format JJ/MM/AAAA, par exemple 31/12/2027.");
    expect(messageFor("2027-03-01")).toBeNull();
  });
});

describe("parseTime", () => {
  it("reads HH:MM from 00:00 to 23:59", () => {
    expect(parseTime("14:30")).toEqual({ hours: 14, minutes: 30 });
    expect(parseTime("00:00")).toEqual({ hours: 0, minutes: 0 });
    expect(parseTime("23:59")).toEqual({ hours: 23, minutes: 59 });
  });

  it("refuses impossible or differently written times", () => {
    for (const value of ["24:00", "14:60", "99:99", "9:30", "14h30", "14:30:00", "", " 14:30", "14:30\n", "１４:30"]) {
      expect(parseTime(value), JSON.stringify(value)).toBeNull();
    }
    expect(parseTime(null)).toBeNull();
  });

  it("round-trips every valid time and never throws (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (hours, minutes) => {
        const text = formatTimeOfDay({ hours, minutes });
        expect(parseTime(text)).toEqual({ hours, minutes });
      }),
    );
    fc.assert(
      fc.property(fc.string(), (value) => {
        const parsed = parseTime(value);
        if (parsed) expect(formatTimeOfDay(parsed)).toBe(value);
        else expect(timeProblemMessage(value)).toEqual(expect.any(String));
      }),
    );
  });

  it("says what is wrong, in French", () => {
    expect(timeProblemMessage("25:00")).toBe("L'heure 25:00 n'existe pas : saisissez une heure entre 00:00 et 23:59.");
    expect(timeProblemMessage("14h30")).toBe("Saisissez une heure au format HH:MM, par exemple 14:30.");
    expect(timeProblemMessage("14:30")).toBeNull();
  });
});
