/**
 * "Créer une action" from a quality source: an audit's findings or a self-assessment cell not
 * (fully) met. The action plan's form pre-fills origin and link from the id after checking it
 * is the prefecture's (same look as components/action-plan/create-action-link.tsx, which takes
 * the minutes' and the grid's sources).
 */
import Link from "next/link";

export function QualityActionLink({ code, auditId, selfAssessmentId, context }: { code: string; auditId?: string; selfAssessmentId?: string; context: string }) {
  const query = auditId ? `audit=${encodeURIComponent(auditId)}` : selfAssessmentId ? `autoEvaluation=${encodeURIComponent(selfAssessmentId)}` : "";
  if (!query) return null;
  return (
    <Link className="fr-btn fr-btn--tertiary fr-btn--sm fr-icon-add-line fr-btn--icon-left" href={`/${code}/plan-actions/nouvelle?${query}`}>
      Créer une action
      <span className="fr-sr-only"> {context}</span>
    </Link>
  );
}
