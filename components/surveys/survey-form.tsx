"use client";
/**
 * Create or edit a survey: title, audience, year, method, recipients and respondents, then its
 * questions with their kind, how results are entered (counts or percentages) and their
 * answers. One schema (lib/surveys/schemas) checks the form here and the action on the server:
 * counts ≤ respondents, answered ≤ sent, percentages 0–100, a scale's total. The whole survey is
 * saved at once; an edit made meanwhile by someone else is refused with what to do.
 */
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useFieldArray, useForm, useWatch, type Control, type FieldErrors, type UseFormRegister } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { createSurvey, updateSurvey } from "@/lib/surveys/actions";
import { surveyFieldsSchema, type SurveyFields, type SurveyFieldsInput } from "@/lib/surveys/schemas";
import {
  QUESTION_KIND_LABELS,
  RESULT_ENTRY_LABELS,
  SATISFACTION_SCALE,
  SURVEY_AUDIENCE_LABELS,
  type QuestionKind,
  type ResultEntry,
  type SurveyAudience,
} from "@/lib/surveys/vocabulary";
import { applyServerErrors } from "@/components/ui/form-errors";
import { useHydrated } from "@/components/ui/use-hydrated";

/** The form's values: numbers as typed ("54,9"), parsed by the schema. */
export interface SurveyFormValues {
  title: string;
  audience: SurveyAudience;
  year: string;
  method: string;
  recipientsCount: string;
  respondentsCount: string;
  questions: { text: string; kind: QuestionKind; entry: ResultEntry; options: { label: string; value: string }[] }[];
}

const state = (message?: string) => (message ? ({ state: "error", stateRelatedMessage: message } as const) : {});

/** An array-level error (e.g. "questions.0.options") sits on `root` or on the array itself. */
function arrayMessage(error: unknown): string | undefined {
  const e = error as { message?: string; root?: { message?: string } } | undefined;
  return e?.root?.message ?? e?.message;
}

function OptionsEditor({
  index,
  control,
  register,
  errors,
}: {
  index: number;
  control: Control<SurveyFieldsInput, unknown, SurveyFields>;
  register: UseFormRegister<SurveyFieldsInput>;
  errors: FieldErrors<SurveyFieldsInput>;
}) {
  const { fields, append, remove } = useFieldArray({ control, name: `questions.${index}.options` });
  const kind = useWatch({ control, name: `questions.${index}.kind` });
  const entry = useWatch({ control, name: `questions.${index}.entry` });
  const qErrors = errors.questions?.[index];
  const arrayError = arrayMessage(qErrors?.options);
  const n = index + 1;
  return (
    <div>
      {arrayError && (
        <p className="fr-error-text fr-mb-2w" id={`q${n}-options-error`}>
          {arrayError}
        </p>
      )}
      {fields.map((field, oi) => {
        const oErrors = qErrors?.options?.[oi];
        return (
          <div key={field.id} className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
            <div className={kind === "OPEN" ? "fr-col-12 fr-col-md-9" : "fr-col-12 fr-col-md-6"}>
              <Input
                label={kind === "OPEN" ? `Réponse citée (question ${n}, réponse ${oi + 1})` : `Libellé (question ${n}, réponse ${oi + 1})`}
                {...state(oErrors?.label?.message)}
                nativeInputProps={register(`questions.${index}.options.${oi}.label`)}
              />
            </div>
            {kind !== "OPEN" && (
              <div className="fr-col-8 fr-col-md-3">
                <Input
                  label={entry === "COUNT" ? `Nombre (question ${n}, réponse ${oi + 1})` : `Pourcentage (question ${n}, réponse ${oi + 1})`}
                  {...state(oErrors?.value?.message)}
                  nativeInputProps={{ ...register(`questions.${index}.options.${oi}.value`), inputMode: "decimal", autoComplete: "off" }}
                />
              </div>
            )}
            <div className="fr-col-4 fr-col-md-3 fr-mb-3w">
              <Button type="button" priority="tertiary" size="small" iconId="fr-icon-delete-line" onClick={() => remove(oi)} title={`Retirer la réponse ${oi + 1} de la question ${n}`}>
                Retirer
              </Button>
            </div>
          </div>
        );
      })}
      <Button type="button" priority="secondary" size="small" iconId="fr-icon-add-line" onClick={() => append({ label: "", value: "" })}>
        {kind === "OPEN" ? `Ajouter une réponse citée à la question ${n}` : `Ajouter une réponse à la question ${n}`}
      </Button>
    </div>
  );
}

