/**
 * The referentials' vocabulary: kinds of framework, statuses of a version and requirements of a
 * module — the values once, tied to the Prisma enums by type, with their French labels.
 */
import type {
  FrameworkKind as DbFrameworkKind,
  FrameworkVersionStatus as DbFrameworkVersionStatus,
  ModuleRequirement as DbModuleRequirement,
} from "@/lib/generated/prisma/enums";

export type FrameworkKind = DbFrameworkKind;
export type FrameworkVersionStatus = DbFrameworkVersionStatus;
export type ModuleRequirement = DbModuleRequirement;

export const FRAMEWORK_KINDS = ["QUAL_E_PREF", "SP_PLUS", "LOCAL"] as const satisfies readonly DbFrameworkKind[];

export const FRAMEWORK_KIND_LABELS = {
  QUAL_E_PREF: "Qual-e-Pref",
  SP_PLUS: "Services Publics+",
  LOCAL: "Référentiel propre à une préfecture",
} as const satisfies Record<DbFrameworkKind, string>;

export const FRAMEWORK_VERSION_STATUSES = ["DRAFT", "ACTIVE", "RETIRED"] as const satisfies readonly DbFrameworkVersionStatus[];

export const FRAMEWORK_VERSION_STATUS_LABELS = {
  DRAFT: "En préparation",
  ACTIVE: "Publiée",
  RETIRED: "Retirée",
} as const satisfies Record<DbFrameworkVersionStatus, string>;

export const MODULE_REQUIREMENTS = ["MANDATORY", "CONDITIONAL", "OPTIONAL"] as const satisfies readonly DbModuleRequirement[];

export const MODULE_REQUIREMENT_LABELS = {
  MANDATORY: "Obligatoire",
  CONDITIONAL: "Obligatoire sous condition",
  OPTIONAL: "Facultatif",
} as const satisfies Record<DbModuleRequirement, string>;
