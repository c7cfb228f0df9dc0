/**
 * The register's filters (a GET form, components/ui/filter-form.tsx): year, type, channel,
 * service, overdue only.
 */
import { REQUEST_CHANNEL_LABELS, REQUEST_TYPE_LABELS } from "@/lib/register/vocabulary";
import type { RegisterSearch } from "@/lib/register/schemas";
import { FilterCheckbox, FilterForm, FilterSelect } from "@/components/ui/filter-form";

export function RegisterFilters({ code, year, years, services, search }: { code: string; year: number; years: number[]; services: string[]; search: RegisterSearch }) {
  return (
    <FilterForm action={`/${code}/registre`} label="Filtrer le registre">
      <FilterSelect name="annee" label="Année" value={String(year)} options={years.map((y) => ({ value: String(y), label: String(y) }))} width={2} />
      <FilterSelect name="type" label="Type" value={search.type} all="Tous les types" options={REQUEST_TYPE_LABELS} />
      <FilterSelect name="canal" label="Canal" value={search.canal} all="Tous les canaux" options={REQUEST_CHANNEL_LABELS} />
      <FilterSelect name="service" label="Service" value={search.service} all="Tous les services" options={services.map((s) => ({ value: s, label: s }))} width={4} />
      <FilterCheckbox name="retard" label="En retard seulement" checked={search.retard === "1"} width={4} />
    </FilterForm>
  );
}
