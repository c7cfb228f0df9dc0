/**
 * The hub of a meeting: everything about it on one page — summary, agenda, convocation and
 * replies, attendance, documents, history. Client components only where something is edited.
 */
import Link from "next/link";
import type { ReactNode } from "react";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import type { MeetingHub } from "@/lib/meetings/queries";
import type { AgendaViewItem } from "@/lib/meetings";
import {
  formatCount,
  formatDateTime,
  formatLongDate,
  formatNumber,
  formatPersonName,
  formatTime,
} from "@/lib/format";
import { AgendaEditor } from "./agenda-editor";
import { SendConvocationButton } from "./send-convocation-button";
import { DocumentUpload } from "./document-upload";
import { DeleteDocumentButton } from "./delete-document-button";
import { MemberReplyForm } from "./member-reply-form";
import { CancelMeetingButton } from "./cancel-meeting-button";
import { COLLEGE_LABELS } from "@/lib/committees/vocabulary";
import {
  ATTENDANCE_STATUS_LABELS,
  MEETING_HISTORY_LABELS,
  MEETING_MODE_LABELS,
  MEETING_STATUS_LABELS,
  REPLY_RESPONSE_SHORT_LABELS,
} from "@/lib/meetings/vocabulary";
import { COLLEGE_KEYS, chairLine, countByCollege, replyClosedReason } from "@/lib/meetings/domain";

interface HistoryEntry {
  key: string;
  at: Date;
  text: string;
  by: string | null;
}

/**
 * One chronological history, newest first: the changes of state (seen by everyone who reads
 * the meeting) and, for those who manage it, what was done to it (the audit log's latest
 * entries on the meeting and its parts). At the same instant the state change comes after the
 * action that caused it.
 */
function meetingHistory(hub: MeetingHub, withActions: boolean): HistoryEntry[] {
  const changes: HistoryEntry[] = hub.statusChanges.map((c) => ({
    key: `status-${c.id}`,
    at: c.at,
    text: c.from ? `État : ${MEETING_STATUS_LABELS[c.from]} → ${MEETING_STATUS_LABELS[c.to]}` : `État : ${MEETING_STATUS_LABELS[c.to]}`,
    by: c.user?.name ?? null,
  }));
  const actions: HistoryEntry[] = withActions
    ? hub.history.map((h) => ({ key: `audit-${String(h.id)}`, at: h.at, text: MEETING_HISTORY_LABELS[h.action] ?? h.action, by: h.user?.name ?? null }))
    : [];
  const rank = (e: HistoryEntry) => (e.key.startsWith("status-") ? 1 : 0);
  return [...changes, ...actions].sort((a, b) => b.at.getTime() - a.at.getTime() || rank(b) - rank(a));
}

function personOrSeat(a: { person: Parameters<typeof formatPersonName>[0] | null; organization: { name: string } | null; seatLabel: string | null }) {
  if (a.person) return formatPersonName(a.person);
  return a.seatLabel ?? a.organization?.name ?? "Siège";
}

