/**
 * Presenters of an agenda item are typed as text ("Mme Angélique SAUVAIRE, cheffe de bureau
 * du pôle accueils; M. Eric ROSE"), helped by suggestions of the prefecture's persons. A text
 * that is exactly a known person (with or without their function) is stored as a link to that
 * person — so renaming the person or their function later shows up on the agenda — and
 * anything else stays free text ("les services de l'État").
 */
import type { Tx } from "@/lib/db";
import { formatPersonName } from "@/lib/format";

type PersonLike = { id: string; civility: "M" | "MME" | null; firstName: string | null; lastName: string; function: string | null };

const key = (s: string) => s.trim().replace(/\s+/g, " ").toLocaleLowerCase("fr");

export function presenterSuggestion(p: PersonLike): string {
  return [formatPersonName(p), p.function].filter(Boolean).join(", ");
}

/** Pure: "a; b" → one presenter each, linked to a person when the text names one exactly. */
export function matchPresenters(text: string, persons: readonly PersonLike[]) {
  const byText = new Map<string, string>();
  for (const p of persons) {
    byText.set(key(formatPersonName(p)), p.id);
    byText.set(key(presenterSuggestion(p)), p.id);
  }
  return text
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((label, position) => {
      const personId = byText.get(key(label)) ?? null;
      return { personId, label: personId ? null : label, position };
    });
}

export async function resolvePresenters(tx: Tx, prefectureId: string, text: string | null) {
  if (!text) return [];
  const persons = await tx.person.findMany({
    where: { prefectureId },
    select: { id: true, civility: true, firstName: true, lastName: true, function: true },
  });
  return matchPresenters(text, persons);
}
