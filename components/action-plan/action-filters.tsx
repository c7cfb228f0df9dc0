/**
 * The plan's filters (a GET form, components/ui/filter-form.tsx): status, origin, owner,
 * overdue only; the view (list or board) is kept.
 */
import type { ActionPlanSearch } from "@/lib/action-plan/schemas";
import { ACTION_ORIGIN_LABELS, ACTION_STATUS_LABELS } from "@/lib/action-plan/vocabulary";
import { FilterCheckbox, FilterForm, FilterSelect } from "@/components/ui/filter-form";

export function ActionFilters({ code, search, owners }: { code: string; search: ActionPlanSearch; owners: { value: string; label: string }[] }) {
  return (
    <FilterForm action={`/${code}/plan-actions`} label="Filtrer le plan d'actions" hidden={{ vue: search.vue || undefined }}>
      <FilterSelect name="statut" label="Statut" value={search.statut} all="Tous les statuts" options={ACTION_STATUS_LABELS} />
      <FilterSelect name="origine" label="Origine" value={search.origine} all="Toutes les origines" options={ACTION_ORIGIN_LABELS} />
      <FilterSelect name="pilote" label="Pilote" value={search.pilote} all="Tous les pilotes" options={owners} />
      <FilterCheckbox name="retard" label="En retard seulement" checked={search.retard === "1"} />
    </FilterForm>
  );
}
