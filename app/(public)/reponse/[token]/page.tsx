import type { Metadata } from "next";
import { findInvitation } from "@/lib/meetings/invitations";
import { MemberReplyForm } from "@/components/meetings/member-reply-form";
import { parseReplyChoiceParam } from "@/lib/mail/templates";
import { hasStarted } from "@/lib/meetings/timing";
import { formatDateTime, formatLongDate, formatPersonName } from "@/lib/format";

export const metadata: Metadata = { title: "Répondre à une convocation", robots: { index: false } };

/** Public by design: the personal link of the convocation e-mail is the authorisation. */
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
          Ce lien ne correspond à aucune convocation, ou il a déjà servi : chaque lien de réponse ne sert qu&apos;une
          fois. Pour modifier votre réponse, utilisez le nouveau lien affiché après votre première réponse, connectez-vous
          si vous avez un compte, ou contactez le secrétariat du comité.
        </p>
      </>
    );
  }
  const { meeting, person, reply } = invitation;
  const when = meeting.hasStartTime ? formatDateTime(meeting.startsAt) : formatLongDate(meeting.startsAt);
  const preselected = parseReplyChoiceParam(typeof query.reponse === "string" ? query.reponse : null);
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
        {meeting.status === "CANCELLED" ? (
          <p>Cette séance a été annulée.</p>
        ) : (
          <MemberReplyForm
            token={token}
            mode={meeting.mode}
            current={reply ? { response: reply.response, representativeName: reply.representativeName } : null}
            preselected={preselected}
            started={hasStarted(meeting.startsAt)}
          />
        )}
      </div>
    </div>
  );
}
