import type { Metadata } from "next";
import Link from "next/link";
import { Accordion } from "@codegouvfr/react-dsfr/Accordion";
import { can } from "@/lib/auth/policy";
import { requirePrefectureAccess } from "@/lib/prefectures/loaders";
import { getQualityOverview, latestCampaign, parisToday } from "@/lib/quality/queries";
import { AUDIT_KIND_LABELS } from "@/lib/quality/vocabulary";
import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";
import { AuditForm } from "@/components/quality/audit-form";
import { AuditsTable } from "@/components/quality/audits-table";
import { DeleteAuditButton } from "@/components/quality/delete-audit-button";
import { LabelForm } from "@/components/quality/label-form";
import { LabelSummary } from "@/components/quality/label-summary";
import { LabelTimeline } from "@/components/quality/label-timeline";
import { QualityDeadlinesView } from "@/components/quality/quality-deadlines";
import { isoToFrench } from "@/components/quality/quality-dates";

export const metadata: Metadata = { title: "Démarche qualité" };

export default async function QualityPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const { actor, prefecture } = await requirePrefectureAccess(code, "results.read");
  const today = parisToday();
  const [overview, campaign] = await Promise.all([getQualityOverview(prefecture.id, today), latestCampaign(prefecture.id, today)]);
  const canManage = can(actor, "prefecture.manage", { kind: "prefecture", prefectureId: prefecture.id });
  const canPlanActions = can(actor, "actionPlan.manage", { kind: "prefecture", prefectureId: prefecture.id });
  const auditTitle = (a: (typeof overview.audits)[number]) =>
    `${AUDIT_KIND_LABELS[a.kind]} (${a.heldOn ? `réalisé le ${isoToFrench(a.heldOn)}` : `au plus tard le ${isoToFrench(a.dueBy)}`})`;
  return (
    <>
      <PageBreadcrumb code={code} current="Démarche qualité" />
      <h1>Démarche qualité</h1>
      <p className="fr-text--lead">Le label Qual-e-Pref de la préfecture, ses audits, son parcours de labellisation et ses prochaines échéances.</p>
      <p>
        <Link href={`/${code}/demarche-qualite/auto-evaluation/${campaign}`}>Autoévaluation Services Publics+ {campaign}</Link>
        {canPlanActions && (
          <>
            {" · "}
            <Link href={`/${code}/dossier-preuves`}>Dossier de preuves pour l&apos;audit</Link>
          </>
        )}
      </p>

      <QualityDeadlinesView deadlines={overview.deadlines} />

      <section aria-labelledby="label-title" className="fr-mb-5w">
        <h2 id="label-title">Label</h2>
        <LabelSummary label={overview.label} />
        {canManage && (
          <Accordion label={overview.label ? "Modifier le label" : "Enregistrer le label"}>
            <LabelForm prefectureId={prefecture.id} label={overview.label} frameworkVersions={overview.frameworkVersions} />
          </Accordion>
        )}
      </section>

      <LabelTimeline steps={overview.path} />

      <section aria-labelledby="audits-title" className="fr-mb-5w">
        <h2 id="audits-title">Audits</h2>
        <AuditsTable audits={overview.audits} code={code} canPlanActions={canPlanActions} />
        {canManage && (
          <div className="fr-accordions-group">
            <Accordion label="Enregistrer un audit">
              <AuditForm prefectureId={prefecture.id} idPrefix="audit-new" />
            </Accordion>
            {overview.audits.map((a, i) => (
              <Accordion key={a.id} label={`Modifier : ${auditTitle(a)}`}>
                <AuditForm prefectureId={prefecture.id} audit={a} idPrefix={`audit-${i}`} />
                <div className="fr-mt-3w">
                  <DeleteAuditButton id={a.id} version={a.version} context={`l'audit : ${auditTitle(a)}`} />
                </div>
              </Accordion>
            ))}
          </div>
        )}
      </section>
    </>
  );
}
