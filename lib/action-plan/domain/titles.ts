/**
 * Titles an action starts with when created from its source, so that the list says at once
 * what it answers: a missed indicator period, in the grid's own words and figures, the
 * question asked in a meeting, a register entry, a survey, an audit's findings or a
 * self-assessed engagement. The referent may rewrite them before saving.
 */
import { formatIndicatorValue, formatTarget, periodLongLabel, type IndicatorUnit, type Periodicity } from "@/lib/indicators/domain";
import { formatLongDate } from "@/lib/format";
import { REQUEST_TYPE_LABELS, type RequestType } from "@/lib/register/vocabulary";
import { ASSESSMENT_LEVEL_LABELS, AUDIT_KIND_LABELS, type AssessmentLevel, type AuditKind } from "@/lib/quality/vocabulary";

export interface MissedPeriod {
  label: string;
  unit: IndicatorUnit;
  precision: number;
  periodicity: Periodicity;
  period: number;
  year: number;
  /** "" for the whole prefecture, otherwise "services", "standard"… */
  scope: string;
  value: number | null;
  target: { value: number; direction: "AT_LEAST" | "AT_MOST" } | null;
}

/** "Taux d'appels décrochés — mars 2022 : 85,0 % pour un objectif ≥ 90 %" */
export function indicatorActionTitle(p: MissedPeriod): string {
  const scope = p.scope ? ` (${p.scope})` : "";
  const head = `${p.label}${scope} — ${periodLongLabel(p.periodicity, p.period, p.year)}`;
  if (p.value === null) return head;
  const value = formatIndicatorValue(p.value, p.unit, p.precision);
  return p.target ? `${head} : ${value} pour un objectif ${formatTarget(p.target, p.unit, p.precision)}` : `${head} : ${value}`;
}

const TITLE_MAX = 140;

/** At most TITLE_MAX characters, cut on a word with "…". */
function shorten(text: string): string {
  if (text.length <= TITLE_MAX) return text;
  const cut = text.slice(0, TITLE_MAX - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > 40 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, "")}…`;
}

/** The question's first sentence, cut on a word with "…" when longer than a title should be. */
export function interventionActionTitle(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return shorten(/^(.+?[.?!])(\s|$)/.exec(flat)?.[1] ?? flat);
}

/** "Réclamation : Attente trop longue au guichet des étrangers" */
export function requestRecordActionTitle(e: { type: RequestType; subject: string }): string {
  return shorten(`${REQUEST_TYPE_LABELS[e.type]} : ${e.subject.replace(/\s+/g, " ").trim()}`);
}

/** "Suites de l'enquête « Satisfaction des usagers de l'accueil » (2022)" */
export function surveyActionTitle(s: { title: string; year: number }): string {
  return shorten(`Suites de l'enquête « ${s.title} » (${s.year})`);
}

/** "Audit de suivi du mardi 16 janvier 2024" (no date: the kind alone). */
export function auditInWords(a: { kind: AuditKind; heldOn: Date | null }): string {
  return a.heldOn ? `${AUDIT_KIND_LABELS[a.kind]} du ${formatLongDate(a.heldOn)}` : AUDIT_KIND_LABELS[a.kind];
}

/** The findings' first sentence; without findings, "Suites de l'audit de suivi du …". */
export function auditActionTitle(a: { kind: AuditKind; heldOn: Date | null; findings: string | null }): string {
  const findings = a.findings?.trim();
  if (findings) return interventionActionTitle(findings);
  const words = auditInWords(a);
  return shorten(`Suites de l'${words.charAt(0).toLowerCase()}${words.slice(1)}`);
}

/** "DDT — Répondre dans les délais annoncés : partiellement atteint en 2023" */
export function selfAssessmentActionTitle(a: { structure: string; engagement: string; level: AssessmentLevel | null; campaign: number }): string {
  const level = a.level ? ` : ${ASSESSMENT_LEVEL_LABELS[a.level].toLowerCase()}` : "";
  return shorten(`${a.structure} — ${a.engagement}${level} en ${a.campaign}`);
}
