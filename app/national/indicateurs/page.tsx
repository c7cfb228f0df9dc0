import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { authorize } from "@/lib/auth/session";
import { formatIndicatorValue, formatTarget } from "@/lib/indicators/domain";
import { getIndicatorAcrossPrefectures, listNationalIndicators } from "@/lib/indicators/queries";
import { dayOf } from "@/lib/periods";
import { MAX_YEAR, MIN_YEAR } from "@/lib/validation";
import { formatNumber } from "@/lib/format";
import { NationalChart } from "@/components/indicators/national-chart";
import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";

export const metadata: Metadata = { title: "Indicateurs — comparaison nationale" };

const yearParam = z.coerce.number().int().min(MIN_YEAR).max(MAX_YEAR);

/** One indicator across every prefecture for a year (national administrators). */
export default async function NationalIndicatorsPage({ searchParams }: { searchParams: Promise<{ indicateur?: string | string[]; annee?: string | string[] }> }) {
  await authorize("national.read", { kind: "national" }, "/national/indicateurs");
  const asked = await searchParams;
  const today = dayOf(new Date());
  const year = yearParam.safeParse(asked.annee).data ?? today.getUTCFullYear() - 1;
  const indicators = await listNationalIndicators(today);
  const code = typeof asked.indicateur === "string" && indicators.some((i) => i.code === asked.indicateur) ? asked.indicateur : (indicators.find((i) => i.code === "CALL_PICKUP_RATE") ?? indicators[0])?.code;
  const comparison = code ? await getIndicatorAcrossPrefectures(code, year) : null;
  const withValue = comparison?.rows.filter((r) => r.value !== null) ?? [];
  const met = withValue.filter((r) => r.met === true).length;
  const rowLabel = (r: { prefectureName: string; prefectureCode: string; scope: string }) => `${r.prefectureName} (${r.prefectureCode})${r.scope ? ` — ${r.scope}` : ""}`;

  return (
    <>
      <PageBreadcrumb segments={[{ label: "Administration nationale", href: "/national" }]} current="Indicateurs" />
      <h1>Comparaison nationale des indicateurs</h1>
      <form method="get" className="fr-mb-4w">
        <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
          <div className="fr-col-12 fr-col-md-7">
            <div className="fr-select-group">
              <label className="fr-label" htmlFor="indicateur">
                Indicateur
              </label>
              <select className="fr-select" id="indicateur" name="indicateur" defaultValue={code}>
                {indicators.map((i) => (
                  <option key={i.code} value={i.code}>
                    {i.label}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="fr-col-6 fr-col-md-2">
            <div className="fr-input-group">
              <label className="fr-label" htmlFor="annee">
                Année
              </label>
              <input className="fr-input" id="annee" name="annee" type="number" min={MIN_YEAR} max={MAX_YEAR} defaultValue={year} />
            </div>
          </div>
          <div className="fr-col-6 fr-col-md-3">
            <button type="submit" className="fr-btn">
              Afficher
            </button>
          </div>
        </div>
      </form>
      {!comparison ? (
        <p>Cet indicateur n’a pas de version en vigueur en {year}.</p>
      ) : (
        <>
          <h2>
            {comparison.label} — {year}
          </h2>
          <p>
            {withValue.length === 0
              ? `Aucune préfecture n’a de valeur en ${year}.`
              : `${formatNumber(withValue.length)} préfecture${withValue.length > 1 ? "s" : ""} ou périmètre${withValue.length > 1 ? "s" : ""} avec une valeur${comparison.target ? ` ; objectif atteint par ${formatNumber(met)}` : ""}. Objectif du référentiel : ${comparison.target ? formatTarget(comparison.target, comparison.unit, comparison.precision) : "aucun"}.`}
          </p>
          {withValue.length > 0 && (
            <NationalChart
              title={`${comparison.label} — ${year}, par préfecture`}
              bars={withValue.map((r) => ({ label: rowLabel(r), value: r.value!, text: formatIndicatorValue(r.value!, comparison.unit, comparison.precision), met: r.met }))}
              target={comparison.target ? { value: comparison.target.value, text: formatTarget(comparison.target, comparison.unit, comparison.precision) } : null}
            />
          )}
          <div className="fr-table">
            <table>
              <caption>
                {comparison.label} — {year}, valeur annuelle par préfecture (meilleure d’abord)
              </caption>
              <thead>
                <tr>
                  <th scope="col">Rang</th>
                  <th scope="col">Préfecture</th>
                  <th scope="col">Valeur {year}</th>
                  <th scope="col">Objectif</th>
                  <th scope="col">Statut</th>
                </tr>
              </thead>
              <tbody>
                {comparison.rows.map((r, i) => (
                  <tr key={`${r.prefectureCode}:${r.scope}`}>
                    <td>{r.value === null ? "—" : i + 1}</td>
                    <th scope="row">
                      <Link href={`/${r.prefectureCode}/indicateurs/${comparison.code}?annee=${year}`}>{rowLabel(r)}</Link>
                    </th>
                    <td>
                      {r.value === null ? "Pas de valeur" : formatIndicatorValue(r.value, comparison.unit, comparison.precision)}
                      {r.value !== null && !r.complete && " (année incomplète)"}
                    </td>
                    <td>{r.target ? `${formatTarget(r.target, comparison.unit, comparison.precision)}${r.target.source === "NATIONAL" ? "" : " (local)"}` : "—"}</td>
                    <td>{r.met === null ? "—" : r.met ? "Atteint" : "Non atteint"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
