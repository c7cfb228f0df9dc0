"use client";
/**
 * Deleting a module or an engagement from the version's tables: confirmed first; when something
 * refers to the row the action refuses and its French sentence appears beside the button.
 */
import { deleteEngagement, deleteModule } from "@/lib/frameworks/actions";
import { ActionButton } from "@/components/ui/action-button";

export function DeleteModuleButton({ id, number }: { id: string; number: number }) {
  return (
    <ActionButton
      label="Supprimer"
      context={`le module ${number}`}
      priority="tertiary"
      iconId="fr-icon-delete-line"
      confirm={`Supprimer le module ${number} ?`}
      run={() => deleteModule({ id })}
    />
  );
}

export function DeleteEngagementButton({ id, code }: { id: string; code: string }) {
  return (
    <ActionButton
      label="Supprimer"
      context={`l'engagement ${code}`}
      priority="tertiary"
      iconId="fr-icon-delete-line"
      confirm={`Supprimer l'engagement ${code} ?`}
      run={() => deleteEngagement({ id })}
    />
  );
}
