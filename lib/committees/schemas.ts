/**
 * Inputs of the committee and member screens, shared by the forms (react-hook-form) and the
 * actions. Every schema's output parses again as its input (nulls accepted, transforms
 * idempotent), because the form sends the values it parsed and the action parses them again.
 */
import { z } from "zod";
// Dates and free text follow the one strict rule of lib/validation (real calendar days in
// 1990–2100, no NUL or lone surrogate), with its French messages.
import { isoDateField, optionalText, safeText, optionalIdField } from "@/lib/validation";
import { CIVILITIES, COLLEGES, COMMITTEE_KINDS, MANDATES, ORGANIZATION_KINDS } from "./vocabulary";

/** "" from a select's empty option means "not given". */
const optionalChoice = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z
    .union([z.literal(""), z.enum(values, { message })])
    .nullish()
    .transform((v) => (v ? v : null));

const optionalId = (message: string) => optionalIdField(message);

// Same rule as the CSV import (lib/committees/import/members-csv.ts), so a person typed in the
// form and one imported are held to the same standard.
const PHONE_PATTERN = /^\+?[0-9][0-9 .()-]{3,28}$/;
const emailCheck = z.email();

export const HOLDERS = ["PERSON", "NEW_PERSON", "ORGANIZATION"] as const;

export const createCommitteeSchema = z.object({
  prefectureId: z.string().uuid("Préfecture inconnue."),
  kind: z.enum(COMMITTEE_KINDS, { message: "Choisissez le type de comité." }),
  name: safeText("Saisissez le nom du comité.")
    .min(3, "Saisissez le nom du comité (3 caractères au moins).")
    .max(200, "Nom du comité : 200 caractères au maximum."),
});
export type CreateCommitteeInput = z.input<typeof createCommitteeSchema>;
export type CreateCommitteeFields = z.output<typeof createCommitteeSchema>;

/** The fields of a person, as typed in a form; the last name is stored upper case, as published. */
const personShape = {
  civility: optionalChoice(CIVILITIES, "Choisissez « M. » ou « Mme »."),
  firstName: optionalText(100, "Prénom"),
  lastName: optionalText(100, "Nom").transform((v) => (v ? v.toLocaleUpperCase("fr-FR") : null)),
  function: optionalText(300, "Fonction"),
  /** Picked from the prefecture's organisations by name, or created with that name */
  organizationName: optionalText(200, "Organisme"),
  /** Only used when the organisation is created */
  organizationKind: optionalChoice(ORGANIZATION_KINDS, "Choisissez un type d'organisme."),
  email: optionalText(254, "Adresse électronique")
    .transform((v) => (v ? v.toLowerCase() : null))
    .refine((v) => v === null || emailCheck.safeParse(v).success, "Adresse électronique invalide, par exemple : prenom.nom@exemple.fr."),
  phone: optionalText(30, "Téléphone").refine(
    (v) => v === null || PHONE_PATTERN.test(v),
    "Numéro de téléphone invalide (chiffres, espaces, points, tirets et « + » seulement).",
  ),
};

export const addMemberSchema = z
  .object({
    committeeId: z.string().uuid("Comité inconnu."),
    holder: z.enum(HOLDERS, { message: "Choisissez qui occupe le siège." }),
    personId: optionalId("Choisissez une personne dans la liste."),
    ...personShape,
    seatLabel: optionalText(200, "Libellé du siège"),
    college: z.enum(COLLEGES, { message: "Choisissez un collège." }),
    mandate: z.enum(MANDATES, { message: "Choisissez un mandat." }),
    startsOn: isoDateField("Saisissez la date de début du mandat."),
  })
  .superRefine((v, ctx) => {
    if (v.holder === "PERSON" && !v.personId) {
      ctx.addIssue({ code: "custom", path: ["personId"], message: "Choisissez une personne dans la liste." });
    }
    if (v.holder === "NEW_PERSON" && !v.lastName) {
      ctx.addIssue({ code: "custom", path: ["lastName"], message: "Saisissez le nom de famille." });
    }
    if (v.holder === "ORGANIZATION" && !v.organizationName) {
      ctx.addIssue({ code: "custom", path: ["organizationName"], message: "Saisissez l'organisme qui détient le siège." });
    }
  });
export type AddMemberInput = z.input<typeof addMemberSchema>;
export type AddMemberFields = z.output<typeof addMemberSchema>;

export const personFieldsSchema = z.object(personShape).superRefine((v, ctx) => {
  if (!v.lastName) ctx.addIssue({ code: "custom", path: ["lastName"], message: "Saisissez le nom de famille." });
});
export type PersonFieldsInput = z.input<typeof personFieldsSchema>;
export type PersonFields = z.output<typeof personFieldsSchema>;

export const updatePersonSchema = personFieldsSchema.and(
  z.object({ id: z.string().uuid(), version: z.number().int().positive() }),
);

export const endMemberSchema = z.object({
  memberId: z.string().uuid(),
  version: z.number().int().positive(),
  /** Last day of the mandate; the seat moves to "Membres sortis" once it has passed */
  endsOn: isoDateField("Saisissez la date de fin du mandat."),
});
export type EndMemberInput = z.input<typeof endMemberSchema>;

/**
 * The announced limit of a CSV import (1 Mo), counted in characters of the decoded text: a file
 * of at most 1 Mo decodes (UTF-8 or Windows-1252) to at most that many characters, so no file
 * within the limit is refused, and the browser refuses a longer paste before sending it. Equal
 * to the parser's MAX_IMPORT_BYTES (a unit test checks it); not imported from the parser so the
 * forms that use this schema do not ship the CSV parser to the browser. The server-action body
 * limit in next.config.ts is sized for it (a unit test checks that too).
 */
export const CSV_IMPORT_MAX_CHARS = 1024 * 1024;

export const importMembersSchema = z.object({
  committeeId: z.string().uuid(),
  csv: z
    .string({ message: "Collez le contenu du fichier CSV ou choisissez un fichier." })
    .min(1, "Collez le contenu du fichier CSV ou choisissez un fichier.")
    .max(CSV_IMPORT_MAX_CHARS, "Le fichier est trop volumineux : un import accepte 1 Mo au plus."),
  /** false: only say what would happen; true: apply, all or nothing */
  confirm: z.boolean(),
});
export type ImportMembersInput = z.input<typeof importMembersSchema>;

/** "?q=" of the committee page: trimmed, bounded, empty → null; a NUL (which PostgreSQL would refuse) → no search. */
export const memberSearchSchema = safeText()
  .max(100)
  .catch("")
  .transform((v) => (v ? v : null));

// ───────────── Labels of the choices (forms and tables) ─────────────

export const HOLDER_LABELS: Record<(typeof HOLDERS)[number], string> = {
  PERSON: "Une personne déjà enregistrée",
  NEW_PERSON: "Une nouvelle personne",
  ORGANIZATION: "Un organisme, sans personne nommée",
};
