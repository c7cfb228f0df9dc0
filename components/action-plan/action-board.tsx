/**
 * The plan as a board: one column per status. Cards move with buttons (StatusMover), never by
 * dragging only; closing an action needs its result, so "done" and "dropped" send to its page.
 */
import Link from "next/link";
import type { ActionListItem } from "@/lib/action-plan/queries";
import { ACTION_STATUS_LABELS, ACTION_STATUSES } from "@/lib/action-plan/vocabulary";
import { formatCount } from "@/lib/format";
import { ActionBadges } from "./action-badges";
import { StatusMover } from "./status-mover";

export function ActionBoard({ code, actions, canManage }: { code: string; actions: ActionListItem[]; canManage: boolean }) {
  return (
    <div className="fr-grid-row fr-grid-row--gutters">
      {ACTION_STATUSES.map((status) => {
        const column = actions.filter((a) => a.status === status);
        const headingId = `colonne-${status.toLowerCase()}`;
        return (
          <section key={status} className="fr-col-12 fr-col-md-6 fr-col-lg-3" aria-labelledby={headingId}>
            <h2 id={headingId} className="fr-h5">
              {ACTION_STATUS_LABELS[status]} <span className="fr-text--sm fr-text--regular">({formatCount(column.length, "action", "actions")})</span>
            </h2>
            {column.length === 0 ? (
              <p className="fr-text--sm">Aucune action.</p>
            ) : (
              <ul className="fr-raw-list">
                {column.map((a) => (
                  <li key={a.id} className="fr-mb-2w">
                    <article className={`fr-p-2w ${a.overdue ? "fr-background-contrast--error" : "fr-background-alt--grey"}`}>
                      <h3 className="fr-text--md fr-text--bold fr-mb-1w">
                        <Link href={`/${code}/plan-actions/${a.id}`}>{a.title}</Link>
                      </h3>
                      <ActionBadges action={a} />
                      <p className="fr-text--sm fr-mb-1w">
                        Échéance : <span className={a.overdue ? "fr-text-default--error fr-text--bold" : undefined}>{a.dueText}</span>
                        <br />
                        Pilote : {a.owner ?? "non désigné"}
                      </p>
                      {canManage && <StatusMover code={code} id={a.id} title={a.title} version={a.version} status={a.status} />}
                    </article>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
