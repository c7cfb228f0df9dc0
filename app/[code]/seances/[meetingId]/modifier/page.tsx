import type { Metadata } from "next";
import { requireMeeting } from "@/lib/meetings/loaders";
import { listChairChoices, listCommittees, listMeetings } from "@/lib/meetings/queries";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { formatLongDate, parisDateParts } from "@/lib/format";
import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";

export const metadata: Metadata = { title: "Modifier la séance" };

export default async function EditMeetingPage({ params }: { params: Promise<{ code: string; meetingId: string }> }) {
  const { code, meetingId } = await params;
  const { actor, prefecture, meeting } = await requireMeeting(code, meetingId, "meeting.manage");
  const [committees, meetings, persons] = await Promise.all([listCommittees(prefecture.id), listMeetings(prefecture.id, actor), listChairChoices(prefecture.id)]);
  const start = parisDateParts(meeting.startsAt);
  return (
    <>
      <PageBreadcrumb
        code={code}
        segments={[{ label: "Séances", href: `/${code}/seances` }, { label: `Séance du ${formatLongDate(meeting.startsAt)}`, href: `/${code}/seances/${meeting.id}` }]}
        current="Modifier la séance"
      />
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-md-8">
          <h1>Modifier la séance</h1>
          <MeetingForm
            code={code}
            committees={committees}
            persons={persons}
            existingMeetings={meetings
              .filter((m) => m.status !== "CANCELLED")
              .map((m) => ({ id: m.id, committeeId: m.committeeId, startsAt: m.startsAt, hasStartTime: m.hasStartTime }))}
            initial={{
              id: meeting.id,
              version: meeting.version,
              committeeId: meeting.committeeId,
              date: start.date,
              startTime: meeting.hasStartTime ? start.time : "",
              endTime: meeting.endsAt ? parisDateParts(meeting.endsAt).time : "",
              room: meeting.room ?? "",
              place: meeting.place ?? "",
              mode: meeting.mode,
              chairPersonId: meeting.chairPersonId ?? "",
              chairLabel: meeting.chairLabel ?? "",
              closingTime: meeting.closedAt ? parisDateParts(meeting.closedAt).time : "",
              numberingStyle: meeting.numberingStyle,
            }}
          />
        </div>
      </div>
    </>
  );
}
