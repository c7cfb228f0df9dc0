"use client";
/**
 * Create or edit a register entry. One schema (lib/register/schemas) checks the form here and
 * the action on the server (answer not before receipt, a delay needs its holding reply…); an
 * edit made meanwhile by someone else is refused with what to do. The deadline is computed
 * by the server from the dates saved (5 working days, French public holidays).
 */
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { createRegisterEntry, updateRegisterEntry } from "@/lib/register/actions";
import { registerEntryFieldsSchema, type RegisterEntryFields, type RegisterEntryFieldsInput } from "@/lib/register/schemas";
import { REQUEST_CHANNEL_LABELS, REQUEST_TYPE_LABELS, type RequestChannel, type RequestType } from "@/lib/register/vocabulary";
import { applyServerErrors } from "@/components/ui/form-errors";
import { useHydrated } from "@/components/ui/use-hydrated";

/** The form's values: dates as "YYYY-MM-DD" or "", the delay as typed. */
export interface RegisterEntryFormValues {
  reference: string;
  receivedOn: string;
  channel: RequestChannel;
  type: RequestType;
  subject: string;
  service: string;
  acknowledgedOn: string;
  holdingReplyOn: string;
  announcedDelayDays: string;
  answeredOn: string;
}

const state = (message?: string) => (message ? ({ state: "error", stateRelatedMessage: message } as const) : {});

export function RegisterEntryForm({
  code,
  prefectureId,
  initial,
  today,
}: {
  code: string;
  prefectureId: string;
  initial?: { id: string; version: number; values: RegisterEntryFormValues };
  /** Today in Paris, "YYYY-MM-DD": a new entry's default date of receipt */
  today: string;
}) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [error, setError] = useState<string>();
  const form = useForm<RegisterEntryFieldsInput, unknown, RegisterEntryFields>({
    resolver: zodResolver(registerEntryFieldsSchema),
    defaultValues: initial?.values ?? {
      reference: "",
      receivedOn: today,
      channel: "EMAIL",
      type: "INFORMATION",
      subject: "",
      service: "",
      acknowledgedOn: "",
      holdingReplyOn: "",
      announcedDelayDays: "",
      answeredOn: "",
    },
  });
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = form;

  const onSubmit = handleSubmit(
    async (values) => {
      setError(undefined);
      const result = initial ? await updateRegisterEntry({ ...values, id: initial.id, version: initial.version }) : await createRegisterEntry({ ...values, prefectureId });
      if (!result.ok) {
        setError(result.error);
        applyServerErrors(form, result.fieldErrors);
        return;
      }
      router.push(`/${code}/registre?annee=${values.receivedOn.slice(0, 4)}`);
      router.refresh();
    },
    () => setError("Certains champs sont invalides : corrigez-les puis enregistrez à nouveau."),
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-label={initial ? "Modifier la demande" : "Nouvelle demande"}>
      <div aria-live="assertive">{error && <Alert severity="error" title="Enregistrement impossible" description={error} className="fr-mb-3w" />}</div>
      <fieldset className="fr-fieldset" aria-labelledby="register-request-legend">
        <legend id="register-request-legend" className="fr-fieldset__legend fr-h4">
          La demande
        </legend>
        <div className="fr-fieldset__element">
          <Input label="Date de réception" {...state(errors.receivedOn?.message)} nativeInputProps={{ ...register("receivedOn"), type: "date" }} />
        </div>
        <div className="fr-fieldset__element">
          <Select label="Canal" {...state(errors.channel?.message)} nativeSelectProps={register("channel")}>
            {Object.entries(REQUEST_CHANNEL_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-fieldset__element">
          <Select label="Type" {...state(errors.type?.message)} nativeSelectProps={register("type")}>
            {Object.entries(REQUEST_TYPE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-fieldset__element">
          <Input label="Objet" {...state(errors.subject?.message)} nativeInputProps={register("subject")} />
        </div>
        <div className="fr-fieldset__element">
          <Input label="Service (facultatif)" hintText="Le service qui traite la demande" {...state(errors.service?.message)} nativeInputProps={register("service")} />
        </div>
        <div className="fr-fieldset__element">
          <Input label="Référence (facultatif)" {...state(errors.reference?.message)} nativeInputProps={register("reference")} />
        </div>
      </fieldset>
      <fieldset className="fr-fieldset" aria-labelledby="register-answer-legend">
        <legend id="register-answer-legend" className="fr-fieldset__legend fr-h4">
          Le traitement
        </legend>
        <p className="fr-fieldset__element fr-text--sm">
          L&apos;engagement est une réponse dans les 5 jours ouvrés (hors samedis, dimanches et jours fériés). Si le sujet est complexe, une réponse d&apos;attente envoyée
          dans ce délai et annonçant un délai reporte l&apos;échéance à la date annoncée.
        </p>
        <div className="fr-fieldset__element">
          <Input label="Date d'accusé de réception (facultatif)" {...state(errors.acknowledgedOn?.message)} nativeInputProps={{ ...register("acknowledgedOn"), type: "date" }} />
        </div>
        <div className="fr-fieldset__element">
          <Input label="Date de la réponse d'attente (facultatif)" {...state(errors.holdingReplyOn?.message)} nativeInputProps={{ ...register("holdingReplyOn"), type: "date" }} />
        </div>
        <div className="fr-fieldset__element">
          <Input
            label="Délai annoncé, en jours (facultatif)"
            hintText="Le nombre de jours calendaires annoncé dans la réponse d'attente"
            {...state(errors.announcedDelayDays?.message)}
            nativeInputProps={{ ...register("announcedDelayDays"), inputMode: "numeric", autoComplete: "off" }}
          />
        </div>
        <div className="fr-fieldset__element">
          <Input label="Date de réponse (facultatif)" hintText="Vide tant que la réponse n'est pas partie" {...state(errors.answeredOn?.message)} nativeInputProps={{ ...register("answeredOn"), type: "date" }} />
        </div>
      </fieldset>
      <Button type="submit" disabled={isSubmitting || !hydrated}>
        {initial ? "Enregistrer les modifications" : "Enregistrer la demande"}
      </Button>
    </form>
  );
}
