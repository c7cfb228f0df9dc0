/**
 * The "Suivi du plan d'actions" agenda item, filled (issue 9 item 6): on the meeting page,
 * under the agenda, what happened to the committee's actions since the previous meeting and
 * the questions of earlier minutes still waiting for an answer. Server component: links only.
 */
import Link from "next/link";
import type { MeetingFollowUp } from "@/lib/follow-up/queries";
import { CreateActionLink } from "@/components/action-plan/create-action-link";
import { ScrollTable } from "@/components/ui/scroll-table";

export function FollowUpPanel({ code, followUp, mayCreateAction }: { code: string; followUp: MeetingFollowUp; mayCreateAction: boolean }) {
  const empty = followUp.groups.length === 0 && followUp.openQuestions.length === 0;
  return (
    <section aria-labelledby="suivi-plan-actions" className="fr-mt-4w">
      <h2 id="suivi-plan-actions">Suivi du plan d&apos;actions</h2>
      <p>
        {followUp.windowText}. Ce point de l&apos;ordre du jour est rempli à partir du <Link href={`/${code}/plan-actions`}>plan d&apos;actions</Link> et des
        comptes rendus des séances précédentes.
      </p>
      {empty && <p>Aucune action du plan ni question en attente.</p>}
      {followUp.groups.map((group) => (
        <ScrollTable key={group.kind} captionId={`suivi-${group.kind.toLowerCase()}`} caption={`${group.label} (${group.actions.length})`} className="fr-table--no-caption-mobile">
                  <thead>
                    <tr>
                      <th scope="col">Action</th>
                      <th scope="col">Pilote</th>
                      <th scope="col">Statut</th>
                      <th scope="col">Échéance</th>
                      <th scope="col">{group.kind === "CLOSED" ? "Résultat" : "Dernier point"}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {group.actions.map((a) => (
                      <tr key={a.id}>
                        <th scope="row">
                          <Link href={a.href}>{a.title}</Link>
                          <br />
                          <span className="fr-text--xs">{a.originText}</span>
                        </th>
                        <td>{a.owner ?? "—"}</td>
                        <td>{a.statusText}</td>
                        <td>
                          {a.dueText}
                          {a.overdue && (
                            <>
                              {" "}
                              <span className="fr-badge fr-badge--sm fr-badge--error">En retard</span>
                            </>
                          )}
                        </td>
                        <td>{group.kind === "CLOSED" ? (a.result ?? "—") : (a.lastNote ?? "—")}</td>
                      </tr>
                    ))}
                  </tbody>
        </ScrollTable>
      ))}
      {followUp.openQuestions.length > 0 && (
        <>
          <h3>Questions restées sans réponse ({followUp.openQuestions.length})</h3>
          <ul>
            {followUp.openQuestions.map((q) => (
              <li key={q.id} className="fr-mb-1w">
                <Link href={q.href}>{q.text}</Link> : {q.body}
                {mayCreateAction && (
                  <>
                    {" "}
                    <CreateActionLink code={code} interventionId={q.id} context={`pour : ${q.text}`} />
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/**
 * For the secretariat preparing a meeting whose agenda lacks the item: the commitments of the
 * previous meeting are reviewed only if it is there, so say so where the agenda is edited.
 */
export function FollowUpMissingNotice({ previousDateText }: { previousDateText: string }) {
  return (
    <div className="fr-notice fr-notice--info fr-mt-2w">
      <div className="fr-container">
        <div className="fr-notice__body">
          <p className="fr-notice__title">
            L&apos;ordre du jour n&apos;a pas de point « Suivi du plan d&apos;actions » : ajoutez-le pour y retrouver les actions ouvertes, suivies ou closes
            depuis la séance du {previousDateText} et les questions restées sans réponse.
          </p>
        </div>
      </div>
    </div>
  );
}
