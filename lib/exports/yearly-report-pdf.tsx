/**
 * The yearly results report (bilan annuel des indicateurs) as a PDF, the material of the next
 * committee: the bloc-marque, the year's summary, then one block per followed indicator — its
 * yearly figure per scope against the target, the status in words, the trend against the
 * previous year, a small chart of the periods (drawn with react-pdf's <Svg> from the same
 * geometry as the web page's) with the values beside it, and the explanations of missed
 * targets. Same machinery as the meeting documents (convocation-pdf.tsx): @react-pdf/renderer
 * loaded on first use, Marianne, "Page n sur N" at the bottom of every page.
 */
import type { ReactNode } from "react";
import { formatCount, formatNumber, formatPercent, prefectureOf } from "@/lib/format";
import type { SurveyResult } from "@/lib/surveys/domain";
import {
  sparklineGeometry,
  yearlyReportTitle,
  type ReportIndicator,
  type ReportSeries,
  type ReportStatus,
  type YearlyReportData,
} from "@/lib/yearly-report/domain";
import { EMBLEM, MOTTO } from "./brand";
import { BLUE_FRANCE, CM, type PdfKit, type PdfStyle, artwork, baseStyles, loadReactPdf, pageStyle, pdfKit } from "./convocation-pdf";
import { pdfSafe, stateHeaderLines } from "./format";

export interface YearlyReportPdfData extends YearlyReportData {
  prefecture: { name: string; stateHeader: string };
  /** The year's surveys with their results (lib/surveys), printed after the indicators */
  surveys?: readonly SurveyResult[];
}

const BORDER = "#929292";
const STATUS_COLOURS: Record<ReportStatus, string> = { MET: "#18753c", NOT_MET: "#ce0500", NO_TARGET: "#3a3a3a", NO_DATA: "#666666" };
const SPARK = { width: 150, height: 40 };

const s = {
  page: { ...baseStyles.page, paddingTop: 1.5 * CM, paddingBottom: 2 * CM, paddingLeft: 1.8 * CM, paddingRight: 1.8 * CM },
  title: { fontWeight: "bold", fontSize: 16, lineHeight: 1.3, color: BLUE_FRANCE, marginTop: 14, marginBottom: 4 },
  subtitle: { fontSize: 10.5, marginBottom: 10 },
  summaryBox: { border: `1pt solid ${BORDER}`, padding: 8, marginBottom: 12 },
  summaryTitle: { fontWeight: "bold", fontSize: 11, marginBottom: 3 },
  indicator: { marginTop: 10, paddingTop: 8, borderTop: `1pt solid ${BORDER}` },
  indicatorTitle: { fontWeight: "bold", fontSize: 12, lineHeight: 1.3, color: BLUE_FRANCE, marginBottom: 3 },
  line: { fontSize: 9.5, marginBottom: 2 },
  bold: { fontWeight: "bold" },
  tableRow: { flexDirection: "row", borderLeft: `0.75pt solid ${BORDER}` },
  headCell: { fontWeight: "bold", fontSize: 8.5, backgroundColor: "#eeeeee", padding: 3, borderRight: `0.75pt solid ${BORDER}`, borderBottom: `0.75pt solid ${BORDER}`, borderTop: `0.75pt solid ${BORDER}` },
  cell: { fontSize: 8.5, padding: 3, borderRight: `0.75pt solid ${BORDER}`, borderBottom: `0.75pt solid ${BORDER}` },
  periodCell: { fontSize: 7, padding: 2, textAlign: "center", borderRight: `0.5pt solid ${BORDER}`, borderBottom: `0.5pt solid ${BORDER}` },
  chartRow: { flexDirection: "row", marginTop: 5, alignItems: "flex-start" },
  note: { fontSize: 8.5, fontStyle: "italic", color: "#444444", marginTop: 2 },
  explanationTitle: { fontWeight: "bold", fontSize: 9.5, marginTop: 5 },
  explanation: { fontSize: 9, marginLeft: 8 },
  footer: { position: "absolute", bottom: 0.9 * CM, left: 1.8 * CM, right: 1.8 * CM, fontSize: 8, color: "#555555", textAlign: "right" },
  footerLabel: { position: "absolute", bottom: 0.9 * CM, left: 1.8 * CM, right: 4 * CM, fontSize: 8, color: "#555555" },
} satisfies Record<string, PdfStyle>;

