/** Inputs of the indicator screens, shared by the entry grid and the actions. */
import { z } from "zod";
import { MAX_YEAR, MIN_YEAR, optionalText, requiredText } from "@/lib/validation";

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
