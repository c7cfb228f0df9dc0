import type { Metadata } from "next";
import { formatDate, formatDateTime } from "@/lib/format";
import { requireImprovementAction } from "@/lib/action-plan/loaders";
import { findActionFormChoices } from "@/lib/action-plan/queries";
import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";
import { ActionBadges } from "@/components/action-plan/action-badges";
import { ActionForm } from "@/components/action-plan/action-form";
import { ActionSourceLink } from "@/components/action-plan/action-source-link";
import { ProgressNoteForm } from "@/components/action-plan/progress-note-form";
import { StatusForm } from "@/components/action-plan/status-form";

type Props = { params: Promise<{ code: string; actionId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { code, actionId } = await params;
  const { action } = await requireImprovementAction(code, actionId);
  return { title: action.title };
}

export default async function ActionPage({ params }: Props) {
  const { code, actionId } = await params;
  const { prefecture, action, canManage } = await requireImprovementAction(code, actionId);
  const choices = canManage ? await findActionFormChoices(prefecture.id) : null;
  return (
    <>
      <PageBreadcrumb code={code} segments={[{ label: "Plan d'actions", href: `/${code}/plan-actions` }]} current={action.title} />
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-lg-8">
          <h1>{action.title}</h1>
          <ActionBadges action={action} />
          <dl className="fr-mt-2w">
            <dt className="fr-text--bold">Origine</dt>
            <dd className="fr-ml-0 fr-mb-1w">
              {action.originText}
              {action.source && (
                <>
                  {" "}
                  — créée depuis : <ActionSourceLink source={action.source} />
                </>
              )}
            </dd>
            <dt className="fr-text--bold">Pilote</dt>
            <dd className="fr-ml-0 fr-mb-1w">{action.owner ?? "Non désigné"}</dd>
            <dt className="fr-text--bold">Échéance</dt>
            <dd className={`fr-ml-0 fr-mb-1w${action.overdue ? " fr-text-default--error fr-text--bold" : ""}`}>{action.dueText}</dd>
            <dt className="fr-text--bold">Engagements servis</dt>
            <dd className="fr-ml-0 fr-mb-1w">
              {action.engagements.length === 0 ? (
                "Aucun"
              ) : (
                <ul>
                  {action.engagements.map((e) => (
                    <li key={e.id}>
                      {e.code} — {e.title}
                    </li>
                  ))}
                </ul>
              )}
            </dd>
            {action.status === "DONE" && (
              <>
                <dt className="fr-text--bold">Résultat</dt>
                <dd className="fr-ml-0 fr-mb-1w">{action.result}</dd>
              </>
            )}
          </dl>
          {action.description && <p className="fr-mb-4w">{action.description}</p>}

          <section aria-labelledby="avancement" className="fr-mb-6w">
            <h2 id="avancement">Avancement</h2>
            {action.notes.length === 0 ? (
              <p>Aucun point d&apos;avancement n&apos;est noté.</p>
            ) : (
              <ol className="fr-raw-list">
                {action.notes.map((n) => (
                  <li key={n.id} className="fr-mb-2w">
                    <p className="fr-text--sm fr-mb-0">
                      <time dateTime={n.at}>{formatDateTime(new Date(n.at))}</time>
                      {n.author ? ` — ${n.author}` : ""}
                    </p>
                    <p className="fr-mb-0">{n.body}</p>
                  </li>
                ))}
              </ol>
            )}
            {canManage && <ProgressNoteForm actionId={action.id} />}
          </section>

          {canManage && choices && (
            <>
              <section aria-labelledby="statut-titre" id="statut" className="fr-mb-6w">
                <h2 id="statut-titre">Statut</h2>
                <StatusForm key={`${action.id}-${action.version}`} id={action.id} version={action.version} status={action.status} />
              </section>
              <section aria-labelledby="modifier" className="fr-mb-6w">
                <h2 id="modifier">Modifier l&apos;action</h2>
                <ActionForm
                  key={action.version}
                  code={code}
                  prefectureId={prefecture.id}
                  choices={choices}
                  edit={{ id: action.id, version: action.version }}
                  values={{
                    title: action.title,
                    description: action.description ?? "",
                    origin: action.origin,
                    ownerStructureId: action.ownerStructureId ?? "",
                    ownerPersonId: action.ownerPersonId ?? "",
                    ownerLabel: action.ownerLabel ?? "",
                    dueOn: action.dueOn ?? "",
                    engagementIds: action.engagements.map((e) => e.id),
                  }}
                />
              </section>
            </>
          )}
          {!canManage && <p className="fr-text--sm">Dernière mise à jour le {formatDate(new Date(action.updatedAt))}.</p>}
        </div>
      </div>
    </>
  );
}
