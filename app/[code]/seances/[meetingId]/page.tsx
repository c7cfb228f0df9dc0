import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { can } from "@/lib/auth/policy";
import { requireMeeting } from "@/lib/meetings/loaders";
import { findMemberPerson, getMeetingHub, listPresenterSuggestions } from "@/lib/meetings/queries";
import { agendaView } from "@/lib/meetings";
import { MeetingHubView } from "@/components/meetings/meeting-hub";
import { MeetingMinutesPanel } from "@/components/minutes/meeting-minutes-panel";
import { listMinutesRevisions } from "@/lib/minutes/queries";
import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";
import { formatLongDate } from "@/lib/format";
import { findSurveysOfMeeting } from "@/lib/surveys/queries";
import { MeetingSurveys } from "@/components/surveys/meeting-surveys";
import { followUpOfMeeting, previousMeeting } from "@/lib/follow-up/queries";
import { FollowUpMissingNotice, FollowUpPanel } from "@/components/follow-up/follow-up-panel";

type Params = { params: Promise<{ code: string; meetingId: string }>; searchParams?: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { code, meetingId } = await params;
  // The title is data too: the same loader (and its policy check) as the page.
  const { meeting } = await requireMeeting(code, meetingId);
  return { title: `Séance du ${formatLongDate(meeting.startsAt)}` };
}

export default async function MeetingPage({ params, searchParams }: Params) {
  const { code, meetingId } = await params;
  const query = (await searchParams) ?? {};
  const { actor, prefecture, meeting, resource } = await requireMeeting(code, meetingId);
  const hub = await getMeetingHub(prefecture.id, meeting.id);
  if (!hub) notFound();
  const canManage = can(actor, "meeting.manage", resource);
  const myPerson = await findMemberPerson(actor.userId, prefecture.id, meeting.committeeId);
  const [latestMinutes] = await listMinutesRevisions(actor, prefecture.id, meeting.id);
  const surveys = await findSurveysOfMeeting(prefecture.id, meeting.id);
  // The "Suivi du plan d'actions" item, filled when the agenda has it.
  const hasReview = hub.agendaItems.some((i) => i.isActionPlanReview);
  const followUp = hasReview ? await followUpOfMeeting(code, prefecture.id, meeting.id, actor) : null;
  const editable = canManage && (hub.status === "DRAFT" || hub.status === "CONVENED");
  const previous = !hasReview && editable ? await previousMeeting(prefecture.id, meeting.committeeId, meeting.startsAt) : null;
  return (
    <>
      <PageBreadcrumb code={code} segments={[{ label: "Séances", href: `/${code}/seances` }]} current={`Séance du ${formatLongDate(hub.startsAt)}`} />
      <MeetingHubView
        code={code}
        hub={hub}
        agenda={agendaView(hub)}
        canManage={canManage}
        presenterSuggestions={canManage ? await listPresenterSuggestions(prefecture.id) : []}
        correctiveNotice={query.rectificatif === "1"}
        myReply={myPerson ? { personId: myPerson.id, reply: hub.replies.find((r) => r.personId === myPerson.id) ?? null } : null}
        followUp={
          followUp ? (
            <FollowUpPanel code={code} followUp={followUp} mayCreateAction={can(actor, "actionPlan.manage", { kind: "prefecture", prefectureId: prefecture.id })} />
          ) : previous ? (
            <FollowUpMissingNotice previousDateText={formatLongDate(previous.startsAt)} />
          ) : null
        }
      />
      <MeetingMinutesPanel
        base={`/${code}/seances/${meeting.id}`}
        latest={latestMinutes ?? null}
        meetingHeld={hub.status === "HELD"}
        mayDraft={can(actor, "minutes.draft", resource)}
      />
      <MeetingSurveys code={code} surveys={surveys} />
    </>
  );
}
