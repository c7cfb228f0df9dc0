import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/auth/policy";
import { requireSelfAssessmentCampaign } from "@/lib/quality/loaders";
import { getEvidenceOptions, getSelfAssessment } from "@/lib/quality/queries";
import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";
import { SelfAssessmentForm } from "@/components/quality/self-assessment-form";
import { SharesChart } from "@/components/quality/shares-chart";
import { SharesTable, shareText } from "@/components/quality/shares-table";

type Props = { params: Promise<{ code: string; year: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { code, year } = await params;
  const { campaign } = await requireSelfAssessmentCampaign(code, year);
  return { title: `Autoévaluation Services Publics+ ${campaign}` };
}

export default async function SelfAssessmentPage({ params }: Props) {
  const { code, year } = await params;
  const { actor, prefecture, campaign } = await requireSelfAssessmentCampaign(code, year);
  const canEdit = can(actor, "prefecture.manage", { kind: "prefecture", prefectureId: prefecture.id });
  const canPlanActions = can(actor, "actionPlan.manage", { kind: "prefecture", prefectureId: prefecture.id });
  const [view, evidenceOptions] = await Promise.all([getSelfAssessment(prefecture.id, campaign), canEdit ? getEvidenceOptions(prefecture.id) : null]);
  const names = new Map(view.structures.map((s) => [s.id, s.shortName ?? s.name]));
  const previousOf = (id: string) => view.previous?.byStructure.find((s) => s.structureId === id)?.share ?? null;
  const bars = view.shares.byStructure
    .filter((s) => s.assessed > 0)
    .map((s) => ({ label: names.get(s.structureId) ?? "", current: s.share, previous: previousOf(s.structureId) }));
  const title = `Autoévaluation Services Publics+ ${campaign}`;
  return (
    <>
      <PageBreadcrumb code={code} segments={[{ label: "Démarche qualité", href: `/${code}/demarche-qualite` }]} current={title} />
      <h1>{title}</h1>
      <p className="fr-text--lead">
        Chaque structure du département évalue chacun des engagements du programme Services Publics+
        {view.frameworkVersion ? ` (${view.frameworkVersion.label})` : ""}.
      </p>
      <nav aria-label="Autres années" className="fr-mb-3w">
        <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
          <li>
            <Link className="fr-btn fr-btn--secondary" href={`/${code}/demarche-qualite/auto-evaluation/${campaign - 1}`}>
              Année {campaign - 1}
            </Link>
          </li>
          <li>
            <Link className="fr-btn fr-btn--secondary" href={`/${code}/demarche-qualite/auto-evaluation/${campaign + 1}`}>
              Année {campaign + 1}
            </Link>
          </li>
        </ul>
      </nav>
      {view.engagements.length === 0 ? (
        <p>Aucune version du programme Services Publics+ n&apos;est publiée pour {campaign}.</p>
      ) : (
        <>
          <section aria-labelledby="shares-title" className="fr-mb-5w">
            <h2 id="shares-title">Engagements atteints</h2>
            {view.shares.overall.assessed === 0 ? (
              <p>Aucun engagement n&apos;est encore évalué pour {campaign}.</p>
            ) : (
              <>
                <p>
                  Les structures évaluées atteignent <strong>{shareText(view.shares.overall.share)}</strong> des engagements
                  {view.previous ? ` (${shareText(view.previous.overall.share)} en ${campaign - 1})` : ""}.
                </p>
                <SharesTable view={view} />
                <SharesChart title={`Part des engagements atteints par structure, ${campaign}`} bars={bars} campaign={campaign} withPrevious={view.previous !== null} />
              </>
            )}
          </section>
          <section aria-labelledby="grid-title">
            <h2 id="grid-title">Évaluation par structure</h2>
            <SelfAssessmentForm
              key={campaign}
              structures={view.structures}
              engagements={view.engagements}
              cells={view.cells}
              campaign={campaign}
              prefectureId={prefecture.id}
              code={code}
              canEdit={canEdit}
              canPlanActions={canPlanActions}
              evidenceOptions={evidenceOptions}
            />
          </section>
        </>
      )}
    </>
  );
}
