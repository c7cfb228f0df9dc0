import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { authorize, requirePrefecture } from "@/lib/auth/session";
import { findMeeting, listCommittees } from "@/lib/meetings/queries";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { parisDateParts } from "@/lib/format";

export const metadata: Metadata = { title: "Modifier la séance" };

export default async function EditMeetingPage({ params }: { params: Promise<{ code: string; meetingId: string }> }) {
  const { code, meetingId } = await params;
  const prefecture = await requirePrefecture(code);
  // Access to the prefecture first: a stranger learns nothing, not even whether the id exists.
  await authorize("prefecture.read", { kind: "prefecture", prefectureId: prefecture.id }, `/${code}/seances/${meetingId}/modifier`);
  if (!/^[0-9a-f-]{36}$/.test(meetingId)) notFound();
  const meeting = await findMeeting(prefecture.id, meetingId);
  if (!meeting) notFound();
  await authorize("meeting.manage", { kind: "committee", prefectureId: prefecture.id, committeeId: meeting.committeeId }, `/${code}/seances/${meetingId}/modifier`);
  const committees = await listCommittees(prefecture.id);
  const start = parisDateParts(meeting.startsAt);
  return (
    <div className="fr-grid-row">
      <div className="fr-col-12 fr-col-md-8">
        <h1>Modifier la séance</h1>
        <MeetingForm
          code={code}
          committees={committees}
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
            chairLabel: meeting.chairLabel ?? "",
            numberingStyle: meeting.numberingStyle,
          }}
        />
      </div>
    </div>
  );
}
