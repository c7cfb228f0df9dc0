// The minutes' state machine (lib/minutes/domain/lifecycle.ts): every transition from every
// status, what validation and the review require, the unpublish reason, and when the
// reminder of a review leaves.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  canStartCorrection,
  FROZEN_REASON,
  isContentEditable,
  isOpenForComments,
  reminderTime,
  TRANSITION_REFUSALS,
  transitionMinutes,
  type MinutesTransition,
  type TransitionFacts,
} from "@/lib/minutes/domain";
import { MINUTES_STATUSES, type MinutesStatus } from "@/lib/minutes/vocabulary";

const NOW = new Date("2030-03-10T09:00:00Z");
const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

/** Facts that satisfy every transition's own requirements, so only the status decides. */
const COMPLETE: TransitionFacts = {
  now: NOW,
  reviewDeadline: new Date(NOW.getTime() + 14 * DAY),
  recipientCount: 12,
  reason: "Erreur dans la liste des présents.",
  validation: { signatoryName: "Chantal CASTELNOT", signatoryTitle: "La préfète", issuedPlace: "Poitiers", issuedOn: new Date("2030-03-20T00:00:00Z"), sectionCount: 3 },
};

const ALLOWED: [MinutesStatus, MinutesTransition, MinutesStatus][] = [
  ["DRAFT", "sendForReview", "IN_REVIEW"],
  ["IN_REVIEW", "backToDraft", "DRAFT"],
  ["DRAFT", "validate", "VALIDATED"],
  ["IN_REVIEW", "validate", "VALIDATED"],
  ["VALIDATED", "publish", "PUBLISHED"],
  ["PUBLISHED", "unpublish", "VALIDATED"],
];
const TRANSITIONS: MinutesTransition[] = ["sendForReview", "backToDraft", "validate", "publish", "unpublish"];

describe("transitionMinutes", () => {
  it("allows exactly the six steps of the lifecycle, and refuses every other with its French reason", () => {
    for (const from of MINUTES_STATUSES) {
      for (const t of TRANSITIONS) {
        const allowed = ALLOWED.find(([f, tr]) => f === from && tr === t);
        const result = transitionMinutes(from, t, COMPLETE);
        if (allowed) expect(result).toEqual({ ok: true, to: allowed[2] });
        else expect(result).toEqual({ ok: false, reason: TRANSITION_REFUSALS[t] });
      }
    }
  });

  it("never leaves a validated or published record for DRAFT or IN_REVIEW (a correction is a new revision)", () => {
    fc.assert(
      fc.property(fc.constantFrom<MinutesStatus>("VALIDATED", "PUBLISHED"), fc.constantFrom(...TRANSITIONS), (from, t) => {
        const result = transitionMinutes(from, t, COMPLETE);
        if (result.ok) expect(["VALIDATED", "PUBLISHED"]).toContain(result.to);
      }),
    );
  });

  describe("sendForReview", () => {
    it("needs a deadline", () => {
      const result = transitionMinutes("DRAFT", "sendForReview", { ...COMPLETE, reviewDeadline: null });
      expect(result).toEqual({ ok: false, reason: "Indiquez la date limite de relecture.", problems: { reviewDeadline: "Indiquez la date limite de relecture." } });
    });

    it("refuses a deadline in the past or exactly now, accepts one a millisecond ahead", () => {
      for (const deadline of [new Date(NOW.getTime() - DAY), NOW]) {
        const result = transitionMinutes("DRAFT", "sendForReview", { ...COMPLETE, reviewDeadline: deadline });
        expect(result).toMatchObject({ ok: false, reason: "La date limite de relecture doit être dans le futur.", problems: { reviewDeadline: expect.stringContaining("futur") } });
      }
      expect(transitionMinutes("DRAFT", "sendForReview", { ...COMPLETE, reviewDeadline: new Date(NOW.getTime() + 1) })).toEqual({ ok: true, to: "IN_REVIEW" });
    });

    it("needs at least one recipient with an e-mail address", () => {
      for (const recipientCount of [0, undefined]) {
        const result = transitionMinutes("DRAFT", "sendForReview", { ...COMPLETE, recipientCount });
        expect(result).toMatchObject({ ok: false, reason: expect.stringContaining("Aucun participant n'a d'adresse électronique") });
      }
    });

    it("checks the status before the deadline (an IN_REVIEW record is not sent twice)", () => {
      expect(transitionMinutes("IN_REVIEW", "sendForReview", { ...COMPLETE, reviewDeadline: null })).toEqual({ ok: false, reason: TRANSITION_REFUSALS.sendForReview });
    });
  });

  describe("validate", () => {
    it("lists every missing element of the signature, place and date of issue, and the sections", () => {
      const result = transitionMinutes("DRAFT", "validate", {
        validation: { signatoryName: " ", signatoryTitle: null, issuedPlace: "", issuedOn: null, sectionCount: 0 },
      });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(Object.keys(result.problems ?? {}).sort()).toEqual(["issuedOn", "issuedPlace", "sections", "signatoryName", "signatoryTitle"]);
      expect(result.reason.startsWith("Avant de valider : ")).toBe(true);
      expect(result.reason).toContain("Indiquez le nom du signataire.");
      expect(result.reason).toContain("Indiquez la date d'émission.");
    });

    it("refuses when the facts are not given at all", () => {
      const result = transitionMinutes("IN_REVIEW", "validate");
      expect(result).toMatchObject({ ok: false, problems: { signatoryName: expect.any(String), issuedOn: expect.any(String), sections: expect.any(String) } });
    });

    it("names only what is missing", () => {
      const validation = { ...COMPLETE.validation!, issuedOn: null };
      expect(transitionMinutes("DRAFT", "validate", { validation })).toEqual({
        ok: false,
        reason: "Avant de valider : Indiquez la date d'émission.",
        problems: { issuedOn: "Indiquez la date d'émission." },
      });
    });
  });

  describe("unpublish", () => {
    it("needs a reason (blank is no reason)", () => {
      for (const reason of [undefined, null, "", "   "]) {
        expect(transitionMinutes("PUBLISHED", "unpublish", { reason })).toEqual({
          ok: false,
          reason: "Indiquez pourquoi ce compte rendu est dépublié.",
          problems: { reason: "Indiquez la raison de la dépublication." },
        });
      }
      expect(transitionMinutes("PUBLISHED", "unpublish", { reason: "Nom d'un usager cité par erreur." })).toEqual({ ok: true, to: "VALIDATED" });
    });

    it("publishing needs no reason", () => {
      expect(transitionMinutes("VALIDATED", "publish")).toEqual({ ok: true, to: "PUBLISHED" });
    });
  });
});

