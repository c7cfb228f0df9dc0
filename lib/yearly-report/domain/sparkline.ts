/**
 * The small chart of a year: where each period's value goes in a width × height box, the runs
 * of consecutive values joined by a line (a missing period breaks it, it is never drawn as a
 * zero), the target as a horizontal line, and the sentence a screen reader hears instead of
 * the picture. The web page (inline SVG) and the PDF (react-pdf <Svg>) draw the same geometry.
 */
import { formatIndicatorValue, isFigure, type IndicatorUnit } from "@/lib/indicators/domain";

export interface SparklinePoint {
  /** index of the period in the input (0-based) */
  index: number;
  x: number;
  y: number;
  value: number;
  met: boolean | null;
}

export interface SparklineGeometry {
  width: number;
  height: number;
  points: SparklinePoint[];
  /** "x,y x,y …" for each run of consecutive periods with a value */
  runs: string[];
  /** y of the target line, null without a target */
  targetY: number | null;
}

export interface SparklineOptions {
  width: number;
  height: number;
  /** room kept around the drawing so dots are not cut (default 4) */
  padding?: number;
  target?: number | null;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export function sparklineGeometry(values: readonly { value: number | null; met?: boolean | null }[], options: SparklineOptions): SparklineGeometry {
  const { width, height } = options;
  const pad = options.padding ?? 4;
  const known = values.map((v) => v.value).filter(isFigure);
  const target = isFigure(options.target) ? options.target : null;
  const scale = target === null ? known : [...known, target];
  let min = scale.length ? Math.min(...scale) : 0;
  let max = scale.length ? Math.max(...scale) : 1;
  if (min === max) {
    // A flat series sits in the middle of the box rather than on its edge.
    min -= 1;
    max += 1;
  }
  const step = values.length > 1 ? (width - 2 * pad) / (values.length - 1) : 0;
  const xOf = (i: number) => round2(values.length > 1 ? pad + i * step : width / 2);
  const yOf = (v: number) => round2(pad + ((max - v) / (max - min)) * (height - 2 * pad));

  const points: SparklinePoint[] = [];
  const runs: string[] = [];
  let run: string[] = [];
  values.forEach((v, index) => {
    if (isFigure(v.value)) {
      const point = { index, x: xOf(index), y: yOf(v.value), value: v.value, met: v.met ?? null };
      points.push(point);
      run.push(`${point.x},${point.y}`);
    } else if (run.length) {
      runs.push(run.join(" "));
      run = [];
    }
  });
  if (run.length) runs.push(run.join(" "));
  return { width, height, points, runs, targetY: target === null ? null : yOf(target) };
}

/**
 * What the chart shows, in words: "Valeurs de 2021 : de 77,1 % (janvier 2021) à 78,9 %
 * (décembre 2021), minimum 77,1 % (janvier 2021), maximum 86,7 % (mai 2021) ; objectif ≥ 90 %."
 */
export function sparklineLabel(
  periods: readonly { longLabel: string; value: number | null }[],
  context: { year: number; unit: IndicatorUnit; precision: number; targetText: string | null },
): string {
  const known = periods.filter((p): p is { longLabel: string; value: number } => isFigure(p.value));
  const fmt = (v: number) => formatIndicatorValue(v, context.unit, context.precision);
  const target = context.targetText ? ` ; objectif ${context.targetText}` : "";
  const first = known[0];
  const last = known[known.length - 1];
  if (!first || !last) return `Valeurs de ${context.year} : aucune période renseignée${target}.`;
  if (known.length === 1) return `Valeurs de ${context.year} : une seule période renseignée, ${fmt(first.value)} (${first.longLabel})${target}.`;
  const min = known.reduce((a, b) => (b.value < a.value ? b : a));
  const max = known.reduce((a, b) => (b.value > a.value ? b : a));
  return (
    `Valeurs de ${context.year} sur ${known.length} périodes : de ${fmt(first.value)} (${first.longLabel}) à ${fmt(last.value)} (${last.longLabel}), ` +
    `minimum ${fmt(min.value)} (${min.longLabel}), maximum ${fmt(max.value)} (${max.longLabel})${target}.`
  );
}
