/**
 * The minutes' state machine (domain.md §4): DRAFT → IN_REVIEW → VALIDATED → PUBLISHED, every
 * step recorded. Content is editable only before validation; a validated record is frozen
 * and a correction makes a new revision (a new DRAFT, printed "version corrigée"). Pure: the
 * actions ask these functions and print their French reasons.
 */
import type { MinutesStatus } from "@/lib/minutes/vocabulary";

export type MinutesTransition = "sendForReview" | "backToDraft" | "validate" | "publish" | "unpublish";

const TRANSITIONS: Readonly<Record<MinutesTransition, { from: readonly MinutesStatus[]; to: MinutesStatus }>> = {
  sendForReview: { from: ["DRAFT"], to: "IN_REVIEW" },
  backToDraft: { from: ["IN_REVIEW"], to: "DRAFT" },
  // A referent may validate without a review round (a relevé de conclusions often has none).
  validate: { from: ["DRAFT", "IN_REVIEW"], to: "VALIDATED" },
  publish: { from: ["VALIDATED"], to: "PUBLISHED" },
  unpublish: { from: ["PUBLISHED"], to: "VALIDATED" },
};

export const TRANSITION_REFUSALS: Readonly<Record<MinutesTransition, string>> = {
  sendForReview: "Seul un brouillon peut être envoyé en relecture.",
  backToDraft: "Seul un compte rendu en relecture peut revenir au brouillon.",
  validate: "Ce compte rendu est déjà validé : une modification passe par une version corrigée.",
  publish: "Seul un compte rendu validé peut être publié.",
  unpublish: "Ce compte rendu n'est pas publié.",
};

export interface ValidationFacts {
  signatoryName: string | null;
  signatoryTitle: string | null;
  issuedPlace: string | null;
  issuedOn: Date | null;
  sectionCount: number;
}

export interface TransitionFacts {
  /** For validate: what must be fixed */
  validation?: ValidationFacts;
  /** For sendForReview */
  reviewDeadline?: Date | null;
  recipientCount?: number;
  now?: Date;
  /** For unpublish */
  reason?: string | null;
}

export type MinutesTransitionResult = { ok: true; to: MinutesStatus } | { ok: false; reason: string; problems?: Record<string, string> };

export function transitionMinutes(from: MinutesStatus, transition: MinutesTransition, facts: TransitionFacts = {}): MinutesTransitionResult {
  const rule = TRANSITIONS[transition];
  if (!rule.from.includes(from)) return { ok: false, reason: TRANSITION_REFUSALS[transition] };
  if (transition === "sendForReview") {
    const now = facts.now ?? new Date();
    if (!facts.reviewDeadline) return { ok: false, reason: "Indiquez la date limite de relecture.", problems: { reviewDeadline: "Indiquez la date limite de relecture." } };
    if (facts.reviewDeadline.getTime() <= now.getTime()) {
      return { ok: false, reason: "La date limite de relecture doit être dans le futur.", problems: { reviewDeadline: "La date limite de relecture doit être dans le futur." } };
    }
    if (!facts.recipientCount) {
      return { ok: false, reason: "Aucun participant n'a d'adresse électronique : complétez les fiches des membres avant l'envoi." };
    }
  }
  if (transition === "validate") {
    const v = facts.validation;
    const problems: Record<string, string> = {};
    if (!v?.signatoryName?.trim()) problems.signatoryName = "Indiquez le nom du signataire.";
    if (!v?.signatoryTitle?.trim()) problems.signatoryTitle = "Indiquez la qualité du signataire (« La préfète », « Le secrétaire général »…).";
    if (!v?.issuedPlace?.trim()) problems.issuedPlace = "Indiquez le lieu d'émission (« Poitiers »).";
    if (!v?.issuedOn) problems.issuedOn = "Indiquez la date d'émission.";
    if (!v?.sectionCount) problems.sections = "Le compte rendu n'a aucune section.";
    if (Object.keys(problems).length) {
      return { ok: false, reason: `Avant de valider : ${Object.values(problems).join(" ")}`, problems };
    }
  }
  if (transition === "unpublish" && !facts.reason?.trim()) {
    return { ok: false, reason: "Indiquez pourquoi ce compte rendu est dépublié.", problems: { reason: "Indiquez la raison de la dépublication." } };
  }
  return { ok: true, to: rule.to };
}

/** Sections, header and closing may change only before validation. */
export function isContentEditable(status: MinutesStatus): boolean {
  return status === "DRAFT" || status === "IN_REVIEW";
}

export const FROZEN_REASON = "Ce compte rendu est validé : son contenu est figé. Pour le modifier, créez une version corrigée.";

/** Members comment during the review only. */
export function isOpenForComments(status: MinutesStatus): boolean {
  return status === "IN_REVIEW";
}

/** A correction starts from a validated or published revision, and only from the latest one. */
export function canStartCorrection(status: MinutesStatus, isLatestRevision: boolean): { ok: true } | { ok: false; reason: string } {
  if (!isLatestRevision) return { ok: false, reason: "Une version plus récente existe déjà." };
  if (status !== "VALIDATED" && status !== "PUBLISHED") return { ok: false, reason: "Seul un compte rendu validé peut être corrigé : modifiez directement le brouillon." };
  return { ok: true };
}

/** When the reminder leaves: two days before the deadline, not in the past, not after the deadline. */
export function reminderTime(deadline: Date, now: Date): Date | null {
  const twoDaysBefore = new Date(deadline.getTime() - 2 * 24 * 3600 * 1000);
  if (twoDaysBefore.getTime() > now.getTime()) return twoDaysBefore;
  // A short review (under two days): half-way, if that is still at least an hour ahead.
  const halfWay = new Date(now.getTime() + (deadline.getTime() - now.getTime()) / 2);
  return halfWay.getTime() - now.getTime() >= 3600 * 1000 ? halfWay : null;
}
