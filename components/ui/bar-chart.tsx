"use client";
/**
 * The portal's horizontal bar chart (Recharts), shared by the national view of an indicator,
 * the survey results and the self-assessment shares: one row per label, one bar per series,
 * each bar's value written at its end, so nothing is told by colour alone; an optional target
 * as a labelled dashed line. The visible table beside it is the accessible alternative: the
 * chart is one image for assistive technologies, which its caption and description say.
 */
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ReferenceLine, XAxis, YAxis } from "recharts";

export interface BarSeries {
  /** The data key of the series in each row */
  key: string;
  /** Legend name ("2022"); the legend shows when there are several series */
  name?: string;
  /** DSFR blue France by default (≥ 3:1 on white) */
  color?: string;
}

export interface BarRow {
  label: string;
  /** A number per series key (null: no bar), and the text written at the bar's end per key under `${key}Text` */
  [key: string]: string | number | null;
}

const FONT_SIZE = 13;
const TEXT = "#161616";
const AXIS = "#3a3a3a";

/** Splits a label into lines of about `perLine` characters, at most three (the table has the full text). */
export function wrapLabel(label: string, perLine: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of label.split(/\s+/)) {
    if (line && `${line} ${word}`.length > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length > 3 ? [...lines.slice(0, 2), `${lines[2]}…`] : lines;
}

function wrappedTick(perLine: number) {
  return function WrappedTick(props: { x?: number | string; y?: number | string; payload?: { value?: string } }) {
    const x = Number(props.x ?? 0);
    const y = Number(props.y ?? 0);
    const lines = wrapLabel(String(props.payload?.value ?? ""), perLine);
    const first = -((lines.length - 1) * (FONT_SIZE + 2)) / 2;
    return (
      <text x={x} y={y} textAnchor="end" fontSize={FONT_SIZE} fill={TEXT}>
        {lines.map((l, i) => (
          <tspan key={i} x={x} dy={i === 0 ? first + 4 : FONT_SIZE + 2}>
            {l}
          </tspan>
        ))}
      </text>
    );
  };
}

export function HorizontalBarChart({
  title,
  caption,
  rows,
  series,
  rowHeight,
  labelWidth = 260,
  maxWidth = 820,
  percentAxis = false,
  wrapAt,
  target,
  tableBefore = false,
}: {
  title: string;
  /** The visible caption under the chart: "Graphique : … (détail dans le tableau)." */
  caption: string;
  rows: BarRow[];
  series: BarSeries[];
  rowHeight: number;
  labelWidth?: number;
  maxWidth?: number;
  /** A 0–100 % axis with ticks every 25 */
  percentAxis?: boolean;
  /** Wrap long labels at about this many characters */
  wrapAt?: number;
  target?: { value: number; text: string } | null;
  /** The data table comes before the chart (the description says where it is) */
  tableBefore?: boolean;
}) {
  const legend = series.length > 1;
  return (
    <figure className="fr-mb-3w" style={{ margin: 0 }}>
      <BarChart
        responsive
        layout="vertical"
        style={{ width: "100%", maxWidth, height: rows.length * rowHeight + (legend || target ? 80 : 40) }}
        data={rows}
        margin={{ top: target ? 24 : 8, right: 72, bottom: 8, left: 8 }}
        title={title}
        desc={`Les valeurs du graphique sont dans le tableau qui le ${tableBefore ? "précède" : "suit"}.`}
        role="img"
        aria-label={`Graphique : ${title}`}
      >
        <CartesianGrid horizontal={false} stroke="#dddddd" />
        {percentAxis ? (
          <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={(v: number) => `${v}\u202f%`} stroke={AXIS} fontSize={FONT_SIZE} />
        ) : (
          <XAxis type="number" stroke={AXIS} fontSize={FONT_SIZE} />
        )}
        <YAxis type="category" dataKey="label" width={labelWidth} interval={0} stroke={AXIS} fontSize={FONT_SIZE} {...(wrapAt ? { tick: wrappedTick(wrapAt) } : {})} />
        {series.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.name ?? s.key} fill={s.color ?? "#000091"} isAnimationActive={false} barSize={series.length > 1 ? 18 : 20}>
            <LabelList dataKey={`${s.key}Text`} position="right" fill={TEXT} fontSize={FONT_SIZE} />
          </Bar>
        ))}
        {target && <ReferenceLine x={target.value} stroke="#ce0500" strokeDasharray="6 3" label={{ value: `Objectif ${target.text}`, position: "top", fill: TEXT, fontSize: FONT_SIZE }} />}
        {legend && <Legend />}
      </BarChart>
      <figcaption className="fr-text--sm fr-mb-0">{caption}</figcaption>
    </figure>
  );
}
