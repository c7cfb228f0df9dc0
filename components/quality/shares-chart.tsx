/**
 * The share of engagements met per structure as bars, this year and, when present, the
 * previous one; each bar has its percentage written beside it (components/ui/bar-chart.tsx).
 * The table before it (SharesTable) is the accessible alternative.
 */
import { HorizontalBarChart } from "@/components/ui/bar-chart";
import { formatNumber } from "@/lib/format";

export interface ShareBar {
  label: string;
  current: number | null;
  previous: number | null;
}

const percentText = (v: number | null) => (v === null ? "—" : `${formatNumber(v, 0)}\u202f%`);

export function SharesChart({ title, bars, campaign, withPrevious }: { title: string; bars: ShareBar[]; campaign: number; withPrevious: boolean }) {
  const rows = bars.map((b) => ({ label: b.label, current: b.current, currentText: percentText(b.current), previous: b.previous, previousText: percentText(b.previous) }));
  return (
    <HorizontalBarChart
      title={title}
      caption="Graphique : part des engagements atteints par structure (détail dans le tableau)."
      rows={rows}
      series={[...(withPrevious ? [{ key: "previous", name: String(campaign - 1), color: "#929292" }] : []), { key: "current", name: String(campaign) }]}
      rowHeight={withPrevious ? 64 : 40}
      labelWidth={200}
      percentAxis
      tableBefore
    />
  );
}
