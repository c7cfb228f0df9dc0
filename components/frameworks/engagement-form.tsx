"use client";
/**
 * An engagement of a version: code (unique in the version), number, title, description and the
 * module it belongs to (none for a programme without modules, like Services Publics+).
 */
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { saveEngagement } from "@/lib/frameworks/actions";
import { engagementFieldsSchema, type EngagementFields, type EngagementFieldsInput } from "@/lib/frameworks/schemas";
import { useHydrated } from "@/components/ui/use-hydrated";
import { fieldState, FormMessageBox } from "./form-message";
import { useRowSubmit } from "./use-row-submit";

export function EngagementForm({
  versionId,
  versionPath,
  modules,
  engagement,
}: {
  versionId: string;
  /** Where an edit goes back to */
  versionPath: string;
  modules: { id: string; number: number; title: string }[];
  engagement?: { id: string; code: string; number: number; title: string; description: string | null; module: { id: string } | null };
}) {
  const hydrated = useHydrated();
  const idPrefix = engagement ? "engagement" : "nouvel-engagement";
  const empty: EngagementFieldsInput = { code: "", number: "", title: "", description: "", moduleId: "" };
  const form = useForm<EngagementFieldsInput, unknown, EngagementFields>({
    resolver: zodResolver(engagementFieldsSchema),
    defaultValues: engagement
      ? { code: engagement.code, number: String(engagement.number), title: engagement.title, description: engagement.description ?? "", moduleId: engagement.module?.id ?? "" }
      : empty,
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;

  const { onSubmit, message } = useRowSubmit(form, {
    save: (values) => saveEngagement({ ...values, versionId, id: engagement?.id ?? null }),
    empty,
    backTo: engagement ? `${versionPath}?enregistre=engagement` : null,
    addedText: (values) => `L'engagement ${values.code} est ajouté.`,
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={engagement ? `Modifier l'engagement ${engagement.code}` : "Ajouter un engagement"}>
      <FormMessageBox message={message} />
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          <Input
            label="Code"
            hintText="Unique dans la version, par exemple « QEP-1.20 » ou « SPP-10 »."
            {...fieldState(errors.code?.message)}
            nativeInputProps={{ ...register("code"), id: `${idPrefix}-code`, autoComplete: "off" }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Input label="Numéro" hintText="Son rang dans le module ou la liste." {...fieldState(errors.number?.message)} nativeInputProps={{ ...register("number"), id: `${idPrefix}-numero`, inputMode: "numeric" }} />
        </div>
      </div>
      <Input label="Intitulé" {...fieldState(errors.title?.message)} nativeInputProps={{ ...register("title"), id: `${idPrefix}-intitule` }} />
      <Input label="Description" textArea {...fieldState(errors.description?.message)} nativeTextAreaProps={{ ...register("description"), id: `${idPrefix}-description`, rows: 3 }} />
      <Select label="Module" {...fieldState(errors.moduleId?.message)} nativeSelectProps={{ ...register("moduleId"), id: `${idPrefix}-module` }}>
        <option value="">Aucun module</option>
        {modules.map((m) => (
          <option key={m.id} value={m.id}>
            {`Module ${m.number} — ${m.title}`}
          </option>
        ))}
      </Select>
      <Button type="submit" disabled={isSubmitting || !hydrated}>
        {engagement ? "Enregistrer l'engagement" : "Ajouter l'engagement"}
      </Button>
    </form>
  );
}
