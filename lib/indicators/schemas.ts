/** Inputs of the indicator screens, shared by the entry grid and the actions. */
import { z } from "zod";
import { isoDateField, MAX_YEAR, MIN_YEAR, optionalText, requiredText } from "@/lib/validation";

const PERIODICITIES = ["MONTHLY", "QUARTERLY", "SEMIANNUAL", "YEARLY"] as const;

const yearField = z
  .number({ message: "Choisissez une année." })
  .int("Choisissez une année.")
  .min(MIN_YEAR, `L'année doit être comprise entre ${MIN_YEAR} et ${MAX_YEAR}.`)
  .max(MAX_YEAR, `L'année doit être comprise entre ${MIN_YEAR} et ${MAX_YEAR}.`);

/** A figure of the grid: a finite number, or null for an empty cell. */
const figure = z.number({ message: "Saisissez un nombre." }).finite("Saisissez un nombre.").nullable();

export const saveIndicatorPeriodSchema = z.object({
  /** The prefecture's followed indicator (PrefectureIndicator.id) */
  prefectureIndicatorId: z.uuid({ message: "Indicateur invalide." }),
  year: yearField,
  /** month 1–12, quarter 1–4… of the definition's periodicity (checked by the action) */
  period: z.number().int("Période invalide.").min(1, "Période invalide.").max(12, "Période invalide."),
  /** "" for the whole prefecture; otherwise "services", "standard"… */
  scope: z.string().trim().max(40, "Périmètre : 40 caractères au maximum.").regex(/^[a-z0-9-]*$/, "Périmètre invalide.").default(""),
  /** The version of the stored value the user started from; null when the period was empty */
  version: z.number().int().positive().nullable(),
  components: z.record(z.string().max(60), figure),
  /** A published value entered without its components (used only when no component is given) */
  directValue: figure.optional(),
  comment: optionalText(2000, "Commentaire").optional(),
  explanation: optionalText(2000, "Explication").optional(),
});
export type SaveIndicatorPeriodInput = z.input<typeof saveIndicatorPeriodSchema>;

const periodRef = z.object({
  periodicity: z.enum(PERIODICITIES, { message: "Périodicité invalide." }),
  period: z.number().int().min(1, "Période invalide.").max(12, "Période invalide."),
});

export const lockIndicatorPeriodsSchema = z.object({
  prefectureId: z.uuid({ message: "Préfecture invalide." }),
  year: yearField,
  /** The periods to lock; absent: every month, quarter, semester and the year itself */
  periods: z.array(periodRef).max(19).optional(),
});
export type LockIndicatorPeriodsInput = z.input<typeof lockIndicatorPeriodsSchema>;

export const unlockIndicatorPeriodsSchema = lockIndicatorPeriodsSchema.extend({
  reason: requiredText(1000, "Motif", "Indiquez pourquoi ces périodes sont déverrouillées."),
});
export type UnlockIndicatorPeriodsInput = z.input<typeof unlockIndicatorPeriodsSchema>;

/** 4 Mo, the largest year file accepted (its base64 text is a third longer). */
export const MAX_IMPORT_BYTES = 4 * 1024 * 1024;
const MAX_IMPORT_BASE64 = Math.ceil(MAX_IMPORT_BYTES / 3) * 4;

export const importIndicatorYearSchema = z.object({
  prefectureId: z.uuid({ message: "Préfecture invalide." }),
  year: yearField,
  fileName: requiredText(255, "Nom du fichier", "Choisissez un fichier CSV ou Excel."),
  fileBase64: z
    .string()
    .min(1, "Choisissez un fichier CSV ou Excel.")
    .max(MAX_IMPORT_BASE64, "Le fichier dépasse 4 Mo : découpez-le ou retirez les feuilles inutiles.")
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, "Le fichier n'a pas pu être lu : choisissez-le de nouveau."),
  /** false: the preview, nothing written; true: the import, all or nothing */
  confirm: z.boolean(),
});
export type ImportIndicatorYearInput = z.input<typeof importIndicatorYearSchema>;

/**
 * A prefecture's settings for one indicator of the referential (referents): followed or not,
 * its own target for every year (null: the referential's), the agents who enter it.
 */
