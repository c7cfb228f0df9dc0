/**
 * The meetings' vocabulary: statuses, modes, numbering styles, replies, attendance — each enum
 * value and its French label, once. Components, exports, e-mails, the domain and the demo
 * data import from here. `satisfies Record<…>` ties each list to the Prisma enum (type-only
 * import), so a value added to the schema fails the typecheck until it has a label.
 */
import type {
  AgendaNumberingStyle as DbAgendaNumberingStyle,
  AttendanceStatus as DbAttendanceStatus,
  MeetingMode as DbMeetingMode,
  MeetingStatus as DbMeetingStatus,
  ReplyResponse as DbReplyResponse,
} from "@/lib/generated/prisma/enums";

export const MEETING_STATUS_LABELS = {
  DRAFT: "En préparation",
  CONVENED: "Convoquée",
  HELD: "Tenue",
  CANCELLED: "Annulée",
} as const satisfies Record<DbMeetingStatus, string>;
export type MeetingStatus = keyof typeof MEETING_STATUS_LABELS;
export const MEETING_STATUSES = Object.keys(MEETING_STATUS_LABELS) as [MeetingStatus, ...MeetingStatus[]];

export const MEETING_MODE_LABELS = {
  IN_PERSON: "En présentiel",
  AUDIOCONFERENCE: "Audioconférence",
  VIDEOCONFERENCE: "Visioconférence",
  HYBRID: "Hybride (présentiel et visioconférence)",
} as const satisfies Record<DbMeetingMode, string>;
export type MeetingMode = keyof typeof MEETING_MODE_LABELS;
export const MEETING_MODES = Object.keys(MEETING_MODE_LABELS) as [MeetingMode, ...MeetingMode[]];

/** The mode inside a sentence: "La séance se tiendra par audioconférence." */
export const MEETING_MODE_PHRASES = {
  IN_PERSON: "en présentiel",
  AUDIOCONFERENCE: "par audioconférence",
  VIDEOCONFERENCE: "par visioconférence",
  HYBRID: "en présentiel et à distance (format hybride)",
} as const satisfies Record<DbMeetingMode, string>;

/** How each style numbers items and sub-items, as the meeting form explains it. */
export const NUMBERING_STYLE_LABELS = {
  ROMAN_LETTERS: "I, II… puis a), b)…",
  POINTS: "Point 1, Point 2…",
  DECIMAL: "1, 2… puis 1.1, 1.2…",
} as const satisfies Record<DbAgendaNumberingStyle, string>;
export type AgendaNumberingStyle = keyof typeof NUMBERING_STYLE_LABELS;
export const NUMBERING_STYLES = Object.keys(NUMBERING_STYLE_LABELS) as [AgendaNumberingStyle, ...AgendaNumberingStyle[]];

/** A reply as the member chooses it on the reply form. */
export const REPLY_RESPONSE_LABELS = {
  IN_PERSON: "Je serai présent(e)",
  REMOTE: "Je participerai à distance",
  EXCUSED: "Je serai excusé(e)",
  REPRESENTED: "Je serai représenté(e) par…",
} as const satisfies Record<DbReplyResponse, string>;
export type ReplyResponse = keyof typeof REPLY_RESPONSE_LABELS;
export const REPLY_RESPONSES = Object.keys(REPLY_RESPONSE_LABELS) as [ReplyResponse, ...ReplyResponse[]];

/** A reply as the secretariat reads it in the list of replies. */
export const REPLY_RESPONSE_SHORT_LABELS = {
  IN_PERSON: "Présent(e)",
  REMOTE: "À distance",
  EXCUSED: "Excusé(e)",
  REPRESENTED: "Représenté(e)",
} as const satisfies Record<DbReplyResponse, string>;

export const ATTENDANCE_STATUS_LABELS = {
  PRESENT: "Présent(e)",
  REMOTE: "À distance",
  EXCUSED: "Excusé(e)",
  REPRESENTED: "Représenté(e)",
  ABSENT: "Absent(e)",
} as const satisfies Record<DbAttendanceStatus, string>;
export type AttendanceStatus = keyof typeof ATTENDANCE_STATUS_LABELS;
export const ATTENDANCE_STATUSES = Object.keys(ATTENDANCE_STATUS_LABELS) as [AttendanceStatus, ...AttendanceStatus[]];

/** The meeting's history, one line per audit-log action. */
export const MEETING_HISTORY_LABELS: Readonly<Record<string, string>> = {
  "meeting.create": "Séance créée",
  "meeting.update": "Séance modifiée",
  "agenda.add": "Point ajouté à l'ordre du jour",
  "agenda.update": "Point de l'ordre du jour modifié",
  "agenda.delete": "Point de l'ordre du jour supprimé",
  "agenda.move": "Ordre du jour réorganisé",
  "agenda.addActionPlanReview": "Point « Suivi du plan d'actions » ajouté",
  "meeting.sendConvocation": "Convocation envoyée",
  "meeting.replyByToken": "Réponse d'un membre (lien de la convocation)",
  "meeting.replyAsMember": "Réponse d'un membre (connecté)",
  "meeting.saveAttendance": "Émargement enregistré",
  "document.upload": "Document déposé",
  "document.delete": "Document supprimé",
  "meeting.cancel": "Séance annulée",
};
