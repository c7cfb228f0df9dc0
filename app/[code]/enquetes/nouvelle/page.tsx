import type { Metadata } from "next";
import { requirePrefectureAccess } from "@/lib/prefectures/loaders";
import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";
import { SurveyForm } from "@/components/surveys/survey-form";

export const metadata: Metadata = { title: "Nouvelle enquête" };

export default async function NewSurveyPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const { prefecture } = await requirePrefectureAccess(code, "survey.manage");
  return (
    <>
      <PageBreadcrumb code={code} segments={[{ label: "Enquêtes", href: `/${code}/enquetes` }]} current="Nouvelle enquête" />
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-lg-10">
          <h1>Nouvelle enquête</h1>
          <SurveyForm code={code} prefectureId={prefecture.id} />
        </div>
      </div>
    </>
  );
}
