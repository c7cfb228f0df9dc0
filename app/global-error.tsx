"use client";
/** Last resort when the root layout itself fails: no DSFR provider is available here. */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="fr">
      <body>
        <main id="contenu" style={{ fontFamily: "sans-serif", padding: "3rem", maxWidth: "40rem" }}>
          <h1>Erreur inattendue</h1>
          <p>Erreur 500 — le service rencontre un problème. Réessayez dans quelques instants.</p>
          <button type="button" onClick={() => reset()}>
            Réessayer
          </button>
        </main>
      </body>
    </html>
  );
}
