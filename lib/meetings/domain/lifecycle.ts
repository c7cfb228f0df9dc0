/**
 * The life of a meeting (domain.md §4): DRAFT → CONVENED → HELD, DRAFT | CONVENED → CANCELLED,
 * CONVENED → DRAFT when the convocation is withdrawn; and what may still be edited in each
 * state. The minutes have their own life (IN_REVIEW, VALIDATED, PUBLISHED), not handled here.
 * The caller records every accepted transition (MeetingStatusChange) with who and when.
 */

import { MEETING_STATUS_LABELS, type MeetingStatus } from "@/lib/meetings/vocabulary";

export type { MeetingStatus };

const TRANSITIONS: Readonly<Record<MeetingStatus, readonly MeetingStatus[]>> = {
  DRAFT: ["CONVENED", "CANCELLED"],
  CONVENED: ["HELD", "CANCELLED", "DRAFT"],
  HELD: [],
  CANCELLED: [],
};

/** What the button that triggers each transition says. */
export const TRANSITION_LABELS: Readonly<Partial<Record<`${MeetingStatus}->${MeetingStatus}`, string>>> = {
  "DRAFT->CONVENED": "Envoyer la convocation",
  "DRAFT->CANCELLED": "Annuler la séance",
  "CONVENED->HELD": "Déclarer la séance tenue",
  "CONVENED->CANCELLED": "Annuler la séance",
  "CONVENED->DRAFT": "Retirer la convocation",
};

export type TransitionResult = { ok: true; to: MeetingStatus } | { ok: false; reason: string };