export const configureIndicatorSchema = z.object({
  prefectureId: z.uuid({ message: "Préfecture invalide." }),
  definitionId: z.uuid({ message: "Indicateur invalide." }),
  followed: z.boolean(),
  localTarget: z
    .object({
      value: z.number({ message: "Saisissez l’objectif en nombre." }).finite("Saisissez l’objectif en nombre.").min(0, "L’objectif ne peut pas être négatif.").max(1_000_000_000, "Objectif trop grand."),
      direction: z.enum(["AT_LEAST", "AT_MOST"], { message: "Choisissez « au moins » ou « au plus »." }),
    })
    .nullable(),
  assigneeIds: z.array(z.uuid({ message: "Agent invalide." })).max(200, "Trop d’agents."),
});
export type ConfigureIndicatorInput = z.input<typeof configureIndicatorSchema>;

/** An event on the indicators' timeline ("feux de forêts", "confinement"). */
export const addIndicatorAnnotationSchema = z.object({
  prefectureId: z.uuid({ message: "Préfecture invalide." }),
  /** null: every indicator of the prefecture */
  definitionId: z.uuid({ message: "Indicateur invalide." }).nullable(),
  on: isoDateField("Indiquez la date de l’événement."),
  label: requiredText(120, "Événement", "Décrivez l’événement (par exemple : « Confinement »)."),
});
export type AddIndicatorAnnotationInput = z.input<typeof addIndicatorAnnotationSchema>;

export const deleteIndicatorAnnotationSchema = z.object({ id: z.uuid({ message: "Événement invalide." }) });

const UNITS = ["PERCENT", "DAYS", "COUNT", "RATIO"] as const;
const FORMULAS = ["RATIO", "COMPLEMENT_RATIO", "WEIGHTED_MEAN", "VALUE"] as const;
const AGGREGATIONS = ["POOLED_RATIO", "WEIGHTED_MEAN", "MEAN", "SUM", "LAST"] as const;
const ROLES = ["NUMERATOR", "DENOMINATOR", "BASE", "SUBTRACTED", "VALUE", "WEIGHT"] as const;

/**
 * What a version of the referential says (national administrators): the fields a new
 * definition and a new version share. Whether the components fit the formula is the domain's
 * checkDefinition, applied by the actions.
 */
const definitionVersionFields = {
  label: requiredText(200, "Libellé", "Donnez le libellé de l’indicateur."),
  description: optionalText(1000, "Description").optional(),
  engagementId: z.uuid({ message: "Engagement invalide." }).nullable(),
  unit: z.enum(UNITS, { message: "Choisissez l’unité." }),
  periodicity: z.enum(PERIODICITIES, { message: "Choisissez la périodicité." }),
  formula: z.enum(FORMULAS, { message: "Choisissez la formule." }),
  aggregation: z.enum(AGGREGATIONS, { message: "Choisissez la règle d’agrégation annuelle." }),
  precision: z.number({ message: "Indiquez le nombre de décimales." }).int("Nombre de décimales entier.").min(0, "0 décimale au moins.").max(4, "4 décimales au plus."),
  target: z
    .object({
      value: z.number({ message: "Saisissez l’objectif en nombre." }).finite("Saisissez l’objectif en nombre.").min(0, "L’objectif ne peut pas être négatif."),
      direction: z.enum(["AT_LEAST", "AT_MOST"], { message: "Choisissez « au moins » ou « au plus »." }),
    })
    .nullable(),
  effectiveFrom: isoDateField("Indiquez la date d’entrée en vigueur."),
  components: z
    .array(
      z.object({
        code: z.string().trim().regex(/^[a-zA-Z][a-zA-Z0-9]{0,39}$/, "Code de composante : lettres et chiffres, sans espace (par exemple « received »)."),
        label: requiredText(200, "Libellé de la composante", "Donnez le libellé de la composante."),
        role: z.enum(ROLES, { message: "Choisissez le rôle de la composante." }),
      }),
    )
    .min(1, "Ajoutez au moins une composante.")
    .max(12, "12 composantes au plus."),
};

export const createIndicatorDefinitionSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Z][A-Z0-9_]{2,59}$/, "Code : majuscules, chiffres et « _ », 3 à 60 caractères (par exemple « CALL_PICKUP_RATE »)."),
  ...definitionVersionFields,
});
export type CreateIndicatorDefinitionInput = z.input<typeof createIndicatorDefinitionSchema>;

export const createIndicatorVersionSchema = z.object({
  definitionId: z.uuid({ message: "Indicateur invalide." }),
  /** The latest version the administrator saw: another one created meanwhile is a conflict */
  basedOnVersion: z.number().int().positive(),
  ...definitionVersionFields,
});
export type CreateIndicatorVersionInput = z.input<typeof createIndicatorVersionSchema>;

/** The e-mail and complaint indicators of a year, computed from the register of requests. */
export const computeFromRegisterSchema = z.object({
  prefectureId: z.uuid({ message: "Préfecture invalide." }),
  year: yearField,
});
