/**
 * "Créer une action" from a source: a missed indicator period (the grid), a question of the
 * minutes, a register entry, a survey, an audit or a self-assessment. A plain link to the new
 * action's form, which pre-fills title, origin and link from the id after checking it is the
 * prefecture's. Give one id.
 */
import Link from "next/link";

const PARAMS = {
  indicatorValueId: "indicateur",
  interventionId: "intervention",
  requestRecordId: "demande",
  surveyId: "enquete",
  auditId: "audit",
  selfAssessmentId: "autoEvaluation",
} as const;

/** The form's URL for a source: /86/plan-actions/nouvelle?demande=<id>; null without an id. */
export function createActionHref(code: string, source: Partial<Record<keyof typeof PARAMS, string>>): string | null {
  const key = (Object.keys(PARAMS) as (keyof typeof PARAMS)[]).find((k) => source[k]);
  return key ? `/${code}/plan-actions/nouvelle?${PARAMS[key]}=${encodeURIComponent(source[key]!)}` : null;
}

export function CreateActionLink({
  code,
  indicatorValueId,
  interventionId,
  requestRecordId,
  surveyId,
  auditId,
  selfAssessmentId,
  label = "Créer une action",
  context,
  size = "sm",
}: {
  code: string;
  indicatorValueId?: string;
  interventionId?: string;
  requestRecordId?: string;
  surveyId?: string;
  auditId?: string;
  selfAssessmentId?: string;
  label?: string;
  /** Read after the label by screen readers when many such links share a page: "pour mars 2022" */
  context?: string;
  size?: "sm" | "md";
}) {
  const href = createActionHref(code, { indicatorValueId, interventionId, requestRecordId, surveyId, auditId, selfAssessmentId });
  if (!href) return null;
  return (
    <Link className={`fr-btn fr-btn--tertiary fr-icon-add-line fr-btn--icon-left${size === "sm" ? " fr-btn--sm" : ""}`} href={href}>
      {label}
      {context && <span className="fr-sr-only"> {context}</span>}
    </Link>
  );
}
