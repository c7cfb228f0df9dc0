"use client";
/**
 * A new framework: its code (it never changes: it is the page's address), its kind and name,
 * and for a prefecture's own referential the prefecture. One schema for form and action.
 */
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { createFramework } from "@/lib/frameworks/actions";
import { createFrameworkSchema, type CreateFramework, type CreateFrameworkInput } from "@/lib/frameworks/schemas";
import { FRAMEWORK_KIND_LABELS } from "@/lib/frameworks/vocabulary";
import { applyServerErrors } from "@/components/ui/form-errors";
import { useHydrated } from "@/components/ui/use-hydrated";
import { fieldState, FormMessageBox, INVALID_FORM, type FormMessage } from "./form-message";

export function FrameworkForm({ prefectures }: { prefectures: { id: string; label: string }[] }) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [message, setMessage] = useState<FormMessage>();
  const form = useForm<CreateFrameworkInput, unknown, CreateFramework>({
    resolver: zodResolver(createFrameworkSchema),
    defaultValues: { code: "", kind: "LOCAL", name: "", prefectureId: "" },
  });
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = form;

  const onSubmit = handleSubmit(
    async (values) => {
      setMessage(undefined);
      const result = await createFramework(values);
      if (!result.ok) {
        setMessage({ severity: "error", text: result.error });
        applyServerErrors(form, result.fieldErrors);
        return;
      }
      router.push(`/national/referentiels/${encodeURIComponent(result.data.code)}?enregistre=referentiel`);
    },
    () => setMessage({ severity: "error", text: INVALID_FORM }),
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Nouveau référentiel">
      <FormMessageBox message={message} />
      <Input
        label="Code"
        hintText="Majuscules, chiffres et « _ » ; il ne change plus (par exemple « CHARTE_ACCUEIL_86 »)."
        {...fieldState(errors.code?.message)}
        nativeInputProps={{ ...register("code", { setValueAs: (v: string) => v.toUpperCase() }), id: "referentiel-code", autoComplete: "off" }}
      />
      <Select label="Type" {...fieldState(errors.kind?.message)} nativeSelectProps={{ ...register("kind"), id: "referentiel-type" }}>
        {Object.entries(FRAMEWORK_KIND_LABELS).map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </Select>
      <Input label="Nom" hintText="Tel qu'il sera affiché aux préfectures." {...fieldState(errors.name?.message)} nativeInputProps={{ ...register("name"), id: "referentiel-nom" }} />
      <Select
        label="Préfecture"
        hint="Seulement pour un référentiel propre à une préfecture."
        {...fieldState(errors.prefectureId?.message)}
        nativeSelectProps={{ ...register("prefectureId"), id: "referentiel-prefecture" }}
      >
        <option value="">Aucune (programme national)</option>
        {prefectures.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
          </option>
        ))}
      </Select>
      <Button type="submit" disabled={isSubmitting || !hydrated}>
        Créer le référentiel
      </Button>
    </form>
  );
}
