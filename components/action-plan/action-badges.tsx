/** An action's status and lateness as DSFR badges, in words (never colour alone). */
import type { ActionListItem } from "@/lib/action-plan/queries";
import type { ActionStatus } from "@/lib/action-plan/vocabulary";

const SEVERITY: Record<ActionStatus, string> = {
  PLANNED: "fr-badge--info",
  IN_PROGRESS: "fr-badge--new",
  DONE: "fr-badge--success",
  DROPPED: "",
};

export function ActionBadges({ action }: { action: Pick<ActionListItem, "status" | "statusText" | "overdue"> }) {
  return (
    <ul className="fr-badges-group fr-mb-0">
      <li>
        <p className={`fr-badge fr-badge--sm fr-badge--no-icon ${SEVERITY[action.status]}`}>{action.statusText}</p>
      </li>
      {action.overdue && (
        <li>
          <p className="fr-badge fr-badge--sm fr-badge--error">En retard</p>
        </li>
      )}
    </ul>
  );
}
