// French dates ("1er" for the first day of a month) and plurals (lib/format.ts).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatCount, formatDate, formatDateTime, formatLongDate, parisLocalToDate, plural } from "@/lib/format";

const NNBSP = "\u202f";

describe("French dates", () => {
  it("prints the first day of a month as 1er, in every date format", () => {
    const first = parisLocalToDate("2026-12-01T14:30");
    expect(formatLongDate(first)).toBe("mardi 1er décembre 2026");
    expect(formatDate(first)).toBe("1er décembre 2026");
    expect(formatDateTime(first)).toBe("mardi 1er décembre 2026 à 14h30");
    expect(formatDate(parisLocalToDate("2022-11-01T09:00"))).toBe("1er novembre 2022");
  });

  it("keeps plain numbers for the other days, 11 and 21 included", () => {
    expect(formatLongDate(parisLocalToDate("2021-05-06T14:30"))).toBe("jeudi 6 mai 2021");
    expect(formatDate(parisLocalToDate("2021-06-11T09:30"))).toBe("11 juin 2021");
    expect(formatDate(parisLocalToDate("2021-06-21T09:30"))).toBe("21 juin 2021");
    expect(formatDate(parisLocalToDate("2021-06-10T09:30"))).toBe("10 juin 2021");
  });

  it("takes the day in Paris: 1 January 00h30 in Paris is still 31 December in UTC", () => {
    const instant = parisLocalToDate("2027-01-01T00:30");
    expect(instant.toISOString()).toBe("2026-12-31T23:30:00.000Z");
    expect(formatLongDate(instant)).toBe("vendredi 1er janvier 2027");
  });

  it("writes 1er exactly when the Paris day is the first of the month", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2100-01-01T00:00:00Z"), noInvalidDate: true }), (date) => {
        const day = Number(new Intl.DateTimeFormat("en-GB", { day: "numeric", timeZone: "Europe/Paris" }).format(date));
        const text = formatDate(date);
        expect(text.startsWith("1er ")).toBe(day === 1);
        expect(text).not.toMatch(/^1 /);
      }),
    );
  });
});

describe("plurals", () => {
  it("uses the singular below two, as French does", () => {
    expect(plural(0, "séance", "séances")).toBe("séance");
    expect(plural(1, "séance", "séances")).toBe("séance");
    expect(plural(2, "séance", "séances")).toBe("séances");
    expect(plural(47, "membre convoqué", "membres convoqués")).toBe("membres convoqués");
  });

  it("formats a count with its word and the French thousands separator", () => {
    expect(formatCount(1, "séance", "séances")).toBe("1 séance");
    expect(formatCount(0, "réponse", "réponses")).toBe("0 réponse");
    expect(formatCount(3, "séance", "séances")).toBe("3 séances");
    expect(formatCount(1234, "destinataire", "destinataires")).toBe(`1${NNBSP}234 destinataires`);
  });
});
