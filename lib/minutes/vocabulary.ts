/**
 * The minutes' vocabulary: kinds, statuses, intervention kinds and the history labels, each
 * value and its French label once (`satisfies` ties them to the Prisma enums).
 */
import type {
  InterventionKind as DbInterventionKind,
  MinutesKind as DbMinutesKind,
  MinutesStatus as DbMinutesStatus,
} from "@/lib/generated/prisma/enums";

export const MINUTES_KIND_LABELS = {
  COMPTE_RENDU: "Compte rendu",
  RELEVE_DE_CONCLUSIONS: "Relevé de conclusions",
} as const satisfies Record<DbMinutesKind, string>;
export type MinutesKind = keyof typeof MINUTES_KIND_LABELS;
export const MINUTES_KINDS = Object.keys(MINUTES_KIND_LABELS) as [MinutesKind, ...MinutesKind[]];

export const MINUTES_STATUS_LABELS = {
  DRAFT: "Brouillon",
  IN_REVIEW: "En relecture",
  VALIDATED: "Validé",
  PUBLISHED: "Publié",
} as const satisfies Record<DbMinutesStatus, string>;
export type MinutesStatus = keyof typeof MINUTES_STATUS_LABELS;
export const MINUTES_STATUSES = Object.keys(MINUTES_STATUS_LABELS) as [MinutesStatus, ...MinutesStatus[]];

/** What committee members may read: the draft stays the secretariat's work in progress. */
export const MINUTES_STATUSES_READ_BY_MEMBERS = ["IN_REVIEW", "VALIDATED", "PUBLISHED"] as const satisfies readonly MinutesStatus[];

export const INTERVENTION_KIND_LABELS = {
  QUESTION: "Question",
  SUGGESTION: "Suggestion",
  COMPLAINT: "Réclamation",
  OBSERVATION: "Observation",
} as const satisfies Record<DbInterventionKind, string>;
export type InterventionKind = keyof typeof INTERVENTION_KIND_LABELS;
export const INTERVENTION_KINDS = Object.keys(INTERVENTION_KIND_LABELS) as [InterventionKind, ...InterventionKind[]];

export const NO_OBSERVATION_SENTENCE = "Aucune observation n'est formulée.";

/** The minutes' history, one line per audit-log action. */
export const MINUTES_HISTORY_LABELS: Readonly<Record<string, string>> = {
  "minutes.create": "Compte rendu commencé",
  "minutes.updateHeader": "En-tête ou clôture modifiés",
  "minutes.saveSection": "Section enregistrée",
  "minutes.addSection": "Section ajoutée",
  "minutes.restoreSection": "Version d'une section restaurée",
  "minutes.sendForReview": "Envoyé en relecture",
  "minutes.comment": "Commentaire de relecture",
  "minutes.resolveComment": "Commentaire traité",
  "minutes.validate": "Validé",
  "minutes.publish": "Publié",
  "minutes.unpublish": "Dépublié",
  "minutes.correct": "Version corrigée commencée",
};
