/**
 * The referents' reminder e-mails (issue 9 item 2): three months before a label's end of
 * validity and before each audit deadline. Which reminders are due on a day, and what the
 * e-mail says. A reminder is identified by (kind, subject, due date): the database keeps the
 * ones sent under that key, so the daily job never sends one twice, and a deadline moved to
 * another date is a new reminder.
 */
import { formatLongDate } from "@/lib/format";
import { AUDIT_KIND_LABELS, type AuditKind, type LabelStatus, type QualityReminderKind } from "@/lib/quality/vocabulary";
import { addMonths, daysBetween, fromIsoDate } from "./dates";
import { daysInWords } from "./deadlines";
import { LABEL_VALIDITY_MONTHS, labelPath } from "./path";

/** The e-mail leaves this many months before the date (issue 9 item 2). */
export const REMINDER_LEAD_MONTHS = 3;

export interface ReminderLabel {
  id: string;
  status: LabelStatus;
  /** ISO dates */
  obtainedOn: string | null;
  validUntil: string | null;
}

export interface ReminderAudit {
  id: string;
  kind: AuditKind;
  dueBy: string | null;
  heldOn: string | null;
}

export interface DueReminder {
  kind: QualityReminderKind;
  /** the label's id (its expiry, or its follow-up audit not yet recorded), else the audit's */
  subjectId: string;
  /** ISO date of the deadline */
  dueOn: string;
  /** the audit the deadline is for; null for a label's expiry */
  auditKind: AuditKind | null;
}

/**
 * The first day a reminder may leave: three calendar months before, a day the month lacks
 * falling on its last day (due 31 May → from 28 or 29 February).
 */
export function reminderOpensOn(dueOn: string): string {
  return addMonths(dueOn, -REMINDER_LEAD_MONTHS);
}

/** Due on `today`: from three months before the date up to the date itself (not after). */
export function isReminderDue(dueOn: string, today: string): boolean {
  return reminderOpensOn(dueOn) <= today && today <= dueOn;
}

/**
 * The reminders of one prefecture due on `today`:
 * - each label granted and still valid: its end of validity (recorded, else obtained + 3 years);
 *   and its follow-up audit when none is recorded yet (obtained + 18 months, as the dashboard
 *   computes it), the label standing as the subject;
 * - each audit not yet held that has a deadline.
 * Suspended, expired and in-preparation labels get none.
 */
export function remindersDue(labels: readonly ReminderLabel[], audits: readonly ReminderAudit[], today: string): DueReminder[] {
  const due: DueReminder[] = [];
  for (const label of labels) {
    if (label.status !== "GRANTED") continue;
    const expiry = label.validUntil ?? (label.obtainedOn ? addMonths(label.obtainedOn, LABEL_VALIDITY_MONTHS) : null);
    if (expiry && isReminderDue(expiry, today)) due.push({ kind: "LABEL_EXPIRY", subjectId: label.id, dueOn: expiry, auditKind: null });
    // The same rule as the timeline: a follow-up audit recorded after the label replaces the computed date.
    const followUp = labelPath(label, audits, today).find((s) => s.key === "FOLLOW_UP_AUDIT");
    if (followUp?.dateKind === "computed" && followUp.date && isReminderDue(followUp.date, today) && (!expiry || followUp.date <= expiry)) {
      due.push({ kind: "AUDIT_DEADLINE", subjectId: label.id, dueOn: followUp.date, auditKind: "FOLLOW_UP" });
    }
  }
  for (const audit of audits) {
    if (!audit.heldOn && audit.dueBy && isReminderDue(audit.dueBy, today)) {
      due.push({ kind: "AUDIT_DEADLINE", subjectId: audit.id, dueOn: audit.dueBy, auditKind: audit.kind });
    }
  }
  return due;
}

export interface ReminderEmailInput {
  reminder: Pick<DueReminder, "kind" | "dueOn" | "auditKind">;
  /** "Qual-e-Pref" */
  frameworkName: string | null;
  /** "des Vosges" (lib/format prefectureOf) */
  prefectureOf: string;
  recipientName: string;
  /** absolute link to /{code}/demarche-qualite */
  url: string;
  today: string;
}

/** "L'audit de suivi", "L'autodiagnostic": every audit kind's label starts with a vowel. */
function theAudit(kind: AuditKind | null): string {
  const label = AUDIT_KIND_LABELS[kind ?? "FOLLOW_UP"];
  return `L'${label.charAt(0).toLowerCase()}${label.slice(1)}`;
}

/** The reminder e-mail in French: subject and plain text. */
export function qualityReminderEmail({ reminder, frameworkName, prefectureOf, recipientName, url, today }: ReminderEmailInput): { subject: string; text: string } {
  const day = formatLongDate(fromIsoDate(reminder.dueOn));
  const shortDay = day.replace(/^\S+ /, ""); // "31 janvier 2024", without the weekday
  const when = daysInWords(daysBetween(today, reminder.dueOn));
  const label = `label${frameworkName ? ` ${frameworkName}` : ""}`;
  const [subject, body] =
    reminder.kind === "LABEL_EXPIRY"
      ? [
          `Label${frameworkName ? ` ${frameworkName}` : ""} : valable jusqu'au ${shortDay}`,
          `Le ${label} de la préfecture ${prefectureOf} arrive à échéance le ${day} (${when}). Pour le conserver, l'audit de renouvellement doit avoir lieu avant cette date.`,
        ]
      : [
          `${AUDIT_KIND_LABELS[reminder.auditKind ?? "FOLLOW_UP"]} à réaliser avant le ${shortDay}`,
          `${theAudit(reminder.auditKind)} de la préfecture ${prefectureOf} doit avoir lieu au plus tard le ${day} (${when}).`,
        ];
  const text = [
    `Bonjour ${recipientName},`,
    "",
    body,
    "",
    `Label, audits et échéances de la démarche qualité : ${url}`,
    "",
    "Ce message est envoyé automatiquement aux référents de la préfecture trois mois avant chaque échéance de la démarche qualité.",
  ].join("\n");
  return { subject, text };
}
