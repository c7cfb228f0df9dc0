// The features' schemas use lib/validation at every date, time and free-text field: what a form
// sends is refused with a French message next to the field, before any action runs.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { meetingFieldsSchema } from "@/lib/meetings/schemas";

function fieldErrors(schema: z.ZodType, value: unknown): Record<string, string[]> {
  const result = schema.safeParse(value);
  const out: Record<string, string[]> = {};
  if (!result.success) for (const i of result.error.issues) (out[i.path.join(".") || "_"] ??= []).push(i.message);
  return out;
}

describe("meeting fields", () => {
  const meeting = (over: Record<string, unknown> = {}) => ({
    committeeId: randomUUID(),
    date: "2031-01-16",
    startTime: "10:00",
    endTime: "12:00",
    room: "Salle Marzellier",
    place: null,
    mode: "HYBRID",
    chairLabel: null,
    numberingStyle: "ROMAN_LETTERS",
    ...over,
  });

  it("accepts a real meeting and parses its own output again", () => {
    const parsed = meetingFieldsSchema.parse(meeting());
    expect(meetingFieldsSchema.parse(parsed)).toEqual(parsed);
    expect(meetingFieldsSchema.parse(meeting({ endTime: "" })).endTime).toBeNull();
  });

  it("refuses dates that do not exist, saying why", () => {
    expect(fieldErrors(meetingFieldsSchema, meeting({ date: "2027-02-31" }))).toEqual({
      date: ["Le 31 février 2027 n'existe pas : février 2027 compte 28 jours."],
    });
    expect(fieldErrors(meetingFieldsSchema, meeting({ date: "9999-99-99" })).date).toEqual([
      "Cette date n'existe pas : le mois doit être compris entre 01 et 12.",
    ]);
    expect(fieldErrors(meetingFieldsSchema, meeting({ date: "0000-00-00" })).date).toHaveLength(1);
    expect(fieldErrors(meetingFieldsSchema, meeting({ date: "" })).date).toEqual(["Saisissez la date de la séance."]);
  });

  it("refuses impossible times, an end before the start, and the hour skipped in spring", () => {
    expect(fieldErrors(meetingFieldsSchema, meeting({ startTime: "25:00" }))).toEqual({
      startTime: ["L'heure 25:00 n'existe pas : saisissez une heure entre 00:00 et 23:59."],
    });
    expect(fieldErrors(meetingFieldsSchema, meeting({ endTime: "12:99" }))).toEqual({
      endTime: ["L'heure 12:99 n'existe pas : saisissez une heure entre 00:00 et 23:59."],
    });
    expect(fieldErrors(meetingFieldsSchema, meeting({ endTime: "09:00" }))).toEqual({
      endTime: ["L'heure de fin doit être après l'heure de début."],
    });
    expect(fieldErrors(meetingFieldsSchema, meeting({ date: "2027-03-28", startTime: "02:30", endTime: "04:00" }))).toEqual({
      startTime: ["Le 28 mars 2027, l'heure 02:30 n'existe pas à Paris (passage à l'heure d'été) : choisissez une autre heure."],
    });
  });

  it("refuses a NUL or a lone surrogate in free text", () => {
    expect(fieldErrors(meetingFieldsSchema, meeting({ room: "Salle\u0000" }))).toEqual({
      room: ["Ce texte contient un caractère invalide."],
    });
    expect(fieldErrors(meetingFieldsSchema, meeting({ chairLabel: "M. \uDC00" }))).toEqual({
      chairLabel: ["Ce texte contient un caractère invalide."],
    });
  });
});
