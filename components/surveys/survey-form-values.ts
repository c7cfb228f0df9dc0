/**
 * An existing survey as the form's values. A question whose every answer has a count is edited
 * in counts; otherwise in percentages (the published ones — a count is never rebuilt from a
 * percentage). Decimals are shown with a French comma.
 */
import type { SurveyResult } from "@/lib/surveys/queries";
import type { SurveyFormValues } from "./survey-form";

const typed = (n: number | null) => (n === null ? "" : String(n).replace(".", ","));

export function surveyFormValues(survey: SurveyResult): SurveyFormValues {
  return {
    title: survey.title,
    audience: survey.audience,
    year: String(survey.year),
    method: survey.method ?? "",
    recipientsCount: typed(survey.recipientsCount),
    respondentsCount: String(survey.respondentsCount),
    questions: survey.questions.map((q) => {
      const entry = q.options.every((o) => o.count !== null) ? "COUNT" : "PERCENT";
      return {
        text: q.text,
        kind: q.kind,
        entry,
        options: q.options.map((o) => ({ label: o.label, value: q.kind === "OPEN" ? "" : typed(entry === "COUNT" ? o.count : o.percent) })),
      };
    }),
  };
}
