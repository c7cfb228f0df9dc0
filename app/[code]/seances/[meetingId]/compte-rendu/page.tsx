import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { can } from "@/lib/auth/policy";
import { formatDate, formatDateTime, formatLongDate } from "@/lib/format";
import { requireMeetingMinutes } from "@/lib/minutes/loaders";
import {
  findMinutesDocument,
  listMinutesComments,
  listMinutesRevisions,
  listMinutesStatusChanges,
  listReviewRecipients,
  markReviewOpened,
  suggestedReviewDeadline,
} from "@/lib/minutes/queries";
import { MINUTES_KIND_LABELS, MINUTES_STATUS_LABELS } from "@/lib/minutes/vocabulary";
import { isContentEditable } from "@/lib/minutes/domain";
import { MinutesDocumentView, MinutesTableOfContents } from "@/components/minutes/minutes-document-view";
import { SectionComments, type SectionComment } from "@/components/minutes/section-comments";
import { ReasonStep, SendForReview, SimpleStep, StartMinutes } from "@/components/minutes/minutes-workflow";
import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";
import { findActionLinks } from "@/lib/action-plan/queries";
import { ActionLinks } from "@/components/action-plan/action-links";
import { CreateActionLink } from "@/components/action-plan/create-action-link";

type Props = { params: Promise<{ code: string; meetingId: string }>; searchParams: Promise<{ version?: string | string[] }> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { code, meetingId } = await params;
  const { meeting, minutes } = await requireMeetingMinutes(code, meetingId, (await searchParams).version);
  return { title: `${minutes ? MINUTES_KIND_LABELS[minutes.kind] : "Compte rendu"} — séance du ${formatLongDate(meeting.startsAt)}` };
}

const STATUS_SEVERITY = { DRAFT: "info", IN_REVIEW: "new", VALIDATED: "success", PUBLISHED: "success" } as const;

