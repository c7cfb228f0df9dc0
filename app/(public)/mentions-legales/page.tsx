import type { Metadata } from "next";
import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";

export const metadata: Metadata = { title: "Mentions légales" };

export default function LegalPage() {
  return (
    <>
      <PageBreadcrumb current="Mentions légales" />
      <h1>Mentions légales</h1>
      <p>
        Portail de démonstration des comités locaux des usagers. Les noms, fonctions et organismes des membres
        proviennent de comptes rendus publiés par les préfectures ; les adresses électroniques et numéros de
        téléphone affichés sont fictifs.
      </p>
    </>
  );
}
