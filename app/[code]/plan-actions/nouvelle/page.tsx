import type { Metadata } from "next";
import { requirePrefectureAccess } from "@/lib/prefectures/loaders";
import { findActionFormChoices, prefillFromSearch } from "@/lib/action-plan/queries";
import { newActionSearchSchema } from "@/lib/action-plan/schemas";
import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";
import { ActionForm } from "@/components/action-plan/action-form";
import { ActionSourceLink } from "@/components/action-plan/action-source-link";

export const metadata: Metadata = { title: "Nouvelle action" };

export default async function NewActionPage({ params, searchParams }: { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { code } = await params;
  const { prefecture } = await requirePrefectureAccess(code, "actionPlan.manage");
  const search = newActionSearchSchema.parse(await searchParams);
  // A source id of another prefecture (or unknown) pre-fills nothing: the form says so.
  const [choices, prefill] = await Promise.all([
    findActionFormChoices(prefecture.id),
    prefillFromSearch(code, prefecture.id, search),
  ]);
  const sourceMissing = Object.values(search).some(Boolean) && !prefill;
  return (
    <>
      <PageBreadcrumb code={code} segments={[{ label: "Plan d'actions", href: `/${code}/plan-actions` }]} current="Nouvelle action" />
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-lg-8">
          <h1>Nouvelle action</h1>
          {prefill && (
            <p>
              Créée depuis : <ActionSourceLink source={prefill.source} />
            </p>
          )}
          {sourceMissing && (
            <div className="fr-alert fr-alert--warning fr-alert--sm fr-mb-3w">
              <p>La source demandée n&apos;existe pas dans cette préfecture : l&apos;action sera créée sans lien.</p>
            </div>
          )}
          <ActionForm
            code={code}
            prefectureId={prefecture.id}
            choices={choices}
            source={
              prefill
                ? {
                    interventionId: prefill.interventionId,
                    indicatorValueId: prefill.indicatorValueId,
                    requestRecordId: prefill.requestRecordId,
                    surveyId: prefill.surveyId,
                    auditId: prefill.auditId,
                    selfAssessmentId: prefill.selfAssessmentId,
                  }
                : undefined
            }
            values={{
              title: prefill?.title ?? "",
              description: prefill?.description ?? "",
              origin: prefill?.origin ?? "OTHER",
              ownerStructureId: "",
              ownerPersonId: "",
              ownerLabel: "",
              dueOn: "",
              engagementIds: prefill?.engagementIds ?? [],
            }}
          />
        </div>
      </div>
    </>
  );
}
