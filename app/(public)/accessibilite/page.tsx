import type { Metadata } from "next";
import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";

export const metadata: Metadata = { title: "Accessibilité" };

export default function AccessibilityPage() {
  return (
    <>
      <PageBreadcrumb current="Accessibilité" />
      <h1>Déclaration d&apos;accessibilité</h1>
      <p>
        Le portail des comités locaux des usagers s&apos;engage à rendre son service accessible conformément à
        l&apos;article 47 de la loi n° 2005-102 du 11 février 2005.
      </p>
      <h2 className="fr-h4">État de conformité</h2>
      <p>
        Le portail est <strong>non conforme</strong> au référentiel général d&apos;amélioration de
        l&apos;accessibilité (RGAA) : aucun audit n&apos;a encore été réalisé. Chaque page visitée par nos
        tests automatisés est contrôlée avec l&apos;outil axe, sans erreur détectée ; ce contrôle ne remplace pas
        un audit.
      </p>
    </>
  );
}
