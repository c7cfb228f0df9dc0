"use client";
/** Add a dated progress note to an action (it does not touch the action's version). */
import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { addImprovementActionNote } from "@/lib/action-plan/actions";
import { useHydrated } from "@/components/ui/use-hydrated";

export function ProgressNoteForm({ actionId }: { actionId: string }) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [body, setBody] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    const result = await addImprovementActionNote({ actionId, body });
    setBusy(false);
    if (!result.ok) return setError(result.fieldErrors?.body?.[0] ?? result.error);
    setBody("");
    router.refresh();
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label="Ajouter un point d'avancement">
      <Input
        label="Point d'avancement"
        hintText="Daté et signé à l'enregistrement"
        textArea
        {...(error ? ({ state: "error", stateRelatedMessage: error } as const) : {})}
        nativeTextAreaProps={{ value: body, onChange: (e) => setBody(e.target.value), rows: 3 }}
      />
      <Button type="submit" priority="secondary" disabled={busy || !hydrated}>
        Ajouter le point d&apos;avancement
      </Button>
    </form>
  );
}
