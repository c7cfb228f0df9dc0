/**
 * Beside a source (a question of the minutes, a period of an indicator, a register entry, a
 * survey, an audit, a self-assessment): the actions created
 * from it, with their status in words — the link back from the source to the plan.
 */
import Link from "next/link";
import type { ActionLink, OriginActionLink } from "@/lib/action-plan/queries";

export function ActionLinks({ links }: { links: readonly (ActionLink | OriginActionLink)[] }) {
  if (links.length === 0) return null;
  return (
    <ul className="fr-raw-list fr-text--sm fr-mb-1w">
      {links.map((l) => (
        <li key={l.id}>
          Action : <Link href={l.href}>{l.title}</Link> ({l.statusText})
        </li>
      ))}
    </ul>
  );
}
