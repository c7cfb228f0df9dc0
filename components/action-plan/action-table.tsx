/**
 * The plan as a table: title (to the action's page), origin in words with its source, owner,
 * due date in French — late ones say so in words and in the error colour — and status.
 */
import Link from "next/link";
import type { ActionListItem } from "@/lib/action-plan/queries";
import { ScrollTable } from "@/components/ui/scroll-table";
import { ActionBadges } from "./action-badges";
import { ActionSourceLink } from "./action-source-link";

export function ActionTable({ code, actions, caption, captionId }: { code: string; actions: ActionListItem[]; caption: string; captionId: string }) {
  return (
    <ScrollTable captionId={captionId} caption={caption} className="fr-table--no-caption-top">
              <thead>
                <tr>
                  <th scope="col">Action</th>
                  <th scope="col">Origine</th>
                  <th scope="col">Pilote</th>
                  <th scope="col">Échéance</th>
                  <th scope="col">Statut</th>
                </tr>
              </thead>
              <tbody>
                {actions.map((a) => (
                  <tr key={a.id}>
                    <th scope="row">
                      <Link href={`/${code}/plan-actions/${a.id}`}>{a.title}</Link>
                    </th>
                    <td>
                      {a.originText}
                      {a.source && (
                        <>
                          <br />
                          <span className="fr-text--sm">
                            <ActionSourceLink source={a.source} />
                          </span>
                        </>
                      )}
                    </td>
                    <td>{a.owner ?? "Non désigné"}</td>
                    <td className={a.overdue ? "fr-text-default--error fr-text--bold" : undefined}>{a.dueText}</td>
                    <td>
                      <ActionBadges action={a} />
                    </td>
                  </tr>
                ))}
              </tbody>
    </ScrollTable>
  );
}
