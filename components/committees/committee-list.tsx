/** The committees of a prefecture, with their current members counted by college. */
import Link from "next/link";
import { formatNumber } from "@/lib/format";
import type { listCommittees } from "@/lib/committees/queries";
import { COLLEGE_LABELS, COMMITTEE_KIND_LABELS } from "@/lib/committees/vocabulary";

type CommitteeRow = Awaited<ReturnType<typeof listCommittees>>[number];

export function CommitteeList({ code, committees }: { code: string; committees: CommitteeRow[] }) {
  if (committees.length === 0) return <p>Aucun comité à afficher.</p>;
  return (
    <div className="fr-table">
      <table>
        <caption>Comités et membres en fonction par collège ({committees.length})</caption>
        <thead>
          <tr>
            <th scope="col">Comité</th>
            <th scope="col">Type</th>
            {Object.entries(COLLEGE_LABELS).map(([key, label]) => (
              <th scope="col" key={key}>
                {label}
              </th>
            ))}
            <th scope="col">Total</th>
          </tr>
        </thead>
        <tbody>
          {committees.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <Link href={`/${code}/comites/${c.id}`}>{c.name}</Link>
              </th>
              <td>{COMMITTEE_KIND_LABELS[c.kind]}</td>
              {Object.keys(COLLEGE_LABELS).map((key) => (
                <td key={key}>{formatNumber(c.byCollege[key as keyof typeof COLLEGE_LABELS] ?? 0)}</td>
              ))}
              <td>{formatNumber(c.membersCount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
