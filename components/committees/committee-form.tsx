"use client";
/** "Nouveau comité": the kind and the name; the new committee's page opens once created. */
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { createCommittee } from "@/lib/committees/actions";
import { createCommitteeSchema, type CreateCommitteeFields, type CreateCommitteeInput } from "@/lib/committees/schemas";

import { applyServerErrors } from "@/components/ui/form-errors";
import { COMMITTEE_KIND_LABELS } from "@/lib/committees/vocabulary";

export function CommitteeForm({ code, prefectureId }: { code: string; prefectureId: string }) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const form = useForm<CreateCommitteeInput, unknown, CreateCommitteeFields>({
    resolver: zodResolver(createCommitteeSchema),
    defaultValues: { prefectureId, kind: "CLU", name: "" },
  });
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = form;

  const onSubmit = handleSubmit(async (values) => {
    setError(undefined);
    const result = await createCommittee(values);
    if (!result.ok) {
      setError(result.error);
      applyServerErrors(form, result.fieldErrors);
      return;
    }
    router.push(`/${code}/comites/${result.data.id}`);
    router.refresh();
  });

  const state = (message?: string) => (message ? ({ state: "error", stateRelatedMessage: message } as const) : {});

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Nouveau comité">
      <div aria-live="assertive">
        {error && <Alert severity="error" title="Création impossible" description={error} className="fr-mb-3w" />}
      </div>
      <Select label="Type de comité" {...state(errors.kind?.message)} nativeSelectProps={register("kind")}>
        {Object.entries(COMMITTEE_KIND_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </Select>
      <Input
        label="Nom du comité"
        hintText="Tel qu'il figure sur les convocations, par exemple : Comité local des usagers de la Vienne"
        {...state(errors.name?.message)}
        nativeInputProps={register("name")}
      />
      <Button type="submit" iconId="fr-icon-add-line" disabled={isSubmitting}>
        Créer le comité
      </Button>
    </form>
  );
}
