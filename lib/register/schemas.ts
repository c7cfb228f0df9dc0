/**
 * Inputs of the register (domain.md §7): one entry's fields, checked by the form
 * (react-hook-form's zod resolver) and again by the actions, and by the CSV import line by
 * line — one set of rules and French messages everywhere. Dates are "YYYY-MM-DD" (what
 * `<input type="date">` sends; the import converts JJ/MM/AAAA first).
 */
import { z } from "zod";
import { checkIsoDate, dateProblemMessage, optionalText, requiredText, uuidParam, optionalIsoDateField } from "@/lib/validation";
import { REQUEST_CHANNELS, REQUEST_TYPES } from "./vocabulary";

/** Days announced in a holding reply, typed as text ("30") or given as a number; "" → null. */
const announcedDelay = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((value, ctx) => {
    if (value === null || value === undefined || value === "") return null;
    const text = String(value).trim();
    if (!/^\d{1,3}$/.test(text) || Number(text) < 1 || Number(text) > 365) {
      ctx.addIssue({ code: "custom", message: "Le délai annoncé est un nombre entier de jours entre 1 et 365." });
      return null;
    }
    return Number(text);
  });

const requiredDate = z.string({ message: "Saisissez la date de réception." }).superRefine((value, ctx) => {
  if (value === "") return void ctx.addIssue({ code: "custom", message: "Saisissez la date de réception." });
  const check = checkIsoDate(value);
  if (!check.ok) ctx.addIssue({ code: "custom", message: dateProblemMessage(check.problem) });
});

export const registerEntryFieldsSchema = z
  .object({
    reference: optionalText(50, "Référence"),
    receivedOn: requiredDate,
    channel: z.enum(REQUEST_CHANNELS, { message: "Choisissez le canal de réception." }),
    type: z.enum(REQUEST_TYPES, { message: "Choisissez le type de demande." }),
    subject: requiredText(300, "Objet", "Saisissez l'objet de la demande."),
    service: optionalText(150, "Service"),
    acknowledgedOn: optionalIsoDateField(),
    holdingReplyOn: optionalIsoDateField(),
    announcedDelayDays: announcedDelay,
    answeredOn: optionalIsoDateField(),
  })
  .superRefine((e, ctx) => {
    // ISO dates compare as strings; a field already refused above is left to its own message.
    const valid = (v: unknown): v is string => typeof v === "string" && checkIsoDate(v).ok;
    if (!valid(e.receivedOn)) return;
    const notBefore = (field: "acknowledgedOn" | "holdingReplyOn" | "answeredOn", message: string) => {
      const v = e[field];
      if (valid(v) && v < e.receivedOn) ctx.addIssue({ code: "custom", path: [field], message });
    };
    notBefore("acknowledgedOn", "La date d'accusé de réception ne peut pas précéder la date de réception.");
    notBefore("holdingReplyOn", "La date de la réponse d'attente ne peut pas précéder la date de réception.");
    notBefore("answeredOn", "La date de réponse ne peut pas précéder la date de réception.");
    if (valid(e.holdingReplyOn) && valid(e.answeredOn) && e.answeredOn < e.holdingReplyOn) {
      ctx.addIssue({ code: "custom", path: ["answeredOn"], message: "La date de réponse ne peut pas précéder celle de la réponse d'attente." });
    }
    if (typeof e.announcedDelayDays === "number" && !e.holdingReplyOn) {
      ctx.addIssue({ code: "custom", path: ["holdingReplyOn"], message: "Indiquez la date de la réponse d'attente qui annonce ce délai." });
    }
    if (valid(e.holdingReplyOn) && e.announcedDelayDays === null) {
      ctx.addIssue({ code: "custom", path: ["announcedDelayDays"], message: "Indiquez le délai annoncé dans la réponse d'attente (en jours)." });
    }
    // Run even when another field is refused, so that every mistake is said at once; each
    // rule above only reads fields that parsed.
  }, { when: () => true });

export type RegisterEntryFields = z.output<typeof registerEntryFieldsSchema>;

