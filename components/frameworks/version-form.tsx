"use client";
/**
 * A new version of a framework (optionally a copy of the latest version's modules and
 * engagements; the latest then ends the day before), or the label, dates and status of one.
 * The dates' rule is the domain's, checked here by the schema and again by the action, which
 * also refuses an overlap with another version.
 */
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { createFrameworkVersion, updateFrameworkVersion } from "@/lib/frameworks/actions";
import { versionFieldsSchema, type VersionFields, type VersionFieldsInput } from "@/lib/frameworks/schemas";
import { FRAMEWORK_VERSION_STATUS_LABELS } from "@/lib/frameworks/vocabulary";
import { applyServerErrors } from "@/components/ui/form-errors";
import { useHydrated } from "@/components/ui/use-hydrated";
import { fieldState, FormMessageBox, INVALID_FORM, type FormMessage } from "./form-message";

type Props =
  | { mode: "create"; frameworkId: string; frameworkCode: string; previous: { label: string } | null; today: string }
  | { mode: "edit"; version: { id: string; label: string; publishedOn: string; validUntil: string | null; status: VersionFields["status"] } };

export function VersionForm(props: Props) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [message, setMessage] = useState<FormMessage>();
  const [copyPrevious, setCopyPrevious] = useState(props.mode === "create" && props.previous !== null);
  const idPrefix = props.mode === "create" ? "nouvelle-version" : "version";
  const form = useForm<VersionFieldsInput, unknown, VersionFields>({
    resolver: zodResolver(versionFieldsSchema),
    defaultValues:
      props.mode === "create"
        ? { label: "", publishedOn: props.today, validUntil: "", status: "ACTIVE" }
        : { label: props.version.label, publishedOn: props.version.publishedOn, validUntil: props.version.validUntil ?? "", status: props.version.status },
  });
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = form;

  const onSubmit = handleSubmit(
    async (values) => {
      setMessage(undefined);
      if (props.mode === "create") {
        const result = await createFrameworkVersion({ ...values, frameworkId: props.frameworkId, copyPrevious });
        if (!result.ok) {
          setMessage({ severity: "error", text: result.error });
          applyServerErrors(form, result.fieldErrors);
          return;
        }
        router.push(`/national/referentiels/${encodeURIComponent(props.frameworkCode)}/${result.data.id}?enregistre=version`);
        return;
      }
      const result = await updateFrameworkVersion({ ...values, id: props.version.id });
      if (!result.ok) {
        setMessage({ severity: "error", text: result.error });
        applyServerErrors(form, result.fieldErrors);
        return;
      }
      setMessage({ severity: "success", text: "La version est enregistrée." });
      router.refresh();
    },
    () => setMessage({ severity: "error", text: INVALID_FORM }),
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-label={props.mode === "create" ? "Nouvelle version" : "Libellé, dates et statut de la version"}>
      <FormMessageBox message={message} />
      <Input
        label="Libellé"
        hintText="Par exemple « Version 2021 » ou « Référentiel du 19 décembre 2018 »."
        {...fieldState(errors.label?.message)}
        nativeInputProps={{ ...register("label"), id: `${idPrefix}-libelle` }}
      />
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          <Input
            label="Premier jour en vigueur"
            {...fieldState(errors.publishedOn?.message)}
            nativeInputProps={{ type: "date", ...register("publishedOn"), id: `${idPrefix}-debut` }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Input
            label="Dernier jour en vigueur"
            hintText="Vide tant qu'aucune fin n'est prévue."
            {...fieldState(errors.validUntil?.message)}
            nativeInputProps={{ type: "date", ...register("validUntil"), id: `${idPrefix}-fin` }}
          />
        </div>
      </div>
      <Select label="Statut" {...fieldState(errors.status?.message)} nativeSelectProps={{ ...register("status"), id: `${idPrefix}-statut` }}>
        {Object.entries(FRAMEWORK_VERSION_STATUS_LABELS).map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </Select>
      {props.mode === "create" && props.previous && (
        <Checkbox
          options={[
            {
              label: `Reprendre les modules et les engagements de la version « ${props.previous.label} »`,
              hintText: "Sinon, la nouvelle version commence sans module ni engagement.",
              // no id of ours: react-dsfr ties the label to the id it generates
              nativeInputProps: { checked: copyPrevious, onChange: (e) => setCopyPrevious(e.target.checked) },
            },
          ]}
        />
      )}
      <Button type="submit" disabled={isSubmitting || !hydrated}>
        {props.mode === "create" ? "Créer la version" : "Enregistrer la version"}
      </Button>
    </form>
  );
}
