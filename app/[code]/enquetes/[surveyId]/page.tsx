import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/auth/policy";
import { requireSurvey } from "@/lib/surveys/loaders";
import { findMeetingChoices } from "@/lib/surveys/queries";
import { SURVEY_AUDIENCE_LABELS } from "@/lib/surveys/vocabulary";
import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";
import { SurveyResults } from "@/components/surveys/survey-results";
import { SurveyChart } from "@/components/surveys/survey-chart";
import { SurveyMeeting } from "@/components/surveys/survey-meeting";
import { formatLongDate } from "@/lib/format";
import { findOriginActionLinks } from "@/lib/action-plan/queries";
import { ActionLinks } from "@/components/action-plan/action-links";
import { CreateActionLink } from "@/components/action-plan/create-action-link";

type Params = { params: Promise<{ code: string; surveyId: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { code, surveyId } = await params;
  const { survey } = await requireSurvey(code, surveyId);
  return { title: `${survey.title} (${survey.year})` };
}

export default async function SurveyPage({ params }: Params) {
  const { code, surveyId } = await params;
  const { actor, prefecture, survey } = await requireSurvey(code, surveyId);
  const canManage = can(actor, "survey.manage", { kind: "prefecture", prefectureId: prefecture.id });
  const canPlan = can(actor, "actionPlan.manage", { kind: "prefecture", prefectureId: prefecture.id });
  const [meetings, actionLinks] = await Promise.all([canManage ? findMeetingChoices(prefecture.id) : [], findOriginActionLinks(code, prefecture.id, actor, { surveyIds: [survey.id] })]);
  return (
    <>
      <PageBreadcrumb code={code} segments={[{ label: "Enquêtes", href: `/${code}/enquetes` }]} current={survey.title} />
      <h1>{survey.title}</h1>
      <p className="fr-mb-2w">
        <span className="fr-badge fr-badge--info fr-badge--no-icon fr-mr-1w">{SURVEY_AUDIENCE_LABELS[survey.audience]}</span>
        <span className="fr-badge fr-badge--no-icon">{survey.year}</span>
      </p>
      {canManage && (
        <p>
          <Link className="fr-btn fr-btn--secondary fr-btn--icon-left fr-icon-edit-line" href={`/${code}/enquetes/${survey.id}/modifier`}>
            Modifier l&apos;enquête
          </Link>
        </p>
      )}
      <SurveyMeeting code={code} surveyId={survey.id} version={survey.version} meeting={survey.meeting && { id: survey.meeting.id, label: `Séance du ${formatLongDate(new Date(survey.meeting.startsAt))}` }} meetings={meetings} canManage={canManage} />
      {(canPlan || actionLinks.length > 0) && (
        <section aria-labelledby="enquete-actions" className="fr-mt-4w">
          <h2 id="enquete-actions" className="fr-h5">
            Plan d&apos;actions
          </h2>
          {actionLinks.length === 0 ? <p className="fr-text--sm fr-mb-1w">Aucune action n&apos;a été créée depuis cette enquête.</p> : <ActionLinks links={actionLinks} />}
          {canPlan && <CreateActionLink code={code} surveyId={survey.id} context="depuis cette enquête" />}
        </section>
      )}
      <h2 className="fr-h3 fr-mt-4w">Résultats</h2>
      <SurveyResults
        survey={survey}
        chartOf={(q) => <SurveyChart title={q.text} bars={q.options.map((o) => ({ label: o.label, percent: o.percent }))} />}
      />
    </>
  );
}
