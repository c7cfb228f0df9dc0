/**
 * Inputs of the referential screens, shared by the forms (react-hook-form) and the actions. French
 * messages; dates as `<input type="date">` sends them; the rule between a version's two dates is
 * the domain's (checkVersionDates), so form and action say the same sentence.
 */
import { z } from "zod";
import { isoDateField, optionalText, requiredText, uuidParam, optionalIdField, optionalIsoDateField } from "@/lib/validation";
import { checkVersionDates } from "./domain";
import { FRAMEWORK_KINDS, FRAMEWORK_VERSION_STATUSES, MODULE_REQUIREMENTS } from "./vocabulary";

/** "" or absent → null; otherwise a row id. */
const optionalId = optionalIdField();

export const FRAMEWORK_CODE_PATTERN = /^[A-Z][A-Z0-9_]{1,39}$/;

export const createFrameworkSchema = z
  .object({
    code: z
      .string({ message: "Saisissez le code du référentiel." })
      .trim()
      .regex(FRAMEWORK_CODE_PATTERN, "Le code : 2 à 40 caractères, majuscules, chiffres et « _ », commençant par une lettre (par exemple « CHARTE_ACCUEIL_86 »)."),
    kind: z.enum(FRAMEWORK_KINDS, { message: "Choisissez le type de référentiel." }),
    name: requiredText(200, "Nom", "Saisissez le nom du référentiel."),
    prefectureId: optionalId,
  })
  .superRefine((v, ctx) => {
    // A prefecture's own referential belongs to it; the national programmes to nobody.
    if (v.kind === "LOCAL" && !v.prefectureId) {
      ctx.addIssue({ code: "custom", path: ["prefectureId"], message: "Choisissez la préfecture à laquelle ce référentiel est propre." });
    }
    if (v.kind !== "LOCAL" && v.prefectureId) {
      ctx.addIssue({ code: "custom", path: ["prefectureId"], message: "Seul un référentiel propre à une préfecture lui est rattaché : choisissez « Aucune »." });
    }
  });
export type CreateFrameworkInput = z.input<typeof createFrameworkSchema>;
export type CreateFramework = z.output<typeof createFrameworkSchema>;

export const versionFieldsSchema = z
  .object({
    label: requiredText(200, "Libellé", "Saisissez le libellé de la version (par exemple « Version 2021 »)."),
    publishedOn: isoDateField("Saisissez le premier jour en vigueur."),
    validUntil: optionalIsoDateField(),
    status: z.enum(FRAMEWORK_VERSION_STATUSES, { message: "Choisissez le statut de la version." }),
  })
  .superRefine((v, ctx) => {
    const problem = checkVersionDates({ publishedOn: v.publishedOn, validUntil: v.validUntil });
    if (problem) ctx.addIssue({ code: "custom", path: [problem.field], message: problem.message });
  });
export type VersionFieldsInput = z.input<typeof versionFieldsSchema>;
export type VersionFields = z.output<typeof versionFieldsSchema>;

export const createVersionSchema = z.intersection(
  versionFieldsSchema,
  z.object({
    frameworkId: uuidParam,
    /** Copy the latest version's modules and engagements into the new one */
    copyPrevious: z.boolean().default(false),
  }),
);

export const updateVersionSchema = z.intersection(versionFieldsSchema, z.object({ id: uuidParam }));

export const moduleFieldsSchema = z.object({
  number: z.coerce
    .number({ message: "Saisissez le numéro du module." })
    .int("Le numéro du module est un nombre entier.")
    .min(1, "Le numéro du module va de 1 à 99.")
    .max(99, "Le numéro du module va de 1 à 99."),
  title: requiredText(300, "Intitulé", "Saisissez l'intitulé du module."),
  requirement: z.enum(MODULE_REQUIREMENTS, { message: "Choisissez si le module est obligatoire." }),
  condition: optionalText(500, "Condition"),
});
export type ModuleFieldsInput = z.input<typeof moduleFieldsSchema>;
export type ModuleFields = z.output<typeof moduleFieldsSchema>;

/** A new module (id null) or a change to one, in a version. */
export const saveModuleSchema = z.intersection(moduleFieldsSchema, z.object({ versionId: uuidParam, id: optionalId }));

export const ENGAGEMENT_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,29}$/;

export const engagementFieldsSchema = z.object({
  code: z
    .string({ message: "Saisissez le code de l'engagement." })
    .trim()
    .regex(ENGAGEMENT_CODE_PATTERN, "Le code : 1 à 30 lettres, chiffres, points, tirets ou « _ » (par exemple « QEP-1.01 » ou « SPP-5 »).")
    .transform((c) => c.toUpperCase()),
  number: z.coerce
    .number({ message: "Saisissez le numéro de l'engagement." })
    .int("Le numéro de l'engagement est un nombre entier.")
    .min(1, "Le numéro de l'engagement va de 1 à 999.")
    .max(999, "Le numéro de l'engagement va de 1 à 999."),
  title: requiredText(300, "Intitulé", "Saisissez l'intitulé de l'engagement."),
  description: optionalText(2000, "Description"),
  moduleId: optionalId,
});
export type EngagementFieldsInput = z.input<typeof engagementFieldsSchema>;
export type EngagementFields = z.output<typeof engagementFieldsSchema>;

/** A new engagement (id null) or a change to one, in a version. */
export const saveEngagementSchema = z.intersection(engagementFieldsSchema, z.object({ versionId: uuidParam, id: optionalId }));

export const deleteModuleSchema = z.object({ id: uuidParam });
export const deleteEngagementSchema = z.object({ id: uuidParam });
