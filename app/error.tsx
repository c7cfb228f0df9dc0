"use client";
import { ErrorPage } from "@/components/errors/error-page";

export default function ErrorBoundary({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="contenu" tabIndex={-1} className="fr-container">
      <ErrorPage
        code="Erreur 500"
        title="Erreur inattendue"
        lead="Désolé, le service rencontre un problème. Nous travaillons pour le résoudre le plus rapidement possible."
      >
        <p className="fr-text--sm fr-mb-5w">
          Essayez de rafraîchir la page ou réessayez un peu plus tard.{" "}
          <button type="button" className="fr-link" onClick={() => reset()}>
            Réessayer
          </button>
        </p>
      </ErrorPage>
    </main>
  );
}
