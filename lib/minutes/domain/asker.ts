/** Who spoke, in the minutes' words: shared by the minutes, the action plan and the follow-up. */
import { formatPersonName } from "@/lib/format";

type PersonName = { civility: "M" | "MME" | null; firstName: string | null; lastName: string };

/** What an intervention's asker is called in the minutes: the person (and their organisation), the organisation, or the label. */
export function askerName(i: {
  askerPerson: (PersonName & { organization?: { name: string } | null }) | null;
  askerOrganization: { name: string } | null;
  askerLabel: string | null;
}): string {
  if (i.askerPerson) {
    const org = i.askerPerson.organization?.name;
    return org ? `${formatPersonName(i.askerPerson)} (${org})` : formatPersonName(i.askerPerson);
  }
  return i.askerOrganization?.name ?? i.askerLabel ?? "Un participant";
}
