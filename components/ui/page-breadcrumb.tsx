/**
 * The DSFR breadcrumb of an inner page: "Accueil" (the portal's home), then, inside a
 * prefecture's space, its dashboard, then the given segments; the current page last, as text.
 * Works in server components (react-dsfr's Breadcrumb needs no client state; the DSFR script
 * drives its "Voir le fil d'Ariane" button on small screens).
 */
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";

export interface BreadcrumbSegment {
  label: string;
  href: string;
}

export function PageBreadcrumb({
  code,
  segments = [],
  current,
}: {
  /** The prefecture's space the page belongs to: adds its "Tableau de bord". */
  code?: string;
  segments?: BreadcrumbSegment[];
  current: string;
}) {
  const all = [...(code ? [{ label: "Tableau de bord", href: `/${code}` }] : []), ...segments];
  return (
    <Breadcrumb
      homeLinkProps={{ href: "/" }}
      segments={all.map((s) => ({ label: s.label, linkProps: { href: s.href } }))}
      currentPageLabel={current}
      className="fr-mt-0 fr-mb-3w"
    />
  );
}