describe("editing, comments and corrections by status", () => {
  it("content is editable before validation only", () => {
    expect(MINUTES_STATUSES.filter(isContentEditable)).toEqual(["DRAFT", "IN_REVIEW"]);
    expect(FROZEN_REASON).toContain("version corrigée");
  });

  it("comments are open during the review only", () => {
    expect(MINUTES_STATUSES.filter(isOpenForComments)).toEqual(["IN_REVIEW"]);
  });

  it("a correction starts from the latest validated or published revision", () => {
    expect(canStartCorrection("VALIDATED", true)).toEqual({ ok: true });
    expect(canStartCorrection("PUBLISHED", true)).toEqual({ ok: true });
    for (const status of ["DRAFT", "IN_REVIEW"] as const) {
      expect(canStartCorrection(status, true)).toMatchObject({ ok: false, reason: expect.stringContaining("Seul un compte rendu validé") });
    }
    for (const status of MINUTES_STATUSES) {
      expect(canStartCorrection(status, false)).toEqual({ ok: false, reason: "Une version plus récente existe déjà." });
    }
  });
});

describe("reminderTime", () => {
  it("is two days before the deadline when that is still ahead", () => {
    const deadline = new Date(NOW.getTime() + 14 * DAY);
    expect(reminderTime(deadline, NOW)).toEqual(new Date(deadline.getTime() - 2 * DAY));
  });

  it("is half-way through a short review when that leaves at least an hour", () => {
    const deadline = new Date(NOW.getTime() + 30 * HOUR);
    expect(reminderTime(deadline, NOW)).toEqual(new Date(NOW.getTime() + 15 * HOUR));
    expect(reminderTime(new Date(NOW.getTime() + 2 * HOUR), NOW)).toEqual(new Date(NOW.getTime() + HOUR));
  });

  it("is none when the review is too short (or over)", () => {
    expect(reminderTime(new Date(NOW.getTime() + 2 * HOUR - 1), NOW)).toBeNull();
    expect(reminderTime(NOW, NOW)).toBeNull();
    expect(reminderTime(new Date(NOW.getTime() - DAY), NOW)).toBeNull();
  });

  it("is always strictly after now and before the deadline (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -30 * 24 * 60, max: 120 * 24 * 60 }), (minutesAhead) => {
        const deadline = new Date(NOW.getTime() + minutesAhead * 60_000);
        const at = reminderTime(deadline, NOW);
        if (at === null) return;
        expect(at.getTime()).toBeGreaterThanOrEqual(NOW.getTime() + HOUR);
        expect(at.getTime()).toBeLessThan(deadline.getTime());
      }),
    );
  });
});
