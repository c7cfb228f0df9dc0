/**
 * The action plan's vocabulary (domain.md §8): statuses and origins of an improvement action,
 * once, tied to the Prisma enums by type, with their French labels (screens, exports, the
 * follow-up agenda item, demo data).
 */
import type { ImprovementActionOrigin, ImprovementActionStatus } from "@/lib/generated/prisma/enums";

export type ActionStatus = ImprovementActionStatus;
export type ActionOrigin = ImprovementActionOrigin;

/** In the order an action goes through them: the board's columns. */
export const ACTION_STATUSES = ["PLANNED", "IN_PROGRESS", "DONE", "DROPPED"] as const satisfies readonly ImprovementActionStatus[];
export const ACTION_ORIGINS = ["INTERVENTION", "INDICATOR", "REQUEST_RECORD", "SURVEY", "AUDIT_FINDING", "SELF_ASSESSMENT", "OTHER"] as const satisfies readonly ImprovementActionOrigin[];

/** Origins chosen by hand in the form; the two others need their source (an intervention, an indicator period). */
export const MANUAL_ORIGINS = ["OTHER", "REQUEST_RECORD", "SURVEY", "AUDIT_FINDING", "SELF_ASSESSMENT"] as const satisfies readonly ImprovementActionOrigin[];

export const ACTION_STATUS_LABELS = {
  PLANNED: "Prévue",
  IN_PROGRESS: "En cours",
  DONE: "Réalisée",
  DROPPED: "Abandonnée",
} as const satisfies Record<ImprovementActionStatus, string>;

export const ACTION_ORIGIN_LABELS = {
  INTERVENTION: "Intervention en séance",
  INDICATOR: "Objectif d'indicateur manqué",
  REQUEST_RECORD: "Registre des demandes et réclamations",
  SURVEY: "Enquête de satisfaction",
  AUDIT_FINDING: "Constat d'audit",
  SELF_ASSESSMENT: "Autodiagnostic Services Publics+",
  OTHER: "Autre",
} as const satisfies Record<ImprovementActionOrigin, string>;

/** Open actions are reviewed at the next meeting and may be overdue; closed ones are history. */
export const OPEN_STATUSES = ["PLANNED", "IN_PROGRESS"] as const satisfies readonly ImprovementActionStatus[];
