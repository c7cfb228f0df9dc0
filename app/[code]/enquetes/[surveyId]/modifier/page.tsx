import type { Metadata } from "next";
import { requireSurvey } from "@/lib/surveys/loaders";
import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";
import { SurveyForm } from "@/components/surveys/survey-form";
import { surveyFormValues } from "@/components/surveys/survey-form-values";

export const metadata: Metadata = { title: "Modifier l'enquête" };

export default async function EditSurveyPage({ params }: { params: Promise<{ code: string; surveyId: string }> }) {
  const { code, surveyId } = await params;
  const { prefecture, survey } = await requireSurvey(code, surveyId, "survey.manage");
  return (
    <>
      <PageBreadcrumb
        code={code}
        segments={[
          { label: "Enquêtes", href: `/${code}/enquetes` },
          { label: survey.title, href: `/${code}/enquetes/${survey.id}` },
        ]}
        current="Modifier l'enquête"
      />
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-lg-10">
          <h1>Modifier l&apos;enquête</h1>
          <SurveyForm code={code} prefectureId={prefecture.id} initial={{ id: survey.id, version: survey.version, values: surveyFormValues(survey) }} />
        </div>
      </div>
    </>
  );
}
