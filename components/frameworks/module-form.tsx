"use client";
/**
 * A module of a version: number (unique in the version), title, whether it is mandatory and
 * on what condition. A new one resets the form; an edit goes back to the version.
 */
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { saveModule } from "@/lib/frameworks/actions";
import { moduleFieldsSchema, type ModuleFields, type ModuleFieldsInput } from "@/lib/frameworks/schemas";
import { MODULE_REQUIREMENT_LABELS } from "@/lib/frameworks/vocabulary";
import { useHydrated } from "@/components/ui/use-hydrated";
import { fieldState, FormMessageBox } from "./form-message";
import { useRowSubmit } from "./use-row-submit";

export function ModuleForm({
  versionId,
  versionPath,
  module,
}: {
  versionId: string;
  /** Where an edit goes back to */
  versionPath: string;
  module?: { id: string; number: number; title: string; requirement: ModuleFields["requirement"]; condition: string | null };
}) {
  const hydrated = useHydrated();
  const idPrefix = module ? "module" : "nouveau-module";
  const empty: ModuleFieldsInput = { number: "", title: "", requirement: "OPTIONAL", condition: "" };
  const form = useForm<ModuleFieldsInput, unknown, ModuleFields>({
    resolver: zodResolver(moduleFieldsSchema),
    defaultValues: module ? { number: String(module.number), title: module.title, requirement: module.requirement, condition: module.condition ?? "" } : empty,
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;

  const { onSubmit, message } = useRowSubmit(form, {
    save: (values) => saveModule({ ...values, versionId, id: module?.id ?? null }),
    empty,
    backTo: module ? `${versionPath}?enregistre=module` : null,
    addedText: (values) => `Le module ${values.number} est ajouté.`,
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={module ? `Modifier le module ${module.number}` : "Ajouter un module"}>
      <FormMessageBox message={message} />
      <Input label="Numéro" {...fieldState(errors.number?.message)} nativeInputProps={{ ...register("number"), id: `${idPrefix}-numero`, inputMode: "numeric" }} />
      <Input label="Intitulé" {...fieldState(errors.title?.message)} nativeInputProps={{ ...register("title"), id: `${idPrefix}-intitule` }} />
      <Select label="Exigence" {...fieldState(errors.requirement?.message)} nativeSelectProps={{ ...register("requirement"), id: `${idPrefix}-exigence` }}>
        {Object.entries(MODULE_REQUIREMENT_LABELS).map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </Select>
      <Input
        label="Condition"
        hintText="Pour un module obligatoire sous condition, par exemple « si la préfecture accueille un CERT »."
        {...fieldState(errors.condition?.message)}
        nativeInputProps={{ ...register("condition"), id: `${idPrefix}-condition` }}
      />
      <Button type="submit" disabled={isSubmitting || !hydrated}>
        {module ? "Enregistrer le module" : "Ajouter le module"}
      </Button>
    </form>
  );
}
