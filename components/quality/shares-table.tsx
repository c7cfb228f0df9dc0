/**
 * Shares of SP+ engagements met, per structure and overall, beside the previous year's when
 * there is one. The table is always shown; the chart (SharesChart) only repeats it.
 */
import { formatNumber, formatPercent } from "@/lib/format";
import { shareChange, type ShareCounts } from "@/lib/quality/domain";
import type { SelfAssessmentView } from "@/lib/quality/queries";

/** 63.89 → "64 %": the seeds publish whole percentages (000: "64 %"). */
export const shareText = (share: number | null) => (share === null ? "—" : formatPercent(share, 0));

function changeText(change: number | null): string {
  if (change === null) return "—";
  const rounded = Math.round(change);
  if (rounded === 0) return "stable";
  return `${rounded > 0 ? "+" : "−"}${formatNumber(Math.abs(rounded))} point${Math.abs(rounded) >= 2 ? "s" : ""}`;
}

function Cells({ counts, previous }: { counts: ShareCounts; previous: ShareCounts | undefined | null }) {
  return (
    <>
      <td>{formatNumber(counts.met)}</td>
      <td>{formatNumber(counts.partlyMet)}</td>
      <td>{formatNumber(counts.notMet)}</td>
      <td>
        {formatNumber(counts.assessed)} sur {formatNumber(counts.expected)}
      </td>
      <td>{shareText(counts.share)}</td>
      {previous !== undefined && (
        <>
          <td>{shareText(previous?.share ?? null)}</td>
          <td>{changeText(shareChange(counts.share, previous?.share))}</td>
        </>
      )}
    </>
  );
}

export function SharesTable({ view }: { view: Pick<SelfAssessmentView, "structures" | "shares" | "previous" | "campaign"> }) {
  const { structures, shares, previous, campaign } = view;
  const previousOf = (structureId: string) => (previous ? (previous.byStructure.find((s) => s.structureId === structureId) ?? null) : undefined);
  const rows = shares.byStructure.filter((s) => s.assessed > 0 || (previousOf(s.structureId)?.assessed ?? 0) > 0);
  const names = new Map(structures.map((s) => [s.id, s.shortName ?? s.name]));
  return (
    <div className="fr-table">
      <table>
        <caption>Part des engagements atteints par structure, {campaign}</caption>
        <thead>
          <tr>
            <th scope="col">Structure</th>
            <th scope="col">Atteints</th>
            <th scope="col">Partiellement atteints</th>
            <th scope="col">Non atteints</th>
            <th scope="col">Engagements évalués</th>
            <th scope="col">Part atteinte {campaign}</th>
            {previous && (
              <>
                <th scope="col">Part atteinte {campaign - 1}</th>
                <th scope="col">Évolution</th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.structureId}>
              <th scope="row">{names.get(s.structureId)}</th>
              <Cells counts={s} previous={previousOf(s.structureId)} />
            </tr>
          ))}
          <tr>
            <th scope="row">Ensemble des structures</th>
            <Cells counts={shares.overall} previous={previous ? previous.overall : undefined} />
          </tr>
        </tbody>
      </table>
    </div>
  );
}

