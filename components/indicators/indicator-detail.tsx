/**
 * The indicator page's body: how the value is computed (formula and yearly rule in words,
 * target), then per scope the chart of the year and its visible table of values (the chart's
 * accessible alternative: components, value, previous year's value, target status in words,
 * comment and explanation; the yearly aggregate of both years last). A server component; the
 * chart is the only client leaf.
 */
import { aggregationInWords, formatIndicatorValue, formatTarget, formulaInWords } from "@/lib/indicators/domain";
import type { GridIndicator, GridSeries } from "@/lib/indicators/queries";
import { formatLongDate, formatNumber } from "@/lib/format";
import { IndicatorChart, type IndicatorChartPoint } from "./indicator-chart";
import styles from "./indicator-detail.module.css";

export interface AnnotationView {
  id: string;
  on: string;
  label: string;
  ofThisIndicator: boolean;
}

/** "Taux d'appels décrochés" + "services" + 2021 → "taux-d-appels-decroches-services-2021" */
function fileNameOf(label: string, scope: string, year: number): string {
  const slug = `${label} ${scope}`
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `${slug}-${year}`;
}

function figure(value: number | null): string {
  if (value === null) return "—";
  const decimals = Math.min((String(value).split(".")[1] ?? "").length, 4);
  return formatNumber(value, decimals);
}

function Status({ met, hasTarget }: { met: boolean | null; hasTarget: boolean }) {
  if (met === null) return <>{hasTarget ? "—" : "Sans objectif"}</>;
  return <p className={`fr-badge fr-badge--sm fr-badge--no-icon ${met ? "fr-badge--success" : "fr-badge--error"}`}>{met ? "Atteint" : "Non atteint"}</p>;
}

export function IndicatorFormula({ indicator }: { indicator: GridIndicator }) {
  return (
    <dl className="fr-mb-4w">
      <dt className="fr-text--bold">Formule</dt>
      <dd className="fr-ml-0 fr-mb-1w">{formulaInWords(indicator)}</dd>
      <dt className="fr-text--bold">Valeur de l’année</dt>
      <dd className="fr-ml-0 fr-mb-1w">{aggregationInWords(indicator)}</dd>
      <dt className="fr-text--bold">Objectif</dt>
      <dd className="fr-ml-0 fr-mb-1w">
        {indicator.target
          ? `${formatTarget(indicator.target, indicator.unit, indicator.precision)}${indicator.target.source === "NATIONAL" ? " (référentiel national)" : " (objectif local)"}`
          : "Pas d’objectif fixé."}
      </dd>
      {indicator.description && (
        <>
          <dt className="fr-text--bold">Définition</dt>
          <dd className="fr-ml-0">{indicator.description}</dd>
        </>
      )}
    </dl>
  );
}

