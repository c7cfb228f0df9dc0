/**
 * The committees' vocabulary: every enum value and its French label, once. Components,
 * exports, e-mails, the domain and the demo data import from here. `satisfies Record<…>` ties
 * each list to the Prisma enum, so adding a value to the schema fails the typecheck until it
 * has a label (type-only import: nothing of Prisma reaches the browser or the domain).
 */
import type {
  Civility as DbCivility,
  College as DbCollege,
  CommitteeKind as DbCommitteeKind,
  Mandate as DbMandate,
  OrganizationKind as DbOrganizationKind,
} from "@/lib/generated/prisma/enums";

/** In the order the seeds print them. */
export const COLLEGE_LABELS = {
  STATE: "Représentants des services de l'État",
  USERS: "Représentants des usagers",
  ELECTED: "Élus",
  PROFESSIONALS: "Professionnels",
} as const satisfies Record<DbCollege, string>;
export type College = keyof typeof COLLEGE_LABELS;
export const COLLEGES = Object.keys(COLLEGE_LABELS) as [College, ...College[]];

export const COMMITTEE_KIND_LABELS = {
  CLU: "Comité local des usagers",
  CLAC: "Comité local de l'amélioration continue",
  CLU_CLAC: "Comité local des usagers et de l'amélioration continue",
} as const satisfies Record<DbCommitteeKind, string>;
export type CommitteeKind = keyof typeof COMMITTEE_KIND_LABELS;
export const COMMITTEE_KINDS = Object.keys(COMMITTEE_KIND_LABELS) as [CommitteeKind, ...CommitteeKind[]];

/** The acronym a document prints ("CLU", "CLU-CLAC"). */
export const COMMITTEE_KIND_ACRONYMS = {
  CLU: "CLU",
  CLAC: "CLAC",
  CLU_CLAC: "CLU-CLAC",
} as const satisfies Record<DbCommitteeKind, string>;

export const MANDATE_LABELS = { TITULAIRE: "Titulaire", SUPPLEANT: "Suppléant(e)" } as const satisfies Record<DbMandate, string>;
export type Mandate = keyof typeof MANDATE_LABELS;
export const MANDATES = Object.keys(MANDATE_LABELS) as [Mandate, ...Mandate[]];

export const CIVILITY_LABELS = { M: "M.", MME: "Mme" } as const satisfies Record<DbCivility, string>;
export type Civility = keyof typeof CIVILITY_LABELS;
export const CIVILITIES = Object.keys(CIVILITY_LABELS) as [Civility, ...Civility[]];

export const ORGANIZATION_KIND_LABELS = {
  STATE_SERVICE: "Service de l'État",
  ASSOCIATION: "Association",
  LOCAL_AUTHORITY: "Collectivité territoriale",
  PROFESSIONAL_BODY: "Organisme professionnel",
  OTHER: "Autre",
} as const satisfies Record<DbOrganizationKind, string>;
export type OrganizationKind = keyof typeof ORGANIZATION_KIND_LABELS;
export const ORGANIZATION_KINDS = Object.keys(ORGANIZATION_KIND_LABELS) as [OrganizationKind, ...OrganizationKind[]];
