// The zod schemas of lib/validation: date and time fields with French messages, ids.
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_YEAR, MIN_YEAR, isUuid, isoDateField, optionalTimeField, timeField, uuidParam } from "@/lib/validation";

const messages = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
  r.success ? [] : (r.error?.issues.map((i) => i.message) ?? []);

describe("isoDateField", () => {
  const date = isoDateField("Saisissez la date de la séance.");

  it("keeps a real date as the same string", () => {
    expect(date.parse("2031-01-16")).toBe("2031-01-16");
  });

  it("asks for the date when it is empty or missing, and says what is wrong otherwise", () => {
    expect(messages(date.safeParse(""))).toEqual(["Saisissez la date de la séance."]);
    expect(messages(date.safeParse(undefined))).toEqual(["Saisissez la date de la séance."]);
    expect(messages(date.safeParse("2027-02-31"))).toEqual(["Le 31 février 2027 n'existe pas : février 2027 compte 28 jours."]);
    expect(messages(date.safeParse("9999-99-99"))).toEqual(["Cette date n'existe pas : le mois doit être compris entre 01 et 12."]);
    expect(messages(date.safeParse("0000-00-00"))).toEqual(["Cette date n'existe pas : le mois doit être compris entre 01 et 12."]);
  });

  it("never throws, whatever it is given (property)", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(() => date.safeParse(value)).not.toThrow();
      }),
    );
  });

  it("accepts every valid date (property)", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(Date.UTC(MIN_YEAR, 0, 1)), max: new Date(Date.UTC(MAX_YEAR, 11, 31)), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          expect(date.parse(iso)).toBe(iso);
        },
      ),
    );
  });
});

describe("time fields", () => {
  it("requires a real HH:MM time", () => {
    const start = timeField("Saisissez l'heure de début.");
    expect(start.parse("09:30")).toBe("09:30");
    expect(messages(start.safeParse(""))).toEqual(["Saisissez l'heure de début."]);
    expect(messages(start.safeParse("24:00"))).toEqual(["L'heure 24:00 n'existe pas : saisissez une heure entre 00:00 et 23:59."]);
  });

  it("turns an empty optional time into null and refuses an impossible one", () => {
    const end = optionalTimeField();
    expect(end.parse("")).toBeNull();
    expect(end.parse(null)).toBeNull();
    expect(end.parse(undefined)).toBeNull();
    expect(end.parse("12:00")).toBe("12:00");
    expect(messages(end.safeParse("12:75"))).toEqual(["L'heure 12:75 n'existe pas : saisissez une heure entre 00:00 et 23:59."]);
  });
});

describe("uuidParam", () => {
  it("accepts the ids Prisma generates and refuses anything else", () => {
    const id = randomUUID();
    expect(uuidParam.parse(id)).toBe(id);
    expect(isUuid(id)).toBe(true);
    for (const value of ["", "42", `${id} `, `${id}x`, "../etc/passwd", id.replace(/-/g, ""), "not-a-uuid-at-all-0000000000000000", null]) {
      expect(isUuid(value), String(value)).toBe(false);
    }
    expect(messages(uuidParam.safeParse("42"))).toEqual(["Identifiant invalide."]);
  });
});
