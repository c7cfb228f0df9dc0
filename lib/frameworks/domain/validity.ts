/**
 * The rules of a referential's versions and contents, pure so the form, the action and the
 * tests say the same thing:
 * - a version is in force from `publishedOn` to `validUntil` included (null: open-ended) — the
 *   same "current on a day" rule as lib/periods (isCurrentOn), on ISO days;
 * - the versions of one framework never overlap, and a new version comes after the latest,
 *   which then ends the day before (unless it already ended earlier);
 * - module numbers and engagement codes are unique within a version;
 * - a module or an engagement that something refers to is not deleted (a label's modules, the
 *   self-assessments, improvement actions and indicator versions of an engagement): the history
 *   they belong to would lose its meaning. A new version of the referential is the way to
 *   change what is in force.
 * Days are "YYYY-MM-DD" strings (validated upstream by lib/validation): they compare as text.
 */
import { formatCount } from "@/lib/format";
import { frenchDayMonthYear, parseIsoDate } from "@/lib/validation";

export interface VersionSpan {
  /** null for a version not yet created */
  id: string | null;
  label: string;
  publishedOn: string;
  validUntil: string | null;
}

export interface SpanProblem {
  field: "publishedOn" | "validUntil";
  message: string;
}

/** "2021-01-01" → "2020-12-31" (across months, years and 29 February). */
export function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** "19 décembre 2018" for an ISO day. */
export function frenchDay(iso: string): string {
  const date = parseIsoDate(iso);
  return date ? frenchDayMonthYear(date) : iso;
}

/** "du 19 décembre 2018 au 31 décembre 2020", "depuis le 1er janvier 2021". */
export function spanInWords(span: Pick<VersionSpan, "publishedOn" | "validUntil">): string {
  return span.validUntil
    ? `du ${frenchDay(span.publishedOn)} au ${frenchDay(span.validUntil)}`
    : `depuis le ${frenchDay(span.publishedOn)}, sans date de fin`;
}

/** Is the version in force on `day` (ISO)? publishedOn ≤ day ≤ validUntil. */
export function isInForceOn(span: Pick<VersionSpan, "publishedOn" | "validUntil">, day: string): boolean {
  return span.publishedOn <= day && (span.validUntil === null || day <= span.validUntil);
}

/** The last day in force may not come before the first. */
export function checkVersionDates(span: Pick<VersionSpan, "publishedOn" | "validUntil">): SpanProblem | null {
  if (span.validUntil !== null && span.validUntil < span.publishedOn) {
    return {
      field: "validUntil",
      message: `Le dernier jour en vigueur (${frenchDay(span.validUntil)}) ne peut pas précéder le premier (${frenchDay(span.publishedOn)}).`,
    };
  }
  return null;
}

function overlaps(a: Pick<VersionSpan, "publishedOn" | "validUntil">, b: Pick<VersionSpan, "publishedOn" | "validUntil">): boolean {
  const aEnd = a.validUntil ?? "9999-12-31";
  const bEnd = b.validUntil ?? "9999-12-31";
  return a.publishedOn <= bEnd && b.publishedOn <= aEnd;
}

/** The first other version of the framework the candidate would overlap (itself excluded). */
export function overlappingVersion<T extends VersionSpan>(candidate: VersionSpan, others: readonly T[]): T | null {
  return others.find((o) => (candidate.id === null || o.id !== candidate.id) && overlaps(candidate, o)) ?? null;
}

function overlapProblem(other: VersionSpan): SpanProblem {
  return {
    field: "publishedOn",
    message: `Ces dates chevauchent la version « ${other.label} », en vigueur ${spanInWords(other)} : les versions d'un référentiel se suivent sans se chevaucher.`,
  };
}

/** A version's dates changed: in order, and clear of the framework's other versions. */
export function checkVersionEdit(candidate: VersionSpan, versions: readonly VersionSpan[]): SpanProblem | null {
  const dates = checkVersionDates(candidate);
  if (dates) return dates;
  const other = overlappingVersion(candidate, versions);
  return other ? overlapProblem(other) : null;
}