export default async function MinutesPage({ params, searchParams }: Props) {
  const { code, meetingId } = await params;
  const { actor, prefecture, meeting, minutes, minutesResource } = await requireMeetingMinutes(code, meetingId, (await searchParams).version);
  const meetingResource = { kind: "meeting", prefectureId: meeting.prefectureId, committeeId: meeting.committeeId, status: meeting.status } as const;
  const breadcrumb = (
    <PageBreadcrumb
      code={code}
      segments={[{ label: "Séances", href: `/${code}/seances` }, { label: `Séance du ${formatLongDate(meeting.startsAt)}`, href: `/${code}/seances/${meeting.id}` }]}
      current="Compte rendu"
    />
  );

  if (!minutes || !minutesResource) {
    const mayDraft = can(actor, "minutes.draft", meetingResource);
    return (
      <>
        {breadcrumb}
        <h1>Compte rendu de la séance du {formatLongDate(meeting.startsAt)}</h1>
        {mayDraft && meeting.status === "HELD" ? (
          <StartMinutes meetingId={meeting.id} />
        ) : (
          <p>
            {meeting.status === "HELD"
              ? "Le compte rendu de cette séance n'est pas encore disponible."
              : "Le compte rendu se rédige une fois la séance tenue (émargement enregistré)."}
          </p>
        )}
      </>
    );
  }

  const [document, comments, revisions, history] = await Promise.all([
    findMinutesDocument(prefecture.id, minutes.id),
    listMinutesComments(prefecture.id, minutes.id),
    listMinutesRevisions(actor, prefecture.id, meeting.id),
    listMinutesStatusChanges(prefecture.id, minutes.id),
  ]);
  if (!document) return null;
  if (minutes.status === "IN_REVIEW") await markReviewOpened(minutes.id, actor);

  const mayDraft = can(actor, "minutes.draft", minutesResource);
  const mayValidate = can(actor, "minutes.validate", minutesResource);
  const mayPublish = can(actor, "minutes.publish", minutesResource);
  const mayComment = can(actor, "minutes.comment", minutesResource) && minutes.status === "IN_REVIEW" && (!minutes.reviewDeadline || minutes.reviewDeadline > new Date());
  const isLatest = revisions[0]?.id === minutes.id;
  const recipients = mayValidate && minutes.status !== "DRAFT" ? await listReviewRecipients(prefecture.id, minutes.id) : [];

  // The improvement actions each question led to (issue 9: the loop), and "Créer une action".
  const interventions = document.sections.flatMap((section) => section.interventions);
  const actionLinks = await findActionLinks(code, prefecture.id, actor, { interventionIds: interventions.map((i) => i.id) });
  const mayPlanActions = can(actor, "actionPlan.manage", { kind: "prefecture", prefectureId: prefecture.id });
  const askerOf = (interventionId: string) => interventions.find((i) => i.id === interventionId)?.asker ?? "";

  const commentsOf = (sectionId: string | null): SectionComment[] =>
    comments
      .filter((c) => c.sectionId === sectionId)
      .map((c) => ({
        id: c.id,
        author: c.author.name,
        when: `le ${formatDateTime(c.createdAt)}`,
        body: c.body,
        resolved: c.resolvedAt ? { by: c.resolvedBy?.name ?? null, resolution: c.resolution } : null,
      }));
  const base = `/${code}/seances/${meeting.id}`;
  const versionQuery = isLatest ? "" : `?version=${minutes.revision}`;
  const defaultDeadline = suggestedReviewDeadline();

  return (
    <>
      {breadcrumb}
      <h1>{document.title}</h1>
      <p>
        <Badge severity={STATUS_SEVERITY[minutes.status]} noIcon>
          {MINUTES_STATUS_LABELS[minutes.status]}
        </Badge>{" "}
        {minutes.revision > 1 && <Badge noIcon>Version {minutes.revision}</Badge>}
        {minutes.status === "IN_REVIEW" && minutes.reviewDeadline && <> Relecture ouverte jusqu&apos;au {formatLongDate(minutes.reviewDeadline)}.</>}
      </p>
      {!isLatest && (
        <p className="fr-text--sm">
          Vous lisez une version antérieure. <Link href={base + "/compte-rendu"}>Lire la version la plus récente</Link>
        </p>
      )}
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
        {mayDraft && isContentEditable(minutes.status) && isLatest && (
          <li>
            <Link className="fr-btn fr-icon-edit-line" href={`${base}/compte-rendu/rediger`}>
              Rédiger
            </Link>
          </li>
        )}
        <li>
          <a className="fr-btn fr-btn--secondary fr-icon-download-line" href={`${base}/compte-rendu.docx${versionQuery}`} download>
            Télécharger (Word)
          </a>
        </li>
        <li>
          <a className="fr-btn fr-btn--secondary fr-icon-download-line" href={`${base}/compte-rendu.pdf${versionQuery}`} download>
            Télécharger (PDF)
          </a>
        </li>
        {minutes.status === "PUBLISHED" && (
          <li>
            <Link className="fr-btn fr-btn--tertiary" href={`/public/${code}/comptes-rendus/${minutes.id}`}>
              Voir la page publique
            </Link>
          </li>
        )}
      </ul>

      {isLatest && (mayValidate || mayPublish) && (
        <div className="fr-mb-4w">
          {minutes.status === "DRAFT" && mayValidate && (
            <>
              <SendForReview minutesId={minutes.id} version={minutes.version} defaultDeadline={defaultDeadline} />
              <SimpleStep action="validate" minutesId={minutes.id} version={minutes.version} priority="secondary" label="Valider sans relecture" explanation="La validation fige le contenu, le signataire et la date d'émission." />
            </>
          )}
          {minutes.status === "IN_REVIEW" && mayValidate && (
            <>
              <SimpleStep action="validate" minutesId={minutes.id} version={minutes.version} label="Valider le compte rendu" explanation={`La validation fige le contenu, le signataire et la date d'émission. ${comments.filter((c) => !c.resolvedAt).length} commentaire(s) non traité(s).`} />
              <SimpleStep action="backToDraft" minutesId={minutes.id} version={minutes.version} priority="secondary" label="Revenir au brouillon" />
            </>
          )}
          {minutes.status === "VALIDATED" && (
            <>
              {mayPublish && <SimpleStep action="publish" minutesId={minutes.id} version={minutes.version} label="Publier" explanation="Le compte rendu apparaîtra sur la page publique de la préfecture, dans son flux Atom et ses données ouvertes." />}
              {mayValidate && <ReasonStep action="correct" minutesId={minutes.id} version={minutes.version} />}
            </>
          )}
          {minutes.status === "PUBLISHED" && (
            <>
              {mayPublish && <ReasonStep action="unpublish" minutesId={minutes.id} version={minutes.version} />}
              {mayValidate && <ReasonStep action="correct" minutesId={minutes.id} version={minutes.version} />}
            </>
          )}
        </div>
      )}

      {recipients.length > 0 && (
        <section className="fr-mb-4w" aria-labelledby="review-recipients">
          <h2 id="review-recipients" className="fr-h5">
            Destinataires de la relecture
          </h2>
          <div className="fr-table fr-table--no-caption">
            <table>
              <caption>Destinataires de la relecture</caption>
              <thead>
                <tr>
                  <th scope="col">Participant</th>
                  <th scope="col">Courriel</th>
                  <th scope="col">Projet ouvert</th>
                  <th scope="col">Rappel</th>
                </tr>
              </thead>
              <tbody>
                {recipients.map((r) => (
                  <tr key={r.id}>
                    <td>{r.name}</td>
                    <td>{r.invitationMessage?.sentAt ? `envoyé le ${formatDate(r.invitationMessage.sentAt)}` : r.invitationMessage?.error ? `échec : ${r.invitationMessage.error}` : "en attente d'envoi"}</td>
                    <td>{r.openedAt ? `le ${formatDateTime(r.openedAt)}` : "pas encore"}</td>
                    <td>
                      {r.reminderMessage?.sentAt
                        ? `envoyé le ${formatDate(r.reminderMessage.sentAt)}`
                        : r.openedAt
                          ? "inutile (projet ouvert)"
                          : r.reminderMessage?.sendAfter
                            ? `prévu le ${formatDateTime(r.reminderMessage.sendAfter)}`
                            : "aucun"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

      <MinutesTableOfContents document={document} />
      <MinutesDocumentView
        document={document}
        interventionFooter={(interventionId) => (
          <>
            <ActionLinks links={actionLinks.filter((l) => l.interventionId === interventionId)} />
            {mayPlanActions && (
              <CreateActionLink code={code} interventionId={interventionId} context={`pour l’intervention de ${askerOf(interventionId)}`} />
            )}
          </>
        )}
        sectionFooter={(sectionId) => (
          <SectionComments
            minutesId={minutes.id}
            sectionId={sectionId}
            sectionTitle={document.sections.find((s) => s.id === sectionId)?.title ?? ""}
            comments={commentsOf(sectionId)}
            canComment={mayComment}
            canResolve={mayDraft && isContentEditable(minutes.status)}
          />
        )}
      />

      {revisions.length > 1 && (
        <section className="fr-mt-4w" aria-labelledby="revisions">
          <h2 id="revisions" className="fr-h5">
            Versions
          </h2>
          <ul>
            {revisions.map((r) => (
              <li key={r.id}>
                <Link href={`${base}/compte-rendu?version=${r.revision}`} aria-current={r.id === minutes.id ? "page" : undefined}>
                  Version {r.revision}
                </Link>{" "}
                — {MINUTES_STATUS_LABELS[r.status]}
                {r.correctionNote ? ` — correction : ${r.correctionNote}` : ""}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="fr-mt-4w" aria-labelledby="minutes-history">
        <h2 id="minutes-history" className="fr-h5">
          Historique
        </h2>
        <ul>
          {history.map((h) => (
            <li key={h.id}>
              {formatDateTime(h.at)} — {MINUTES_STATUS_LABELS[h.to]}
              {h.user ? ` (${h.user.name})` : ""}
              {h.reason ? ` — ${h.reason}` : ""}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
