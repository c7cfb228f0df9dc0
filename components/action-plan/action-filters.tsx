/**
 * The plan's filters as a plain GET form (works without JavaScript, the URL says what is
 * shown): status, origin, owner, overdue only; the view (list or board) is kept.
 */
import type { ActionPlanSearch } from "@/lib/action-plan/schemas";
import { ACTION_ORIGIN_LABELS, ACTION_STATUS_LABELS } from "@/lib/action-plan/vocabulary";

export function ActionFilters({ code, search, owners }: { code: string; search: ActionPlanSearch; owners: { value: string; label: string }[] }) {
  return (
    <form method="get" action={`/${code}/plan-actions`} aria-label="Filtrer le plan d'actions" className="fr-mb-4w">
      {search.vue && <input type="hidden" name="vue" value={search.vue} />}
      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
        <div className="fr-col-12 fr-col-md-3 fr-select-group">
          <label className="fr-label" htmlFor="filtre-statut">
            Statut
          </label>
          <select className="fr-select" id="filtre-statut" name="statut" defaultValue={search.statut ?? ""}>
            <option value="">Tous les statuts</option>
            {Object.entries(ACTION_STATUS_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="fr-col-12 fr-col-md-3 fr-select-group">
          <label className="fr-label" htmlFor="filtre-origine">
            Origine
          </label>
          <select className="fr-select" id="filtre-origine" name="origine" defaultValue={search.origine ?? ""}>
            <option value="">Toutes les origines</option>
            {Object.entries(ACTION_ORIGIN_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="fr-col-12 fr-col-md-3 fr-select-group">
          <label className="fr-label" htmlFor="filtre-pilote">
            Pilote
          </label>
          <select className="fr-select" id="filtre-pilote" name="pilote" defaultValue={search.pilote ?? ""}>
            <option value="">Tous les pilotes</option>
            {owners.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div className="fr-col-12 fr-col-md-3">
          <div className="fr-checkbox-group">
            <input type="checkbox" id="filtre-retard" name="retard" value="1" defaultChecked={search.retard === "1"} />
            <label className="fr-label" htmlFor="filtre-retard">
              En retard seulement
            </label>
          </div>
        </div>
        <div className="fr-col-12">
          <button type="submit" className="fr-btn fr-btn--secondary">
            Filtrer
          </button>
        </div>
      </div>
    </form>
  );
}
