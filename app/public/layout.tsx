/**
 * Layout of the public pages. They are prerendered and shared by every visitor (and by the
 * reverse-proxy cache), so nothing here may depend on who asks: the header has no "Se
 * connecter" / "Mon compte" switch (SiteHeader reads the session), and no menu that needs
 * JavaScript — public pages run no script at all (CSP `script-src 'none'`, ADR 0005).
 */
import type { ReactNode } from "react";
import { Header } from "@codegouvfr/react-dsfr/Header";

export default function PublicPagesLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <Header
        // The skip link "Menu" of the root layout points here.
        id="navigation-principale"
        brandTop={
          <>
            République
            <br />
            Française
          </>
        }
        disableDisplay
        serviceTitle="Comités locaux des usagers"
        serviceTagline="Comptes rendus publiés des CLU et CLAC des préfectures"
        homeLinkProps={{ href: "/", title: "Accueil — Comités locaux des usagers" }}
      />
      <main id="contenu" tabIndex={-1} className="fr-container fr-py-6w">
        {children}
      </main>
    </>
  );
}
