/** Shapes of the survey domain: plain data, serialisable, shared by queries, screens and exports. */
import type { QuestionKind, SurveyAudience } from "@/lib/surveys/vocabulary";

/** An answer option as stored: counts and/or percentages as published (either may be missing). */
export interface StoredOption {
  label: string;
  count: number | null;
  /** 0–100 */
  percent: number | null;
}

/** An option as shown: the percentage is computed from the count when only the count is known. */
export interface OptionResult {
  label: string;
  /** never invented from a percentage: null when only the percentage was published */
  count: number | null;
  /** 0–100; null for an open question's verbatim answers or when nothing was entered */
  percent: number | null;
  /** true when `percent` was computed from `count` ÷ respondents rather than entered */
  percentComputed: boolean;
}

export interface SatisfactionRate {
  /** satisfied + very satisfied, 0–100 */
  rate: number;
  /** very satisfied alone, 0–100 ("95,1 % dont 54,9 % très satisfaits") */
  topRate: number;
}

export interface QuestionResult {
  id: string;
  position: number;
  text: string;
  kind: QuestionKind;
  options: OptionResult[];
  /** SCALE questions only, else null; null too when a positive level has no figure */
  satisfactionRate: number | null;
  /** the top level's share of a SCALE question (très satisfait), else null */
  topSatisfactionRate: number | null;
  /** 100 − the published percentages of a SCALE question when they leave respondents out, else null */
  unansweredShare: number | null;
}

export interface SurveyResult {
  id: string;
  title: string;
  audience: SurveyAudience;
  year: number;
  method: string | null;
  respondentsCount: number;
  /** members the questionnaire was sent to (MEMBERS), else usually null */
  recipientsCount: number | null;
  /** respondents ÷ recipients, 0–100, null without recipients */
  responseRate: number | null;
  meeting: { id: string; title: string | null; startsAt: string } | null;
  version: number;
  questions: QuestionResult[];
}
