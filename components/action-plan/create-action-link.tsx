/**
 * "Créer une action" from a source: a missed indicator period (the grid) or a question of
 * the minutes. A plain link to the new action's form, which pre-fills title, origin and link
 * from the id after checking it is the prefecture's. Give one of the two ids.
 */
import Link from "next/link";

export function CreateActionLink({
  code,
  indicatorValueId,
  interventionId,
  label = "Créer une action",
  context,
  size = "sm",
}: {
  code: string;
  indicatorValueId?: string;
  interventionId?: string;
  label?: string;
  /** Read after the label by screen readers when many such links share a page: "pour mars 2022" */
  context?: string;
  size?: "sm" | "md";
}) {
  const query = indicatorValueId ? `indicateur=${encodeURIComponent(indicatorValueId)}` : interventionId ? `intervention=${encodeURIComponent(interventionId)}` : "";
  if (!query) return null;
  return (
    <Link className={`fr-btn fr-btn--tertiary fr-icon-add-line fr-btn--icon-left${size === "sm" ? " fr-btn--sm" : ""}`} href={`/${code}/plan-actions/nouvelle?${query}`}>
      {label}
      {context && <span className="fr-sr-only"> {context}</span>}
    </Link>
  );
}