const FUTURE_MESSAGES = {
  receivedOn: "La date de réception ne peut pas être postérieure à aujourd'hui.",
  acknowledgedOn: "La date d'accusé de réception ne peut pas être postérieure à aujourd'hui.",
  holdingReplyOn: "La date de la réponse d'attente ne peut pas être postérieure à aujourd'hui.",
  answeredOn: "La date de réponse ne peut pas être postérieure à aujourd'hui.",
} as const;

/**
 * The register records what happened: no date after today ("YYYY-MM-DD", Paris). Checked by
 * the actions and the import, which know today; the form's schema does not (the browser's
 * clock is not the server's).
 */
export function datesAfterToday(e: RegisterEntryFields, today: string): { field: keyof typeof FUTURE_MESSAGES; message: string }[] {
  return (Object.keys(FUTURE_MESSAGES) as (keyof typeof FUTURE_MESSAGES)[]).flatMap((field) => {
    const value = e[field];
    return value && value > today ? [{ field, message: FUTURE_MESSAGES[field] }] : [];
  });
}
export type RegisterEntryFieldsInput = z.input<typeof registerEntryFieldsSchema>;

export const createRegisterEntrySchema = registerEntryFieldsSchema.and(z.object({ prefectureId: uuidParam }));
export const updateRegisterEntrySchema = registerEntryFieldsSchema.and(
  z.object({ id: uuidParam, version: z.number({ message: "Version invalide." }).int().min(1) }),
);
export const deleteRegisterEntrySchema = z.object({ id: uuidParam, version: z.number().int().min(1) });

/** 2 Mo: a register of several years as CSV is a few hundred kilobytes. */
export const MAX_REGISTER_IMPORT_BYTES = 2 * 1024 * 1024;
const MAX_BASE64 = Math.ceil(MAX_REGISTER_IMPORT_BYTES / 3) * 4;

export const importRegisterSchema = z.object({
  prefectureId: uuidParam,
  fileName: requiredText(255, "Nom du fichier", "Choisissez un fichier CSV."),
  fileBase64: z
    .string()
    .min(1, "Choisissez un fichier CSV.")
    .max(MAX_BASE64, "Le fichier dépasse 2 Mo : découpez-le par année.")
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, "Le fichier n'a pas pu être lu : choisissez-le de nouveau."),
  /** false: the preview, nothing written; true: the import, all or nothing */
  confirm: z.boolean(),
});

/**
 * The register page's query string (?annee=2022&type=COMPLAINT&canal=EMAIL&service=…&retard=1&page=2):
 * anything unreadable falls back to "no filter" rather than an error page.
 */
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values).optional().catch(undefined);
export const registerSearchSchema = z.object({
  annee: z.coerce.number().int().min(1990).max(2100).optional().catch(undefined),
  type: optionalEnum(REQUEST_TYPES),
  canal: optionalEnum(REQUEST_CHANNELS),
  service: z.string().trim().max(150).optional().catch(undefined),
  retard: z.literal("1").optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});
export type RegisterSearch = z.output<typeof registerSearchSchema>;

/** An export's day bound (?du=2021-01-01): empty → none; otherwise a real calendar day, or the route answers 400. */
const exportDay = z
  .string()
  .optional()
  .transform((value, ctx) => {
    if (!value) return null;
    const check = checkIsoDate(value);
    if (!check.ok) ctx.addIssue({ code: "custom", message: `Date invalide (« ${value} ») : ${dateProblemMessage(check.problem)} Indiquez-la au format AAAA-MM-JJ, par exemple ?du=2021-01-01.` });
    return value;
  });

/**
 * The export's query string: ?du=&au= (days of receipt, inclusive), or the list's ?annee=
 * with its filters (type, canal, service, retard). Bad dates are refused (a file that silently
 * holds something else than asked is worse than an error); the filters fall back like the list's.
 */
export const registerExportSearchSchema = registerSearchSchema
  .omit({ page: true })
  .extend({ du: exportDay, au: exportDay })
  .superRefine((s, ctx) => {
    if (s.du && s.au && s.du > s.au) ctx.addIssue({ code: "custom", path: ["au"], message: "La date de fin (?au=) précède la date de début (?du=)." });
  });
