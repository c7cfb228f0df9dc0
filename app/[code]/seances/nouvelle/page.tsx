import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { requirePrefectureAccess } from "@/lib/prefectures/loaders";
import { can } from "@/lib/auth/policy";
import { listChairChoices, listCommittees, listMeetings } from "@/lib/meetings/queries";
import { formatLongDate } from "@/lib/format";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";

export const metadata: Metadata = { title: "Nouvelle séance" };

export default async function NewMeetingPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const { actor, prefecture } = await requirePrefectureAccess(code);
  const committees = (await listCommittees(prefecture.id)).filter((c) =>
    can(actor, "meeting.manage", { kind: "committee", prefectureId: prefecture.id, committeeId: c.id }),
  );
  if (committees.length === 0) forbidden();
  const [previous, persons] = await Promise.all([listMeetings(prefecture.id, actor), listChairChoices(prefecture.id)]);
  return (
    <>
      <PageBreadcrumb code={code} segments={[{ label: "Séances", href: `/${code}/seances` }]} current="Nouvelle séance" />
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-md-8">
          <h1>Nouvelle séance</h1>
          <MeetingForm
            code={code}
            committees={committees}
            persons={persons}
            previousMeetings={previous.map((m) => ({ id: m.id, label: `${m.committee.name} — ${formatLongDate(m.startsAt)}` }))}
            existingMeetings={previous
              .filter((m) => m.status !== "CANCELLED")
              .map((m) => ({ id: m.id, committeeId: m.committeeId, startsAt: m.startsAt, hasStartTime: m.hasStartTime }))}
          />
        </div>
      </div>
    </>
  );
}
