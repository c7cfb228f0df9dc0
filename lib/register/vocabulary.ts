/**
 * The register's vocabulary (domain.md §7): channels a request arrives by and its types —
 * the enum values once, tied to the Prisma enums by type, with their French labels (screens,
 * CSV import and export, demo data).
 */
import type { RequestChannel as DbRequestChannel, RequestType as DbRequestType } from "@/lib/generated/prisma/enums";

export type RequestChannel = DbRequestChannel;
export type RequestType = DbRequestType;

export const REQUEST_CHANNELS = ["MAIL", "EMAIL", "WEB_FORM", "SUGGESTION_BOX", "PHONE", "COUNTER"] as const satisfies readonly DbRequestChannel[];
export const REQUEST_TYPES = ["INFORMATION", "SUGGESTION", "COMPLAINT"] as const satisfies readonly DbRequestType[];

export const REQUEST_CHANNEL_LABELS = {
  MAIL: "Courrier",
  EMAIL: "Courriel",
  WEB_FORM: "Formulaire en ligne",
  SUGGESTION_BOX: "Boîte à suggestions",
  PHONE: "Téléphone",
  COUNTER: "Accueil (guichet)",
} as const satisfies Record<DbRequestChannel, string>;

export const REQUEST_TYPE_LABELS = {
  INFORMATION: "Demande d'information",
  SUGGESTION: "Suggestion",
  COMPLAINT: "Réclamation",
} as const satisfies Record<DbRequestType, string>;
