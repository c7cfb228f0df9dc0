import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { authorize, requirePrefecture } from "@/lib/auth/session";
import { findMeeting, getAttendanceSheet } from "@/lib/meetings/queries";
import { AttendanceForm } from "@/components/meetings/attendance-form";
import { formatLongDate } from "@/lib/format";

export const metadata: Metadata = { title: "Émargement" };

export default async function AttendancePage({ params }: { params: Promise<{ code: string; meetingId: string }> }) {
  const { code, meetingId } = await params;
  const prefecture = await requirePrefecture(code);
  // Access to the prefecture first: a stranger learns nothing, not even whether the id exists.
  await authorize("prefecture.read", { kind: "prefecture", prefectureId: prefecture.id }, `/${code}/seances/${meetingId}/emargement`);
  if (!/^[0-9a-f-]{36}$/.test(meetingId)) notFound();
  const meeting = await findMeeting(prefecture.id, meetingId);
  if (!meeting) notFound();
  await authorize("meeting.manage", { kind: "committee", prefectureId: prefecture.id, committeeId: meeting.committeeId }, `/${code}/seances/${meetingId}/emargement`);
  if (meeting.status !== "CONVENED" && meeting.status !== "HELD") {
    return (
      <>
        <h1>Émargement</h1>
        <p>
          {meeting.status === "CANCELLED"
            ? "Cette séance est annulée : il n'y a pas d'émargement à saisir."
            : "La séance doit d'abord être convoquée : l'émargement se saisit pour une séance convoquée ou tenue."}
        </p>
      </>
    );
  }
  const sheet = await getAttendanceSheet(prefecture.id, meetingId);
  if (!sheet) notFound();
  return (
    <>
      <h1>Émargement — séance du {formatLongDate(meeting.startsAt)}</h1>
      <p>
        Les statuts sont pré-remplis à partir des réponses à la convocation ; vérifiez-les pendant la séance. Enregistré
        après l&apos;heure de début, l&apos;émargement marque la séance comme tenue.
      </p>
      <AttendanceForm code={code} meetingId={meetingId} version={meeting.version} lines={sheet.lines} />
    </>
  );
}
