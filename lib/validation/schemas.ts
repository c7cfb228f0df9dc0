/**
 * The zod building blocks for every date, time, free text and id that enters the portal, built
 * on the pure checks of ./dates.ts and ./text.ts. Each schema's output parses again as its
 * input (the form sends what it parsed, the action parses it again).
 */
import { z } from "zod";
import { checkIsoDate, dateProblemMessage, timeProblemMessage } from "./dates";
import { INVALID_CHARACTER_MESSAGE, isCleanText } from "./text";

/**
 * A required calendar date "YYYY-MM-DD" (what `<input type="date">` sends). `requiredMessage`
 * is for the empty field ("Saisissez la date de la séance."); any other refusal says what is
 * wrong ("Le 31 février 2027 n'existe pas : février 2027 compte 28 jours.").
 */
export function isoDateField(requiredMessage: string) {
  return z.string({ message: requiredMessage }).superRefine((value, ctx) => {
    if (value === "") {
      ctx.addIssue({ code: "custom", message: requiredMessage });
      return;
    }
    const check = checkIsoDate(value);
    if (!check.ok) ctx.addIssue({ code: "custom", message: dateProblemMessage(check.problem) });
  });
}

/** An optional calendar date: "" or absent → null; otherwise a real day "YYYY-MM-DD". */
export function optionalIsoDateField() {
  return z
    .string()
    .nullish()
    .transform((value, ctx) => {
      if (!value) return null;
      const check = checkIsoDate(value);
      if (!check.ok) ctx.addIssue({ code: "custom", message: dateProblemMessage(check.problem) });
      return value;
    });
}

/** A select's "" (nothing chosen) or absent → null; otherwise the id of a row. */
export function optionalIdField(message = "Identifiant invalide.") {
  return z
    .union([z.literal(""), z.uuid({ message })])
    .nullish()
    .transform((v) => (v ? v : null));
}

/** A required time of day "HH:MM" (what `<input type="time">` sends). */
export function timeField(requiredMessage: string) {
  return z.string({ message: requiredMessage }).superRefine((value, ctx) => {
    const problem = value === "" ? requiredMessage : timeProblemMessage(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
}

/** An optional time of day: "", null or absent → null. */
export function optionalTimeField() {
  return z
    .string()
    .nullish()
    .transform((value, ctx) => {
      if (!value) return null;
      const problem = timeProblemMessage(value);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
      return value;
    });
}

/**
 * Free text: trimmed, refused when it carries a NUL or an unpaired surrogate (see ./text.ts).
 * Chain `.min()` / `.max()` after it; they apply to the trimmed text.
 */
export function safeText(message?: string) {
  return z.string(message ? { message } : undefined).refine(isCleanText, INVALID_CHARACTER_MESSAGE).trim();
}

/** Optional free text of at most `max` characters; "" or blank → null. */
export function optionalText(max: number, label: string) {
  return (
    safeText()
      .max(max, `${label} : ${max} caractères au maximum.`)
      // null accepted too, so a value already parsed on the client parses again on the server
      .nullish()
      .transform((v) => (v ? v : null))
  );
}

/** Required free text of at most `max` characters. */
export function requiredText(max: number, label: string, requiredMessage: string) {
  return safeText(requiredMessage).min(1, requiredMessage).max(max, `${label} : ${max} caractères au maximum.`);
}

/**
 * The id of a row, as found in a URL segment or a form: a UUID (what Prisma generates), so a
 * malformed id is refused before any query. Use `uuidParam.safeParse(id).success` in loaders
 * and answer 404 when it fails.
 */
export const uuidParam = z.uuid({ message: "Identifiant invalide." });

export function isUuid(value: unknown): value is string {
  return uuidParam.safeParse(value).success;
}
