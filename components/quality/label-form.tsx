"use client";
/**
 * Record or edit the prefecture's label: referential, status, modules (at least two once
 * granted), date obtained, valid until, certifier. One schema (lib/quality/schemas) checks the
 * form here and the action on the server; an edit made meanwhile is refused (version).
 */
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { saveLabel } from "@/lib/quality/actions";
import { labelFieldsSchema, type LabelFields, type LabelFieldsInput } from "@/lib/quality/schemas";
import { LABEL_STATUS_LABELS } from "@/lib/quality/vocabulary";
import type { FrameworkVersionOption, LabelView } from "@/lib/quality/queries";
import { applyServerErrors } from "@/components/ui/form-errors";
import { useHydrated } from "@/components/ui/use-hydrated";

const state = (message?: string) => (message ? ({ state: "error", stateRelatedMessage: message } as const) : {});

export function LabelForm({ prefectureId, label, frameworkVersions }: { prefectureId: string; label: LabelView | null; frameworkVersions: FrameworkVersionOption[] }) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [message, setMessage] = useState<{ severity: "error" | "success"; text: string }>();
  const [version, setVersion] = useState(label?.version ?? null);
  const [id, setId] = useState(label?.id ?? null);
  const form = useForm<LabelFieldsInput, unknown, LabelFields>({
    resolver: zodResolver(labelFieldsSchema),
    defaultValues: {
      frameworkVersionId: label?.frameworkVersionId ?? frameworkVersions[0]?.id ?? "",
      status: label?.status ?? "IN_PREPARATION",
      obtainedOn: label?.obtainedOn ?? "",
      validUntil: label?.validUntil ?? "",
      certifier: label?.certifier ?? "",
      moduleIds: label?.modules.map((m) => m.id) ?? [],
    },
  });
  const {
    register,
    control,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = form;
  const frameworkVersionId = useWatch({ control, name: "frameworkVersionId" });
  const modules = frameworkVersions.find((v) => v.id === frameworkVersionId)?.modules ?? [];

  const onSubmit = handleSubmit(
    async (values) => {
      setMessage(undefined);
      const result = await saveLabel({ ...values, prefectureId, id, version });
      if (!result.ok) {
        setMessage({ severity: "error", text: result.error });
        applyServerErrors(form, result.fieldErrors);
        return;
      }
      setId(result.data.id);
      setVersion(result.data.version);
      setMessage({ severity: "success", text: "Le label est enregistré." });
      router.refresh();
    },
    () => setMessage({ severity: "error", text: "Certains champs sont invalides : corrigez-les puis enregistrez à nouveau." }),
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-label={label ? "Modifier le label" : "Enregistrer le label"}>
      <div aria-live="polite">{message && <Alert severity={message.severity} small description={message.text} className="fr-mb-2w" />}</div>
      <Select label="Référentiel" {...state(errors.frameworkVersionId?.message)} nativeSelectProps={register("frameworkVersionId")}>
        {frameworkVersions.map((v) => (
          <option key={v.id} value={v.id}>
            {v.label}
          </option>
        ))}
      </Select>
      <Select label="Statut du label" {...state(errors.status?.message)} nativeSelectProps={register("status")}>
        {Object.entries(LABEL_STATUS_LABELS).map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </Select>
      <Checkbox
        legend="Modules labellisés"
        hintText="Un label porte sur au moins deux modules, dont le module 1."
        {...state(errors.moduleIds?.message ?? errors.moduleIds?.root?.message)}
        options={modules.map((m) => ({
          label: `Module ${m.number} : ${m.title}`,
          nativeInputProps: { value: m.id, ...register("moduleIds") },
        }))}
      />
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-4">
          <Input label="Date d'obtention" {...state(errors.obtainedOn?.message)} nativeInputProps={{ type: "date", ...register("obtainedOn") }} />
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Input label="Valable jusqu'au" hintText="Trois ans après l'obtention" {...state(errors.validUntil?.message)} nativeInputProps={{ type: "date", ...register("validUntil") }} />
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Input label="Organisme certificateur" {...state(errors.certifier?.message)} nativeInputProps={register("certifier")} />
        </div>
      </div>
      <Button type="submit" disabled={isSubmitting || !hydrated}>
        Enregistrer le label
      </Button>
    </form>
  );
}