export function MeetingHubView({
  code,
  hub,
  agenda,
  canManage,
  presenterSuggestions = [],
  correctiveNotice = false,
  myReply,
  followUp,
}: {
  code: string;
  hub: MeetingHub;
  agenda: { items: AgendaViewItem[]; totalLabel: string | null; warning: string | null };
  canManage: boolean;
  /** "Mme Angélique SAUVAIRE, cheffe de bureau du pôle accueils"… for the presenters field */
  presenterSuggestions?: string[];
  /** The date, place or mode changed after the convocation was sent */
  correctiveNotice?: boolean;
  myReply: { personId: string; reply: MeetingHub["replies"][number] | null } | null;
  /** The filled "Suivi du plan d'actions" item, shown under the agenda (components/follow-up) */
  followUp?: ReactNode;
}) {
  const when = hub.hasStartTime ? formatDateTime(hub.startsAt) : `${formatLongDate(hub.startsAt)} (heure non précisée)`;
  const counts = countByCollege(hub.attendances.map((a) => ({ college: a.college, status: a.status, personId: a.personId })));
  const base = `/${code}/seances/${hub.id}`;
  const lastConvocation = hub.convocations[0];
  const flatItems = agenda.items.flatMap((i) => [i, ...i.children]);
  const history = meetingHistory(hub, canManage);

  return (
    <>
      <h1>
        {hub.committee.name}
        <span className="fr-text--lead fr-text--regular" style={{ display: "block" }}>
          Séance du {when}
        </span>
      </h1>
      {correctiveNotice && hub.status === "CONVENED" && (
        <Alert
          severity="warning"
          title="Convocation rectificative à envoyer"
          description="La date, l'heure, le lieu, la modalité ou l'ordre du jour ont changé après l'envoi de la convocation : renvoyez-la pour prévenir les membres."
          className="fr-mb-3w"
        />
      )}
      <ul className="fr-badges-group fr-mb-2w">
        <li>
          <Badge severity={hub.status === "HELD" ? "success" : hub.status === "CANCELLED" ? "error" : "info"} noIcon>
            {MEETING_STATUS_LABELS[hub.status]}
          </Badge>
        </li>
        <li>
          <Badge noIcon>{MEETING_MODE_LABELS[hub.mode]}</Badge>
        </li>
      </ul>
      <dl className="fr-mb-3w">
        {hub.endsAt && (
          <>
            <dt className="fr-text--bold">Fin prévue</dt>
            <dd>{formatTime(hub.endsAt)}</dd>
          </>
        )}
        {hub.closedAt && (
          <>
            <dt className="fr-text--bold">Séance levée à</dt>
            <dd>{formatTime(hub.closedAt)}</dd>
          </>
        )}
        <dt className="fr-text--bold">Lieu</dt>
        <dd>{[hub.room, hub.place].filter(Boolean).join(", ") || "Non précisé"}</dd>
        <dt className="fr-text--bold">Présidence</dt>
        <dd>{chairLine(hub.chairPerson, hub.chairLabel) ?? "Non précisée"}</dd>
      </dl>
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
        {canManage && hub.status !== "CANCELLED" && (
          <li>
            <Link className="fr-btn fr-btn--secondary fr-icon-edit-line" href={`${base}/modifier`}>
              Modifier la séance
            </Link>
          </li>
        )}
        <li>
          <a className="fr-btn fr-btn--tertiary fr-icon-download-line" href={`${base}/convocation.docx`}>
            Convocation (Word)
          </a>
        </li>
        <li>
          <a className="fr-btn fr-btn--tertiary fr-icon-download-line" href={`${base}/convocation.pdf`}>
            Convocation (PDF)
          </a>
        </li>
        <li>
          <a className="fr-btn fr-btn--tertiary fr-icon-calendar-line" href={`${base}/seance.ics`}>
            Ajouter à mon agenda (.ics)
          </a>
        </li>
      </ul>

      {canManage && (hub.status === "DRAFT" || hub.status === "CONVENED") && (
        <CancelMeetingButton meetingId={hub.id} version={hub.version} convened={hub.status === "CONVENED"} />
      )}

      <section aria-labelledby="ordre-du-jour" className="fr-mt-4w">
        <h2 id="ordre-du-jour">Ordre du jour</h2>
        <AgendaEditor meetingId={hub.id} code={code} items={agenda.items} presenterSuggestions={presenterSuggestions} canManage={canManage && (hub.status === "DRAFT" || hub.status === "CONVENED")} totalLabel={agenda.totalLabel} warning={agenda.warning} />
      </section>
      {followUp}

      {myReply && hub.status === "CONVENED" && (
        <section aria-labelledby="ma-reponse" className="fr-mt-4w">
          <h2 id="ma-reponse">Ma réponse à la convocation</h2>
          <MemberReplyForm meetingId={hub.id} mode={hub.mode} current={myReply.reply ? { response: myReply.reply.response, representativeName: myReply.reply.representativeName } : null} started={replyClosedReason(hub, new Date()) !== null} />
        </section>
      )}

      <section aria-labelledby="convocation" className="fr-mt-4w">
        <h2 id="convocation">Convocation et réponses</h2>
        {lastConvocation ? (
          <p>
            Convocation envoyée le {formatDateTime(lastConvocation.sentAt)} à{" "}
            {formatCount(lastConvocation.recipients.length, "membre", "membres")} —{" "}
            {formatCount(lastConvocation.recipients.filter((r) => r.outboxMessage?.sentAt).length, "courriel remis", "courriels remis")} au
            serveur, {formatNumber(lastConvocation.recipients.filter((r) => !r.outboxMessage?.sentAt).length)} dans la boîte d&apos;envoi.
            {canManage && (
              <>
                {" "}
                <Link href={`/${code}/boite-envoi`}>Voir la boîte d&apos;envoi</Link>
              </>
            )}
          </p>
        ) : (
          <p>La convocation n&apos;a pas encore été envoyée.</p>
        )}
        {canManage && hub.status !== "HELD" && hub.status !== "CANCELLED" && <SendConvocationButton meetingId={hub.id} version={hub.version} alreadySent={!!lastConvocation} />}
        {hub.replies.length > 0 && (
          <div className="fr-table fr-mt-2w">
            <table>
              <caption>Réponses reçues ({formatNumber(hub.replies.length)})</caption>
              <thead>
                <tr>
                  <th scope="col">Membre</th>
                  <th scope="col">Réponse</th>
                  <th scope="col">Représenté(e) par</th>
                  <th scope="col">Date</th>
                </tr>
              </thead>
              <tbody>
                {hub.replies.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">{formatPersonName(r.person)}</th>
                    <td>{REPLY_RESPONSE_SHORT_LABELS[r.response]}</td>
                    <td>{r.representativeName ?? "—"}</td>
                    <td>{formatDateTime(r.respondedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="emargement" className="fr-mt-4w">
        <h2 id="emargement">Émargement</h2>
        {hub.attendances.length === 0 ? (
          <p>L&apos;émargement n&apos;a pas encore été saisi.</p>
        ) : (
          <>
            <div className="fr-table">
              <table>
                <caption>Participation par collège</caption>
                <thead>
                  <tr>
                    <th scope="col">Collège</th>
                    {Object.values(ATTENDANCE_STATUS_LABELS).map((l) => (
                      <th scope="col" key={l}>
                        {l}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {COLLEGE_KEYS.filter((k) => counts.byCollege[k].total > 0).map((k) => (
                    <tr key={k}>
                      <th scope="row">{k === "none" ? "Autres participants" : COLLEGE_LABELS[k]}</th>
                      {(Object.keys(ATTENDANCE_STATUS_LABELS) as (keyof typeof ATTENDANCE_STATUS_LABELS)[]).map((s) => (
                        <td key={s}>{formatNumber(counts.byCollege[k].byStatus[s])}</td>
                      ))}
                    </tr>
                  ))}
                  <tr>
                    <th scope="row">Total</th>
                    {(Object.keys(ATTENDANCE_STATUS_LABELS) as (keyof typeof ATTENDANCE_STATUS_LABELS)[]).map((s) => (
                      <td key={s}>{formatNumber(counts.total.byStatus[s])}</td>
                    ))}
                  </tr>
                </tbody>
              </table>
            </div>
            <details className="fr-mb-2w">
              <summary>Liste d&apos;émargement ({formatCount(hub.attendances.length, "ligne", "lignes")})</summary>
              <ul>
                {hub.attendances.map((a) => (
                  <li key={a.id}>
                    {personOrSeat(a)}
                    {a.functionSnapshot ? `, ${a.functionSnapshot}` : ""} — {ATTENDANCE_STATUS_LABELS[a.status]}
                    {a.status === "REPRESENTED" && (a.representedByPerson || a.representedByLabel)
                      ? ` par ${a.representedByPerson ? formatPersonName(a.representedByPerson) : a.representedByLabel}`
                      : ""}
                    {a.remark ? ` ${a.remark}` : ""}
                  </li>
                ))}
              </ul>
            </details>
          </>
        )}
        <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
          {canManage && (hub.status === "CONVENED" || hub.status === "HELD") && (
            <li>
              <Link className="fr-btn fr-btn--secondary fr-icon-checkbox-line" href={`${base}/emargement`}>
                Saisir l&apos;émargement
              </Link>
            </li>
          )}
          <li>
            <a className="fr-btn fr-btn--tertiary fr-icon-printer-line" href={`${base}/feuille-emargement.pdf`}>
              Feuille d&apos;émargement à imprimer (PDF)
            </a>
          </li>
        </ul>
      </section>

      <section aria-labelledby="documents" className="fr-mt-4w">
        <h2 id="documents">Documents</h2>
        {hub.documents.length === 0 ? (
          <p>Aucun document.</p>
        ) : (
          <ul>
            {hub.documents.map((d) => (
              <li key={d.id}>
                <a href={`/${code}/documents/${d.id}`}>{d.title}</a> ({d.fileName}, {formatNumber(Math.max(1, Math.round(d.sizeBytes / 1024)))} Ko)
                {d.agendaItemId && <> — point {flatItems.find((i) => i.id === d.agendaItemId)?.number}</>}
                {canManage && <DeleteDocumentButton id={d.id} title={d.title} />}
              </li>
            ))}
          </ul>
        )}
        {canManage && <DocumentUpload code={code} meetingId={hub.id} items={flatItems.map((i) => ({ id: i.id, label: i.heading }))} />}
      </section>

      <section aria-labelledby="historique" className="fr-mt-4w">
        <h2 id="historique">Historique</h2>
        {history.length === 0 ? (
          <p>Aucun événement enregistré.</p>
        ) : (
          <>
            <p className="fr-hint-text" id="historique-ordre">
              Du plus récent au plus ancien{canManage ? " : changements d'état et actions sur la séance" : " : changements d'état"}.
            </p>
            <ul aria-describedby="historique-ordre">
              {history.map((e) => (
                <li key={e.key}>
                  <time dateTime={e.at.toISOString()}>{formatDateTime(e.at)}</time> — {e.text}
                  {e.by ? ` (${e.by})` : ""}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </>
  );
}
