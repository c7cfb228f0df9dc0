/**
 * Inputs of the survey screens, shared by the form (react-hook-form) and the actions. Numbers
 * arrive as typed in French ("54,9", "1 234") from the form and as numbers once parsed; both
 * parse the same way. The rules between fields (counts ≤ respondents, answered ≤ sent, sums)
 * are the domain's checkSurveyDraft, run here so form and action say the same thing.
 */
import { z } from "zod";
import { parseFrenchNumber } from "@/lib/indicators/domain";
import { optionalText, requiredText, uuidParam, MAX_YEAR, MIN_YEAR } from "@/lib/validation";
import { checkSurveyDraft } from "./domain";
import { QUESTION_KINDS, RESULT_ENTRIES, SURVEY_AUDIENCES } from "./vocabulary";

/** "" or blank → null; French or plain decimals → number; anything else → NaN (refused with `message`). */
function toNumber(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value !== "string") return value;
  const parsed = parseFrenchNumber(value);
  return parsed.ok ? parsed.value : Number.NaN;
}

function optionalNumber(message: string) {
  return z.preprocess(toNumber, z.number({ message }).finite({ message }).nullable());
}

function count(message: string, required: string) {
  return z.preprocess(
    toNumber,
    z
      // blank → "required"; typed but not a number (NaN) → what a valid figure is
      .number({ error: (issue) => (issue.input === null || issue.input === undefined ? required : message) })
      .finite({ message })
      .int({ message })
      .min(0, { message })
      .max(10_000_000, { message }),
  );
}

function optionalCount(message: string) {
  return z.preprocess(toNumber, z.number({ message }).finite({ message }).int({ message }).min(0, { message }).max(10_000_000, { message }).nullable());
}

export const surveyOptionSchema = z.object({
  label: requiredText(500, "Réponse", "Saisissez le libellé de la réponse."),
  value: optionalNumber("Saisissez un nombre, par exemple 12 ou 54,9."),
});

export const surveyQuestionSchema = z.object({
  text: requiredText(500, "Question", "Saisissez le texte de la question."),
  kind: z.enum(QUESTION_KINDS, { message: "Choisissez le type de question." }),
  entry: z.enum(RESULT_ENTRIES, { message: "Choisissez comment les résultats sont saisis." }),
  options: z.array(surveyOptionSchema).max(40, "40 réponses possibles au plus par question."),
});

export const surveyFieldsSchema = z
  .object({
    title: requiredText(300, "Titre", "Donnez un titre à l'enquête."),
    audience: z.enum(SURVEY_AUDIENCES, { message: "Choisissez le public interrogé." }),
    year: z.preprocess(
      toNumber,
      z
        .number({ error: (issue) => (issue.input === null || issue.input === undefined ? "Saisissez l'année de l'enquête." : `Saisissez une année entre ${MIN_YEAR} et ${MAX_YEAR}.`) })
        .int({ message: `Saisissez une année entre ${MIN_YEAR} et ${MAX_YEAR}.` })
        .min(MIN_YEAR, { message: `Saisissez une année entre ${MIN_YEAR} et ${MAX_YEAR}.` })
        .max(MAX_YEAR, { message: `Saisissez une année entre ${MIN_YEAR} et ${MAX_YEAR}.` }),
    ),
    method: optionalText(500, "Méthode"),
    recipientsCount: optionalCount("Le nombre de destinataires est un nombre entier positif ou nul."),
    respondentsCount: count("Le nombre de répondants est un nombre entier positif ou nul.", "Saisissez le nombre de répondants."),
    questions: z.array(surveyQuestionSchema).max(60, "60 questions au plus par enquête."),
  })
  .superRefine((v, ctx) => {
    for (const issue of checkSurveyDraft(v)) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
  });

export type SurveyFieldsInput = z.input<typeof surveyFieldsSchema>;
export type SurveyFields = z.output<typeof surveyFieldsSchema>;

export const createSurveySchema = surveyFieldsSchema.and(z.object({ prefectureId: uuidParam }));
export type CreateSurveyInput = z.input<typeof createSurveySchema>;

export const updateSurveySchema = surveyFieldsSchema.and(
  z.object({ id: uuidParam, version: z.number().int().positive() }),
);
export type UpdateSurveyInput = z.input<typeof updateSurveySchema>;

export const attachSurveySchema = z.object({
  surveyId: uuidParam,
  version: z.number().int().positive(),
  meetingId: uuidParam,
});

export const detachSurveySchema = z.object({
  surveyId: uuidParam,
  version: z.number().int().positive(),
});
