/**
 * Inputs of the action plan: one action's fields (form and actions share them), its creation
 * with an origin and the source it answers (an intervention, an indicator period, a register
 * entry, a survey, an audit, a self-assessment); the
 * status change (done needs a result, dropped a reason — the domain says so, the form shows
 * it on the field), a progress note, and the list page's query string.
 */
import { z } from "zod";
import { checkIsoDate, dateProblemMessage, optionalText, requiredText, uuidParam, optionalIdField } from "@/lib/validation";
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
const optionalId = optionalIdField();

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

/**
 * The sources an action may be created from, each with the origin it fixes and what the
 * form says when they disagree. Intervention and indicator need their source; the four
 * others may also be chosen by hand without one (an action "from the register" in general).
 */
export const ACTION_SOURCES = [
  { field: "interventionId", origin: "INTERVENTION", required: "Une action née d'une intervention se crée depuis le compte rendu de la séance.", mismatch: "L'origine d'une action créée depuis une intervention est cette intervention." },
  { field: "indicatorValueId", origin: "INDICATOR", required: "Une action née d'un objectif manqué se crée depuis la grille des indicateurs.", mismatch: "L'origine d'une action créée depuis un indicateur est cet indicateur." },
  { field: "requestRecordId", origin: "REQUEST_RECORD", required: null, mismatch: "L'origine d'une action créée depuis une demande du registre est le registre." },
  { field: "surveyId", origin: "SURVEY", required: null, mismatch: "L'origine d'une action créée depuis une enquête est cette enquête." },
  { field: "auditId", origin: "AUDIT_FINDING", required: null, mismatch: "L'origine d'une action créée depuis un audit est un constat d'audit." },
  { field: "selfAssessmentId", origin: "SELF_ASSESSMENT", required: null, mismatch: "L'origine d'une action créée depuis une auto-évaluation est cette auto-évaluation." },
] as const satisfies readonly { field: string; origin: (typeof ACTION_ORIGINS)[number]; required: string | null; mismatch: string }[];

export type ActionSourceField = (typeof ACTION_SOURCES)[number]["field"];
/** The ids of the source an action is created from (at most one is set). */
export type ActionSourceIds = Record<ActionSourceField, string | null>;

export const createActionSchema = actionFieldsSchema
  .extend({
    prefectureId: uuidParam,
    origin: z.enum(ACTION_ORIGINS, { message: "Choisissez l'origine de l'action." }),
    interventionId: optionalId,
    indicatorValueId: optionalId,
    requestRecordId: optionalId,
    surveyId: optionalId,
    auditId: optionalId,
    selfAssessmentId: optionalId,
  })
  .superRefine((a, ctx) => {
    // A source fixes its origin, and the two linked-only origins need their source: the link both ways.
    const given = ACTION_SOURCES.filter((s) => a[s.field]);
    if (given.length > 1) ctx.addIssue({ code: "custom", path: ["origin"], message: "Une action se crée depuis une seule source à la fois." });
    for (const s of ACTION_SOURCES) {
      if (s.required && a.origin === s.origin && !a[s.field]) ctx.addIssue({ code: "custom", path: ["origin"], message: s.required });
      if (a[s.field] && a.origin !== s.origin) ctx.addIssue({ code: "custom", path: ["origin"], message: s.mismatch });
    }
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

/**
 * /plan-actions/nouvelle?indicateur=<IndicatorValue id>, ?intervention=<id>, ?demande=<RequestRecord id>,
 * ?enquete=<Survey id>, ?audit=<Audit id> or ?autoEvaluation=<SelfAssessment id>: a bad id is ignored.
 */
export const newActionSearchSchema = z.object({
  indicateur: uuidParam.optional().catch(undefined),
  intervention: uuidParam.optional().catch(undefined),
  demande: uuidParam.optional().catch(undefined),
  enquete: uuidParam.optional().catch(undefined),
  audit: uuidParam.optional().catch(undefined),
  autoEvaluation: uuidParam.optional().catch(undefined),
});
export type NewActionSearch = z.output<typeof newActionSearchSchema>;

/** The form's own schema: the fields and, for a new action, its origin (the source ids travel beside it). */
export const actionFormSchema = actionFieldsSchema.extend({
  origin: z.enum(ACTION_ORIGINS, { message: "Choisissez l'origine de l'action." }),
});
export type ActionFormFields = z.output<typeof actionFormSchema>;
export type ActionFormInput = z.input<typeof actionFormSchema>;
