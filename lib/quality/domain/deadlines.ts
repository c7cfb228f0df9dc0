/**
 * The next quality deadlines of a prefecture (for its page and its dashboard): when the label
 * expires and when the next audit is due, with the days left. Built on the label path, so the
 * dashboard and the timeline can never disagree.
 */
import { formatCount } from "@/lib/format";
import { daysBetween } from "./dates";
import { labelPath, type PathAudit, type PathLabel } from "./path";

export interface QualityDeadlines {
  /** ISO date, null without a label */
  labelExpiresOn: string | null;
  /** ISO date of the earliest audit not yet held (recorded deadline, else the computed follow-up) */
  nextAuditDue: string | null;
  /** negative once passed */
  daysToExpiry: number | null;
  daysToAudit: number | null;
}

export function qualityDeadlines(label: PathLabel | null, audits: readonly PathAudit[], today: string): QualityDeadlines {
  const steps = labelPath(label, audits, today);
  const renewal = steps.find((s) => s.key === "RENEWAL");
  const followUp = steps.find((s) => s.key === "FOLLOW_UP_AUDIT");
  const labelExpiresOn = renewal?.date ?? null;

  const due = audits.filter((a) => !a.heldOn && a.dueBy).map((a) => a.dueBy!);
  if (followUp?.date && followUp.state !== "done") due.push(followUp.date);
  const nextAuditDue = due.sort()[0] ?? null;

  return {
    labelExpiresOn,
    nextAuditDue,
    daysToExpiry: labelExpiresOn ? daysBetween(today, labelExpiresOn) : null,
    daysToAudit: nextAuditDue ? daysBetween(today, nextAuditDue) : null,
  };
}

/** 12 → "dans 12 jours", 1 → "demain", 0 → "aujourd'hui", -1 → "hier", -30 → "il y a 30 jours". */
export function daysInWords(days: number): string {
  if (days === 0) return "aujourd'hui";
  if (days === 1) return "demain";
  if (days === -1) return "hier";
  return days > 0 ? `dans ${formatCount(days, "jour", "jours")}` : `il y a ${formatCount(-days, "jour", "jours")}`;
}
