/** ISO day → French date for the quality screens ("20 octobre 2025"); "—" when unknown. */
import { formatDate } from "@/lib/format";
import { fromIsoDate } from "@/lib/quality/domain";

export function isoToFrench(iso: string | null): string {
  return iso ? formatDate(fromIsoDate(iso)) : "—";
}
