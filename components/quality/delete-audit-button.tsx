"use client";
/** "Supprimer l'audit", confirmed first; refused with the action's French message while an action of the plan comes from it. */
import { deleteAudit } from "@/lib/quality/actions";
import { ActionButton } from "@/components/ui/action-button";

export function DeleteAuditButton({ id, version, context }: { id: string; version: number; context: string }) {
  return (
    <ActionButton
      label="Supprimer l'audit"
      context={context}
      iconId="fr-icon-delete-line"
      priority="tertiary"
      confirm={`Supprimer ${context} ? Cette suppression est définitive.`}
      run={() => deleteAudit({ id, version })}
    />
  );
}
