/**
 * The yearly results report on screen and on paper: the summary (met / not met / without
 * target / without data), then one block per followed indicator — the yearly figure per scope
 * with its status in words and colour, the target, the trend sentence, the small chart with its
 * values in a visible table, and the explanations entered for the periods that missed their
 * target. Server component: everything is text and inline SVG; only the buttons are client
 * leaves. The page wraps it in `.yearly-report`, the root the print stylesheet keys on.
 */
import Link from "next/link";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import type { YearlyReport } from "@/lib/yearly-report";
import { sparklineLabel, type ReportIndicator, type ReportSeries, type ReportStatus } from "@/lib/yearly-report/domain";
import { SurveyResults } from "@/components/surveys/survey-results";
import { Sparkline } from "./sparkline";
import "./yearly-report-print.css";

const SEVERITY: Record<ReportStatus, "success" | "error" | "info" | undefined> = {
  MET: "success",
  NOT_MET: "error",
  NO_TARGET: undefined,
  NO_DATA: undefined,
};

export function StatusBadge({ status, text }: { status: ReportStatus; text: string }) {
  const severity = SEVERITY[status];
  return severity ? (
    <Badge severity={severity} small>
      {text}
    </Badge>
  ) : (
    <Badge small noIcon>
      {text}
    </Badge>
  );
}

function Summary({ report }: { report: YearlyReport }) {
  const { total, met, notMet, noTarget, noData } = report.summary;
  return (
    <section className="yearly-report-section fr-mb-6w" aria-labelledby="bilan-synthese">
      <h2 id="bilan-synthese">Synthèse</h2>
      <p>
        {total === 0
          ? `Aucun indicateur n'est suivi en ${report.year}.`
          : `${total} indicateur${total > 1 ? "s" : ""} suivi${total > 1 ? "s" : ""} en ${report.year}, comparé${total > 1 ? "s" : ""} à leur objectif et à ${report.previousYear} :`}
      </p>
      {total > 0 && (
        <ul>
          <li>
            <strong>{met}</strong> objectif{met > 1 ? "s" : ""} atteint{met > 1 ? "s" : ""}
          </li>
          <li>
            <strong>{notMet}</strong> objectif{notMet > 1 ? "s" : ""} non atteint{notMet > 1 ? "s" : ""}
          </li>
          <li>
            <strong>{noTarget}</strong> indicateur{noTarget > 1 ? "s" : ""} sans objectif fixé
          </li>
          <li>
            <strong>{noData}</strong> indicateur{noData > 1 ? "s" : ""} sans données pour {report.year}
          </li>
        </ul>
      )}
    </section>
  );
}

