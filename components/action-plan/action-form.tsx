"use client";
/**
 * Create or edit an action: title, description, origin (set by its source when created from
 * one: an intervention, an indicator period, a register entry, a survey, an audit, a
 * self-assessment), owner (structure, person and/or bureau), due date and
 * the engagements it serves. One schema checks the form here and the action on the server;
 * an edit made meanwhile by someone else is refused with what to do (version lock).
 */
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { createImprovementAction, updateImprovementAction } from "@/lib/action-plan/actions";
import { actionFormSchema, type ActionFormFields, type ActionFormInput, type ActionSourceIds } from "@/lib/action-plan/schemas";
import { ACTION_ORIGIN_LABELS, MANUAL_ORIGINS, type ActionOrigin } from "@/lib/action-plan/vocabulary";
import { applyServerErrors } from "@/components/ui/form-errors";
import { useHydrated } from "@/components/ui/use-hydrated";

export interface ActionFormValues {
  title: string;
  description: string;
  origin: ActionOrigin;
  ownerStructureId: string;
  ownerPersonId: string;
  ownerLabel: string;
  dueOn: string;
  engagementIds: string[];
}

export interface ActionFormChoicesProps {
  structures: { id: string; label: string }[];
  persons: { id: string; label: string }[];
  engagements: { id: string; label: string }[];
}

const state = (message?: string) => (message ? ({ state: "error", stateRelatedMessage: message } as const) : {});

export function ActionForm({
  code,
  prefectureId,
  choices,
  values,
  edit,
  source,
}: {
  code: string;
  prefectureId: string;
  choices: ActionFormChoicesProps;
  values: ActionFormValues;
  /** Editing an existing action under its version */
  edit?: { id: string; version: number };
  /** Created from a source: its ids (one set), the origin fixed */
  source?: ActionSourceIds;
}) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [error, setError] = useState<string>();
  const form = useForm<ActionFormInput, unknown, ActionFormFields>({ resolver: zodResolver(actionFormSchema), defaultValues: values });
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = form;
  const originFixed = Boolean(edit || source);

  const onSubmit = handleSubmit(
    async (v) => {
      setError(undefined);
      const fields = { title: v.title, description: v.description, ownerStructureId: v.ownerStructureId, ownerPersonId: v.ownerPersonId, ownerLabel: v.ownerLabel, dueOn: v.dueOn, engagementIds: v.engagementIds };
      const result = edit
        ? await updateImprovementAction({ ...fields, id: edit.id, version: edit.version })
        : await createImprovementAction({
            ...fields,
            prefectureId,
            origin: v.origin,
            interventionId: source?.interventionId ?? null,
            indicatorValueId: source?.indicatorValueId ?? null,
            requestRecordId: source?.requestRecordId ?? null,
            surveyId: source?.surveyId ?? null,
            auditId: source?.auditId ?? null,
            selfAssessmentId: source?.selfAssessmentId ?? null,
          });
      if (!result.ok) {
        setError(result.error);
        applyServerErrors(form, result.fieldErrors);
        return;
      }
      router.push(`/${code}/plan-actions/${result.data.id}`);
      router.refresh();
    },
    () => setError("Certains champs sont invalides : corrigez-les puis enregistrez à nouveau."),
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-label={edit ? "Modifier l'action" : "Nouvelle action"}>
      <div aria-live="assertive">{error && <Alert severity="error" title="Enregistrement impossible" description={error} className="fr-mb-3w" />}</div>
      <Input label="Intitulé" {...state(errors.title?.message)} nativeInputProps={register("title")} />
      <Input label="Description (facultatif)" textArea {...state(errors.description?.message)} nativeTextAreaProps={{ ...register("description"), rows: 4 }} />
      {originFixed ? (
        <input type="hidden" {...register("origin")} />
      ) : (
        <Select label="Origine" hint="Une action née d'une intervention ou d'un objectif d'indicateur manqué se crée depuis le compte rendu ou la grille des indicateurs." {...state(errors.origin?.message)} nativeSelectProps={register("origin")}>
          {MANUAL_ORIGINS.map((o) => (
            <option key={o} value={o}>
              {ACTION_ORIGIN_LABELS[o]}
            </option>
          ))}
        </Select>
      )}
      {originFixed && errors.origin?.message && <p className="fr-error-text">{errors.origin.message}</p>}
      <fieldset className="fr-fieldset" aria-labelledby="action-owner-legend">
        <legend id="action-owner-legend" className="fr-fieldset__legend">
          Pilote
          <span className="fr-hint-text">Une structure, un bureau ou service, une personne : un ou plusieurs.</span>
        </legend>
        <div className="fr-fieldset__element">
          <Select label="Structure (facultatif)" {...state(errors.ownerStructureId?.message)} nativeSelectProps={register("ownerStructureId")}>
            <option value="">Aucune</option>
            {choices.structures.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-fieldset__element">
          <Input label="Bureau ou service (facultatif)" {...state(errors.ownerLabel?.message)} nativeInputProps={register("ownerLabel")} />
        </div>
        <div className="fr-fieldset__element">
          <Select label="Personne (facultatif)" {...state(errors.ownerPersonId?.message)} nativeSelectProps={register("ownerPersonId")}>
            <option value="">Aucune</option>
            {choices.persons.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </Select>
        </div>
      </fieldset>
      <Input label="Échéance (facultatif)" {...state(errors.dueOn?.message)} nativeInputProps={{ ...register("dueOn"), type: "date" }} />
      {choices.engagements.length > 0 && (
        <Checkbox
          legend="Engagements servis (facultatif)"
          small
          {...state(errors.engagementIds?.message ?? errors.engagementIds?.root?.message)}
          options={choices.engagements.map((e) => ({ label: e.label, nativeInputProps: { value: e.id, ...register("engagementIds") } }))}
        />
      )}
      <Button type="submit" disabled={isSubmitting || !hydrated}>
        {edit ? "Enregistrer les modifications" : "Créer l'action"}
      </Button>
    </form>
  );
}
