import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { authorize, requirePrefecture } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { canSeeMeeting } from "@/lib/meetings/visibility";
import { findMeeting, findMemberPerson, getMeetingHub, listPresenterSuggestions } from "@/lib/meetings/queries";
import { agendaView } from "@/lib/meetings/agenda-view";
import { MeetingHubView } from "@/components/meetings/meeting-hub";
import { formatLongDate } from "@/lib/format";

type Params = { params: Promise<{ code: string; meetingId: string }>; searchParams?: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { code, meetingId } = await params;
  const prefecture = await requirePrefecture(code);
  const meeting = /^[0-9a-f-]{36}$/.test(meetingId) ? await findMeeting(prefecture.id, meetingId) : null;
  return { title: meeting ? `Séance du ${formatLongDate(meeting.startsAt)}` : "Séance" };
}

export default async function MeetingPage({ params, searchParams }: Params) {
  const { code, meetingId } = await params;
  const query = (await searchParams) ?? {};
  const prefecture = await requirePrefecture(code);
  // Access to the prefecture first: a stranger learns nothing, not even whether the id exists.
  await authorize("prefecture.read", { kind: "prefecture", prefectureId: prefecture.id }, `/${code}/seances/${meetingId}`);
  if (!/^[0-9a-f-]{36}$/.test(meetingId)) notFound();
  const meeting = await findMeeting(prefecture.id, meetingId);
  if (!meeting) notFound();
  const resource = { kind: "committee", prefectureId: prefecture.id, committeeId: meeting.committeeId } as const;
  const actor = await authorize("meeting.read", resource, `/${code}/seances/${meetingId}`);
  if (!canSeeMeeting(actor, resource, meeting.status)) notFound();
  const hub = await getMeetingHub(prefecture.id, meetingId);
  if (!hub) notFound();
  const canManage = can(actor, "meeting.manage", resource);
  const myPerson = await findMemberPerson(actor.userId, prefecture.id, meeting.committeeId);
  return (
    <>
      <nav role="navigation" className="fr-breadcrumb" aria-label="vous êtes ici :">
        <ol className="fr-breadcrumb__list">
          <li>
            <Link className="fr-breadcrumb__link" href={`/${code}`}>
              Tableau de bord
            </Link>
          </li>
          <li>
            <Link className="fr-breadcrumb__link" href={`/${code}/seances`}>
              Séances
            </Link>
          </li>
          <li>
            <a className="fr-breadcrumb__link" aria-current="page">
              {formatLongDate(hub.startsAt)}
            </a>
          </li>
        </ol>
      </nav>
      <MeetingHubView
        code={code}
        hub={hub}
        agenda={agendaView(hub)}
        canManage={canManage}
        presenterSuggestions={canManage ? await listPresenterSuggestions(prefecture.id) : []}
        correctiveNotice={query.rectificatif === "1"}
        myReply={myPerson ? { personId: myPerson.id, reply: hub.replies.find((r) => r.personId === myPerson.id) ?? null } : null}
      />
    </>
  );
}