const COLUMNS = { scope: "22%", value: "18%", status: "16%", previous: "16%", trend: "28%" } as const;

function letterhead(kit: PdfKit, data: YearlyReportPdfData): ReactNode {
  const { R, text } = kit;
  return (
    <R.View>
      <R.View style={{ marginBottom: 5 }}>{artwork(kit, EMBLEM, 36)}</R.View>
      {stateHeaderLines(data.prefecture.stateHeader).map((l, i) => text(baseStyles.stateLine, l, `h${i}`))}
      <R.View style={{ marginTop: 5 }}>{artwork(kit, MOTTO, 34.5)}</R.View>
    </R.View>
  );
}

function summary(kit: PdfKit, data: YearlyReportPdfData): ReactNode {
  const { R, text } = kit;
  const { total, met, notMet, noTarget, noData } = data.summary;
  const lines = [
    `${total} indicateur${total > 1 ? "s" : ""} suivi${total > 1 ? "s" : ""} en ${data.year}`,
    `Objectif atteint : ${met}`,
    `Objectif non atteint : ${notMet}`,
    `Sans objectif fixé : ${noTarget}`,
    `Sans données : ${noData}`,
  ];
  return (
    <R.View style={s.summaryBox} wrap={false}>
      {text(s.summaryTitle, "Synthèse")}
      {lines.map((l, i) => text(s.line, l, i))}
    </R.View>
  );
}

function sparkline(kit: PdfKit, indicator: ReportIndicator, series: ReportSeries): ReactNode {
  const { R } = kit;
  const g = sparklineGeometry(series.periods, { ...SPARK, target: indicator.target?.value ?? null });
  if (g.points.length < 2) return null;
  return (
    <R.Svg width={SPARK.width} height={SPARK.height} viewBox={`0 0 ${SPARK.width} ${SPARK.height}`}>
      <R.Rect x={0} y={0} width={SPARK.width} height={SPARK.height} fill="#f6f6f6" />
      {g.targetY !== null ? (
        <R.Line x1={0} y1={g.targetY} x2={SPARK.width} y2={g.targetY} stroke="#666666" strokeWidth={0.75} strokeDasharray="3 2" />
      ) : null}
      {g.runs.map((points, i) => (
        <R.Polyline key={`r${i}`} points={points} stroke={BLUE_FRANCE} strokeWidth={1.2} fill="none" />
      ))}
      {g.points.map((p) => (
        <R.Circle key={`p${p.index}`} cx={p.x} cy={p.y} r={1.8} fill={p.met === false ? STATUS_COLOURS.NOT_MET : BLUE_FRANCE} />
      ))}
    </R.Svg>
  );
}

function periodTable(kit: PdfKit, indicator: ReportIndicator, series: ReportSeries): ReactNode {
  const { R, text } = kit;
  if (series.periods.length < 2) return null;
  const width = `${100 / series.periods.length}%`;
  return (
    <R.View style={{ flex: 1, marginLeft: 8 }}>
      {text([s.note, { marginTop: 0, marginBottom: 1 }], `${indicator.valueHeader} par période (en rouge : objectif non atteint)`)}
      <R.View style={{ borderLeft: `0.5pt solid ${BORDER}`, borderTop: `0.5pt solid ${BORDER}` }}>
        <R.View style={{ flexDirection: "row" }}>
          {series.periods.map((p) => text([s.periodCell, s.bold, { width }], p.label, `l${p.period}`))}
        </R.View>
        <R.View style={{ flexDirection: "row" }}>
          {series.periods.map((p) =>
            text([s.periodCell, { width, color: p.met === false ? STATUS_COLOURS.NOT_MET : "#161616" }], p.shortText, `v${p.period}`),
          )}
        </R.View>
      </R.View>
    </R.View>
  );
}

