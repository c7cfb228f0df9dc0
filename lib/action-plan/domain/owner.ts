/** Who carries an action, in words: the structure, the bureau or label, the person. */
import { formatPersonName } from "@/lib/format";

export interface ActionOwnerFacts {
  ownerStructure: { name: string; shortName: string | null } | null;
  ownerLabel: string | null;
  ownerPerson: { civility: "M" | "MME" | null; firstName: string | null; lastName: string } | null;
}

/** "DDT — Bureau des usagers — Mme Anne MARTIN", or null when nobody is named */
export function actionOwnerText(a: ActionOwnerFacts): string | null {
  const parts = [a.ownerStructure ? (a.ownerStructure.shortName ?? a.ownerStructure.name) : null, a.ownerLabel, a.ownerPerson ? formatPersonName(a.ownerPerson) : null].filter(Boolean);
  return parts.length > 0 ? parts.join(" — ") : null;
}
