import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MEETING_FIELDS,
  TRANSITION_LABELS,
  availableTransitions,
  canTransition,
  checkMeetingEdit,
  editableFields,
  transition,
  type MeetingField,
  type MeetingStatus,
} from "@/lib/meetings/domain";
import { MEETING_STATUS_LABELS, MEETING_STATUSES } from "@/lib/meetings/vocabulary";

const ALLOWED: [MeetingStatus, MeetingStatus][] = [
  ["DRAFT", "CONVENED"],
  ["DRAFT", "CANCELLED"],
  ["CONVENED", "HELD"],
  ["CONVENED", "CANCELLED"],
  ["CONVENED", "DRAFT"],
];

describe("meeting state machine", () => {
  it("allows exactly the five transitions of the lifecycle", () => {
    for (const from of MEETING_STATUSES) {
      for (const to of MEETING_STATUSES) {
        const allowed = ALLOWED.some(([f, t]) => f === from && t === to);
        expect(canTransition(from, to)).toBe(allowed);
        expect(transition(from, to).ok).toBe(allowed);
        if (allowed) expect(transition(from, to)).toEqual({ ok: true, to });
      }
    }
  });

  it("lists the reachable states and labels every allowed transition", () => {
    expect(availableTransitions("DRAFT")).toEqual(["CONVENED", "CANCELLED"]);
    expect(availableTransitions("CONVENED")).toEqual(["HELD", "CANCELLED", "DRAFT"]);
    expect(availableTransitions("HELD")).toEqual([]);
    expect(availableTransitions("CANCELLED")).toEqual([]);
    expect(ALLOWED.map(([f, t]) => TRANSITION_LABELS[`${f}->${t}`])).toEqual([
      "Envoyer la convocation",
      "Annuler la séance",
      "Déclarer la séance tenue",
      "Annuler la séance",
      "Retirer la convocation",
    ]);
    expect(MEETING_STATUSES.map((s) => MEETING_STATUS_LABELS[s])).toEqual(["En préparation", "Convoquée", "Tenue", "Annulée"]);
  });

  it("explains every refusal in French", () => {
    expect(transition("DRAFT", "DRAFT")).toEqual({ ok: false, reason: "La séance est déjà « en préparation »." });
    expect(transition("CONVENED", "CONVENED")).toEqual({ ok: false, reason: "La séance est déjà « convoquée »." });
    expect(transition("HELD", "HELD")).toEqual({ ok: false, reason: "La séance est déjà « tenue »." });
    expect(transition("DRAFT", "HELD")).toEqual({
      ok: false,
      reason: "La séance doit d'abord être convoquée avant d'être déclarée tenue.",
    });
    for (const to of ["DRAFT", "CONVENED", "CANCELLED"] as const) {
      expect(transition("HELD", to)).toEqual({ ok: false, reason: "La séance a eu lieu : son état ne peut plus changer." });
    }
    for (const to of ["DRAFT", "CONVENED", "HELD"] as const) {
      expect(transition("CANCELLED", to)).toEqual({ ok: false, reason: "La séance est annulée : son état ne peut plus changer." });
    }
  });

  it("a meeting cannot be declared held before it starts", () => {
    const startsAt = new Date("2022-12-08T09:00:00Z");
    expect(transition("CONVENED", "HELD", { startsAt, now: new Date("2022-12-08T08:59:00Z") })).toEqual({
      ok: false,
      reason: "La séance ne peut être déclarée tenue qu'à partir de son heure de début.",
    });
    expect(transition("CONVENED", "HELD", { startsAt, now: startsAt })).toEqual({ ok: true, to: "HELD" });
    // Convening a past meeting is how published minutes are entered afterwards.
    expect(transition("DRAFT", "CONVENED", { startsAt, now: new Date("2023-06-01T00:00:00Z") })).toEqual({ ok: true, to: "CONVENED" });
  });

  it("refuses a state it does not know instead of letting it through", () => {
    expect(transition("CONVENED", "PUBLISHED" as MeetingStatus)).toEqual({ ok: false, reason: "Ce changement d'état n'est pas possible." });
  });

  it("property: once HELD or CANCELLED, every further transition is refused", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...MEETING_STATUSES), { maxLength: 20 }), (targets) => {
        let state: MeetingStatus = "DRAFT";
        let finalReached = false;
        for (const to of targets) {
          const result = transition(state, to);
          if (finalReached) expect(result.ok).toBe(false);
          if (result.ok) state = result.to;
          if (state === "HELD" || state === "CANCELLED") finalReached = true;
        }
      }),
    );
  });
});

