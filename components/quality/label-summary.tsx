/** The prefecture's label as recorded: referential, modules, dates, certifier. */
import { LABEL_STATUS_LABELS } from "@/lib/quality/vocabulary";
import type { LabelView } from "@/lib/quality/queries";
import { isoToFrench } from "./quality-dates";

export function LabelSummary({ label }: { label: LabelView | null }) {
  if (!label) {
    return <p>Aucun label n&apos;est enregistré pour la préfecture.</p>;
  }
  return (
    <dl className="fr-mb-3w">
      <dt className="fr-text--bold">Référentiel</dt>
      <dd>
        {label.frameworkName} — {label.frameworkVersionLabel}
      </dd>
      <dt className="fr-text--bold">Statut</dt>
      <dd>{LABEL_STATUS_LABELS[label.status]}</dd>
      <dt className="fr-text--bold">Modules labellisés</dt>
      <dd>
        {label.modules.length === 0 ? (
          "Aucun module enregistré"
        ) : (
          <ul>
            {label.modules.map((m) => (
              <li key={m.id}>
                Module {m.number} : {m.title}
              </li>
            ))}
          </ul>
        )}
      </dd>
      <dt className="fr-text--bold">Date d&apos;obtention</dt>
      <dd>{isoToFrench(label.obtainedOn)}</dd>
      <dt className="fr-text--bold">Valable jusqu&apos;au</dt>
      <dd>{isoToFrench(label.validUntil)}</dd>
      <dt className="fr-text--bold">Organisme certificateur</dt>
      <dd>{label.certifier ?? "—"}</dd>
    </dl>
  );
}
