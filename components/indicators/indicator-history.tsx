/**
 * The change history of an indicator's values (indicator page): the audit rows of the year,
 * newest first — when, who, which period, and what changed, old → new (value, each component,
 * comment, explanation). A server component: the rows come formatted, nothing to hydrate.
 */
import { formatDateTime, formatNumber } from "@/lib/format";
import { formatIndicatorValue, type IndicatorUnit } from "@/lib/indicators/domain";
import styles from "./indicator-detail.module.css";

export interface HistoryStateView {
  value: number | null;
  isDirect: boolean;
  components: Record<string, number>;
  comment: string | null;
  explanation: string | null;
}

export interface HistoryEntryView {
  id: string;
  at: string;
  by: string | null;
  action: string;
  periodLabel: string;
  scope: string;
  before: HistoryStateView | null;
  after: HistoryStateView | null;
}

const ORIGINS: Record<string, string> = {
  "indicator.savePeriod": "Saisie",
  "indicator.import": "Import de fichier",
};

function figure(value: number | undefined): string {
  if (value === undefined) return "vide";
  const decimals = Math.min((String(value).split(".")[1] ?? "").length, 4);
  return formatNumber(value, decimals);
}

function quoted(text: string | null): string {
  return text ? `« ${text} »` : "vide";
}

function Changes({ entry, components, unit, precision }: { entry: HistoryEntryView; components: { code: string; label: string }[]; unit: IndicatorUnit; precision: number }) {
  const { before, after } = entry;
  const valueOf = (s: HistoryStateView | null) =>
    !s ? "vide" : s.value === null ? "non calculable" : `${formatIndicatorValue(s.value, unit, precision)}${s.isDirect ? " (saisie directe)" : ""}`;
  const lines: { label: string; from: string; to: string }[] = [];
  const valueFrom = valueOf(before);
  const valueTo = valueOf(after);
  if (valueFrom !== valueTo || (!before && !after)) lines.push({ label: "Valeur", from: valueFrom, to: valueTo });
  for (const c of components) {
    const from = figure(before?.components[c.code]);
    const to = figure(after?.components[c.code]);
    if (from !== to) lines.push({ label: c.label, from, to });
  }
  if ((before?.comment ?? null) !== (after?.comment ?? null)) lines.push({ label: "Commentaire", from: quoted(before?.comment ?? null), to: quoted(after?.comment ?? null) });
  if ((before?.explanation ?? null) !== (after?.explanation ?? null)) {
    lines.push({ label: "Explication", from: quoted(before?.explanation ?? null), to: quoted(after?.explanation ?? null) });
  }
  if (lines.length === 0) return <span>Enregistrée sans changement de valeur</span>;
  return (
    <ul className="fr-m-0 fr-pl-2w">
      {lines.map((l) => (
        <li key={l.label}>
          {l.label} : {l.from} → {l.to}
        </li>
      ))}
    </ul>
  );
}

export function IndicatorHistory({
  year,
  entries,
  olderCount,
  components,
  unit,
  precision,
  showScope,
}: {
  year: number;
  entries: HistoryEntryView[];
  olderCount: number;
  components: { code: string; label: string }[];
  unit: IndicatorUnit;
  precision: number;
  /** The indicator is entered on several scopes: say which one changed */
  showScope: boolean;
}) {
  if (entries.length === 0) {
    return <p>Aucune modification des valeurs de {year} n’a été enregistrée dans le portail.</p>;
  }
  return (
    <>
      <p className="fr-text--sm">
        {olderCount > 0
          ? `Les ${formatNumber(entries.length)} dernières modifications, de la plus récente à la plus ancienne ; ${formatNumber(olderCount)} plus ${olderCount > 1 ? "anciennes ne sont pas affichées" : "ancienne n’est pas affichée"}.`
          : "De la plus récente à la plus ancienne."}
      </p>
      <div className={styles.scroll} tabIndex={0} role="region" aria-labelledby="historique-legende">
        <table>
          <caption id="historique-legende">Historique des modifications des valeurs de {year}</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Par</th>
              <th scope="col">Période</th>
              <th scope="col">Modification (avant → après)</th>
              <th scope="col">Origine</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td className={styles.nowrap}>{formatDateTime(new Date(entry.at))}</td>
                <td>{entry.by ?? "Compte supprimé"}</td>
                <td>
                  {entry.periodLabel}
                  {showScope && entry.scope ? ` (périmètre : ${entry.scope})` : ""}
                </td>
                <td>
                  <Changes entry={entry} components={components} unit={unit} precision={precision} />
                </td>
                <td>{ORIGINS[entry.action] ?? entry.action}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
