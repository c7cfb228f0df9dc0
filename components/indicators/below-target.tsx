/**
 * The dashboard's "Indicateurs sous l'objectif": for the latest year with figures, each
 * followed indicator (and scope) whose latest entered period misses its target, with the
 * figure, the target and a link to its page. Server component: data from getIndicatorYear.
 */
import Link from "next/link";
import { formatIndicatorValue, formatTarget } from "@/lib/indicators/domain";
import type { IndicatorYear } from "@/lib/indicators/queries";

export function BelowTarget({ code, grid }: { code: string; grid: IndicatorYear | null }) {
  const missed = (grid?.indicators ?? []).flatMap((indicator) =>
    indicator.series.flatMap((series) => {
      const latest = [...series.periods].reverse().find((p) => p.value !== null);
      if (!latest || latest.met !== false || !indicator.target || latest.value === null) return [];
      return [{ indicator, scope: series.scope, period: latest, value: latest.value, target: indicator.target }];
    }),
  );
  return (
    <section className="fr-mt-6w" aria-labelledby="sous-objectif">
      <h2 id="sous-objectif" className="fr-h4">
        Indicateurs sous l’objectif{grid ? ` (${grid.year})` : ""}
      </h2>
      {!grid ? (
        <p>Aucun chiffre n’est encore saisi.</p>
      ) : missed.length === 0 ? (
        <p>Chaque indicateur suivi atteint son objectif à sa dernière période saisie en {grid.year}.</p>
      ) : (
        <ul>
          {missed.map(({ indicator, scope, period, value, target }) => (
            <li key={`${indicator.code}:${scope}`}>
              <Link href={`/${code}/indicateurs/${encodeURIComponent(indicator.code)}?annee=${grid.year}`}>
                {indicator.label}
                {scope ? ` (${scope})` : ""}
              </Link>{" "}
              — {period.longLabel} : {formatIndicatorValue(value, indicator.unit, indicator.precision)}, objectif{" "}
              {formatTarget(target, indicator.unit, indicator.precision)} : non atteint
              {period.explanation ? ` — ${period.explanation}` : ""}
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href={`/${code}/indicateurs${grid ? `?annee=${grid.year}` : ""}`}>Tous les indicateurs</Link>
        {grid && (
          <>
            {" · "}
            <Link href={`/${code}/bilan/${grid.year}`}>Bilan annuel {grid.year}</Link>
          </>
        )}
      </p>
    </section>
  );
}
