// The action's status machine (domain.md §8): done needs a result, dropped a reason kept as
// a note, reopening keeps the former result in the trail, a same-status move is refused.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { nextStatuses, transitionAction } from "@/lib/action-plan/domain";
import { ACTION_STATUSES, type ActionStatus } from "@/lib/action-plan/vocabulary";

describe("transitionAction", () => {
  it("starts a planned action, with the change in words as its note", () => {
    expect(transitionAction({ status: "PLANNED", result: null }, { to: "IN_PROGRESS" })).toEqual({
      ok: true,
      status: "IN_PROGRESS",
      result: null,
      note: "Statut : Prévue → En cours.",
    });
  });

  it("refuses DONE without a result (blank counts as none), on the result field", () => {
    for (const result of [undefined, null, "", "   "]) {
      expect(transitionAction({ status: "IN_PROGRESS", result: null }, { to: "DONE", result })).toEqual({
        ok: false,
        field: "result",
        message: "Indiquez le résultat obtenu pour marquer l'action comme réalisée.",
      });
    }
  });

  it("marks DONE with the trimmed result, kept in the note too", () => {
    expect(transitionAction({ status: "IN_PROGRESS", result: null }, { to: "DONE", result: "  Message du standard enregistré  " })).toEqual({
      ok: true,
      status: "DONE",
      result: "Message du standard enregistré",
      note: "Statut : En cours → Réalisée. Résultat : Message du standard enregistré",
    });
  });

  it("refuses DROPPED without a reason; keeps the reason as a note", () => {
    expect(transitionAction({ status: "PLANNED", result: null }, { to: "DROPPED" })).toMatchObject({ ok: false, field: "reason", message: "Indiquez pourquoi l'action est abandonnée." });
    expect(transitionAction({ status: "PLANNED", result: null }, { to: "DROPPED", reason: "Hors du champ de la préfecture" })).toEqual({
      ok: true,
      status: "DROPPED",
      result: null,
      note: "Statut : Prévue → Abandonnée. Motif : Hors du champ de la préfecture",
    });
  });

  it("reopens a done action: the result leaves the action but stays in the note", () => {
    expect(transitionAction({ status: "DONE", result: "Fait" }, { to: "IN_PROGRESS" })).toEqual({
      ok: true,
      status: "IN_PROGRESS",
      result: null,
      note: "Statut : Réalisée → En cours. Résultat précédent : Fait",
    });
  });

  it("refuses a move to the same status", () => {
    expect(transitionAction({ status: "PLANNED", result: null }, { to: "PLANNED" })).toEqual({ ok: false, field: "to", message: "L'action est déjà « Prévue »." });
  });

  it("property: an accepted move lands on the requested status; only DONE keeps a result; every note names both statuses", () => {
    const status = fc.constantFrom(...ACTION_STATUSES);
    fc.assert(
      fc.property(status, status, fc.string(), fc.string(), (from: ActionStatus, to: ActionStatus, result, reason) => {
        const outcome = transitionAction({ status: from, result: from === "DONE" ? "r" : null }, { to, result, reason });
        if (from === to) return !outcome.ok;
        if (!outcome.ok) return (to === "DONE" && result.trim() === "") || (to === "DROPPED" && reason.trim() === "");
        return outcome.status === to && (to === "DONE" ? outcome.result === result.trim() : outcome.result === null) && outcome.note.startsWith("Statut : ");
      }),
    );
  });

  it("nextStatuses offers every other status", () => {
    expect(nextStatuses("IN_PROGRESS")).toEqual(["PLANNED", "DONE", "DROPPED"]);
  });
});
