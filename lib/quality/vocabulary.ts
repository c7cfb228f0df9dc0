/**
 * The quality vocabulary (domain.md §6): audit kinds, label statuses and the three levels of
 * an SP+ self-assessment — the values once, tied to the Prisma enums by type, with their
 * French labels. Components, forms, exports and demo data import them from here.
 */
import type { AuditKind as DbAuditKind, LabelStatus as DbLabelStatus, QualityReminderKind as DbQualityReminderKind } from "@/lib/generated/prisma/enums";

export type AuditKind = DbAuditKind;
export type LabelStatus = DbLabelStatus;

export const AUDIT_KINDS = ["SELF_ASSESSMENT", "INTERNAL", "EXTERNAL", "FOLLOW_UP"] as const satisfies readonly DbAuditKind[];

export const AUDIT_KIND_LABELS = {
  SELF_ASSESSMENT: "Autodiagnostic",
  INTERNAL: "Audit interne",
  EXTERNAL: "Audit externe de labellisation",
  FOLLOW_UP: "Audit de suivi",
} as const satisfies Record<DbAuditKind, string>;

export const LABEL_STATUSES = ["IN_PREPARATION", "GRANTED", "SUSPENDED", "EXPIRED"] as const satisfies readonly DbLabelStatus[];

export const LABEL_STATUS_LABELS = {
  IN_PREPARATION: "En préparation",
  GRANTED: "Obtenu",
  SUSPENDED: "Suspendu",
  EXPIRED: "Expiré",
} as const satisfies Record<DbLabelStatus, string>;

/**
 * The levels of a self-assessment. The table has no enum for them (`met` boolean + `score`
 * decimal): lib/quality/domain/levels.ts maps each level to that pair, in one place.
 */
export const ASSESSMENT_LEVELS = ["MET", "PARTLY_MET", "NOT_MET"] as const;
export type AssessmentLevel = (typeof ASSESSMENT_LEVELS)[number];

export const ASSESSMENT_LEVEL_LABELS = {
  MET: "Atteint",
  PARTLY_MET: "Partiellement atteint",
  NOT_MET: "Non atteint",
} as const satisfies Record<AssessmentLevel, string>;

/** The steps of the label path (003's roadmap, 004's follow-up and renewal), in order. */
export const LABEL_PATH_STEPS = [
  "SELF_DIAGNOSIS",
  "ACTION_PLAN",
  "INTERNAL_AUDIT",
  "CORRECTIVE_ACTIONS",
  "EXTERNAL_AUDIT",
  "LABEL",
  "FOLLOW_UP_AUDIT",
  "RENEWAL",
] as const;
export type LabelPathStepKey = (typeof LABEL_PATH_STEPS)[number];

export const LABEL_PATH_STEP_LABELS = {
  SELF_DIAGNOSIS: "Autodiagnostic",
  ACTION_PLAN: "Mise en conformité et plan d'actions",
  INTERNAL_AUDIT: "Audit interne",
  CORRECTIVE_ACTIONS: "Actions correctives",
  EXTERNAL_AUDIT: "Audit externe",
  LABEL: "Obtention du label",
  FOLLOW_UP_AUDIT: "Audit de suivi (dans les 18 mois)",
  RENEWAL: "Renouvellement du label (après trois ans)",
} as const satisfies Record<LabelPathStepKey, string>;

/** What a quality reminder e-mail is about: the label's end of validity or an audit's deadline. */
export type QualityReminderKind = DbQualityReminderKind;
export const QUALITY_REMINDER_KINDS = ["LABEL_EXPIRY", "AUDIT_DEADLINE"] as const satisfies readonly QualityReminderKind[];
