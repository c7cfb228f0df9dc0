import { SiteHeader } from "@/components/layout/site-header";
import { ErrorPage } from "@/components/errors/error-page";

export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="contenu" tabIndex={-1} className="fr-container">
        <ErrorPage
          code="Erreur 404"
          title="Page non trouvée"
          lead="La page que vous cherchez est introuvable. Excusez-nous pour la gêne occasionnée."
        >
          <p className="fr-text--sm fr-mb-5w">
            Si vous avez tapé l&apos;adresse web dans le navigateur, vérifiez qu&apos;elle est correcte. La page
            n&apos;est peut-être plus disponible.
          </p>
        </ErrorPage>
      </main>
    </>
  );
}
