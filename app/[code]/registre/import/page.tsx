import type { Metadata } from "next";
import { requirePrefectureAccess } from "@/lib/prefectures/loaders";
import { REGISTER_CSV_COLUMNS } from "@/lib/register/import";
import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";
import { RegisterImportForm } from "@/components/register/register-import-form";
import { ScrollTable } from "@/components/ui/scroll-table";

export const metadata: Metadata = { title: "Importer un registre" };

export default async function RegisterImportPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const { prefecture } = await requirePrefectureAccess(code, "register.manage");
  const example = [REGISTER_CSV_COLUMNS.map((c) => c.header).join(";"), "2021-007;29/04/2021;Courriel;Demande d'information;Rendez-vous pour une carte d'identité;Bureau des titres;29/04/2021;;;06/05/2021"].join("\n");
  return (
    <>
      <PageBreadcrumb code={code} segments={[{ label: "Registre", href: `/${code}/registre` }]} current="Importer un registre" />
      <h1>Importer un registre</h1>
      <p>
        Reprenez un tableau de suivi tenu dans un tableur : enregistrez-le au format CSV (séparateur point-virgule, « CSV (séparateur : point-virgule) » dans Excel). Le
        fichier est d&apos;abord vérifié ligne par ligne ; l&apos;import enregistre alors toutes les demandes, ou aucune si une ligne est refusée.
      </p>
      <section aria-labelledby="colonnes" className="fr-mb-4w">
        <h2 id="colonnes" className="fr-h4">
          Colonnes du fichier
        </h2>
        <p>La première ligne nomme les colonnes (majuscules et accents indifférents, dans n&apos;importe quel ordre). Les colonnes inconnues sont ignorées.</p>
        <ScrollTable captionId="colonnes-tableau" caption="Colonnes attendues">
          <thead>
            <tr>
              <th scope="col">Colonne</th>
              <th scope="col">Obligatoire</th>
              <th scope="col">Contenu</th>
            </tr>
          </thead>
          <tbody>
            {REGISTER_CSV_COLUMNS.map((c) => (
              <tr key={c.field}>
                <th scope="row">{c.header}</th>
                <td>{c.required ? "Oui" : "Non"}</td>
                <td>{c.description}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
        <p className="fr-mb-1w">Exemple :</p>
        <pre className="fr-text--sm" style={{ whiteSpace: "pre-wrap" }}>
          {example}
        </pre>
      </section>
      <RegisterImportForm code={code} prefectureId={prefecture.id} />
    </>
  );
}
