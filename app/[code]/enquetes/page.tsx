import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/auth/policy";
import { requirePrefectureAccess } from "@/lib/prefectures/loaders";
import { findSurveys } from "@/lib/surveys/queries";
import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";
import { SurveyList } from "@/components/surveys/survey-list";

export const metadata: Metadata = { title: "Enquêtes" };

export default async function SurveysPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const { actor, prefecture } = await requirePrefectureAccess(code, "results.read");
  const surveys = await findSurveys(prefecture.id);
  const canManage = can(actor, "survey.manage", { kind: "prefecture", prefectureId: prefecture.id });
  return (
    <>
      <PageBreadcrumb code={code} current="Enquêtes" />
      <h1>Enquêtes</h1>
      <p>Enquêtes de satisfaction des usagers et questionnaires adressés aux membres du comité, avec leurs résultats.</p>
      {canManage && (
        <p>
          <Link className="fr-btn fr-btn--icon-left fr-icon-add-line" href={`/${code}/enquetes/nouvelle`}>
            Nouvelle enquête
          </Link>
        </p>
      )}
      <SurveyList code={code} surveys={surveys} />
    </>
  );
}
