"use client";
/** Events on the indicators' timeline: add one (date, label, one indicator or all), delete one. */
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { addIndicatorAnnotation, deleteIndicatorAnnotation } from "@/lib/indicators/actions";
import { ActionButton } from "@/components/ui/action-button";
import { useHydrated } from "@/components/ui/use-hydrated";

export function AddAnnotationForm({ prefectureId, indicators }: { prefectureId: string; indicators: { definitionId: string; label: string }[] }) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [on, setOn] = useState("");
  const [label, setLabel] = useState("");
  const [definitionId, setDefinitionId] = useState("");
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [message, setMessage] = useState<string>();
  const [pending, start] = useTransition();
  return (
    <form
      className="fr-mb-3w"
      aria-labelledby="ajout-evenement"
      onSubmit={(event) => {
        event.preventDefault();
        start(async () => {
          const result = await addIndicatorAnnotation({ prefectureId, on, label, definitionId: definitionId || null });
          if (!result.ok) {
            setErrors({ on: result.fieldErrors?.on?.[0], label: result.fieldErrors?.label?.[0] });
            setMessage(result.fieldErrors ? undefined : result.error);
            return;
          }
          setErrors({});
          setMessage(undefined);
          setLabel("");
          router.refresh();
        });
      }}
    >
      <h3 id="ajout-evenement" className="fr-h6">
        Ajouter un événement
      </h3>
      <Input
        label="Date"
        state={errors.on ? "error" : "default"}
        stateRelatedMessage={errors.on}
        nativeInputProps={{ type: "date", value: on, onChange: (e) => setOn(e.target.value), required: true }}
      />
      <Input
        label="Événement"
        hintText="Par exemple : « Feux de forêts », « Confinement », « Panne du standard »"
        state={errors.label ? "error" : "default"}
        stateRelatedMessage={errors.label}
        nativeInputProps={{ value: label, onChange: (e) => setLabel(e.target.value), maxLength: 120, required: true }}
      />
      <Select label="Indicateur concerné" nativeSelectProps={{ value: definitionId, onChange: (e) => setDefinitionId(e.target.value) }}>
        <option value="">Tous les indicateurs</option>
        {indicators.map((i) => (
          <option key={i.definitionId} value={i.definitionId}>
            {i.label}
          </option>
        ))}
      </Select>
      {message && <Alert severity="error" small description={message} className="fr-mb-2w" role="alert" />}
      <Button type="submit" size="small" disabled={pending || !hydrated}>
        Ajouter l’événement
      </Button>
    </form>
  );
}

export function DeleteAnnotationButton({ id, label }: { id: string; label: string }) {
  return <ActionButton label="Supprimer" context={`l’événement « ${label} »`} priority="tertiary" run={() => deleteIndicatorAnnotation({ id })} />;
}
