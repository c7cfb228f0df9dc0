/**
 * Shapes of the demo facts taken from the seed documents (../shared/seeds).
 * Plain typed data, no Prisma: the factories in tests/factories turn them into rows,
 * so demo data and tests build the same things the same way.
 *
 * Keys (`key`) are stable, human-readable identifiers local to the seed data
 * (e.g. "86-nathalie-masse"); they are used to cross-reference persons,
 * organisations and committees and to make the seed idempotent.
 */

// The enum values come from the features' vocabularies: the seed imports the domain, never
// the other way round.
import type { Civility, College, CommitteeKind, OrganizationKind } from "@/lib/committees/vocabulary";
import type { AgendaNumberingStyle, AttendanceStatus, MeetingMode } from "@/lib/meetings/vocabulary";
import type { AggregationRule, ComponentRole, FormulaKind, IndicatorUnit, Periodicity } from "@/lib/indicators/vocabulary";

export type { AgendaNumberingStyle, AggregationRule, AttendanceStatus, Civility, College, CommitteeKind, FormulaKind, IndicatorUnit, MeetingMode, OrganizationKind, Periodicity };
export type MinutesKind = "COMPTE_RENDU" | "RELEVE_DE_CONCLUSIONS";
export type InterventionKind = "QUESTION" | "SUGGESTION" | "COMPLAINT" | "OBSERVATION";
export type StructureKind = "PREFECTURE" | "SOUS_PREFECTURE" | "DDI" | "OTHER";

export interface SeedPrefecture {
  code: string; // "86"
  name: string; // "Vienne"
  /** State block header as printed: "PRÉFET DE LA VIENNE" */
  stateHeader: string;
  seatCity: string; // "Poitiers"
  subPrefectures: string[]; // city names, e.g. ["Châtellerault", "Montmorillon"]
  /** State services of the department (OTE perimeter) that appear in the seeds */
  structures: { key: string; name: string; shortName?: string; kind: StructureKind }[];
}

export interface SeedOrganization {
  key: string;
  prefectureCode: string;
  name: string;
  shortName?: string;
  kind: OrganizationKind;
}

export interface SeedPerson {
  key: string;
  prefectureCode: string;
  civility: Civility | null;
  firstName: string | null;
  /** As published, upper case: "MASSÉ" */
  lastName: string;
  /** Current function (latest seed that mentions the person) */
  function: string | null;
  organizationKey?: string;
  /** Always an example.org address: never a published personal address */
  email?: string;
  /** Always fictitious (e.g. "05 00 00 00 01") */
  phone?: string;
}

export interface SeedMember {
  /** Either a person, or an organisation holding the seat without a named person, or both */
  personKey?: string;
  organizationKey?: string;
  /** For seats without a person: "Maire, représentant l'association des maires ruraux" */
  seatLabel?: string;
  college: College;
  mandate: "TITULAIRE" | "SUPPLEANT";
  /** ISO date the seat started, when known; otherwise the first meeting where it appears */
  since?: string;
  /** ISO date the seat ended (person no longer listed), if known */
  until?: string;
}

export interface SeedCommittee {
  key: string;
  prefectureCode: string;
  kind: CommitteeKind;
  name: string; // "Comité local des usagers de la Vienne"
  /** What the committee was called and what kind it was over time (first/last day, inclusive) */
  periods?: { kind: CommitteeKind; name: string; since?: string; until?: string }[];
  members: SeedMember[];
}

export interface SeedPresenter {
  personKey?: string;
  /** Free text when no person is identified ("les services de l'État") */
  label?: string;
}

export interface SeedAgendaItem {
  title: string;
  presenters?: SeedPresenter[];
  /** "Diaporama pages 8 à 10" */
  slideReference?: string;
  plannedMinutes?: number;
  /** "Qual-e-Pref", "SP+", "France Services", "titres", "étrangers", "communication"… */
  theme?: string;
  children?: SeedAgendaItem[];
}

