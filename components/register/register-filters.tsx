/**
 * The register's filters as a plain GET form (works without JavaScript, the URL says what is
 * shown): year, type, channel, service, overdue only.
 */
import { REQUEST_CHANNEL_LABELS, REQUEST_TYPE_LABELS } from "@/lib/register/vocabulary";
import type { RegisterSearch } from "@/lib/register/schemas";

export function RegisterFilters({ code, year, years, services, search }: { code: string; year: number; years: number[]; services: string[]; search: RegisterSearch }) {
  return (
    <form method="get" action={`/${code}/registre`} aria-label="Filtrer le registre" className="fr-mb-4w">
      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
        <div className="fr-col-12 fr-col-md-2 fr-select-group">
          <label className="fr-label" htmlFor="filtre-annee">
            Année
          </label>
          <select className="fr-select" id="filtre-annee" name="annee" defaultValue={String(year)}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div className="fr-col-12 fr-col-md-3 fr-select-group">
          <label className="fr-label" htmlFor="filtre-type">
            Type
          </label>
          <select className="fr-select" id="filtre-type" name="type" defaultValue={search.type ?? ""}>
            <option value="">Tous les types</option>
            {Object.entries(REQUEST_TYPE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="fr-col-12 fr-col-md-3 fr-select-group">
          <label className="fr-label" htmlFor="filtre-canal">
            Canal
          </label>
          <select className="fr-select" id="filtre-canal" name="canal" defaultValue={search.canal ?? ""}>
            <option value="">Tous les canaux</option>
            {Object.entries(REQUEST_CHANNEL_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="fr-col-12 fr-col-md-4 fr-select-group">
          <label className="fr-label" htmlFor="filtre-service">
            Service
          </label>
          <select className="fr-select" id="filtre-service" name="service" defaultValue={search.service ?? ""}>
            <option value="">Tous les services</option>
            {services.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <div className="fr-checkbox-group">
            <input type="checkbox" id="filtre-retard" name="retard" value="1" defaultChecked={search.retard === "1"} />
            <label className="fr-label" htmlFor="filtre-retard">
              En retard seulement
            </label>
          </div>
        </div>
        <div className="fr-col-12 fr-col-md-3">
          <button type="submit" className="fr-btn fr-btn--secondary">
            Filtrer
          </button>
        </div>
      </div>
    </form>
  );
}