function indicatorBlock(kit: PdfKit, data: YearlyReportPdfData, indicator: ReportIndicator, index: number): ReactNode {
  const { R, text } = kit;
  return (
    <R.View key={indicator.definitionId} style={s.indicator} wrap={indicator.series.length > 2} {...{ bookmark: { title: pdfSafe(indicator.label), fit: true } }}>
      {text(s.indicatorTitle, `${index + 1}. ${indicator.label}`)}
      <R.Text style={[s.line, { lineHeight: 1.35 }]}>
        <R.Text style={s.bold}>Objectif : </R.Text>
        {pdfSafe(indicator.targetText ?? "pas d'objectif fixé")}
        <R.Text style={s.bold}>{"   Résultat : "}</R.Text>
        <R.Text style={{ color: STATUS_COLOURS[indicator.status], fontWeight: "bold" }}>{pdfSafe(indicator.statusText)}</R.Text>
      </R.Text>
      <R.View style={{ marginTop: 3 }}>
        <R.View style={s.tableRow}>
          {text([s.headCell, { width: COLUMNS.scope }], "Périmètre")}
          {text([s.headCell, { width: COLUMNS.value }], `Valeur ${data.year}`)}
          {text([s.headCell, { width: COLUMNS.status }], "Statut")}
          {text([s.headCell, { width: COLUMNS.previous }], `Valeur ${data.previousYear}`)}
          {text([s.headCell, { width: COLUMNS.trend }], "Évolution")}
        </R.View>
        {indicator.series.map((series) => (
          <R.View key={series.scope} style={s.tableRow}>
            {text([s.cell, { width: COLUMNS.scope }], series.scope || "Ensemble")}
            {text([s.cell, s.bold, { width: COLUMNS.value }], series.aggregateText)}
            {text([s.cell, { width: COLUMNS.status, color: STATUS_COLOURS[series.status], fontWeight: "bold" }], series.statusText)}
            {text([s.cell, { width: COLUMNS.previous }], series.previousText)}
            {text([s.cell, { width: COLUMNS.trend }], series.trendSentence)}
          </R.View>
        ))}
      </R.View>
      {indicator.series.map((series) => (
        <R.View key={`c-${series.scope}`}>
          {series.aggregateNote ? text(s.note, `${series.scope ? `${series.scope} : ` : ""}${series.aggregateNote}`) : null}
          {series.periods.some((p) => p.value !== null) && series.periods.length > 1 ? (
            <R.View style={s.chartRow}>
              {sparkline(kit, indicator, series)}
              {periodTable(kit, indicator, series)}
            </R.View>
          ) : null}
          {series.explanations.length ? (
            <R.View>
              {text(s.explanationTitle, `Explications des objectifs non atteints${series.scope ? ` (${series.scope})` : ""}`)}
              {series.explanations.map((e, i) => text(s.explanation, `• ${e.period} : ${e.text}`, i))}
            </R.View>
          ) : null}
        </R.View>
      ))}
    </R.View>
  );
}

const SURVEY_COLUMNS = { label: "60%", count: "20%", percent: "20%" } as const;
const percentOrDash = (v: number | null) => (v === null ? "—" : formatPercent(v, 1));

function participation(survey: SurveyResult): string {
  const answered = survey.recipientsCount === null
    ? formatCount(survey.respondentsCount, "répondant", "répondants")
    : `${formatCount(survey.respondentsCount, "réponse", "réponses")} sur ${formatNumber(survey.recipientsCount)}${survey.responseRate === null ? "" : ` (${formatPercent(survey.responseRate, 0)})`}`;
  return survey.method ? `${answered} — ${survey.method}` : answered;
}

