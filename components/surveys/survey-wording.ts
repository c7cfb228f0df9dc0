/** French wording of a survey's participation and figures, shared by the list, the survey page and the report. */
import { formatCount, formatNumber, formatPercent } from "@/lib/format";
import type { SurveyAudience } from "@/lib/surveys/vocabulary";

/** "102 répondants"; for members "13 réponses sur 25 membres (52 %)". */
export function participationText(s: { audience: SurveyAudience; respondentsCount: number; recipientsCount: number | null; responseRate: number | null }): string {
  if (s.recipientsCount === null) return formatCount(s.respondentsCount, "répondant", "répondants");
  const sent = s.audience === "MEMBERS" ? formatCount(s.recipientsCount, "membre", "membres") : formatCount(s.recipientsCount, "destinataire", "destinataires");
  const rate = s.responseRate === null ? "" : ` (${formatPercent(s.responseRate, 0)})`;
  return `${formatCount(s.respondentsCount, "réponse", "réponses")} sur ${sent}${rate}`;
}

/** 54.9 → "54,9 %"; null → "—" (never an invented figure). */
export function percentText(value: number | null): string {
  return value === null ? "—" : formatPercent(value, 1);
}

export function countText(value: number | null): string {
  return value === null ? "—" : formatNumber(value);
}
