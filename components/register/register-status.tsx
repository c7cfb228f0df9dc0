/** An entry's status as a DSFR badge, in words (never colour alone). */
import type { RegisterEntryView } from "@/lib/register/queries";

const SEVERITY: Record<RegisterEntryView["status"], string> = {
  ANSWERED_IN_TIME: "fr-badge--success",
  ANSWERED_LATE: "fr-badge--warning",
  PENDING: "fr-badge--info",
  OVERDUE: "fr-badge--error",
};

export function RegisterStatus({ entry }: { entry: Pick<RegisterEntryView, "status" | "statusText"> }) {
  return <p className={`fr-badge fr-badge--sm fr-badge--no-icon ${SEVERITY[entry.status]}`}>{entry.statusText}</p>;
}
