/**
 * The label path as a timeline (003's roadmap, 004's dates): self-diagnosis → compliance work
 * and action plan → internal audit → corrective actions → external audit → label → follow-up
 * audit within 18 months → renewal after three years. Each step takes the date of the audit
 * recorded for it when there is one, else a date computed from the label (obtained + 18
 * months, obtained + 3 years), and says whether it is done, planned or overdue on `today`.
 */
import { LABEL_PATH_STEPS, LABEL_PATH_STEP_LABELS, type AuditKind, type LabelPathStepKey } from "@/lib/quality/vocabulary";
import { addMonths } from "./dates";

/** Qual-e-Pref: the follow-up audit within 18 months of the label (003). */
export const FOLLOW_UP_MONTHS = 18;
/** Qual-e-Pref: a label is valid three years (004: 20 October 2022 → 20 October 2025). */
export const LABEL_VALIDITY_MONTHS = 36;

export interface PathAudit {
  kind: AuditKind;
  /** ISO dates */
  heldOn: string | null;
  dueBy: string | null;
}

export interface PathLabel {
  obtainedOn: string | null;
  validUntil: string | null;
}

export type StepState = "done" | "planned" | "overdue" | "pending";
/** held: the day it took place; due: a recorded deadline; computed: derived from the label */
export type StepDateKind = "held" | "due" | "computed";

export interface LabelPathStep {
  key: LabelPathStepKey;
  title: string;
  date: string | null;
  dateKind: StepDateKind | null;
  state: StepState;
}

function dueState(date: string, today: string): StepState {
  return date < today ? "overdue" : "planned";
}

/** The audit that stands for a step: the last one held, else the earliest one planned. */
function auditFor(audits: readonly PathAudit[], kind: AuditKind, after: string | null = null): PathAudit | undefined {
  const ofKind = audits.filter((a) => a.kind === kind && (after === null || (a.heldOn ?? a.dueBy ?? "") > after));
  const held = ofKind.filter((a) => a.heldOn).sort((a, b) => (b.heldOn! < a.heldOn! ? -1 : 1));
  if (held[0]) return held[0];
  return ofKind.filter((a) => a.dueBy).sort((a, b) => (a.dueBy! < b.dueBy! ? -1 : 1))[0];
}

function auditStep(audit: PathAudit | undefined, labelled: boolean, today: string): Pick<LabelPathStep, "date" | "dateKind" | "state"> {
  if (audit?.heldOn) return { date: audit.heldOn, dateKind: "held", state: audit.heldOn <= today ? "done" : "planned" };
  // A label cannot be granted without the steps before it: done, even if nobody recorded when.
  if (labelled) return { date: null, dateKind: null, state: "done" };
  if (audit?.dueBy) return { date: audit.dueBy, dateKind: "due", state: dueState(audit.dueBy, today) };
  return { date: null, dateKind: null, state: "pending" };
}

export function labelPath(label: PathLabel | null, audits: readonly PathAudit[], today: string): LabelPathStep[] {
  const obtainedOn = label?.obtainedOn ?? null;
  const labelled = obtainedOn !== null && obtainedOn <= today;
  const selfDiagnosis = auditStep(auditFor(audits, "SELF_ASSESSMENT"), labelled, today);
  const internal = auditStep(auditFor(audits, "INTERNAL"), labelled, today);
  const external = auditStep(auditFor(audits, "EXTERNAL"), labelled, today);
  // Undated work between two audits is done once the audit after it has taken place.
  const undated = (nextDone: boolean) => ({ date: null, dateKind: null, state: nextDone ? "done" : "pending" }) as const;

  const steps: Record<LabelPathStepKey, Pick<LabelPathStep, "date" | "dateKind" | "state">> = {
    SELF_DIAGNOSIS: selfDiagnosis,
    ACTION_PLAN: undated(internal.state === "done" || labelled),
    INTERNAL_AUDIT: internal,
    CORRECTIVE_ACTIONS: undated(external.state === "done" || labelled),
    EXTERNAL_AUDIT: external,
    LABEL: obtainedOn
      ? { date: obtainedOn, dateKind: "held", state: labelled ? "done" : "planned" }
      : { date: null, dateKind: null, state: "pending" },
    FOLLOW_UP_AUDIT: followUpStep(obtainedOn, audits, today),
    RENEWAL: renewalStep(label, today),
  };
  return LABEL_PATH_STEPS.map((key) => ({ key, title: LABEL_PATH_STEP_LABELS[key], ...steps[key] }));
}

function followUpStep(obtainedOn: string | null, audits: readonly PathAudit[], today: string): Pick<LabelPathStep, "date" | "dateKind" | "state"> {
  // Only a follow-up of this label counts: one held before it was obtained belongs to an older one.
  const audit = auditFor(audits, "FOLLOW_UP", obtainedOn);
  if (audit?.heldOn) return { date: audit.heldOn, dateKind: "held", state: audit.heldOn <= today ? "done" : "planned" };
  if (audit?.dueBy) return { date: audit.dueBy, dateKind: "due", state: dueState(audit.dueBy, today) };
  if (!obtainedOn) return { date: null, dateKind: null, state: "pending" };
  const date = addMonths(obtainedOn, FOLLOW_UP_MONTHS);
  return { date, dateKind: "computed", state: dueState(date, today) };
}

function renewalStep(label: PathLabel | null, today: string): Pick<LabelPathStep, "date" | "dateKind" | "state"> {
  if (label?.validUntil) return { date: label.validUntil, dateKind: "due", state: dueState(label.validUntil, today) };
  if (!label?.obtainedOn) return { date: null, dateKind: null, state: "pending" };
  const date = addMonths(label.obtainedOn, LABEL_VALIDITY_MONTHS);
  return { date, dateKind: "computed", state: dueState(date, today) };
}
