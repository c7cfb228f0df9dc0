/**
 * The minutes as one plain, JSON-serialisable structure: what the HTML view, the DOCX and the
 * PDF are all rendered from, and what is frozen on the Minutes row at validation
 * (`frozenDocument`) so a validated record never changes when the meeting does.
 * Dates are ISO strings (JSON round-trip); text is already composed in French the way the
 * seeds print it — renderers lay it out, they do not decide wording.
 */
import type { RichTextDocument } from "@/lib/rich-text/document";

export type MinutesKindValue = "COMPTE_RENDU" | "RELEVE_DE_CONCLUSIONS";
export type MinutesStatusValue = "DRAFT" | "IN_REVIEW" | "VALIDATED" | "PUBLISHED";
export type InterventionKindValue = "QUESTION" | "SUGGESTION" | "COMPLAINT" | "OBSERVATION";

export interface MinutesAttendanceLine {
  /** "Mme Nathalie MASSÉ" or, for a seat without a person, the organisation / seat label */
  name: string;
  /** Function and organisation as printed that day: "cheffe du bureau de l'accueil, préfecture de la Vienne" */
  detail: string | null;
  /** "représenté(e) par Mme X", "en visioconférence", "(absent excusé)" */
  note: string | null;
}

export interface MinutesAttendanceGroup {
  /** "Présents", "Excusé(e)s", "Absent(e)s" */
  heading: string;
  /** Sub-groups by college, in print order: "Représentants des services de l'État", "Représentants des usagers"… */
  colleges: { heading: string | null; lines: MinutesAttendanceLine[] }[];
}

export interface MinutesAgendaEntry {
  /** "I", "a)", "Point 1", "1.1" */
  number: string;
  title: string;
  children: MinutesAgendaEntry[];
}

export interface MinutesAnswerModel {
  /** "Mme Angélique SAUVAIRE, cheffe de bureau" */
  responder: string;
  text: string;
}

export interface MinutesInterventionModel {
  id: string;
  kind: InterventionKindValue;
  /** "Question", "Suggestion", "Réclamation", "Observation" */
  kindLabel: string;
  /** "M. Thierry PREMPAIN (UFC-Que Choisir)", an organisation, or a free label */
  asker: string;
  text: string;
  answers: MinutesAnswerModel[];
}

export interface MinutesSectionModel {
  id: string;
  /** Number of its agenda item ("II – a)" composed), null for a free section */
  number: string | null;
  title: string;
  /** 1 for an agenda item, 2 for a sub-item */
  depth: 1 | 2;
  /** "Présentation par Mme SAUVAIRE (diaporama pages 6 et 7)" */
  presentation: string | null;
  body: RichTextDocument;
  conclusions: RichTextDocument;
  /** Print "Aucune observation n'est formulée." */
  noQuestions: boolean;
  interventions: MinutesInterventionModel[];
}

/** One action as the "Suivi du plan d'actions" prints it */
export interface MinutesFollowUpAction {
  title: string;
  /** "Pilote : DDT — Mme X. En cours (était : prévue). Échéance : 30 juin 2022." */
  detail: string;
  /** "Dernier point, 12 octobre 2021 : …" or "Résultat : …" */
  note: string | null;
}

/**
 * The "Suivi du plan d'actions" agenda item, as it stood at the meeting (lib/follow-up):
 * frozen with the envelope at validation like the rest of the record.
 */
export interface MinutesFollowUp {
  /** The section of the agenda item it belongs to; null: printed after the sections */
  sectionId: string | null;
  /** "Depuis la séance du jeudi 6 mai 2021" */
  windowText: string;
  groups: { label: string; actions: MinutesFollowUpAction[] }[];
  /** "Question de Mme X (UDAF), séance du … : texte" */
  openQuestions: { lead: string; text: string }[];
}

export interface MinutesDocument {
  minutesId: string;
  meetingId: string;
  revision: number;
  kind: MinutesKindValue;
  status: MinutesStatusValue;
  /** "Compte rendu du Comité Local des Usagers du jeudi 6 mai 2021 à 14h30" */
  title: string;
  prefecture: { code: string; name: string; stateHeader: string; seatCity: string };
  committee: { kind: "CLU" | "CLAC" | "CLU_CLAC"; name: string };
  issuingService: string | null;
  /** "Affaire suivie par" */
  contact: { name: string; role: string | null; phone: string | null; email: string | null } | null;
  /** "Poitiers, le 14 juin 2021" — null while not fixed (drafts print no date of issue) */
  issuedLine: string | null;
  issuedOn: string | null;
  reference: string | null;
  meeting: {
    startsAt: string;
    hasStartTime: boolean;
    /** "jeudi 6 mai 2021 à 14h30" */
    dateLine: string;
    /** "Salle Marzellier, Préfecture de la Vienne" or "en audioconférence" */
    placeLine: string | null;
  };
  /** "Présidence : Mme Chantal CASTELNOT, préfète de la Vienne" — the text after the colon */
  chair: string | null;
  attendance: MinutesAttendanceGroup[];
  agenda: MinutesAgendaEntry[];
  sections: MinutesSectionModel[];
  /** Null when the agenda has no "Suivi du plan d'actions" item */
  followUp: MinutesFollowUp | null;
  closing: {
    /** "L'ordre du jour étant épuisé, la séance est levée à 15h50." (composed), or null */
    closingLine: string | null;
    /** Free closing words (thanks…) */
    closingText: string | null;
    /** "Une prochaine session est prévue en 2022." or null */
    nextSession: string | null;
  };
  signatory: {
    /** "Pour la préfète et par délégation," — null when the prefect signs herself */
    delegation: string | null;
    /** "La secrétaire générale" / "La préfète" */
    title: string;
    name: string;
  } | null;
  /** Titles of the annexes ("Annexe 1 : support de présentation") */
  annexes: string[];
  /** Optional first page (seed 003) */
  coverLetter: { text: string } | null;
  /** Revision > 1: "Version corrigée le 3 février 2023 : …" */
  correction: { line: string } | null;
}
