"use client";
/**
 * A question's results as a horizontal bar chart (Recharts): one bar per answer, its percentage
 * written at the end of the bar, so nothing is told by colour alone. Long answer labels wrap on
 * the axis. The visible table under it (QuestionTable) is the accessible alternative; the chart
 * itself is one image for assistive technologies.
 */
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from "recharts";
import { formatNumber } from "@/lib/format";

export interface SurveyChartBar {
  label: string;
  /** 0–100, or null when no figure (drawn as no bar, labelled "—") */
  percent: number | null;
}

const BAR_COLOR = "#000091"; // DSFR blue France: ≥ 3:1 on white
const LABEL_WIDTH = 260;
const ROW_HEIGHT = 56;
const FONT_SIZE = 13;
const CHARS_PER_LINE = 36;

/** Splits a label into lines of about CHARS_PER_LINE characters, at most three (the table has the full text). */
function wrap(label: string): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of label.split(/\s+/)) {
    if (line && (line + " " + word).length > CHARS_PER_LINE) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length > 3) return [...lines.slice(0, 2), `${lines[2]}…`];
  return lines;
}

function WrappedTick(props: { x?: number | string; y?: number | string; payload?: { value?: string } }) {
  const x = Number(props.x ?? 0);
  const y = Number(props.y ?? 0);
  const lines = wrap(String(props.payload?.value ?? ""));
  const first = -((lines.length - 1) * (FONT_SIZE + 2)) / 2;
  return (
    <text x={x} y={y} textAnchor="end" fontSize={FONT_SIZE} fill="#161616">
      {lines.map((l, i) => (
        <tspan key={i} x={x} dy={i === 0 ? first + 4 : FONT_SIZE + 2}>
          {l}
        </tspan>
      ))}
    </text>
  );
}

const percentText = (v: unknown) => (typeof v === "number" ? `${formatNumber(v, 1)}\u202f%` : "—");

export function SurveyChart({ title, bars }: { title: string; bars: SurveyChartBar[] }) {
  const data = bars.map((b) => ({ label: b.label, percent: b.percent ?? 0, shown: b.percent }));
  return (
    <figure className="fr-mb-2w" style={{ margin: 0 }}>
      <BarChart
        responsive
        layout="vertical"
        style={{ width: "100%", maxWidth: 820, height: bars.length * ROW_HEIGHT + 40 }}
        data={data}
        margin={{ top: 8, right: 64, bottom: 8, left: 8 }}
        title={title}
        desc="Les valeurs du graphique sont dans le tableau qui le suit."
        role="img"
        aria-label={`Graphique : ${title}`}
      >
        <CartesianGrid horizontal={false} stroke="#dddddd" />
        <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={(v: number) => `${v}\u202f%`} stroke="#3a3a3a" fontSize={FONT_SIZE} />
        <YAxis type="category" dataKey="label" width={LABEL_WIDTH} tick={WrappedTick} interval={0} stroke="#3a3a3a" />
        <Bar dataKey="percent" fill={BAR_COLOR} isAnimationActive={false} barSize={24}>
          <LabelList dataKey="shown" position="right" formatter={percentText} fill="#161616" fontSize={FONT_SIZE} />
        </Bar>
      </BarChart>
      <figcaption className="fr-text--sm fr-mb-0">Graphique : répartition des réponses en pourcentage (détail dans le tableau).</figcaption>
    </figure>
  );
}
