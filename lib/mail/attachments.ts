/**
 * What the server's mailer attaches when it sends an outbox message (see AttachmentResolver in
 * mailer.ts): a convocation e-mail gets its meeting as an .ics file, built at send time from
 * the meeting as it is then (the outbox stores no attachment).
 */
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { documentFileBase, meetingIcsUid, renderMeetingIcs } from "@/lib/exports";
import { getMeetingDocumentData } from "@/lib/meetings/queries";
import type { MailAttachment } from "./mailer";
import { meetingPageUrl } from "./portal-url";

/** .ics files of the convocation messages among `messages`; other messages get nothing. */
export async function meetingCalendarAttachments(
  db: PrismaClient,
  messages: readonly { id: string; prefectureId: string }[],
): Promise<Map<string, MailAttachment[]>> {
  const prefectureOf = new Map(messages.map((m) => [m.id, m.prefectureId]));
  const recipients = await db.convocationRecipient.findMany({
    where: { outboxMessageId: { in: [...prefectureOf.keys()] } },
    select: {
      outboxMessageId: true,
      convocation: { select: { id: true, meetingId: true, sentAt: true, meeting: { select: { prefectureId: true } } } },
    },
  });
  // One file per convocation, shared by its recipients' messages.
  const files = new Map<string, Promise<MailAttachment | null>>();
  const out = new Map<string, MailAttachment[]>();
  for (const r of recipients) {
    const { convocation } = r;
    const messageId = r.outboxMessageId as string;
    // The message and the meeting belong to the same prefecture, or nothing is attached.
    if (prefectureOf.get(messageId) !== convocation.meeting.prefectureId) continue;
    let file = files.get(convocation.id);
    if (!file) {
      file = calendarFile(db, convocation.meeting.prefectureId, convocation.meetingId, convocation.sentAt);
      files.set(convocation.id, file);
    }
    const attachment = await file;
    if (attachment) out.set(messageId, [attachment]);
  }
  return out;
}

async function calendarFile(db: PrismaClient, prefectureId: string, meetingId: string, sentAt: Date): Promise<MailAttachment | null> {
  const data = await getMeetingDocumentData(prefectureId, meetingId);
  if (!data) return null;
  // Each convocation republishes the event: a corrective one (the meeting changed) must
  // outrank the first in calendars (RFC 5545 SEQUENCE), the first is 0 like the download.
  const sequence = await db.convocation.count({ where: { meetingId, sentAt: { lt: sentAt } } });
  const body = renderMeetingIcs(data, {
    uid: meetingIcsUid(meetingId),
    url: meetingPageUrl(data.prefecture.code, meetingId),
    sequence,
  });
  return {
    filename: `${documentFileBase("seance", data)}.ics`,
    content: body,
    contentType: "text/calendar; charset=utf-8; method=PUBLISH",
  };
}
