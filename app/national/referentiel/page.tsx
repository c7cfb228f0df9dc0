import type { Metadata } from "next";
import Link from "next/link";
import { authorize } from "@/lib/auth/session";
import { formatTarget } from "@/lib/indicators/domain";
import { listReferential } from "@/lib/indicators/queries";
import { PERIODICITY_LABELS } from "@/lib/indicators/vocabulary";
import { formatLongDate, formatNumber } from "@/lib/format";
import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";

export const metadata: Metadata = { title: "Référentiel des indicateurs" };

/** The national referential of indicators, each with its versions (national administrators). */
export default async function ReferentialPage() {
  await authorize("national.read", { kind: "national" }, "/national/referentiel");
  const definitions = await listReferential();
  return (
    <>
      <PageBreadcrumb segments={[{ label: "Administration nationale", href: "/national" }]} current="Référentiel des indicateurs" />
      <h1>Référentiel des indicateurs</h1>
      <p>
        Chaque changement de formule, de composantes ou d’objectif crée une nouvelle version, en vigueur à une date : les valeurs déjà saisies
        restent attachées à la version sous laquelle elles l’ont été.
      </p>
      <p>
        <Link className="fr-btn fr-icon-add-line fr-btn--icon-left" href="/national/referentiel/nouveau">
          Nouvel indicateur
        </Link>
      </p>
      <div className="fr-table">
        <table>
          <caption>Indicateurs du référentiel national ({formatNumber(definitions.length)})</caption>
          <thead>
            <tr>
              <th scope="col">Indicateur</th>
              <th scope="col">Périodicité</th>
              <th scope="col">Objectif</th>
              <th scope="col">Version en vigueur</th>
              <th scope="col">Préfectures qui le suivent</th>
            </tr>
          </thead>
          <tbody>
            {definitions.map((d) => {
              const current = d.versions[d.versions.length - 1]!;
              return (
                <tr key={d.id}>
                  <th scope="row">
                    <Link href={`/national/referentiel/${d.code}`}>{current.label}</Link>
                    <br />
                    <span className="fr-text--xs">{d.code}</span>
                  </th>
                  <td>{PERIODICITY_LABELS[current.periodicity]}</td>
                  <td>{current.target ? formatTarget(current.target, current.unit, current.precision) : "—"}</td>
                  <td>
                    n° {current.versionNumber}, depuis le {formatLongDate(new Date(`${current.effectiveFrom}T12:00:00Z`))}
                  </td>
                  <td>{formatNumber(d.followers)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
