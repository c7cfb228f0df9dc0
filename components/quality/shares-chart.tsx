"use client";
/**
 * The share of engagements met per structure as bars (Recharts), this year and, when present,
 * the previous one; each bar has its percentage written beside it, so nothing is told by
 * colour alone. The table before it (SharesTable) is the accessible alternative; the chart is
 * one image for assistive technologies.
 */
import { Bar, BarChart, CartesianGrid, LabelList, Legend, XAxis, YAxis } from "recharts";
import { formatNumber } from "@/lib/format";

export interface ShareBar {
  label: string;
  current: number | null;
  previous: number | null;
}

const percentText = (v: unknown) => (typeof v === "number" ? `${formatNumber(v, 0)}\u202f%` : "—");

export function SharesChart({ title, bars, campaign, withPrevious }: { title: string; bars: ShareBar[]; campaign: number; withPrevious: boolean }) {
  const rowHeight = withPrevious ? 64 : 40;
  return (
    <figure className="fr-mb-4w" style={{ margin: 0 }}>
      <BarChart
        responsive
        layout="vertical"
        style={{ width: "100%", maxWidth: 820, height: bars.length * rowHeight + 80 }}
        data={bars}
        margin={{ top: 8, right: 64, bottom: 8, left: 8 }}
        title={title}
        desc="Les valeurs du graphique sont dans le tableau qui le précède."
        role="img"
        aria-label={`Graphique : ${title}`}
      >
        <CartesianGrid horizontal={false} stroke="#dddddd" />
        <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={(v: number) => `${v}\u202f%`} stroke="#3a3a3a" fontSize={13} />
        <YAxis type="category" dataKey="label" width={200} interval={0} stroke="#3a3a3a" fontSize={13} />
        {withPrevious && (
          <Bar dataKey="previous" name={String(campaign - 1)} fill="#929292" isAnimationActive={false} barSize={18}>
            <LabelList dataKey="previous" position="right" formatter={percentText} fill="#161616" fontSize={13} />
          </Bar>
        )}
        <Bar dataKey="current" name={String(campaign)} fill="#000091" isAnimationActive={false} barSize={18}>
          <LabelList dataKey="current" position="right" formatter={percentText} fill="#161616" fontSize={13} />
        </Bar>
        {withPrevious && <Legend />}
      </BarChart>
      <figcaption className="fr-text--sm fr-mb-0">Graphique : part des engagements atteints par structure (détail dans le tableau).</figcaption>
    </figure>
  );
}
