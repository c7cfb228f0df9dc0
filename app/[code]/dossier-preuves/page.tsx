import type { Metadata } from "next";
import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";
import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { EvidencePackContents } from "@/components/evidence-pack/pack-contents";
import { EvidencePackDownload } from "@/components/evidence-pack/pack-download";
import { evidencePackFileName } from "@/lib/evidence-pack";
import { requireEvidencePack } from "@/lib/evidence-pack/loaders";

export const metadata: Metadata = { title: "Dossier de preuves pour l'audit" };

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ annee?: string | string[] }> };

export default async function EvidencePackPage({ params, searchParams }: Props) {
  const { code } = await params;
  const { annee } = await searchParams;
  const { prefecture, year, plan, years } = await requireEvidencePack(code, Array.isArray(annee) ? annee[0] : annee);
  const href = `/${prefecture.code}/dossier-preuves/telecharger?annee=${year}`;
  return (
    <>
      <PageBreadcrumb code={code} segments={[{ label: "Démarche qualité", href: `/${code}/demarche-qualite` }]} current="Dossier de preuves" />
      <h1>Dossier de preuves pour l&apos;audit</h1>
      <p className="fr-text--lead">
        Les pièces d&apos;une année en un seul fichier ZIP, à remettre à l&apos;auditeur : indicateurs, bilan annuel, comptes rendus validés, plan
        d&apos;actions, registre des demandes et résultats d&apos;enquêtes.
      </p>
      <FilterForm action={`/${code}/dossier-preuves`} label="Choix de l'année">
        <FilterSelect name="annee" label="Année" value={String(year)} options={years.map((y) => ({ value: String(y), label: String(y) }))} />
      </FilterForm>
      <EvidencePackContents year={year} files={plan.files.map((f) => ({ name: f.name, title: f.title }))} />
      <EvidencePackDownload href={href} fileName={evidencePackFileName(prefecture.code, year)} year={year} total={plan.files.length} />
    </>
  );
}
