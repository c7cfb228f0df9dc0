/**
 * A version's modules and engagements (server component), with what refers to them, read-only:
 * the prefectures labelled on each module, the indicators proving each engagement and how many
 * improvement actions and self-assessments name it. Edit links and delete buttons for the
 * national administrators.
 */
import Link from "next/link";
import type { FrameworkVersionDetail } from "@/lib/frameworks/queries";
import { MODULE_REQUIREMENT_LABELS } from "@/lib/frameworks";
import { LABEL_STATUS_LABELS } from "@/lib/quality/vocabulary";
import { formatCount, formatNumber } from "@/lib/format";
import { DeleteEngagementButton, DeleteModuleButton } from "./delete-buttons";

export function ModuleTable({ detail, versionPath, canManage }: { detail: FrameworkVersionDetail; versionPath: string; canManage: boolean }) {
  if (detail.modules.length === 0) return <p>Cette version n’a pas de module.</p>;
  return (
    <div className="fr-table">
      <table>
        <caption>Modules de la version ({formatNumber(detail.modules.length)})</caption>
        <thead>
          <tr>
            <th scope="col">Module</th>
            <th scope="col">Exigence</th>
            <th scope="col">Engagements</th>
            <th scope="col">Préfectures labellisées</th>
            {canManage && <th scope="col">Actions</th>}
          </tr>
        </thead>
        <tbody>
          {detail.modules.map((m) => (
            <tr key={m.id}>
              <th scope="row">
                {m.number}. {m.title}
              </th>
              <td>
                {MODULE_REQUIREMENT_LABELS[m.requirement]}
                {m.condition && (
                  <>
                    <br />
                    <span className="fr-text--xs">{m.condition}</span>
                  </>
                )}
              </td>
              <td>{formatNumber(m.engagements)}</td>
              <td>
                {m.labelledPrefectures.length === 0
                  ? "Aucune"
                  : m.labelledPrefectures.map((p) => `${p.name} (${p.code}, ${LABEL_STATUS_LABELS[p.labelStatus].toLowerCase()})`).join(", ")}
              </td>
              {canManage && (
                <td>
                  <Link className="fr-btn fr-btn--sm fr-btn--tertiary fr-mr-1w" href={`${versionPath}/modules/${m.id}`}>
                    Modifier<span className="fr-sr-only"> le module {m.number}</span>
                  </Link>
                  <DeleteModuleButton id={m.id} number={m.number} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function EngagementTable({ detail, versionPath, canManage }: { detail: FrameworkVersionDetail; versionPath: string; canManage: boolean }) {
  if (detail.engagements.length === 0) return <p>Cette version n’a pas d’engagement.</p>;
  return (
    <div className="fr-table">
      <table>
        <caption>Engagements de la version ({formatNumber(detail.engagements.length)})</caption>
        <thead>
          <tr>
            <th scope="col">Code</th>
            <th scope="col">Engagement</th>
            <th scope="col">Module</th>
            <th scope="col">Indicateurs</th>
            <th scope="col">Actions d’amélioration</th>
            <th scope="col">Auto-évaluations</th>
            {canManage && <th scope="col">Gestion</th>}
          </tr>
        </thead>
        <tbody>
          {detail.engagements.map((e) => (
            <tr key={e.id}>
              <th scope="row">{e.code}</th>
              <td>
                {e.number}. {e.title}
                {e.description && (
                  <>
                    <br />
                    <span className="fr-text--xs">{e.description}</span>
                  </>
                )}
              </td>
              <td>{e.module ? `Module ${e.module.number}` : "—"}</td>
              <td>
                {e.indicators.length === 0 ? (
                  "Aucun"
                ) : (
                  <ul className="fr-m-0">
                    {e.indicators.map((i) => (
                      <li key={i.code}>
                        <Link href={`/national/referentiel/${i.code}`}>{i.label}</Link>{" "}
                        <span className="fr-text--xs">
                          ({i.versionNumbers.length > 1 ? "versions" : "version"} {i.versionNumbers.join(", ")})
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td>{formatCount(e.actions, "action", "actions")}</td>
              <td>{formatNumber(e.selfAssessments)}</td>
              {canManage && (
                <td>
                  <Link className="fr-btn fr-btn--sm fr-btn--tertiary fr-mr-1w" href={`${versionPath}/engagements/${e.id}`}>
                    Modifier<span className="fr-sr-only"> l’engagement {e.code}</span>
                  </Link>
                  <DeleteEngagementButton id={e.id} code={e.code} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
