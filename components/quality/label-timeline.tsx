/**
 * The label path as an ordered list (a timeline that reads in order with a screen reader):
 * each step with its date — held, deadline, or computed from the label — and its state in
 * words on a badge.
 */
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import type { LabelPathStep, StepState } from "@/lib/quality/domain";
import { isoToFrench } from "./quality-dates";
import styles from "./label-timeline.module.css";

const STATE_BADGES: Record<StepState, { label: string; severity: "success" | "info" | "warning" | "new" }> = {
  done: { label: "Réalisé", severity: "success" },
  planned: { label: "À venir", severity: "info" },
  overdue: { label: "Échéance dépassée", severity: "warning" },
  pending: { label: "Non daté", severity: "new" },
};

function stepDate(step: LabelPathStep): string {
  if (!step.date) return step.state === "done" ? "Date non enregistrée" : "Date à fixer";
  const date = isoToFrench(step.date);
  switch (step.dateKind) {
    case "held":
      return `Le ${date}`;
    case "due":
      return `Au plus tard le ${date}`;
    default:
      return `Au plus tard le ${date} (date calculée à partir de l'obtention du label)`;
  }
}

export function LabelTimeline({ steps }: { steps: LabelPathStep[] }) {
  return (
    <section aria-labelledby="label-path-title" className="fr-mb-5w">
      <h2 id="label-path-title">Parcours de labellisation</h2>
      <ol className={styles.timeline} aria-label="Étapes du parcours de labellisation">
        {steps.map((step, i) => (
          <li key={step.key} className={`${styles.step} ${step.state === "done" ? styles.done : step.state === "overdue" ? styles.overdue : ""}`}>
            <p className="fr-text--bold fr-mb-1v">
              {i + 1}. {step.title}
            </p>
            <p className="fr-mb-1v">{stepDate(step)}</p>
            <Badge small severity={STATE_BADGES[step.state].severity}>
              {STATE_BADGES[step.state].label}
            </Badge>
          </li>
        ))}
      </ol>
    </section>
  );
}
