/**
 * The surveys' vocabulary (domain.md §9): audiences, question kinds and how results are
 * entered — the enum values once, tied to the Prisma enums by type, with their French labels.
 */
import type { QuestionKind as DbQuestionKind, SurveyAudience as DbSurveyAudience } from "@/lib/generated/prisma/enums";

export type SurveyAudience = DbSurveyAudience;
export type QuestionKind = DbQuestionKind;

export const SURVEY_AUDIENCES = ["USERS", "MEMBERS"] as const satisfies readonly DbSurveyAudience[];
export const QUESTION_KINDS = ["SCALE", "CHOICE", "OPEN"] as const satisfies readonly DbQuestionKind[];

export const SURVEY_AUDIENCE_LABELS = {
  USERS: "Usagers",
  MEMBERS: "Membres du comité",
} as const satisfies Record<DbSurveyAudience, string>;

/** The audience in a sentence: "Enquête auprès des usagers". */
export const SURVEY_AUDIENCE_PHRASES = {
  USERS: "auprès des usagers",
  MEMBERS: "auprès des membres du comité",
} as const satisfies Record<DbSurveyAudience, string>;

export const QUESTION_KIND_LABELS = {
  SCALE: "Échelle de satisfaction",
  CHOICE: "Choix (oui/non, choix multiple)",
  OPEN: "Question ouverte (réponses citées)",
} as const satisfies Record<DbQuestionKind, string>;

/** How a question's results are typed in: counts of answers or published percentages. */
export const RESULT_ENTRIES = ["COUNT", "PERCENT"] as const;
export type ResultEntry = (typeof RESULT_ENTRIES)[number];

export const RESULT_ENTRY_LABELS = {
  COUNT: "Nombres de réponses",
  PERCENT: "Pourcentages",
} as const satisfies Record<ResultEntry, string>;

/** The four levels of the scale of the seeds (004), most satisfied first. */
export const SATISFACTION_SCALE = ["Très satisfait", "Satisfait", "Peu satisfait", "Pas du tout satisfait"] as const;