export interface SeedAttendance {
  personKey?: string;
  organizationKey?: string;
  seatLabel?: string;
  college: College | null; // null for non-member participants (staff presenting, guests)
  status: AttendanceStatus;
  /** For REPRESENTED: who stood in */
  representedBy?: SeedPresenter;
  /** Function as printed in this meeting's document (snapshot) */
  functionAtMeeting?: string | null;
  /** "(absent excusé)" and similar remarks as printed */
  remark?: string;
  isChair?: boolean;
}

export interface SeedAnswer {
  responder: SeedPresenter;
  /** Short summary written by us, NOT copied from the seed */
  summary: string;
}

/**
 * Who spoke: a person, an organisation ("la représentante de l'UDAF" — the organisation the
 * speaker represented, with the person when the attendance identifies her), or a free label.
 */
export interface SeedAsker extends SeedPresenter {
  organizationKey?: string;
}

export interface SeedIntervention {
  kind: InterventionKind;
  asker: SeedAsker;
  /** Short summary written by us, NOT copied from the seed */
  summary: string;
  /** The answers the document reports, in order (none for a remark left unanswered) */
  answers: SeedAnswer[];
}

export interface SeedMinutesSection {
  /** Index path of the agenda item this section reports on ([1, 0] = 2nd item, 1st sub-item) */
  agendaPath?: number[];
  title: string;
  /**
   * Who presented and the slide pages, as the document prints them (a fact, not a paragraph):
   * "Présentation par Mme SAUVAIRE (Diaporama pages 6 et 7)". Absent when none is printed.
   */
  presentation?: string;
  /** Short summary (2–4 sentences) written by us, NOT copied from the seed */
  summary: string;
  /**
   * Conclusions or decisions of the point, short and written by us: what a relevé de
   * conclusions prints (it prints conclusions only)
   */
  conclusions?: string;
  interventions: SeedIntervention[];
  /** true when the document records that no question/observation was made */
  noQuestions?: boolean;
}

export interface SeedMinutes {
  kind: MinutesKind;
  status: "DRAFT" | "IN_REVIEW" | "VALIDATED" | "PUBLISHED";
  issuingService: string; // "Secrétariat Général Commun — Pôle … — Bureau …"
  contact: { name: string; role?: string; phone?: string; email?: string }; // example.org / fictitious
  /** Place and date of issue are fixed at validation: a draft has neither */
  issuedPlace?: string; // "Poitiers"
  issuedOn?: string; // ISO date "2021-06-14"
  reference?: string; // "référentiel Qual-e-Pref du 19 décembre 2018 – mis à jour le 04 février 2019"
  /** The chair as the document prints it: "Mme Chantal CASTELNOT, Préfète de la Vienne" */
  chair?: string;
  /**
   * Text of a cover letter sent with the minutes (seed 003 shape: "Madame, Monsieur, … je vous
   * prie de trouver ci-joint le compte rendu …"), written by us; paragraphs separated by a blank line
   */
  coverLetter?: string;
  signatory?: { name: string; title: string; delegation?: string };
  closingTime?: string; // "15:50"
  nextSession?: string; // short fact: "prochaine session en 2022"
  sections: SeedMinutesSection[];
  annexes: string[]; // titles only: "Pièce jointe : support de présentation"
}

export interface SeedMeeting {
  key: string;
  committeeKey: string;
  /** Local time in Europe/Paris, ISO without offset: "2021-05-06T14:30" */
  startsAt: string;
  /** true when the seed gives the day but no start time (startsAt then carries T00:00) */
  startTimeUnknown?: boolean;
  /** Local time "HH:MM" at which the meeting was closed, when the record gives it ("la séance est levée à 15h50") */
  closedAt?: string;
  room?: string;
  place?: string; // "Préfecture de la Vienne, Poitiers"
  mode: MeetingMode;
  chair?: SeedPresenter & { functionAtMeeting?: string };
  numberingStyle: AgendaNumberingStyle;
  agenda: SeedAgendaItem[];
  attendance: SeedAttendance[];
  minutes?: SeedMinutes;
  /** Which seed document(s) this comes from, e.g. ["002"] */
  sources: string[];
}

/* ---------- Referentials (national, versioned) ---------- */

export interface SeedEngagement {
  code: string; // "QEP-1.01", "SPP-1"
  number: number;
  title: string; // short French title (a title, not a paragraph)
}