export type NewVersionPlan =
  | { ok: true; /** the latest version, ended the day before the new one (null: nothing to close) */ closePrevious: { id: string; validUntil: string } | null }
  | { ok: false; problem: SpanProblem };

/**
 * A new version of a framework: it starts after the latest version's first day; the latest
 * ends the day before if it was still in force then; and the result overlaps nothing.
 */
export function planNewVersion(candidate: VersionSpan, versions: readonly VersionSpan[]): NewVersionPlan {
  const dates = checkVersionDates(candidate);
  if (dates) return { ok: false, problem: dates };
  const latest = latestVersion(versions);
  if (latest && candidate.publishedOn <= latest.publishedOn) {
    return {
      ok: false,
      problem: {
        field: "publishedOn",
        message: `La nouvelle version doit entrer en vigueur après le ${frenchDay(latest.publishedOn)}, premier jour de la version « ${latest.label} ».`,
      },
    };
  }
  const closePrevious =
    latest && latest.id !== null && (latest.validUntil === null || latest.validUntil >= candidate.publishedOn)
      ? { id: latest.id, validUntil: dayBefore(candidate.publishedOn) }
      : null;
  const after = versions.map((v) => (closePrevious && v.id === closePrevious.id ? { ...v, validUntil: closePrevious.validUntil } : v));
  const other = overlappingVersion(candidate, after);
  if (other) return { ok: false, problem: overlapProblem(other) };
  return { ok: true, closePrevious };
}

/** The version that starts last. */
export function latestVersion<T extends VersionSpan>(versions: readonly T[]): T | null {
  let latest: T | null = null;
  for (const v of versions) if (!latest || v.publishedOn > latest.publishedOn) latest = v;
  return latest;
}

/** The first value that appears twice (module numbers, engagement codes), or null. */
export function findDuplicate<T>(values: readonly T[]): T | null {
  const seen = new Set<T>();
  for (const v of values) {
    if (seen.has(v)) return v;
    seen.add(v);
  }
  return null;
}

/** Engagement codes compare without case or surrounding spaces ("spp-1" is "SPP-1"). */
export function normalizeEngagementCode(code: string): string {
  return code.trim().toUpperCase();
}

function listInWords(parts: string[]): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} et ${parts[parts.length - 1]}`;
}

/** Why a module may not be deleted, in French, or null when nothing refers to it. */
export function moduleDeletionRefusal(module: { number: number; labelledPrefectures: number; engagements: number }): string | null {
  const reasons: string[] = [];
  if (module.labelledPrefectures > 0) reasons.push(`${formatCount(module.labelledPrefectures, "label de préfecture porte", "labels de préfectures portent")} sur lui`);
  if (module.engagements > 0) reasons.push(`${formatCount(module.engagements, "engagement lui est rattaché", "engagements lui sont rattachés")}`);
  if (reasons.length === 0) return null;
  return `Le module ${module.number} ne peut pas être supprimé : ${listInWords(reasons)}. Supprimez ou rattachez ailleurs ses engagements, ou créez une nouvelle version du référentiel sans ce module.`;
}

/** Why an engagement may not be deleted, in French, or null when nothing refers to it. */
export function engagementDeletionRefusal(engagement: { code: string; indicatorVersions: number; selfAssessments: number; actions: number }): string | null {
  const reasons: string[] = [];
  if (engagement.indicatorVersions > 0) reasons.push(formatCount(engagement.indicatorVersions, "version d'indicateur", "versions d'indicateurs"));
  if (engagement.selfAssessments > 0) reasons.push(formatCount(engagement.selfAssessments, "auto-évaluation", "auto-évaluations"));
  if (engagement.actions > 0) reasons.push(formatCount(engagement.actions, "action d'amélioration", "actions d'amélioration"));
  if (reasons.length === 0) return null;
  return `L'engagement ${engagement.code} ne peut pas être supprimé : ${listInWords(reasons)} y ${engagement.indicatorVersions + engagement.selfAssessments + engagement.actions > 1 ? "renvoient" : "renvoie"}. Créez plutôt une nouvelle version du référentiel sans cet engagement : l'historique reste attaché à celle-ci.`;
}
