/** The frameworks of the portal, each with its version in force (server component). */
import Link from "next/link";
import type { FrameworkSummary } from "@/lib/frameworks/queries";
import { FRAMEWORK_KIND_LABELS, spanInWords } from "@/lib/frameworks";
import { formatNumber } from "@/lib/format";

export function FrameworkList({ frameworks }: { frameworks: FrameworkSummary[] }) {
  return (
    <div className="fr-table">
      <table>
        <caption>Référentiels ({formatNumber(frameworks.length)})</caption>
        <thead>
          <tr>
            <th scope="col">Référentiel</th>
            <th scope="col">Type</th>
            <th scope="col">Préfecture</th>
            <th scope="col">Version en vigueur</th>
            <th scope="col">Versions</th>
          </tr>
        </thead>
        <tbody>
          {frameworks.map((f) => {
            const current = f.versions.find((v) => v.inForce);
            return (
              <tr key={f.id}>
                <th scope="row">
                  <Link href={`/national/referentiels/${f.code}`}>{f.name}</Link>
                  <br />
                  <span className="fr-text--xs">{f.code}</span>
                </th>
                <td>{FRAMEWORK_KIND_LABELS[f.kind]}</td>
                <td>{f.prefecture ? `${f.prefecture.name} (${f.prefecture.code})` : "—"}</td>
                <td>{current ? `${current.label}, ${spanInWords(current)}` : "Aucune"}</td>
                <td>{formatNumber(f.versions.length)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
