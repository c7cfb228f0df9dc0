import type { Metadata } from "next";
import { findInvitation } from "@/lib/meetings";
import { MemberReplyForm } from "@/components/meetings/member-reply-form";
import { parseReplyChoiceParam } from "@/lib/mail/templates";
import { REPLY_RESPONSE_LABELS } from "@/lib/meetings/vocabulary";
import { replyClosedReason } from "@/lib/meetings/domain";
import { formatDateTime, formatLongDate, formatPersonName } from "@/lib/format";

export const metadata: Metadata = { title: "Répondre à une convocation", robots: { index: false } };

/**
 * Public by design: the personal link of the convocation e-mail is the authorisation. The
 * link stays the member's until the meeting starts: following it again shows the answer
 * already given and lets them change it. It stops working when a newer convocation replaces
 * it (that e-mail carries the new link).
 */
export default async function ReplyPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { token } = await params;
  const query = await searchParams;
  const invitation = await findInvitation(token);
  if (!invitation) {
    return (
      <>
        <h1>Lien de réponse invalide</h1>
        <p>
          Ce lien ne correspond à aucune convocation en cours. Si une nouvelle convocation vous a été envoyée (changement
          de date, de lieu ou d&apos;ordre du jour), utilisez le lien de ce dernier courriel. Vous pouvez aussi répondre
          depuis le portail si vous avez un compte, ou contacter le secrétariat du comité.
        </p>
      </>
    );
  }
  const { meeting, person, reply } = invitation;
  const when = meeting.hasStartTime ? formatDateTime(meeting.startsAt) : formatLongDate(meeting.startsAt);
  const preselected = parseReplyChoiceParam(typeof query.reponse === "string" ? query.reponse : null);
  // Replies close when the meeting starts (or is cancelled): the domain's rule, as the action applies it.
  const started = replyClosedReason(meeting, new Date()) !== null;
  return (
    <div className="fr-grid-row">
      <div className="fr-col-12 fr-col-md-8">
        <h1>Répondre à la convocation</h1>
        <p className="fr-text--lead">
          {meeting.committee.name} — séance du {when}
          {meeting.room ? `, ${meeting.room}` : ""}
        </p>
        <p>
          Réponse de <strong>{formatPersonName(person)}</strong>.
        </p>
        {reply ? (
          <p>
            Votre réponse enregistrée :{" "}
            <strong>
              {reply.response === "REPRESENTED" && reply.representativeName
                ? `Je serai représenté(e) par ${reply.representativeName}`
                : REPLY_RESPONSE_LABELS[reply.response]}
            </strong>
            .
            {meeting.status !== "CANCELLED" && !started ? " Vous pouvez la modifier jusqu'au début de la séance." : ""}
          </p>
        ) : null}
        {meeting.status === "CANCELLED" ? (
          <p>Cette séance a été annulée.</p>
        ) : (
          <MemberReplyForm
            token={token}
            mode={meeting.mode}
            current={reply ? { response: reply.response, representativeName: reply.representativeName } : null}
            preselected={preselected}
            started={started}
          />
        )}
      </div>
    </div>
  );
}
