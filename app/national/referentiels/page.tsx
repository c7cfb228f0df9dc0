import type { Metadata } from "next";
import Link from "next/link";
import { authorize } from "@/lib/auth/session";
import { listFrameworks } from "@/lib/frameworks/queries";
import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";
import { FrameworkList } from "@/components/frameworks/framework-list";

export const metadata: Metadata = { title: "Référentiels qualité" };

/** The quality referentials (Qual-e-Pref, Services Publics+, the prefectures' own). */
export default async function FrameworksPage() {
  await authorize("national.read", { kind: "national" }, "/national/referentiels");
  const frameworks = await listFrameworks();
  return (
    <>
      <PageBreadcrumb segments={[{ label: "Administration nationale", href: "/national" }]} current="Référentiels qualité" />
      <h1>Référentiels qualité</h1>
      <p>
        Chaque référentiel a des versions successives, en vigueur à des dates qui ne se chevauchent pas ; chaque version a ses modules et ses
        engagements. Les labels, auto-évaluations, actions d’amélioration et indicateurs renvoient à la version qu’ils concernent.
      </p>
      <p>
        <Link className="fr-btn fr-icon-add-line fr-btn--icon-left" href="/national/referentiels/nouveau">
          Nouveau référentiel
        </Link>
      </p>
      <FrameworkList frameworks={frameworks} />
    </>
  );
}
