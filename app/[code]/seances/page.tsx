import type { Metadata } from "next";
import Link from "next/link";
import { requirePrefectureAccess } from "@/lib/prefectures/loaders";
import { can } from "@/lib/auth/policy";
import { listCommittees, listMeetings } from "@/lib/meetings/queries";
import { formatDateTime, formatLongDate } from "@/lib/format";
import { MEETING_MODE_LABELS, MEETING_STATUS_LABELS } from "@/lib/meetings/vocabulary";
import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";

export const metadata: Metadata = { title: "Séances" };

export default async function MeetingsPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const { actor, prefecture } = await requirePrefectureAccess(code);
  const [meetings, committees] = await Promise.all([listMeetings(prefecture.id, actor), listCommittees(prefecture.id)]);
  const canCreate = committees.some((c) => can(actor, "meeting.manage", { kind: "committee", prefectureId: prefecture.id, committeeId: c.id }));
  return (
    <>
      <PageBreadcrumb code={code} current="Séances" />
      <h1>Séances</h1>
      {canCreate && (
        <p>
          <Link className="fr-btn fr-icon-add-line fr-btn--icon-left" href={`/${code}/seances/nouvelle`}>
            Nouvelle séance
          </Link>
        </p>
      )}
      {meetings.length === 0 ? (
        <p>Aucune séance à afficher.</p>
      ) : (
        <div className="fr-table">
          <table>
            <caption>Séances des comités ({meetings.length})</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Comité</th>
                <th scope="col">Salle</th>
                <th scope="col">Modalité</th>
                <th scope="col">État</th>
              </tr>
            </thead>
            <tbody>
              {meetings.map((m) => (
                <tr key={m.id}>
                  <th scope="row">
                    <Link href={`/${code}/seances/${m.id}`}>
                      {m.hasStartTime ? formatDateTime(m.startsAt) : formatLongDate(m.startsAt)}
                    </Link>
                  </th>
                  <td>{m.committee.name}</td>
                  <td>{m.room ?? "—"}</td>
                  <td>{MEETING_MODE_LABELS[m.mode]}</td>
                  <td>{MEETING_STATUS_LABELS[m.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
