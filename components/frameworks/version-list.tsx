/** A framework's versions in order, with their days in force and contents (server component). */
import Link from "next/link";
import type { FrameworkSummary } from "@/lib/frameworks/queries";
import { FRAMEWORK_VERSION_STATUS_LABELS, spanInWords } from "@/lib/frameworks";
import { formatNumber } from "@/lib/format";

export function VersionList({ framework }: { framework: FrameworkSummary }) {
  if (framework.versions.length === 0) return <p>Ce référentiel n’a pas encore de version : créez la première ci-dessous.</p>;
  return (
    <div className="fr-table">
      <table>
        <caption>Versions de {framework.name} ({formatNumber(framework.versions.length)})</caption>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">En vigueur</th>
            <th scope="col">Statut</th>
            <th scope="col">Modules</th>
            <th scope="col">Engagements</th>
            <th scope="col">Labels de préfectures</th>
          </tr>
        </thead>
        <tbody>
          {framework.versions.map((v) => (
            <tr key={v.id}>
              <th scope="row">
                <Link href={`/national/referentiels/${framework.code}/${v.id}`}>{v.label}</Link>
                {v.inForce && (
                  <>
                    {" "}
                    <span className="fr-badge fr-badge--success fr-badge--sm">En vigueur</span>
                  </>
                )}
              </th>
              <td>{spanInWords(v)}</td>
              <td>{FRAMEWORK_VERSION_STATUS_LABELS[v.status]}</td>
              <td>{formatNumber(v.modules)}</td>
              <td>{formatNumber(v.engagements)}</td>
              <td>{formatNumber(v.labels)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
