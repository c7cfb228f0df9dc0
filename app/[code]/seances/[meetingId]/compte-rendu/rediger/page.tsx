import type { Metadata } from "next";
import Link from "next/link";
import { formatLongDate, parisDateParts } from "@/lib/format";
import { requireMeetingMinutes } from "@/lib/minutes/loaders";
import { getMinutesEditor } from "@/lib/minutes/queries";
import { FROZEN_REASON, isContentEditable } from "@/lib/minutes/domain";
import { MINUTES_KIND_LABELS } from "@/lib/minutes/vocabulary";
import { MinutesEditor } from "@/components/minutes/minutes-editor";
import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";

type Props = { params: Promise<{ code: string; meetingId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { code, meetingId } = await params;
  const { meeting } = await requireMeetingMinutes(code, meetingId, undefined, "minutes.draft");
  return { title: `Rédiger le compte rendu — séance du ${formatLongDate(meeting.startsAt)}` };
}

export default async function MinutesEditorPage({ params }: Props) {
  const { code, meetingId } = await params;
  const { prefecture, meeting, minutes } = await requireMeetingMinutes(code, meetingId, undefined, "minutes.draft");
  const base = `/${code}/seances/${meeting.id}`;
  const breadcrumb = (
    <PageBreadcrumb
      code={code}
      segments={[
        { label: "Séances", href: `/${code}/seances` },
        { label: `Séance du ${formatLongDate(meeting.startsAt)}`, href: base },
        { label: "Compte rendu", href: `${base}/compte-rendu` },
      ]}
      current="Rédiger"
    />
  );
  if (!minutes || !isContentEditable(minutes.status)) {
    return (
      <>
        {breadcrumb}
        <h1>Rédiger le compte rendu</h1>
        <p>{minutes ? FROZEN_REASON : "Le compte rendu de cette séance n'est pas encore commencé."}</p>
        <Link href={`${base}/compte-rendu`}>Retour au compte rendu</Link>
      </>
    );
  }
  const editor = await getMinutesEditor(prefecture.id, minutes.id);
  if (!editor) return null;
  const m = editor.minutes;
  return (
    <>
      {breadcrumb}
      <h1>
        {MINUTES_KIND_LABELS[m.kind]} — séance du {formatLongDate(meeting.startsAt)}
      </h1>
      {m.revision > 1 && <p className="fr-badge fr-badge--info fr-badge--no-icon">Version corrigée n° {m.revision}</p>}
      <MinutesEditor
        minutesId={m.id}
        readUrl={`${base}/compte-rendu`}
        historyUrl={`${base}/compte-rendu/historique`}
        headerVersion={m.version}
        header={{
          kind: m.kind,
          issuingService: m.issuingService ?? "",
          contactName: m.contactName ?? "",
          contactRole: m.contactRole ?? "",
          contactPhone: m.contactPhone ?? "",
          contactEmail: m.contactEmail ?? "",
          issuedPlace: m.issuedPlace ?? "",
          issuedOn: m.issuedOn ? m.issuedOn.toISOString().slice(0, 10) : "",
          reference: m.reference ?? "",
          chairText: m.chairText ?? "",
          signatoryName: m.signatoryName ?? "",
          signatoryTitle: m.signatoryTitle ?? "",
          signatoryDelegation: m.signatoryDelegation ?? "",
          closingTime: m.closedAt ? parisDateParts(m.closedAt).time : "",
          closingText: m.closingText ?? "",
          nextSession: m.nextSession ?? "",
          coverLetter: m.coverLetter,
          coverLetterText: m.coverLetterText ?? "",
        }}
        sections={editor.sections.map((s) => ({
          id: s.id,
          title: s.title,
          presentation: s.presentation,
          body: s.body,
          conclusions: s.conclusions,
          noQuestions: s.noQuestions,
          version: s.version,
          interventions: s.interventions,
        }))}
        persons={editor.persons}
        organizations={editor.organizations.map((o) => ({ id: o.id, label: o.name }))}
      />
    </>
  );
}
