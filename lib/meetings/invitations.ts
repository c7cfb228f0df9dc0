/**
 * Reads behind a convocation's personal link (the token is the only credential). The link of
 * the latest convocation stays valid until the meeting starts, so a member who follows it
 * again sees their answer and may change it; a newer convocation replaces it (its e-mail
 * carries the new link), and the reply action refuses once the meeting has started.
 */
import "server-only";
import { db } from "@/lib/db";
import { hashReplyToken, isWellFormedReplyToken } from "@/lib/mail/reply-token";

export async function findInvitation(token: string) {
  if (!isWellFormedReplyToken(token)) return null;
  const recipient = await db.convocationRecipient.findUnique({
    where: { tokenHash: hashReplyToken(token) },
    include: {
      person: { select: { id: true, civility: true, firstName: true, lastName: true } },
      convocation: {
        include: {
          meeting: {
            select: { id: true, startsAt: true, hasStartTime: true, room: true, mode: true, status: true, committee: { select: { name: true } } },
          },
        },
      },
    },
  });
  if (!recipient) return null;
  const meeting = recipient.convocation.meeting;
  const reply = await db.meetingReply.findUnique({
    where: { meetingId_personId: { meetingId: meeting.id, personId: recipient.personId } },
    select: { response: true, representativeName: true },
  });
  return { meeting, person: recipient.person, reply };
}
