/**
 * The status machine of an improvement action. Pure: the action applies what this returns
 * (status, result, the progress note that keeps the trace), so the tested rule is the
 * running rule. A closed action may be reopened; what it said at closing is kept as a note.
 */
import { ACTION_STATUS_LABELS, type ActionStatus } from "@/lib/action-plan/vocabulary";

export interface TransitionRequest {
  to: ActionStatus;
  /** What was achieved: required to mark the action done */
  result?: string | null;
  /** Why it is dropped: required to drop it, kept as a dated progress note */
  reason?: string | null;
}

export type TransitionOutcome =
  | { ok: true; status: ActionStatus; result: string | null; note: string }
  | { ok: false; field: "to" | "result" | "reason"; message: string };

const clean = (s: string | null | undefined) => (s ?? "").trim();

export function transitionAction(current: { status: ActionStatus; result: string | null }, request: TransitionRequest): TransitionOutcome {
  const from = current.status;
  const to = request.to;
  if (from === to) return { ok: false, field: "to", message: `L'action est déjà « ${ACTION_STATUS_LABELS[to]} ».` };
  const change = `Statut : ${ACTION_STATUS_LABELS[from]} → ${ACTION_STATUS_LABELS[to]}.`;
  // Reopening keeps the former result in the trail instead of silently erasing it.
  const former = from === "DONE" && current.result ? ` Résultat précédent : ${current.result}` : "";
  switch (to) {
    case "DONE": {
      const result = clean(request.result);
      if (!result) return { ok: false, field: "result", message: "Indiquez le résultat obtenu pour marquer l'action comme réalisée." };
      return { ok: true, status: "DONE", result, note: `${change} Résultat : ${result}` };
    }
    case "DROPPED": {
      const reason = clean(request.reason);
      if (!reason) return { ok: false, field: "reason", message: "Indiquez pourquoi l'action est abandonnée." };
      return { ok: true, status: "DROPPED", result: null, note: `${change} Motif : ${reason}${former}` };
    }
    case "PLANNED":
    case "IN_PROGRESS":
      return { ok: true, status: to, result: null, note: `${change}${former}` };
  }
}

/** The statuses an action may be moved to from its current one (every other one). */
export function nextStatuses(from: ActionStatus): ActionStatus[] {
  return (Object.keys(ACTION_STATUS_LABELS) as ActionStatus[]).filter((s) => s !== from);
}
