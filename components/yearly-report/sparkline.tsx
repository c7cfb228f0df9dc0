/**
 * The small chart of a year's periods, drawn on the server as inline SVG (no script, prints as
 * it shows): the values joined by a line, a missing period left as a gap, the target as a
 * dashed line, the periods that missed it as red squares (a shape, not only a colour). The
 * picture is one role="img" with a sentence saying what it shows; the values themselves are in
 * the table beside it (the chart's accessible alternative, visible to everyone).
 */
import { sparklineGeometry } from "@/lib/yearly-report/domain";

const WIDTH = 240;
const HEIGHT = 60;

export function Sparkline({
  periods,
  target,
  label,
}: {
  periods: readonly { value: number | null; met: boolean | null }[];
  target: number | null;
  label: string;
}) {
  const g = sparklineGeometry(periods, { width: WIDTH, height: HEIGHT, target, padding: 5 });
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH}
      height={HEIGHT}
      style={{ maxWidth: "100%", height: "auto", background: "var(--background-alt-grey)" }}
    >
      {g.targetY !== null && (
        <line x1={0} x2={WIDTH} y1={g.targetY} y2={g.targetY} strokeDasharray="4 3" strokeWidth={1} style={{ stroke: "var(--text-mention-grey)" }} />
      )}
      {g.runs.map((points, i) => (
        <polyline key={i} points={points} fill="none" strokeWidth={2} style={{ stroke: "var(--border-action-high-blue-france)" }} />
      ))}
      {g.points.map((p) =>
        p.met === false ? (
          <rect key={p.index} x={p.x - 3} y={p.y - 3} width={6} height={6} style={{ fill: "var(--background-flat-error)" }} />
        ) : (
          <circle key={p.index} cx={p.x} cy={p.y} r={3} style={{ fill: "var(--background-action-high-blue-france)" }} />
        ),
      )}
    </svg>
  );
}