export interface SeedModule {
  number: number;
  title: string;
  /** "MANDATORY" | "CONDITIONAL" (e.g. mandatory where a CERT is hosted) | "OPTIONAL" */
  requirement: "MANDATORY" | "CONDITIONAL" | "OPTIONAL";
  condition?: string;
  engagements: SeedEngagement[];
}

export interface SeedFramework {
  code: "QUAL_E_PREF" | "SP_PLUS";
  name: string;
  version: {
    label: string;
    publishedOn: string; // ISO date
    updatedOn?: string;
  };
  /** Qual-e-Pref has modules; SP+ engagements sit directly on the version (modules: []) */
  modules: SeedModule[];
  engagements: SeedEngagement[];
}

/* ---------- Indicators ---------- */

export interface SeedIndicatorComponent {
  code: string; // "visits"
  label: string; // "Nombre de visites"
  /** Role in the formula */
  role: ComponentRole;
}

export interface SeedIndicatorDefinition {
  code: string; // "WEB_CONNECTION_RATE"
  label: string; // French label
  frameworkCode?: "QUAL_E_PREF" | "SP_PLUS";
  engagementCode?: string;
  unit: IndicatorUnit;
  periodicity: Periodicity;
  formula: FormulaKind;
  aggregation: AggregationRule;
  components: SeedIndicatorComponent[];
  target?: { value: number; direction: "AT_LEAST" | "AT_MOST" };
  /** Display precision (decimals) */
  precision: number;
  description?: string;
}

export interface SeedIndicatorValue {
  prefectureCode: string;
  indicatorCode: string;
  /** "" for the whole prefecture; otherwise "standard", "services", "cert"… */
  scope: string;
  year: number;
  /** month 1–12, quarter 1–4, semester 1–2, or 1 for yearly */
  period: number;
  periodicity: Periodicity;
  /** Raw figures by component code, when the seed gives them */
  components?: Record<string, number>;
  /** The rate/value as published (percent as 8.98 for 8,98 %), when the seed prints it */
  published?: number;
  /** true when only the published value exists (no components): entered directly */
  direct?: boolean;
  /** Local target when the seed gives one for that prefecture */
  source: string; // seed file id, "003"
}

export interface SeedTarget {
  prefectureCode: string;
  indicatorCode: string;
  value: number;
  direction: "AT_LEAST" | "AT_MOST";
  source: string;
}

/* ---------- Surveys ---------- */

export interface SeedSurvey {
  key: string;
  prefectureCode: string;
  title: string;
  audience: "USERS" | "MEMBERS";
  year: number;
  method?: string; // "questionnaire papier"
  recipients?: number;
  respondents: number;
  questions: {
    text: string;
    kind: "SCALE" | "CHOICE" | "OPEN";
    /** counts and/or percentages per option, as published */
    options: { label: string; count?: number; percent?: number }[];
  }[];
  source: string;
}

/* ---------- Action plan, labels, self-assessments ---------- */

export interface SeedImprovementAction {
  prefectureCode: string;
  title: string;
  description?: string; // short, ours
  origin: "INTERVENTION" | "REQUEST_RECORD" | "SURVEY" | "AUDIT_FINDING" | "SELF_ASSESSMENT" | "OTHER";
  engagementCodes?: string[];
  ownerLabel?: string;
  dueOn?: string;
  status: "PLANNED" | "IN_PROGRESS" | "DONE" | "DROPPED";
  meetingKey?: string; // where it was adopted / asked
  source: string;
}

export interface SeedLabel {
  prefectureCode: string;
  frameworkCode: "QUAL_E_PREF";
  moduleNumbers: number[];
  obtainedOn: string;
  validUntil: string;
  certifier?: string;
  audits: { kind: "SELF_ASSESSMENT" | "INTERNAL" | "EXTERNAL" | "FOLLOW_UP"; heldOn?: string; plannedBy?: string; auditor?: string }[];
  source: string;
}

/** An event on a prefecture's indicator timeline; no indicator: every indicator */
export interface SeedIndicatorAnnotation {
  prefectureCode: string;
  on: string;
  label: string;
  indicatorCode?: string;
}
