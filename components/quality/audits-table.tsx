/**
 * The prefecture's audits, oldest first: kind, dates, auditor, findings; beside findings,
 * "Créer une action" for those who plan actions.
 */
import { AUDIT_KIND_LABELS } from "@/lib/quality/vocabulary";
import type { AuditView } from "@/lib/quality/queries";
import { isoToFrench } from "./quality-dates";
import { QualityActionLink } from "./quality-action-link";

export function AuditsTable({ audits, code, canPlanActions }: { audits: AuditView[]; code: string; canPlanActions: boolean }) {
  if (audits.length === 0) return <p>Aucun audit enregistré.</p>;
  return (
    <div className="fr-table">
      <table>
        <caption>Audits de la démarche qualité ({audits.length})</caption>
        <thead>
          <tr>
            <th scope="col">Type</th>
            <th scope="col">Date limite</th>
            <th scope="col">Réalisé le</th>
            <th scope="col">Auditeur</th>
            <th scope="col">Constats</th>
          </tr>
        </thead>
        <tbody>
          {audits.map((a) => (
            <tr key={a.id}>
              <th scope="row">{AUDIT_KIND_LABELS[a.kind]}</th>
              <td>{isoToFrench(a.dueBy)}</td>
              <td>{a.heldOn ? isoToFrench(a.heldOn) : "Pas encore réalisé"}</td>
              <td>{a.auditor ?? "—"}</td>
              <td>
                {a.findings ?? "—"}
                {a.findings && canPlanActions && (
                  <div className="fr-mt-1w">
                    <QualityActionLink code={code} auditId={a.id} context={`à partir des constats : ${AUDIT_KIND_LABELS[a.kind]} ${a.heldOn ? `du ${isoToFrench(a.heldOn)}` : `à réaliser avant le ${isoToFrench(a.dueBy)}`}`} />
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