function surveyBlock(kit: PdfKit, survey: SurveyResult): ReactNode {
  const { R, text } = kit;
  return (
    <R.View key={survey.id} style={s.indicator} {...{ bookmark: { title: pdfSafe(survey.title), fit: true } }}>
      <R.View minPresenceAhead={40}>{text(s.indicatorTitle, survey.title)}</R.View>
      {text(s.line, participation(survey))}
      {survey.questions.map((q) => (
        <R.View key={q.id} style={{ marginTop: 5 }} wrap={false}>
          {text([s.line, s.bold], `${q.position + 1}. ${q.text}`)}
          {q.satisfactionRate !== null
            ? text(s.line, `Taux de satisfaction : ${percentOrDash(q.satisfactionRate)} (satisfaits et très satisfaits), dont ${percentOrDash(q.topSatisfactionRate)} de très satisfaits.`)
            : null}
          {q.kind === "OPEN" ? (
            q.options.map((o, i) => text(s.explanation, `• « ${o.label} »`, i))
          ) : (
            <R.View>
              <R.View style={s.tableRow}>
                {text([s.headCell, { width: SURVEY_COLUMNS.label }], "Réponse")}
                {text([s.headCell, { width: SURVEY_COLUMNS.count }], "Nombre")}
                {text([s.headCell, { width: SURVEY_COLUMNS.percent }], "Pourcentage")}
              </R.View>
              {q.options.map((o, i) => (
                <R.View key={i} style={s.tableRow}>
                  {text([s.cell, { width: SURVEY_COLUMNS.label }], o.label)}
                  {text([s.cell, { width: SURVEY_COLUMNS.count }], o.count === null ? "—" : formatNumber(o.count))}
                  {text([s.cell, { width: SURVEY_COLUMNS.percent }], percentOrDash(o.percent))}
                </R.View>
              ))}
            </R.View>
          )}
        </R.View>
      ))}
    </R.View>
  );
}

function reportPdf(kit: PdfKit, data: YearlyReportPdfData) {
  const { R, text } = kit;
  const title = yearlyReportTitle(data.year);
  const of = prefectureOf(data.prefecture);
  return (
    <R.Document
      title={pdfSafe(`${title} — Préfecture ${of}`)}
      author={`Préfecture ${of}`}
      subject={pdfSafe(`Résultats des indicateurs de qualité de l'année ${data.year}`)}
      keywords={pdfSafe(`bilan, indicateurs, ${data.year}, ${data.prefecture.name}`)}
      creator="Portail des comités locaux des usagers"
      producer="Portail des comités locaux des usagers (@react-pdf/renderer)"
      language="fr-FR"
      pageMode="useOutlines"
    >
      <R.Page size="A4" style={pageStyle(s.page)}>
        {letterhead(kit, data)}
        {text(s.title, `${title} — Préfecture ${of}`)}
        {text(
          s.subtitle,
          `Résultats de l'année ${data.year} de chaque indicateur suivi, comparés à leur objectif et à l'année ${data.previousYear}. Les taux annuels sont calculés à partir des composantes cumulées sur l'année.`,
        )}
        {summary(kit, data)}
        {data.indicators.length === 0 ? text(s.line, `Aucun indicateur suivi en ${data.year}.`) : null}
        {data.indicators.map((indicator, i) => indicatorBlock(kit, data, indicator, i))}
        {data.surveys?.length ? (
          <R.View break {...{ bookmark: { title: "Enquêtes", fit: true } }}>
            {text(s.title, `Enquêtes ${data.year}`)}
            {data.surveys.map((survey) => surveyBlock(kit, survey))}
          </R.View>
        ) : null}
        <R.Text style={s.footerLabel} fixed>
          {pdfSafe(`${title} — Préfecture ${of}`)}
        </R.Text>
        <R.Text style={s.footer} render={({ pageNumber, totalPages }) => `Page ${pageNumber} sur ${totalPages}`} fixed />
      </R.Page>
    </R.Document>
  );
}

export async function renderYearlyReportPdf(data: YearlyReportPdfData): Promise<Buffer> {
  const R = await loadReactPdf();
  return R.renderToBuffer(reportPdf(pdfKit(R), data));
}
