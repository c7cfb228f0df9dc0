/**
 * A list's filters as a plain GET form (works without JavaScript, the URL says what is
 * shown): labelled DSFR selects and checkboxes on one row, then "Filtrer". Server component.
 */
import type { ReactNode } from "react";

const optionsOf = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

export function FilterForm({ action, label, hidden = {}, children }: { action: string; label: string; hidden?: Record<string, string | undefined>; children: ReactNode }) {
  return (
    <form method="get" action={action} aria-label={label} className="fr-mb-4w">
      {Object.entries(hidden).map(([name, value]) => value !== undefined && <input key={name} type="hidden" name={name} value={value} />)}
      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
        {children}
        <div className="fr-col-12 fr-col-md-3">
          <button type="submit" className="fr-btn fr-btn--secondary">
            Filtrer
          </button>
        </div>
      </div>
    </form>
  );
}

/**
 * One select of a filter form. `all` is the first option ("Tous les statuts", value ""); leave
 * it out when a value is always chosen (the year). `options` takes a vocabulary's labels as is.
 */
export function FilterSelect({
  name,
  label,
  value,
  all,
  options,
  width = 3,
}: {
  name: string;
  label: string;
  value: string | undefined;
  all?: string;
  options: { value: string; label: string }[] | Record<string, string>;
  width?: 2 | 3 | 4;
}) {
  const id = `filtre-${name}`;
  return (
    <div className={`fr-col-12 fr-col-md-${width} fr-select-group`}>
      <label className="fr-label" htmlFor={id}>
        {label}
      </label>
      <select className="fr-select" id={id} name={name} defaultValue={value ?? ""}>
        {all !== undefined && <option value="">{all}</option>}
        {(Array.isArray(options) ? options : optionsOf(options)).map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function FilterCheckbox({ name, label, checked, width = 3 }: { name: string; label: string; checked: boolean; width?: 2 | 3 | 4 }) {
  const id = `filtre-${name}`;
  return (
    <div className={`fr-col-12 fr-col-md-${width}`}>
      <div className="fr-checkbox-group">
        <input type="checkbox" id={id} name={name} value="1" defaultChecked={checked} />
        <label className="fr-label" htmlFor={id}>
          {label}
        </label>
      </div>
    </div>
  );
}
