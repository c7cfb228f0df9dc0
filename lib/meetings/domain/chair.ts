/**
 * Who chairs a meeting, as the documents print it: the person, then her title at the meeting,
 * "Mme Chantal CASTELNOT, préfète de la Vienne". A title alone (no person recorded) is printed
 * as typed; a title after a name starts lower-case unless it is an acronym ("DDETS").
 */
import { formatPersonName } from "@/lib/format";

type PersonName = Parameters<typeof formatPersonName>[0];

export function chairLine(person: PersonName | null, title: string | null): string | null {
  const cleanTitle = title?.trim() || null;
  if (!person) return cleanTitle;
  const name = formatPersonName(person);
  if (!cleanTitle) return name;
  const second = cleanTitle.charAt(1);
  const lowered = second && second === second.toLowerCase() && second !== second.toUpperCase() ? cleanTitle.charAt(0).toLowerCase() + cleanTitle.slice(1) : cleanTitle;
  return `${name}, ${lowered}`;
}
