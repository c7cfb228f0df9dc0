/**
 * Answering a convocation: when a member may reply (or change their reply), what a reply must
 * say, and how the replies pre-fill the attendance sheet on the day.
 */
import type { AttendanceStatus, College } from "./attendance";
import type { MeetingStatus } from "./lifecycle";

import { REPLY_RESPONSES, type MeetingMode, type ReplyResponse } from "@/lib/meetings/vocabulary";

export type { ReplyResponse };

export const REPRESENTATIVE_NAME_MAX_LENGTH = 200;

export interface ReplyInput {
  response: ReplyResponse;
  /** Who is replying: lets the rule "one cannot represent oneself" be checked. */
  personId?: string | null;
  representativePersonId?: string | null;
  representativeName?: string | null;
  comment?: string | null;
}

export interface ValidReply {
  response: ReplyResponse;
  representativePersonId: string | null;
  representativeName: string | null;
  comment: string | null;
}

export type ReplyField = "meeting" | "response" | "representative";

export type ReplyValidation = { ok: true; reply: ValidReply } | { ok: false; reason: string; field: ReplyField };

export interface ReplyMeeting {
  status: MeetingStatus;
  startsAt: Date;
}

/**
 * Why replies are closed, or null when open: only a CONVENED meeting takes replies, until it
 * starts (after that, presence is the attendance sheet's business, not the member's word).
 */
export function replyClosedReason(meeting: ReplyMeeting, now: Date): string | null {
  switch (meeting.status) {
    case "DRAFT":
      return "La convocation à cette séance n'a pas encore été envoyée.";
    case "CANCELLED":
      return "Cette séance a été annulée.";
    case "HELD":
      return "Cette séance a déjà eu lieu.";
    case "CONVENED":
      return now.getTime() < meeting.startsAt.getTime()
        ? null
        : "La séance a commencé : il n'est plus possible de répondre ou de modifier sa réponse.";
  }
}

function clean(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

export function validateReply(input: ReplyInput, meeting: ReplyMeeting, now: Date): ReplyValidation {
  const closed = replyClosedReason(meeting, now);
  if (closed !== null) return { ok: false, reason: closed, field: "meeting" };
  // Typed, yet it comes from a form or an e-mailed link: check it anyway.
  if (!REPLY_RESPONSES.includes(input.response)) {
    return { ok: false, reason: "Choisissez votre réponse.", field: "response" };
  }
  const representativePersonId = clean(input.representativePersonId);
  const representativeName = clean(input.representativeName);
  const comment = clean(input.comment);
  if (input.response !== "REPRESENTED") {
    if (representativePersonId !== null || representativeName !== null) {
      return {
        ok: false,
        reason: "Un représentant ne peut être indiqué que si vous vous faites représenter.",
        field: "representative",
      };
    }
    return { ok: true, reply: { response: input.response, representativePersonId: null, representativeName: null, comment } };
  }
  if (representativePersonId === null && representativeName === null) {
    return { ok: false, reason: "Indiquez la personne qui vous représentera.", field: "representative" };
  }
  if (representativePersonId !== null && representativePersonId === clean(input.personId)) {
    return { ok: false, reason: "Vous ne pouvez pas vous représenter vous-même.", field: "representative" };
  }
  if (representativeName !== null && representativeName.length > REPRESENTATIVE_NAME_MAX_LENGTH) {
    return {
      ok: false,
      reason: `Le nom du représentant ne doit pas dépasser ${REPRESENTATIVE_NAME_MAX_LENGTH} caractères.`,
      field: "representative",
    };
  }
  return { ok: true, reply: { response: "REPRESENTED", representativePersonId, representativeName, comment } };
}

/**
 * The answers that make sense for a meeting's mode: "à distance" is not offered for a
 * meeting held only in person, and "présent(e)" not for one held only at a distance.
 */
export function replyChoicesFor(mode: MeetingMode): ReplyResponse[] {
  switch (mode) {
    case "IN_PERSON":
      return ["IN_PERSON", "EXCUSED", "REPRESENTED"];
    case "AUDIOCONFERENCE":
    case "VIDEOCONFERENCE":
      return ["REMOTE", "EXCUSED", "REPRESENTED"];
    case "HYBRID":
      return ["IN_PERSON", "REMOTE", "EXCUSED", "REPRESENTED"];
  }
}

const ATTENDANCE_FROM_REPLY: Readonly<Record<ReplyResponse, AttendanceStatus>> = {
  IN_PERSON: "PRESENT",
  REMOTE: "REMOTE",
  EXCUSED: "EXCUSED",
  REPRESENTED: "REPRESENTED",
};

export function replyToAttendanceStatus(response: ReplyResponse): AttendanceStatus {
  return ATTENDANCE_FROM_REPLY[response];
}

// ───────────────────────────── Pre-filled attendance ─────────────────────────────

/** A committee seat: a person, or an organisation / a label without a named person. */
export interface PrefillMember {
  id: string;
  personId: string | null;
  organizationId?: string | null;
  seatLabel?: string | null;
  college: College;
}

export interface PrefillReply {
  personId: string;
  response: ReplyResponse;
  representativePersonId?: string | null;
  representativeName?: string | null;
}

export interface PrefillMeeting {
  status: MeetingStatus;
  startsAt: Date;
  endsAt: Date | null;
}

export interface PrefilledAttendanceLine {
  memberId: string;
  personId: string | null;
  organizationId: string | null;
  seatLabel: string | null;
  college: College;
  /** null: "à confirmer" — no reply and the meeting is not over; must be set before saving */
  status: AttendanceStatus | null;
  representedByPersonId: string | null;
  representedByLabel: string | null;
  /** The reply the line comes from, so the sheet can show "d'après sa réponse" */
  response: ReplyResponse | null;
  position: number;
}

/**
 * Over once declared held, or once its announced end time has passed. Without an end time only
 * the "held" declaration counts: a member who did not reply may still walk in.
 */
export function isMeetingOver(meeting: PrefillMeeting, now: Date): boolean {
  return meeting.status === "HELD" || (meeting.endsAt !== null && now.getTime() >= meeting.endsAt.getTime());
}

/**
 * One line per seat, in the members' order. A seat whose person replied takes the reply's
 * status and representative. A seat without a reply (including a seat held by an
 * organisation, which cannot reply) is left "à confirmer" (null) while the meeting may still
 * be going on, and pre-filled ABSENT once it is over: marking absent someone who could still
 * arrive would be wrong, leaving blanks after the fact would block the sheet. Replies from
 * people holding no seat (guests) are ignored: guests are added to the sheet by hand.
 */
export function prefillAttendance(
  members: readonly PrefillMember[],
  replies: readonly PrefillReply[],
  meeting: PrefillMeeting,
  now: Date,
): PrefilledAttendanceLine[] {
  const replyOf = new Map(replies.map((r) => [r.personId, r] as const));
  const noReplyStatus: AttendanceStatus | null = isMeetingOver(meeting, now) ? "ABSENT" : null;
  return members.map((member, position) => {
    const reply = member.personId === null ? undefined : replyOf.get(member.personId);
    const represented = reply?.response === "REPRESENTED";
    return {
      memberId: member.id,
      personId: member.personId,
      organizationId: member.organizationId ?? null,
      seatLabel: member.seatLabel ?? null,
      college: member.college,
      status: reply ? replyToAttendanceStatus(reply.response) : noReplyStatus,
      representedByPersonId: represented ? clean(reply.representativePersonId) : null,
      representedByLabel: represented ? clean(reply.representativeName) : null,
      response: reply?.response ?? null,
      position,
    };
  });
}
