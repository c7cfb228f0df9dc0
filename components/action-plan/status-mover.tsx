"use client";
/**
 * Moves a card of the board with buttons (keyboard and screen readers, no drag needed):
 * start, put back, reopen. Done and dropped need a result or a reason: a link to the
 * action's status form. Each button names its action for a screen reader.
 */
import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { changeImprovementActionStatus } from "@/lib/action-plan/actions";
import type { ActionStatus } from "@/lib/action-plan/vocabulary";
import { useHydrated } from "@/components/ui/use-hydrated";

const MOVES: Record<ActionStatus, { to: ActionStatus; label: string }[]> = {
  PLANNED: [{ to: "IN_PROGRESS", label: "Passer en cours" }],
  IN_PROGRESS: [{ to: "PLANNED", label: "Remettre en prévue" }],
  DONE: [{ to: "IN_PROGRESS", label: "Rouvrir" }],
  DROPPED: [{ to: "PLANNED", label: "Reprendre" }],
};

export function StatusMover({ code, id, title, version, status }: { code: string; id: string; title: string; version: number; status: ActionStatus }) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const move = async (to: ActionStatus) => {
    setBusy(true);
    setError(undefined);
    const result = await changeImprovementActionStatus({ id, version, to });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    router.refresh();
  };
  return (
    <div>
      <ul className="fr-btns-group fr-btns-group--sm fr-btns-group--inline fr-mb-0">
        {MOVES[status].map((m) => (
          <li key={m.to}>
            <button type="button" className="fr-btn fr-btn--sm fr-btn--secondary" disabled={!hydrated || busy} onClick={() => void move(m.to)}>
              {m.label}
              <span className="fr-sr-only"> : {title}</span>
            </button>
          </li>
        ))}
        {(status === "PLANNED" || status === "IN_PROGRESS") && (
          <li>
            <Link className="fr-btn fr-btn--sm fr-btn--tertiary" href={`/${code}/plan-actions/${id}#statut`}>
              Clore…
              <span className="fr-sr-only"> : {title}</span>
            </Link>
          </li>
        )}
      </ul>
      <div aria-live="polite">{error && <p className="fr-error-text fr-mt-0">{error}</p>}</div>
    </div>
  );
}