export function IndicatorSeriesSection({
  indicator,
  series,
  previous,
  year,
  annotations,
  headingId,
  showScope,
}: {
  indicator: GridIndicator;
  series: GridSeries;
  /** The same scope the year before, when its periods are the same (same periodicity) */
  previous: GridSeries | null;
  year: number;
  annotations: AnnotationView[];
  headingId: string;
  showScope: boolean;
}) {
  const scopeText = showScope && series.scope ? ` (périmètre : ${series.scope})` : "";
  const { unit, precision } = indicator;
  const value = (v: number | null) => (v === null ? "—" : formatIndicatorValue(v, unit, precision));
  const previousOf = (period: number) => previous?.periods.find((p) => p.period === period) ?? null;
  const points: IndicatorChartPoint[] = series.periods.map((p) => ({
    period: p.period,
    label: p.label,
    longLabel: p.longLabel,
    value: p.value,
    previous: previousOf(p.period)?.value ?? null,
  }));
  const hasPrevious = points.some((p) => p.previous !== null);
  const hasTarget = indicator.target !== null;
  const title = `${indicator.label}${scopeText} — ${year}`;
  const captionId = `${headingId}-tableau`;
  const aggregateNote = (a: GridSeries["aggregate"]) =>
    a.source === "AS_ENTERED"
      ? "valeur saisie pour l’année"
      : a.approximate
        ? "approché : des périodes n’ont que leur valeur publiée"
        : !a.complete && a.value !== null
          ? "année incomplète"
          : null;

  return (
    <section aria-labelledby={headingId} className="fr-mb-6w">
      <h2 id={headingId} className="fr-h4">
        Valeurs {year}
        {scopeText}
      </h2>
      {points.every((p) => p.value === null) && (
        <p>
          {series.aggregate.source === "AS_ENTERED"
            ? `Seule la valeur de l’année ${year} a été saisie (${value(series.aggregate.value)}) : le graphique n’a pas de valeur par période.`
            : `Aucune valeur n’a été saisie pour ${year}.`}
        </p>
      )}
      <IndicatorChart
        title={title}
        fileName={fileNameOf(indicator.label, showScope ? series.scope : "", year)}
        year={year}
        unit={unit}
        precision={precision}
        periodicity={indicator.periodicity}
        points={points}
        hasPrevious={hasPrevious}
        target={indicator.target ? { value: indicator.target.value, direction: indicator.target.direction } : null}
        annotations={annotations.map((a) => ({ on: a.on, label: a.label }))}
      />
      {annotations.length > 0 && (
        <>
          <h3 className="fr-h6 fr-mb-1w">Événements de l’année</h3>
          <ul className="fr-mb-3w">
            {annotations.map((a) => (
              <li key={a.id}>
                {formatLongDate(new Date(`${a.on}T12:00:00Z`))} : {a.label}
                {a.ofThisIndicator ? "" : " (tous les indicateurs)"}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className={styles.scroll} tabIndex={0} role="region" aria-labelledby={captionId}>
        <table>
          <caption id={captionId}>Valeurs de {title}</caption>
          <thead>
            <tr>
              <th scope="col">Période</th>
              {indicator.components.map((c) => (
                <th scope="col" key={c.code}>
                  {c.label}
                </th>
              ))}
              <th scope="col">Valeur {year}</th>
              <th scope="col">Valeur {year - 1}</th>
              <th scope="col">
                Objectif{indicator.target ? ` ${formatTarget(indicator.target, unit, precision)}` : ""} ({year})
              </th>
              <th scope="col">Commentaire</th>
            </tr>
          </thead>
          <tbody>
            {series.periods.map((p) => {
              const before = previousOf(p.period);
              return (
                <tr key={p.period}>
                  <th scope="row">{p.longLabel}</th>
                  {indicator.components.map((c) => (
                    <td key={c.code} className={styles.figure}>
                      {figure(p.components[c.code] ?? null)}
                    </td>
                  ))}
                  <td className={styles.figure}>
                    {value(p.value)}
                    {p.isDirect && <span className={styles.note}>saisie directe</span>}
                  </td>
                  <td className={styles.figure}>{value(before?.value ?? null)}</td>
                  <td>
                    <Status met={p.met} hasTarget={hasTarget} />
                  </td>
                  <td>
                    {p.comment && <p className="fr-m-0">{p.comment}</p>}
                    {p.explanation && <p className="fr-m-0">Explication de l’écart : {p.explanation}</p>}
                  </td>
                </tr>
              );
            })}
            <tr className={styles.aggregate}>
              <th scope="row">Année {year}</th>
              {indicator.components.length > 0 && <td colSpan={indicator.components.length}>{aggregationInWords(indicator)}</td>}
              <td className={styles.figure}>
                {value(series.aggregate.value)}
                {aggregateNote(series.aggregate) && <span className={styles.note}>{aggregateNote(series.aggregate)}</span>}
              </td>
              <td className={styles.figure}>
                {value(previous?.aggregate.value ?? null)}
                {previous && aggregateNote(previous.aggregate) && <span className={styles.note}>{aggregateNote(previous.aggregate)}</span>}
              </td>
              <td>
                <Status met={series.aggregate.met} hasTarget={hasTarget} />
              </td>
              <td />
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}
