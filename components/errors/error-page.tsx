/** The DSFR error page layout (404, 403, 500). */
import type { ReactNode } from "react";
import Link from "next/link";

export function ErrorPage({
  code,
  title,
  lead,
  children,
}: {
  code: string;
  title: string;
  lead: string;
  children?: ReactNode;
}) {
  return (
    <div className="fr-my-7w fr-mt-md-12w fr-mb-md-10w fr-grid-row fr-grid-row--gutters fr-grid-row--middle fr-grid-row--center">
      <div className="fr-py-0 fr-col-12 fr-col-md-6">
        <h1>{title}</h1>
        <p className="fr-text--sm fr-mb-3w">{code}</p>
        <p className="fr-text--lead fr-mb-3w">{lead}</p>
        {children}
        <ul className="fr-btns-group fr-btns-group--inline-md">
          <li>
            <Link className="fr-btn" href="/">
              Page d&apos;accueil
            </Link>
          </li>
        </ul>
      </div>
    </div>
  );
}
