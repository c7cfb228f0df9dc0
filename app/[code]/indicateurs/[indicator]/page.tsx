import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requirePrefectureAccess } from "@/lib/prefectures/loaders";
import { getIndicatorDetail } from "@/lib/indicators/loaders";
import { dayOf } from "@/lib/periods";
import { MAX_YEAR, MIN_YEAR } from "@/lib/validation";
import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";
import { IndicatorFormula, IndicatorSeriesSection } from "@/components/indicators/indicator-detail";
import { IndicatorHistory } from "@/components/indicators/indicator-history";

type Props = {
  params: Promise<{ code: string; indicator: string }>;
  searchParams: Promise<{ annee?: string | string[] }>;
};

const yearParam = z.coerce.number().int().min(MIN_YEAR).max(MAX_YEAR);
/** Definition codes: CALL_PICKUP_RATE */
const indicatorParam = z.string().regex(/^[A-Z0-9_]{1,80}$/);

/** prefecture (404) → session → "results.read" (403) → followed indicator of that code (404). */
async function load({ params, searchParams }: Props) {
  const { code, indicator } = await params;
  const { prefecture } = await requirePrefectureAccess(code, "results.read");
  const parsedCode = indicatorParam.safeParse(indicator);
  if (!parsedCode.success) notFound();
  const asked = (await searchParams).annee;
  const parsedYear = yearParam.safeParse(asked);
  const currentYear = dayOf(new Date()).getUTCFullYear();
  const year = parsedYear.success ? parsedYear.data : currentYear;
  const detail = await getIndicatorDetail(prefecture.id, parsedCode.data, year);
  if (!detail) notFound();
  return { code, detail, currentYear, badYear: !parsedYear.success && asked !== undefined };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { detail } = await load(props);
  return { title: `${detail.label} — ${detail.year}` };
}

export default async function IndicatorPage(props: Props) {
  const { code, detail, currentYear, badYear } = await load(props);
  const { year, indicator, previous } = detail;
  const here = `/${code}/indicateurs/${detail.code}`;
  const years = [...new Set([...detail.yearsWithValues, currentYear, year])].sort((a, b) => a - b);
  const showScope = (indicator?.series.length ?? 0) > 1 || indicator?.series.some((s) => s.scope !== "") === true;
  const sameYearShape = previous !== null && indicator !== null && previous.periodicity === indicator.periodicity;

  return (
    <>
      <PageBreadcrumb code={code} segments={[{ label: "Indicateurs", href: `/${code}/indicateurs?annee=${year}` }]} current={detail.label} />
      <h1>
        {detail.label} — {year}
      </h1>
      <nav aria-label="Années" className="fr-mb-3w">
        <ul className="fr-tags-group">
          {years.map((y) => (
            <li key={y}>
              <Link className="fr-tag" href={`${here}?annee=${y}`} aria-current={y === year ? "page" : undefined}>
                {y}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {badYear && <p className="fr-error-text">Année inconnue : voici l’année {year}.</p>}
      {!indicator ? (
        <p>Aucune version de cet indicateur n’est en vigueur en {year} : il n’a pas de valeur cette année-là.</p>
      ) : (
        <>
          <IndicatorFormula indicator={indicator} />
          {indicator.series.map((series, i) => (
            <IndicatorSeriesSection
              key={series.scope}
              indicator={indicator}
              series={series}
              previous={sameYearShape ? (previous.series.find((s) => s.scope === series.scope) ?? null) : null}
              year={year}
              annotations={detail.annotations}
              headingId={`serie-${i}`}
              showScope={showScope}
            />
          ))}
          <section aria-labelledby="historique">
            <h2 id="historique" className="fr-h4">
              Historique des modifications
            </h2>
            <IndicatorHistory
              year={year}
              entries={detail.history.entries}
              olderCount={detail.history.olderCount}
              components={indicator.components}
              unit={indicator.unit}
              precision={indicator.precision}
              showScope={showScope}
            />
          </section>
        </>
      )}
    </>
  );
}
