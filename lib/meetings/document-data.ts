/**
 * What the meeting documents (convocation DOCX/PDF, attendance sheet, .ics) are made from:
 * plain serialisable data, assembled by a scoped query (lib/meetings/queries.ts) and rendered
 * by pure functions in lib/exports/. Numbers of agenda items are already computed
 * (lib/meetings/domain/agenda.ts) so every document numbers items the same way.
 */
export type College = "STATE" | "USERS" | "ELECTED" | "PROFESSIONALS";
export type MeetingMode = "IN_PERSON" | "AUDIOCONFERENCE" | "VIDEOCONFERENCE" | "HYBRID";
export type CommitteeKind = "CLU" | "CLAC" | "CLU_CLAC";

export interface DocumentAgendaItem {
  /** As the committee numbers it: "I", "a)", "Point 1", "1.1" */
  number: string;
  title: string;
  /** "Mme Angélique SAUVAIRE, cheffe de bureau du pôle accueils" or free text */
  presenters: string[];
  slideReference: string | null;
  plannedMinutes: number | null;
  children: DocumentAgendaItem[];
}

export interface DocumentParticipant {
  /** "Mme Nathalie MASSÉ" or, for a seat without a person, the organisation / seat label */
  name: string;
  function: string | null;
  organization: string | null;
  college: College | null;
}

export interface MeetingDocumentData {
  meetingId: string;
  prefecture: { code: string; name: string; stateHeader: string; seatCity: string };
  committee: { kind: CommitteeKind; name: string };
  /** "Secrétariat Général Commun — Pôle … — Bureau …" */
  issuingService: string | null;
  /** "Affaire suivie par" */
  contact: { name: string; role: string | null; phone: string | null; email: string | null } | null;
  /** Place and date printed at the top ("Poitiers, le 14 juin 2021") */
  issuedPlace: string;
  issuedOn: Date;
  meeting: {
    startsAt: Date;
    /** false: only the day is known — print no time */
    hasStartTime: boolean;
    endsAt: Date | null;
    room: string | null;
    place: string | null;
    mode: MeetingMode;
    chair: string | null;
  };
  agenda: DocumentAgendaItem[];
  /** Members convened (convocation) or expected (attendance sheet), in print order */
  participants: DocumentParticipant[];
}