export function SurveyForm({
  code,
  prefectureId,
  initial,
}: {
  code: string;
  prefectureId: string;
  /** an existing survey (edit) with its version, or nothing (new) */
  initial?: { id: string; version: number; values: SurveyFormValues };
}) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [error, setError] = useState<string>();
  const form = useForm<SurveyFieldsInput, unknown, SurveyFields>({
    resolver: zodResolver(surveyFieldsSchema),
    defaultValues: initial?.values ?? {
      title: "",
      audience: "USERS",
      year: String(new Date().getFullYear()),
      method: "",
      recipientsCount: "",
      respondentsCount: "",
      questions: [],
    },
  });
  const {
    register,
    control,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = form;
  const questions = useFieldArray({ control, name: "questions" });
  const watched = useWatch({ control, name: "questions" });

  const onSubmit = handleSubmit(async (values) => {
    setError(undefined);
    const result = initial
      ? await updateSurvey({ ...values, id: initial.id, version: initial.version })
      : await createSurvey({ ...values, prefectureId });
    if (!result.ok) {
      setError(result.error);
      applyServerErrors(form, result.fieldErrors);
      return;
    }
    router.push(`/${code}/enquetes/${result.data.id}`);
    router.refresh();
  }, () => setError("Certains champs sont invalides : corrigez-les puis enregistrez à nouveau."));

  const addQuestion = (kind: QuestionKind) =>
    questions.append({
      text: "",
      kind,
      entry: "COUNT",
      options: kind === "SCALE" ? SATISFACTION_SCALE.map((label) => ({ label, value: "" })) : kind === "CHOICE" ? [{ label: "Oui", value: "" }, { label: "Non", value: "" }] : [],
    });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={initial ? "Modifier l'enquête" : "Nouvelle enquête"}>
      <div aria-live="assertive">{error && <Alert severity="error" title="Enregistrement impossible" description={error} className="fr-mb-3w" />}</div>
      <fieldset className="fr-fieldset" aria-labelledby="survey-fields-legend">
        <legend id="survey-fields-legend" className="fr-fieldset__legend fr-h4">
          L&apos;enquête
        </legend>
        <div className="fr-fieldset__element">
          <Input label="Titre" {...state(errors.title?.message)} nativeInputProps={register("title")} />
        </div>
        <div className="fr-fieldset__element">
          <Select label="Public interrogé" {...state(errors.audience?.message)} nativeSelectProps={register("audience")}>
            {Object.entries(SURVEY_AUDIENCE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-fieldset__element">
          <Input label="Année" {...state(errors.year?.message)} nativeInputProps={{ ...register("year"), inputMode: "numeric" }} />
        </div>
        <div className="fr-fieldset__element">
          <Input label="Méthode (facultatif)" hintText="Par exemple : questionnaire papier remis à l'accueil" {...state(errors.method?.message)} nativeInputProps={register("method")} />
        </div>
        <div className="fr-fieldset__element">
          <Input
            label="Nombre de destinataires"
            hintText="Obligatoire pour un questionnaire aux membres : le nombre de membres à qui il a été envoyé"
            {...state(errors.recipientsCount?.message)}
            nativeInputProps={{ ...register("recipientsCount"), inputMode: "numeric" }}
          />
        </div>
        <div className="fr-fieldset__element">
          <Input
            label="Nombre de répondants"
            hintText="Les pourcentages saisis en nombres sont calculés sur ce total"
            {...state(errors.respondentsCount?.message)}
            nativeInputProps={{ ...register("respondentsCount"), inputMode: "numeric" }}
          />
        </div>
      </fieldset>

      <h2 className="fr-h4">Questions et résultats</h2>
      <p className="fr-text--sm">
        Les résultats d&apos;une question se saisissent en nombres de réponses ou en pourcentages (par exemple 54,9). Une échelle de satisfaction n&apos;admet
        qu&apos;une réponse par répondant ; une question à choix peut en admettre plusieurs.
      </p>
      {questions.fields.map((field, qi) => {
        const kind = watched?.[qi]?.kind ?? field.kind;
        const qErrors = errors.questions?.[qi];
        return (
          <fieldset key={field.id} className="fr-fieldset fr-p-2w fr-mb-3w fr-background-alt--grey" aria-labelledby={`question-${qi}-legend`}>
            <legend id={`question-${qi}-legend`} className="fr-fieldset__legend fr-h6">
              Question {qi + 1} — {QUESTION_KIND_LABELS[kind]}
            </legend>
            <div className="fr-fieldset__element">
              <Input label={`Texte de la question ${qi + 1}`} {...state(qErrors?.text?.message)} nativeInputProps={register(`questions.${qi}.text`)} />
            </div>
            <div className="fr-fieldset__element">
              <Select label={`Type de la question ${qi + 1}`} nativeSelectProps={register(`questions.${qi}.kind`)}>
                {Object.entries(QUESTION_KIND_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </Select>
            </div>
            {kind !== "OPEN" && (
              <div className="fr-fieldset__element">
                <Select label={`Résultats de la question ${qi + 1} saisis en`} nativeSelectProps={register(`questions.${qi}.entry`)}>
                  {Object.entries(RESULT_ENTRY_LABELS).map(([value, label]) => (
                    <option key={value} value={value}>
                      {label}
                    </option>
                  ))}
                </Select>
              </div>
            )}
            <div className="fr-fieldset__element">
              <OptionsEditor index={qi} control={control} register={register} errors={errors} />
            </div>
            <div className="fr-fieldset__element">
              <Button type="button" priority="tertiary" iconId="fr-icon-delete-line" onClick={() => questions.remove(qi)}>
                Supprimer la question {qi + 1}
              </Button>
            </div>
          </fieldset>
        );
      })}
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm fr-mb-3w">
        <li>
          <Button type="button" priority="secondary" iconId="fr-icon-add-line" onClick={() => addQuestion("SCALE")}>
            Ajouter une échelle de satisfaction
          </Button>
        </li>
        <li>
          <Button type="button" priority="secondary" iconId="fr-icon-add-line" onClick={() => addQuestion("CHOICE")}>
            Ajouter une question à choix
          </Button>
        </li>
        <li>
          <Button type="button" priority="secondary" iconId="fr-icon-add-line" onClick={() => addQuestion("OPEN")}>
            Ajouter une question ouverte
          </Button>
        </li>
      </ul>
      <Button type="submit" disabled={isSubmitting || !hydrated}>
        {initial ? "Enregistrer les modifications" : "Enregistrer l'enquête"}
      </Button>
    </form>
  );
}
