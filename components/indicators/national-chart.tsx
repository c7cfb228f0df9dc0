/**
 * One indicator across the prefectures (national view): one bar per prefecture, its value
 * written at the end of the bar and "(atteint)" / "(non atteint)" in the label, so nothing is
 * told by colour alone; the target as a labelled line (components/ui/bar-chart.tsx). The
 * table under it is the accessible alternative.
 */
import { HorizontalBarChart } from "@/components/ui/bar-chart";

export interface NationalBar {
  label: string;
  value: number;
  /** the value as the table prints it ("81,5 %") */
  text: string;
  met: boolean | null;
}

export function NationalChart({ title, bars, target }: { title: string; bars: NationalBar[]; target: { value: number; text: string } | null }) {
  const rows = bars.map((b) => ({ label: `${b.label}${b.met === null ? "" : b.met ? " (atteint)" : " (non atteint)"}`, value: b.value, valueText: b.text }));
  return (
    <HorizontalBarChart
      title={title}
      caption="Graphique : valeur annuelle par préfecture, objectif en pointillés (détail dans le tableau)."
      rows={rows}
      series={[{ key: "value" }]}
      rowHeight={28}
      maxWidth={900}
      target={target}
    />
  );
}