export function canTransition(from: MeetingStatus, to: MeetingStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** The states reachable from `from`, for the buttons of the meeting page. */
export function availableTransitions(from: MeetingStatus): readonly MeetingStatus[] {
  return TRANSITIONS[from];
}

export interface TransitionContext {
  now: Date;
  startsAt: Date;
}

/**
 * Checks a transition. With a context, a meeting cannot be declared held before it starts
 * (attendance would be taken for a meeting that has not happened). Convening a past meeting
 * stays possible on purpose: past meetings are entered from their published minutes.
 */
export function transition(from: MeetingStatus, to: MeetingStatus, context?: TransitionContext): TransitionResult {
  if (from === to) return { ok: false, reason: `La séance est déjà « ${MEETING_STATUS_LABELS[to].toLowerCase()} ».` };
  if (from === "HELD") return { ok: false, reason: "La séance a eu lieu : son état ne peut plus changer." };
  if (from === "CANCELLED") return { ok: false, reason: "La séance est annulée : son état ne peut plus changer." };
  if (to === "HELD" && from === "DRAFT") {
    return { ok: false, reason: "La séance doit d'abord être convoquée avant d'être déclarée tenue." };
  }
  if (to === "HELD" && context && context.now.getTime() < context.startsAt.getTime()) {
    return { ok: false, reason: "La séance ne peut être déclarée tenue qu'à partir de son heure de début." };
  }
  // Every refusal of today's graph is explained above; this keeps a future state from slipping through.
  return canTransition(from, to) ? { ok: true, to } : { ok: false, reason: "Ce changement d'état n'est pas possible." };
}

// ───────────────────────────── Editable fields ─────────────────────────────

export type MeetingField =
  | "committee"
  | "title"
  | "startsAt"
  | "endsAt"
  | "location"
  | "mode"
  | "chair"
  | "numberingStyle"
  | "agenda"
  | "documents"
  | "replies"
  | "attendance";

export const MEETING_FIELDS: readonly MeetingField[] = [
  "committee",
  "title",
  "startsAt",
  "endsAt",
  "location",
  "mode",
  "chair",
  "numberingStyle",
  "agenda",
  "documents",
  "replies",
  "attendance",
];

export const MEETING_FIELD_LABELS: Readonly<Record<MeetingField, string>> = {
  committee: "comité",
  title: "intitulé",
  startsAt: "date et heure de début",
  endsAt: "heure de fin",
  location: "lieu et salle",
  mode: "modalité",
  chair: "présidence",
  numberingStyle: "numérotation de l'ordre du jour",
  agenda: "ordre du jour",
  documents: "documents",
  replies: "réponses à la convocation",
  attendance: "émargement",
};

/**
 * EDITABLE: change freely. CORRECTIVE: may change, but the members were told otherwise, so the
 * change calls for a corrective convocation ("convocation rectificative"). LOCKED: no change.
 */
export type FieldEditability = "EDITABLE" | "CORRECTIVE" | "LOCKED";

const E = "EDITABLE";
const C = "CORRECTIVE";
const L = "LOCKED";

/*
 * DRAFT: everything but replies and attendance, which only exist once members are convened.
 * CONVENED: what the convocation announced (date, times, place, mode, agenda) is CORRECTIVE;
 *   the chair, title and numbering are not on the members' side of the decision; documents
 *   are often sent after the convocation; attendance is taken on the day, before "tenue".
 *   The committee never changes once convened: the convocation went to its members.
 * HELD: only what records the day: closing time ("la séance est levée à 15h50"), actual
 *   mode and chair, attendance, documents (slides, annexes). The agenda is frozen because the
 *   minutes are written against its items and their numbers.
 * CANCELLED: a record; nothing changes.
 */
const EDITABILITY: Readonly<Record<MeetingStatus, Readonly<Record<MeetingField, FieldEditability>>>> = {
  DRAFT: {
    committee: E, title: E, startsAt: E, endsAt: E, location: E, mode: E, chair: E,
    numberingStyle: E, agenda: E, documents: E, replies: L, attendance: L,
  },
  CONVENED: {
    committee: L, title: E, startsAt: C, endsAt: C, location: C, mode: C, chair: E,
    numberingStyle: E, agenda: C, documents: E, replies: E, attendance: E,
  },
  HELD: {
    committee: L, title: L, startsAt: L, endsAt: E, location: L, mode: E, chair: E,
    numberingStyle: L, agenda: L, documents: E, replies: L, attendance: E,
  },
  CANCELLED: {
    committee: L, title: L, startsAt: L, endsAt: L, location: L, mode: L, chair: L,
    numberingStyle: L, agenda: L, documents: L, replies: L, attendance: L,
  },
};

export function editableFields(status: MeetingStatus): Readonly<Record<MeetingField, FieldEditability>> {
  return EDITABILITY[status];
}

export type MeetingEditCheck = { ok: true; correctiveConvocation: boolean } | { ok: false; reason: string };

/** Completes "ne peut … être modifié" for each state. */
const LOCKED_BECAUSE: Readonly<Record<MeetingStatus, string>> = {
  DRAFT: "pas encore être modifié{s} avant l'envoi de la convocation",
  CONVENED: "plus être modifié{s} car les membres ont été convoqués",
  HELD: "plus être modifié{s} car la séance a eu lieu",
  CANCELLED: "plus être modifié{s} car la séance est annulée",
};

/**
 * Checks an update that changes `changed`: refused if one of them is locked, otherwise tells
 * whether a corrective convocation must be offered.
 */
export function checkMeetingEdit(status: MeetingStatus, changed: readonly MeetingField[]): MeetingEditCheck {
  const rules = editableFields(status);
  const locked = changed.filter((field) => rules[field] === L);
  if (locked.length > 0) {
    const distinct = [...new Set(locked)];
    const plural = distinct.length > 1;
    const names = distinct.map((field) => MEETING_FIELD_LABELS[field]).join(", ");
    const because = LOCKED_BECAUSE[status].replace("{s}", plural ? "s" : "");
    return { ok: false, reason: `${plural ? "Ces éléments ne peuvent" : "Cet élément ne peut"} ${because} : ${names}.` };
  }
  return { ok: true, correctiveConvocation: changed.some((field) => rules[field] === C) };
}
