/**
 * A question's results: one bar per answer, its percentage written at the end of the bar, long
 * answers wrapped on the axis (components/ui/bar-chart.tsx). The visible table under it
 * (QuestionTable) is the accessible alternative.
 */
import { HorizontalBarChart } from "@/components/ui/bar-chart";
import { formatNumber } from "@/lib/format";

export interface SurveyChartBar {
  label: string;
  /** 0–100, or null when no figure (drawn as no bar, labelled "—") */
  percent: number | null;
}

export function SurveyChart({ title, bars }: { title: string; bars: SurveyChartBar[] }) {
  const rows = bars.map((b) => ({ label: b.label, percent: b.percent, percentText: b.percent === null ? "—" : `${formatNumber(b.percent, 1)}\u202f%` }));
  return (
    <HorizontalBarChart
      title={title}
      caption="Graphique : répartition des réponses en pourcentage (détail dans le tableau)."
      rows={rows}
      series={[{ key: "percent" }]}
      rowHeight={56}
      percentAxis
      wrapAt={36}
    />
  );
}
