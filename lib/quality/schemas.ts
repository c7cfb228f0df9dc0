/**
 * Inputs of the quality screens, shared by the forms (react-hook-form) and the actions: the
 * label, an audit, a year's self-assessment. French messages; dates as `<input type="date">`
 * sends them; rules between fields (valid until after obtained, a granted label on at least
 * two modules, an audit with a date) checked here so form and action say the same thing.
 */
import { z } from "zod";
import { optionalText, uuidParam, MAX_YEAR, MIN_YEAR, optionalIdField, optionalIsoDateField } from "@/lib/validation";
import { ASSESSMENT_LEVELS, AUDIT_KINDS, LABEL_STATUSES } from "./vocabulary";

/** A row's version for optimistic locking, or null for a new row. */
const versionField = z.coerce.number().int().min(1).nullish().transform((v) => v ?? null);
const optionalId = optionalIdField();

export const labelFieldsSchema = z
  .object({
    frameworkVersionId: z.uuid({ message: "Choisissez le référentiel." }),
    status: z.enum(LABEL_STATUSES, { message: "Choisissez le statut du label." }),
    obtainedOn: optionalIsoDateField(),
    validUntil: optionalIsoDateField(),
    certifier: optionalText(200, "Organisme certificateur"),
    moduleIds: z.array(uuidParam).max(20),
  })
  .superRefine((v, ctx) => {
    if (v.obtainedOn && v.validUntil && v.validUntil <= v.obtainedOn) {
      ctx.addIssue({ code: "custom", path: ["validUntil"], message: "La date de fin de validité doit suivre la date d'obtention." });
    }
    if (v.status !== "IN_PREPARATION" && !v.obtainedOn) {
      ctx.addIssue({ code: "custom", path: ["obtainedOn"], message: "Saisissez la date d'obtention du label." });
    }
    // Qual-e-Pref: a prefecture is labelled on at least two modules (003).
    if (v.status !== "IN_PREPARATION" && v.moduleIds.length < 2) {
      ctx.addIssue({ code: "custom", path: ["moduleIds"], message: "Un label porte sur au moins deux modules : cochez-les." });
    }
  });
export type LabelFieldsInput = z.input<typeof labelFieldsSchema>;
export type LabelFields = z.output<typeof labelFieldsSchema>;

export const saveLabelSchema = z.intersection(
  labelFieldsSchema,
  z.object({ prefectureId: uuidParam, id: optionalId, version: versionField }),
);

export const auditFieldsSchema = z
  .object({
    kind: z.enum(AUDIT_KINDS, { message: "Choisissez le type d'audit." }),
    dueBy: optionalIsoDateField(),
    heldOn: optionalIsoDateField(),
    auditor: optionalText(200, "Auditeur"),
    findings: optionalText(5000, "Constats"),
  })
  .superRefine((v, ctx) => {
    if (!v.dueBy && !v.heldOn) {
      ctx.addIssue({ code: "custom", path: ["heldOn"], message: "Saisissez la date de l'audit ou sa date limite." });
    }
  });
export type AuditFieldsInput = z.input<typeof auditFieldsSchema>;
export type AuditFields = z.output<typeof auditFieldsSchema>;

export const saveAuditSchema = z.intersection(
  auditFieldsSchema,
  z.object({ prefectureId: uuidParam, id: optionalId, version: versionField }),
);


export const campaignYear = z.coerce
  .number({ message: "Année invalide." })
  .int({ message: "Année invalide." })
  .min(MIN_YEAR, { message: "Année invalide." })
  .max(MAX_YEAR, { message: "Année invalide." });

export const assessmentCellSchema = z.object({
  structureId: uuidParam,
  engagementId: uuidParam,
  level: z.enum(ASSESSMENT_LEVELS, { message: "Choisissez un niveau." }).or(z.literal("").transform(() => null)).nullable(),
  comment: optionalText(2000, "Commentaire"),
  /** the row's version as loaded, null when the cell had no row */
  version: versionField,
});

export const selfAssessmentFieldsSchema = z.object({
  cells: z.array(assessmentCellSchema).max(2000),
});
export type SelfAssessmentFieldsInput = z.input<typeof selfAssessmentFieldsSchema>;
export type SelfAssessmentFields = z.output<typeof selfAssessmentFieldsSchema>;

export const saveSelfAssessmentSchema = selfAssessmentFieldsSchema.extend({ prefectureId: uuidParam, campaign: campaignYear });

/** Deleting an audit: its id and the version shown (an audit edited meanwhile is not deleted blind). */
export const deleteAuditSchema = z.object({ id: uuidParam, version: z.coerce.number().int().min(1) });

/** Evidence of a self-assessment cell: an indicator the prefecture follows, or one of its documents. */
export const addEvidenceSchema = z
  .object({
    selfAssessmentId: uuidParam,
    indicatorDefinitionId: uuidParam.nullish().transform((v) => v ?? null),
    documentId: uuidParam.nullish().transform((v) => v ?? null),
  })
  .refine((v) => (v.indicatorDefinitionId === null) !== (v.documentId === null), {
    message: "Choisissez un indicateur ou un document.",
    path: ["indicatorDefinitionId"],
  });

export const removeEvidenceSchema = z.object({ id: uuidParam });
