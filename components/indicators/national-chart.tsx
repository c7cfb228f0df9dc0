"use client";
/**
 * One indicator across the prefectures (national view): one horizontal bar per prefecture,
 * its value written at the end of the bar and "(atteint)" / "(non atteint)" in the label, so
 * nothing is told by colour alone; the target as a labelled line. The table under it is the
 * accessible alternative; the chart is one image for assistive technologies.
 */
import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, XAxis, YAxis } from "recharts";

export interface NationalBar {
  label: string;
  value: number;
  /** the value as the table prints it ("81,5 %") */
  text: string;
  met: boolean | null;
}

const ROW_HEIGHT = 28;
const FONT_SIZE = 12;

export function NationalChart({ title, bars, target }: { title: string; bars: NationalBar[]; target: { value: number; text: string } | null }) {
  const data = bars.map((b) => ({ ...b, label: `${b.label}${b.met === null ? "" : b.met ? " (atteint)" : " (non atteint)"}` }));
  return (
    <figure className="fr-mb-3w" style={{ margin: 0 }}>
      <BarChart
        responsive
        layout="vertical"
        style={{ width: "100%", maxWidth: 900, height: bars.length * ROW_HEIGHT + 60 }}
        data={data}
        margin={{ top: 24, right: 72, bottom: 8, left: 8 }}
        title={title}
        desc="Les valeurs du graphique sont dans le tableau qui le suit."
        role="img"
        aria-label={`Graphique : ${title}`}
      >
        <CartesianGrid horizontal={false} stroke="#dddddd" />
        <XAxis type="number" stroke="#3a3a3a" fontSize={FONT_SIZE} />
        <YAxis type="category" dataKey="label" width={260} interval={0} stroke="#3a3a3a" fontSize={FONT_SIZE} />
        <Bar dataKey="value" isAnimationActive={false} barSize={16} fill="#000091">
          <LabelList dataKey="text" position="right" fill="#161616" fontSize={FONT_SIZE} />
        </Bar>
        {target && <ReferenceLine x={target.value} stroke="#ce0500" strokeDasharray="6 3" label={{ value: `Objectif ${target.text}`, position: "top", fill: "#161616", fontSize: FONT_SIZE }} />}
      </BarChart>
      <figcaption className="fr-text--sm fr-mb-0">Graphique : valeur annuelle par préfecture, objectif en pointillés (détail dans le tableau).</figcaption>
    </figure>
  );
}
