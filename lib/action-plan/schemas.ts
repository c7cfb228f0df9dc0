/**
 * Inputs of the action plan: one action's fields (form and actions share them), its creation
 * with an origin and, for an intervention or an indicator period, the source it answers; the
 * status change (done needs a result, dropped a reason — the domain says so, the form shows
 * it on the field), a progress note, and the list page's query string.
 */
import { z } from "zod";
import { checkIsoDate, dateProblemMessage, optionalText, requiredText, uuidParam } from "@/lib/validation";
import { ACTION_ORIGINS, ACTION_STATUSES } from "./vocabulary";

/** "" or null → null; otherwise a real calendar day "YYYY-MM-DD". */
const optionalDay = z
  .string()
  .nullish()
  .transform((value, ctx) => {
    if (!value) return null;
    const check = checkIsoDate(value);
    if (!check.ok) ctx.addIssue({ code: "custom", message: dateProblemMessage(check.problem) });
    return value;
  });

/** A select's "" (nobody chosen) → null; otherwise the id of a row. */
const optionalId = z
  .string()
  .nullish()
  .transform((v) => (v ? v : null))
  .pipe(uuidParam.nullable());

export const actionFieldsSchema = z.object({
  title: requiredText(300, "Intitulé", "Saisissez l'intitulé de l'action."),
  description: optionalText(4000, "Description"),
  ownerStructureId: optionalId,
  ownerPersonId: optionalId,
  ownerLabel: optionalText(150, "Pilote (bureau, service)"),
  dueOn: optionalDay,
  engagementIds: z.array(uuidParam).max(50, "50 engagements au maximum.").default([]),
});
export type ActionFields = z.output<typeof actionFieldsSchema>;
export type ActionFieldsInput = z.input<typeof actionFieldsSchema>;

export const createActionSchema = actionFieldsSchema
  .extend({
    prefectureId: uuidParam,
    origin: z.enum(ACTION_ORIGINS, { message: "Choisissez l'origine de l'action." }),
    interventionId: optionalId,
    indicatorValueId: optionalId,
  })
  .superRefine((a, ctx) => {
    // The two linked origins need their source, and a source its origin: the link both ways.
    if (a.origin === "INTERVENTION" && !a.interventionId) ctx.addIssue({ code: "custom", path: ["origin"], message: "Une action née d'une intervention se crée depuis le compte rendu de la séance." });
    if (a.origin === "INDICATOR" && !a.indicatorValueId) ctx.addIssue({ code: "custom", path: ["origin"], message: "Une action née d'un objectif manqué se crée depuis la grille des indicateurs." });
    if (a.interventionId && a.origin !== "INTERVENTION") ctx.addIssue({ code: "custom", path: ["origin"], message: "L'origine d'une action créée depuis une intervention est cette intervention." });
    if (a.indicatorValueId && a.origin !== "INDICATOR") ctx.addIssue({ code: "custom", path: ["origin"], message: "L'origine d'une action créée depuis un indicateur est cet indicateur." });
  });
export type CreateActionInput = z.input<typeof createActionSchema>;

export const updateActionSchema = actionFieldsSchema.extend({
  id: uuidParam,
  version: z.number({ message: "Version invalide." }).int().min(1),
});

export const changeActionStatusSchema = z.object({
  id: uuidParam,
  version: z.number({ message: "Version invalide." }).int().min(1),
  to: z.enum(ACTION_STATUSES, { message: "Choisissez le nouveau statut." }),
  result: optionalText(4000, "Résultat"),
  reason: optionalText(2000, "Motif"),
});
export type ChangeActionStatusInput = z.input<typeof changeActionStatusSchema>;

export const addProgressNoteSchema = z.object({
  actionId: uuidParam,
  body: requiredText(4000, "Point d'avancement", "Saisissez le point d'avancement."),
});


/**
 * The list's query string (?vue=tableau&statut=PLANNED&origine=INDICATOR&pilote=s:<id>&retard=1):
 * anything unreadable falls back to "no filter" rather than an error page.
 */
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values).optional().catch(undefined);
export const actionPlanSearchSchema = z.object({
  vue: z.enum(["liste", "tableau"]).optional().catch(undefined),
  statut: optionalEnum(ACTION_STATUSES),
  origine: optionalEnum(ACTION_ORIGINS),
  /** An owner: "s:<structure id>", "p:<person id>" or "l:<label>" */
  pilote: z
    .string()
    .trim()
    .max(160)
    .regex(/^(s:|p:)[0-9a-f-]{36}$|^l:.+$/i)
    .optional()
    .catch(undefined),
  retard: z.literal("1").optional().catch(undefined),
});
export type ActionPlanSearch = z.output<typeof actionPlanSearchSchema>;

/** /plan-actions/nouvelle?indicateur=<value id> or ?intervention=<id>: a bad id is ignored. */
export const newActionSearchSchema = z.object({
  indicateur: uuidParam.optional().catch(undefined),
  intervention: uuidParam.optional().catch(undefined),
});

/** The form's own schema: the fields and, for a new action, its origin (the source ids travel beside it). */
export const actionFormSchema = actionFieldsSchema.extend({
  origin: z.enum(ACTION_ORIGINS, { message: "Choisissez l'origine de l'action." }),
});
export type ActionFormFields = z.output<typeof actionFormSchema>;
export type ActionFormInput = z.input<typeof actionFormSchema>;
