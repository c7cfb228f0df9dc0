/** Where an action comes from, as a link to its source when the source has a page. */
import Link from "next/link";
import type { ActionSource } from "@/lib/action-plan/queries";

export function ActionSourceLink({ source }: { source: ActionSource | null }) {
  if (!source) return null;
  return source.href ? <Link href={source.href}>{source.text}</Link> : <>{source.text}</>;
}
