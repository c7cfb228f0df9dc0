"use client";
import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { deleteDocument } from "@/lib/documents/actions";

export function DeleteDocumentButton({ id, title }: { id: string; title: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <Button
      size="small"
      priority="tertiary no outline"
      iconId="fr-icon-delete-line"
      title={`Supprimer le document ${title}`}
      disabled={pending}
      onClick={() => {
        if (!window.confirm(`Supprimer le document « ${title} » ? Il ne sera plus téléchargeable.`)) return;
        start(async () => {
          const result = await deleteDocument({ id });
          if (!result.ok) window.alert(result.error);
          router.refresh();
        });
      }}
    >
      Supprimer
    </Button>
  );
}
