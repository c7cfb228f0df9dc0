"use client";
import { deleteDocument } from "@/lib/documents/actions";
import { ActionButton } from "@/components/ui/action-button";

export function DeleteDocumentButton({ id, title }: { id: string; title: string }) {
  return (
    <ActionButton
      label="Supprimer"
      context={`le document ${title}`}
      priority="tertiary no outline"
      iconId="fr-icon-delete-line"
      confirm={`Supprimer le document « ${title} » ? Il ne sera plus téléchargeable.`}
      run={() => deleteDocument({ id })}
    />
  );
}
