import { Footer } from "@codegouvfr/react-dsfr/Footer";

export function SiteFooter() {
  return (
    <Footer
      id="pied-de-page"
      brandTop={
        <>
          République
          <br />
          Française
        </>
      }
      homeLinkProps={{ href: "/", title: "Accueil — Comités locaux des usagers" }}
      contentDescription="Portail des comités locaux des usagers et de l'amélioration continue des préfectures : séances, comptes rendus, indicateurs qualité Qual-e-Pref et Services Publics+."
      // No RGAA audit has been carried out yet: the law requires saying so.
      accessibility="non compliant"
      accessibilityLinkProps={{ href: "/accessibilite" }}
      termsLinkProps={{ href: "/mentions-legales" }}
    />
  );
}
