/**
 * The rules a survey's results must follow before they are stored, with French messages and
 * the path of the field each one is about (the zod schema of the form and the action runs
 * them, so the tested rule is the running rule).
 *
 * Sums: a scale question has a single answer per respondent, so its counts cannot add up to
 * more than the respondents and its percentages to more than 100 (+ 1 point of rounding). They
 * may add up to less: published results leave out those who did not answer a theme (Vosges
 * 2022, "Site internet": 41,2 + 44,0 + 5,6 + 5,1 = 95,9 %), so "exactly 100 ± 1" would refuse
 * the seeds' own figures. A choice question may accept several answers ("motif de votre
 * visite") and the schema has no flag to tell single from multiple answers, so its options are
 * only checked one by one (each ≤ respondents or ≤ 100 %), never summed.
 */
import type { QuestionKind, ResultEntry, SurveyAudience } from "@/lib/surveys/vocabulary";

export const PERCENT_SUM_TOLERANCE = 1;

export interface SurveyDraft {
  audience: SurveyAudience;
  recipientsCount: number | null;
  respondentsCount: number;
  questions: {
    text: string;
    kind: QuestionKind;
    entry: ResultEntry;
    options: { label: string; value: number | null }[];
  }[];
}

export interface RuleIssue {
  path: (string | number)[];
  message: string;
}

const fr = (n: number) => String(n).replace(".", ",");

/** A scale question is answered once per respondent; a choice question may take several answers. */
export function isSingleAnswer(kind: QuestionKind): boolean {
  return kind === "SCALE";
}

export function checkSurveyDraft(draft: SurveyDraft): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (draft.audience === "MEMBERS" && draft.recipientsCount === null) {
    issues.push({ path: ["recipientsCount"], message: "Indiquez à combien de membres le questionnaire a été envoyé." });
  }
  if (draft.recipientsCount !== null && draft.respondentsCount > draft.recipientsCount) {
    issues.push({
      path: ["respondentsCount"],
      message: `Le nombre de réponses (${draft.respondentsCount}) ne peut pas dépasser le nombre de destinataires (${draft.recipientsCount}).`,
    });
  }
  draft.questions.forEach((q, qi) => {
    const name = `Question ${qi + 1}`;
    if (q.kind === "OPEN") return; // verbatim answers: labels only, no figures
    if (q.options.length === 0) {
      issues.push({ path: ["questions", qi, "options"], message: `${name} : ajoutez au moins une réponse possible.` });
      return;
    }
    let sum = 0;
    let complete = true;
    q.options.forEach((o, oi) => {
      const path = ["questions", qi, "options", oi, "value"];
      const label = o.label ? `« ${o.label} »` : `la réponse ${oi + 1}`;
      if (o.value === null) {
        complete = false;
        issues.push({
          path,
          message: q.entry === "COUNT" ? `${name} : saisissez le nombre de réponses pour ${label}.` : `${name} : saisissez le pourcentage de ${label}.`,
        });
        return;
      }
      sum += o.value;
      if (q.entry === "COUNT") {
        if (!Number.isInteger(o.value) || o.value < 0) {
          issues.push({ path, message: `${name} : le nombre de réponses pour ${label} doit être un nombre entier positif ou nul.` });
        } else if (o.value > draft.respondentsCount) {
          issues.push({
            path,
            message: `${name} : ${label} compte ${o.value} réponses, plus que les ${draft.respondentsCount} répondants.`,
          });
        }
      } else if (o.value < 0 || o.value > 100) {
        issues.push({ path, message: `${name} : le pourcentage de ${label} doit être compris entre 0 et 100.` });
      }
    });
    if (!complete || !isSingleAnswer(q.kind)) return;
    if (q.entry === "COUNT" && sum > draft.respondentsCount) {
      issues.push({
        path: ["questions", qi, "options"],
        message: `${name} : une seule réponse par répondant, or les réponses totalisent ${sum} pour ${draft.respondentsCount} répondants.`,
      });
    }
    if (q.entry === "PERCENT" && sum > 100 + PERCENT_SUM_TOLERANCE) {
      issues.push({
        path: ["questions", qi, "options"],
        message: `${name} : une seule réponse par répondant, or les pourcentages totalisent ${fr(Math.round(sum * 100) / 100)} % (100 % au plus, à 1 point d'arrondi près).`,
      });
    }
  });
  return issues;
}
