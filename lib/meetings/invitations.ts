/** Reads behind a convocation's personal link (the token is the only credential). */
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
