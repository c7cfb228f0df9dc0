import type { Metadata } from "next";
import { requireMeeting } from "@/lib/meetings/loaders";
import { getAttendanceSheet } from "@/lib/meetings/queries";
import { AttendanceForm } from "@/components/meetings/attendance-form";
import { formatLongDate } from "@/lib/format";
import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";

type Params = { params: Promise<{ code: string; meetingId: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { code, meetingId } = await params;
  const { meeting } = await requireMeeting(code, meetingId, "meeting.manage");
  return { title: `Émargement — séance du ${formatLongDate(meeting.startsAt)}` };
}

export default async function AttendancePage({ params }: Params) {
  const { code, meetingId } = await params;
  const { meeting } = await requireMeeting(code, meetingId, "meeting.manage");
  const breadcrumb = (
    <PageBreadcrumb
      code={code}
      segments={[{ label: "Séances", href: `/${code}/seances` }, { label: `Séance du ${formatLongDate(meeting.startsAt)}`, href: `/${code}/seances/${meeting.id}` }]}
      current="Émargement"
    />
  );
  if (meeting.status !== "CONVENED" && meeting.status !== "HELD") {
    return (
      <>
        {breadcrumb}
        <h1>Émargement</h1>
        <p>
          {meeting.status === "CANCELLED"
            ? "Cette séance est annulée : il n'y a pas d'émargement à saisir."
            : "La séance doit d'abord être convoquée : l'émargement se saisit pour une séance convoquée ou tenue."}
        </p>
      </>
    );
  }
  const sheet = await getAttendanceSheet(meeting);
  return (
    <>
      {breadcrumb}
      <h1>Émargement — séance du {formatLongDate(meeting.startsAt)}</h1>
      <p>
        Les lignes déjà enregistrées sont reprises telles quelles ; les sièges sans ligne sont pré-remplis à partir des
        réponses à la convocation. Enregistré après l&apos;heure de début, l&apos;émargement marque la séance comme tenue.
      </p>
      <AttendanceForm code={code} meetingId={meeting.id} version={meeting.version} lines={sheet.lines} />
    </>
  );
}