function PeriodValues({ series, caption, id, valueHeader }: { series: ReportSeries; caption: string; id: string; valueHeader: string }) {
  return (
    <div className="yearly-report-values" role="region" aria-labelledby={id} tabIndex={0}>
      <table>
        <caption id={id} className="fr-text--sm fr-mb-1v" style={{ textAlign: "left" }}>
          {caption}
        </caption>
        <tbody>
          <tr>
            <th scope="row">Période</th>
            {series.periods.map((p) => (
              <th scope="col" key={p.period}>
                <abbr title={p.longLabel}>{p.label}</abbr>
              </th>
            ))}
          </tr>
          <tr>
            <th scope="row">{valueHeader}</th>
            {series.periods.map((p) => (
              <td key={p.period}>{p.shortText}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">Objectif atteint</th>
            {series.periods.map((p) => (
              <td key={p.period}>{p.value === null || p.met === null ? "—" : p.met ? "oui" : "non"}</td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}

function SeriesBlock({ report, indicator, series, idBase }: { report: YearlyReport; indicator: ReportIndicator; series: ReportSeries; idBase: string }) {
  const named = series.scope ? ` (${series.scope})` : "";
  const hasPeriods = series.periods.length > 1 && series.periods.some((p) => p.value !== null);
  // A line needs two points: with one value the table says it all.
  const hasLine = series.periods.filter((p) => p.value !== null).length > 1;
  return (
    <div className="fr-mb-3w">
      {series.scope && <h4 className="fr-h6 fr-mb-1w">Périmètre : {series.scope}</h4>}
      <p className="fr-mb-1w">
        <span className="fr-text--lead fr-text--bold">
          {report.year} : {series.aggregateText}
        </span>{" "}
        <StatusBadge status={series.status} text={series.statusText} />
      </p>
      {series.aggregateNote && <p className="fr-text--sm fr-mb-1w">{series.aggregateNote}</p>}
      <p className="fr-mb-2w">{series.trendSentence}</p>
      {hasPeriods && (
        <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--middle fr-mb-1w">
          {hasLine && (
            <div className="fr-col-12 fr-col-md-4">
              <Sparkline
                periods={series.periods}
                target={indicator.target?.value ?? null}
                label={`${indicator.label}${named} — ${sparklineLabel(series.periods, { year: report.year, unit: indicator.unit, precision: indicator.precision, targetText: indicator.targetText })}`}
              />
            </div>
          )}
          <div className="fr-col-12 fr-col-md-8">
            <PeriodValues series={series} valueHeader={indicator.valueHeader} id={`${idBase}-valeurs`} caption={`Valeurs de ${report.year} par période — ${indicator.label}${named}`} />
          </div>
        </div>
      )}
      {series.explanations.length > 0 && (
        <>
          <p className="fr-text--bold fr-mb-1v">Explications des objectifs non atteints{named}</p>
          <ul>
            {series.explanations.map((e) => (
              <li key={e.period}>
                {e.period.charAt(0).toUpperCase() + e.period.slice(1)} : {e.text}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function IndicatorBlock({ report, indicator }: { report: YearlyReport; indicator: ReportIndicator }) {
  const id = `bilan-${indicator.code.toLowerCase()}`;
  return (
    <article className="yearly-report-indicator fr-mb-6w fr-pt-3w" style={{ borderTop: "1px solid var(--border-default-grey)" }} aria-labelledby={`${id}-titre`}>
      <h3 id={`${id}-titre`} className="fr-h5 fr-mb-1w">
        {indicator.label}
      </h3>
      <p className="fr-mb-1w">
        <strong>Objectif :</strong> {indicator.targetText ?? "pas d'objectif fixé"}. <strong>Résultat :</strong>{" "}
        <StatusBadge status={indicator.status} text={indicator.statusText} />
      </p>
      <p className="fr-text--sm fr-mb-2w fr-no-print">
        <Link className="fr-link" href={`/${report.prefecture.code}/indicateurs/${encodeURIComponent(indicator.code)}?annee=${report.year}`}>
          Graphique, formule et historique<span className="fr-sr-only"> — {indicator.label}</span>
        </Link>
      </p>
      {indicator.series.map((series) => (
        <SeriesBlock key={series.scope} report={report} indicator={indicator} series={series} idBase={`${id}${series.scope ? `-${series.scope}` : ""}`} />
      ))}
    </article>
  );
}

export function YearlyReportView({ report }: { report: YearlyReport }) {
  return (
    <>
      <Summary report={report} />
      <section className="yearly-report-section" aria-labelledby="bilan-indicateurs">
        <h2 id="bilan-indicateurs">Résultats par indicateur</h2>
        {report.indicators.map((indicator) => (
          <IndicatorBlock key={indicator.definitionId} report={report} indicator={indicator} />
        ))}
      </section>
      <section className="yearly-report-section" aria-labelledby="bilan-enquetes">
        <h2 id="bilan-enquetes">Enquêtes</h2>
        {report.surveys.length === 0 && <p>Aucune enquête n’a été enregistrée pour {report.year}.</p>}
        {report.surveys.map((survey) => (
          <article key={survey.id} className="yearly-report-indicator fr-mb-6w" aria-labelledby={`enquete-${survey.id}`}>
            <h3 id={`enquete-${survey.id}`} className="fr-h5 fr-mb-1w">
              {survey.title}
            </h3>
            <SurveyResults survey={survey} headingLevel="h4" />
          </article>
        ))}
      </section>
    </>
  );
}
