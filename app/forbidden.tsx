import { SiteHeader } from "@/components/layout/site-header";
import { ErrorPage } from "@/components/errors/error-page";

export default function Forbidden() {
  return (
    <>
      <SiteHeader />
      <main id="contenu" tabIndex={-1} className="fr-container">
        <ErrorPage
          code="Erreur 403"
          title="Accès refusé"
          lead="Vous n'avez pas accès à cette page avec votre compte."
        >
          <p className="fr-text--sm fr-mb-5w">
            Les données d&apos;une préfecture ne sont visibles que par les personnes qui y ont un rôle. Si vous
            pensez que c&apos;est une erreur, contactez le ou la référent(e) qualité de la préfecture.
          </p>
        </ErrorPage>
      </main>
    </>
  );
}
