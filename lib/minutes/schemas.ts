/** Inputs of the minutes screens, shared by the forms and the actions (one schema per input). */
import { z } from "zod";
import { richTextDocument } from "@/lib/rich-text";
import { isoDateField, optionalText, optionalTimeField, requiredText, uuidParam } from "@/lib/validation";
import { INTERVENTION_KINDS, MINUTES_KINDS } from "./vocabulary";

const version = z.number().int().min(1);
const optionalUuid = z
  .union([z.literal(""), z.uuid("Choisissez dans la liste.")])
  .nullish()
  .transform((v) => v || null);

export const createMinutesSchema = z.object({
  meetingId: uuidParam,
  kind: z.enum(MINUTES_KINDS, { message: "Choisissez un compte rendu ou un relevé de conclusions." }),
});

export const minutesHeaderSchema = z.object({
  minutesId: uuidParam,
  version,
  kind: z.enum(MINUTES_KINDS, { message: "Choisissez un compte rendu ou un relevé de conclusions." }),
  issuingService: optionalText(500, "Service émetteur"),
  contactName: optionalText(200, "Affaire suivie par"),
  contactRole: optionalText(200, "Fonction"),
  contactPhone: optionalText(40, "Téléphone"),
  contactEmail: z
    .union([z.literal(""), z.email("Saisissez une adresse électronique valide, par exemple nom@example.org.")])
    .nullish()
    .transform((v) => v || null),
  issuedPlace: optionalText(100, "Lieu d'émission"),
  issuedOn: z
    .union([z.literal(""), isoDateField("Saisissez la date d'émission.")])
    .nullish()
    .transform((v) => v || null),
  reference: optionalText(500, "Référence"),
  chairText: optionalText(300, "Présidence"),
  signatoryName: optionalText(200, "Signataire"),
  signatoryTitle: optionalText(200, "Qualité du signataire"),
  signatoryDelegation: optionalText(200, "Formule de délégation"),
  closingTime: optionalTimeField(),
  closingText: optionalText(2000, "Mot de clôture"),
  nextSession: optionalText(300, "Prochaine séance"),
  coverLetter: z.boolean().default(false),
  coverLetterText: optionalText(5000, "Lettre d'accompagnement"),
});
export type MinutesHeaderInput = z.input<typeof minutesHeaderSchema>;

const answerSchema = z
  .object({
    id: uuidParam.optional(),
    responderPersonId: optionalUuid,
    responderLabel: optionalText(300, "Qui répond"),
    text: requiredText(5000, "Réponse", "Saisissez le texte de la réponse."),
  })
  .refine((a) => a.responderPersonId || a.responderLabel, { path: ["responderPersonId"], message: "Indiquez qui a répondu." });

const interventionSchema = z
  .object({
    id: uuidParam.optional(),
    kind: z.enum(INTERVENTION_KINDS, { message: "Choisissez le type d'intervention." }),
    askerPersonId: optionalUuid,
    askerOrganizationId: optionalUuid,
    askerLabel: optionalText(300, "Qui intervient"),
    text: requiredText(5000, "Intervention", "Saisissez le texte de l'intervention."),
    answers: z.array(answerSchema).max(20).default([]),
  })
  .refine((i) => i.askerPersonId || i.askerOrganizationId || i.askerLabel, { path: ["askerPersonId"], message: "Indiquez qui est intervenu : un membre, un organisme ou un libellé." });

export const saveSectionSchema = z.object({
  sectionId: uuidParam,
  version,
  title: requiredText(300, "Titre", "Saisissez le titre de la section."),
  presentation: optionalText(500, "Présentation"),
  body: richTextDocument,
  conclusions: richTextDocument,
  noQuestions: z.boolean().default(false),
  interventions: z.array(interventionSchema).max(100).default([]),
});
export type SaveSectionInput = z.input<typeof saveSectionSchema>;

export const addSectionSchema = z.object({
  minutesId: uuidParam,
  version,
  title: requiredText(300, "Titre", "Saisissez le titre de la section."),
});

export const restoreSectionSchema = z.object({ sectionId: uuidParam, versionId: uuidParam, version });

export const sendForReviewSchema = z.object({
  minutesId: uuidParam,
  version,
  deadline: isoDateField("Indiquez la date limite de relecture."),
  message: optionalText(2000, "Message"),
});

export const commentSchema = z.object({
  minutesId: uuidParam,
  sectionId: optionalUuid,
  body: requiredText(3000, "Commentaire", "Saisissez votre commentaire."),
});

export const resolveCommentSchema = z.object({
  commentId: uuidParam,
  resolution: optionalText(1000, "Réponse"),
});

export const minutesStepSchema = z.object({ minutesId: uuidParam, version });

export const unpublishSchema = z.object({
  minutesId: uuidParam,
  version,
  reason: requiredText(1000, "Raison", "Indiquez pourquoi ce compte rendu est dépublié."),
});

export const startCorrectionSchema = z.object({
  minutesId: uuidParam,
  note: requiredText(500, "Objet de la correction", "Indiquez l'objet de la correction."),
});