describe("what may be edited", () => {
  it("DRAFT: everything but replies and attendance", () => {
    const rules = editableFields("DRAFT");
    expect(MEETING_FIELDS.filter((f) => rules[f] !== "EDITABLE")).toEqual(["replies", "attendance"]);
    expect(rules.replies).toBe("LOCKED");
  });

  it("CONVENED: what the convocation announced needs a corrective convocation; the committee is fixed", () => {
    const rules = editableFields("CONVENED");
    expect(MEETING_FIELDS.filter((f) => rules[f] === "CORRECTIVE")).toEqual(["startsAt", "endsAt", "location", "mode", "agenda"]);
    expect(MEETING_FIELDS.filter((f) => rules[f] === "LOCKED")).toEqual(["committee"]);
  });

  it("HELD: only what records the day", () => {
    const rules = editableFields("HELD");
    expect(MEETING_FIELDS.filter((f) => rules[f] === "EDITABLE")).toEqual(["endsAt", "mode", "chair", "documents", "attendance"]);
    expect(MEETING_FIELDS.some((f) => rules[f] === "CORRECTIVE")).toBe(false);
  });

  it("CANCELLED: nothing", () => {
    const rules = editableFields("CANCELLED");
    expect(MEETING_FIELDS.every((f) => rules[f] === "LOCKED")).toBe(true);
  });

  it("checkMeetingEdit tells when to offer a corrective convocation", () => {
    expect(checkMeetingEdit("DRAFT", ["startsAt", "location", "agenda"])).toEqual({ ok: true, correctiveConvocation: false });
    expect(checkMeetingEdit("CONVENED", ["title", "chair"])).toEqual({ ok: true, correctiveConvocation: false });
    expect(checkMeetingEdit("CONVENED", ["title", "location"])).toEqual({ ok: true, correctiveConvocation: true });
    expect(checkMeetingEdit("CONVENED", [])).toEqual({ ok: true, correctiveConvocation: false });
  });

  it("checkMeetingEdit names the locked fields", () => {
    expect(checkMeetingEdit("CONVENED", ["committee", "title"])).toEqual({
      ok: false,
      reason: "Cet élément ne peut plus être modifié car les membres ont été convoqués : comité.",
    });
    expect(checkMeetingEdit("HELD", ["agenda", "startsAt", "agenda", "endsAt"])).toEqual({
      ok: false,
      reason: "Ces éléments ne peuvent plus être modifiés car la séance a eu lieu : ordre du jour, date et heure de début.",
    });
    expect(checkMeetingEdit("CANCELLED", ["documents"])).toEqual({
      ok: false,
      reason: "Cet élément ne peut plus être modifié car la séance est annulée : documents.",
    });
    expect(checkMeetingEdit("DRAFT", ["attendance"])).toEqual({
      ok: false,
      reason: "Cet élément ne peut pas encore être modifié avant l'envoi de la convocation : émargement.",
    });
    expect(checkMeetingEdit("DRAFT", ["replies", "attendance"])).toEqual({
      ok: false,
      reason: "Ces éléments ne peuvent pas encore être modifiés avant l'envoi de la convocation : réponses à la convocation, émargement.",
    });
  });

  it("property: an edit is accepted exactly when no changed field is locked", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MEETING_STATUSES),
        fc.array(fc.constantFrom(...MEETING_FIELDS), { maxLength: 6 }),
        (status, changed: MeetingField[]) => {
          const rules = editableFields(status);
          const result = checkMeetingEdit(status, changed);
          expect(result.ok).toBe(changed.every((f) => rules[f] !== "LOCKED"));
          if (result.ok) expect(result.correctiveConvocation).toBe(changed.some((f) => rules[f] === "CORRECTIVE"));
        },
      ),
    );
  });
});
