/**
 * Sending a convocation: one e-mail per convened member with a personal reply link, recorded
 * in the outbox inside the action's transaction and delivered through SMTP after the commit
 * (when SMTP_URL is set; otherwise the messages stay in the outbox the referent reads —
 * never a pretend "sent").
 */
import "server-only";
import { ActionError, type ActionContext } from "@/lib/action-client";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { formatDateTime, formatLongDate, formatPersonName } from "@/lib/format";
import { defaultMailer } from "@/lib/mail/mailer";
import { meetingPageUrl, portalBaseUrl } from "@/lib/mail/portal-url";
import { createReplyToken } from "@/lib/mail/reply-token";
import { convocationEmail, salutation, type EmailAgendaItem } from "@/lib/mail/templates";
import { buildAgendaTree, formatAgendaHeading, numberAgenda } from "./domain/agenda";
import { currentOnWhere, dayOf } from "@/lib/periods";

export interface ConvocationReport {
  convocationId: string;
  recipients: number;
  /** Seats that could not be reached by e-mail (no person or no address) */
  unreachable: string[];
  smtpConfigured: boolean;
}

/** The personal links inside stored e-mails, once delivered: the outbox keeps no usable token. */
export const REPLY_LINK_PATTERN = /\/reponse\/[A-Za-z0-9_-]{20,}/g;
export const MASKED_REPLY_LINK = "/reponse/[lien personnel masqué]";

export async function sendConvocationFor(ctx: ActionContext, actor: Actor, meetingId: string, version: number): Promise<ConvocationReport> {
  const { tx } = ctx;
  // Claims the meeting first (version and state in the where clause): a concurrent edit,
  // cancellation or double click makes this one fail instead of sending stale e-mails.
  const claimed = await tx.meeting.updateMany({
    where: { id: meetingId, version, status: { in: ["DRAFT", "CONVENED"] } },
    data: { version: { increment: 1 } },
  });
  if (claimed.count === 0) {
    const current = await tx.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: { status: true } });
    if (current.status === "CANCELLED" || current.status === "HELD") {
      throw new ActionError("INVALID", "Une séance annulée ou déjà tenue ne peut pas être convoquée.");
    }
    throw new ActionError("CONFLICT", "La séance a été modifiée entre-temps : rechargez la page et vérifiez-la avant d'envoyer la convocation.");
  }
  const meeting = await tx.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    include: { committee: true, prefecture: true, agendaItems: true },
  });
  if (meeting.agendaItems.length === 0) {
    throw new ActionError("INVALID", "L'ordre du jour est vide : ajoutez au moins un point avant d'envoyer la convocation.");
  }
  const seats = await tx.member.findMany({
    where: {
      committeeId: meeting.committeeId,
      committee: { prefectureId: meeting.prefectureId },
      // The seats current on the meeting's day: the same rule as the convocation document and
      // the attendance sheet (lib/periods), so whoever is e-mailed is also on the sheet.
      ...currentOnWhere(dayOf(meeting.startsAt)),
    },
    include: { person: true, organization: true },
    orderBy: [{ college: "asc" }, { createdAt: "asc" }],
  });
  // Numbered exactly as the convocation document numbers it, every level kept.
  type Numbered = { number: string; title: string; children: readonly Numbered[] };
  const toEmailItem = (item: Numbered): EmailAgendaItem => ({
    label: formatAgendaHeading(item.number, item.title, meeting.numberingStyle),
    children: item.children.map(toEmailItem),
  });
  const agenda = numberAgenda(buildAgendaTree(meeting.agendaItems), meeting.numberingStyle).map(toEmailItem);
  const agendaAsLines = (items: EmailAgendaItem[], depth = 0): string[] =>
    items.flatMap((item) => [`${"    ".repeat(depth)}${item.label}`, ...agendaAsLines(item.children, depth + 1)]);
  const baseUrl = portalBaseUrl();
  const meetingUrl = meetingPageUrl(meeting.prefecture.code, meeting.id);
  const mailer = defaultMailer();
  // A new convocation supersedes the previous one: its links stop working.
  const previous = await tx.convocationRecipient.findMany({ where: { convocation: { meetingId } }, select: { id: true } });
  for (const r of previous) {
    await tx.convocationRecipient.update({ where: { id: r.id }, data: { tokenHash: createReplyToken().tokenHash } });
  }
  const convocation = await tx.convocation.create({
    data: {
      meetingId,
      sentById: actor.userId,
      subject: `Convocation — ${meeting.committee.name} — ${formatLongDate(meeting.startsAt)}`,
      body: agendaAsLines(agenda).join("\n"),
    },
  });
  const unreachable: string[] = [];
  const outboxIds: string[] = [];
  const seen = new Set<string>();
  for (const seat of seats) {
    const person = seat.person;
    if (!person || !person.email) {
      unreachable.push(person ? formatPersonName(person) : (seat.seatLabel ?? seat.organization?.name ?? "Siège"));
      continue;
    }
    if (seen.has(person.id)) continue; // one message per person, even with two seats
    seen.add(person.id);
    const { token, tokenHash } = createReplyToken();
    const email = convocationEmail({
      prefectureName: `Préfecture — ${meeting.prefecture.name}`,
      committeeName: meeting.committee.name,
      meetingLabel: meeting.hasStartTime ? formatDateTime(meeting.startsAt) : formatLongDate(meeting.startsAt),
      place: [meeting.room, meeting.place].filter(Boolean).join(", ") || null,
      mode: meeting.mode,
      agenda,
      replyUrl: `${baseUrl}/reponse/${token}`,
      meetingUrl,
      recipient: person,
      // Attached by the mailer when it sends (lib/mail/attachments.ts); a message left in the
      // outbox without SMTP is forwarded by hand, without it.
      calendarAttached: mailer.configured,
    });
    const outboxId = await mailer.queue(tx, {
      prefectureId: meeting.prefectureId,
      to: person.email,
      subject: email.subject,
      text: email.text,
      html: email.html,
    });
    outboxIds.push(outboxId);
    await tx.convocationRecipient.create({
      data: { convocationId: convocation.id, personId: person.id, email: person.email, tokenHash, outboxMessageId: outboxId },
    });
  }
  if (outboxIds.length === 0) {
    throw new ActionError("INVALID", "Aucun membre du comité n'a d'adresse électronique : la convocation ne peut pas être envoyée par courriel.");
  }
  if (meeting.status === "DRAFT") {
    await tx.meeting.update({ where: { id: meetingId }, data: { status: "CONVENED" } });
    await tx.meetingStatusChange.create({ data: { meetingId, from: "DRAFT", to: "CONVENED", userId: actor.userId } });
  }
  await ctx.audit({
    action: "meeting.sendConvocation",
    entityType: "Meeting",
    entityId: meetingId,
    prefectureId: meeting.prefectureId,
    after: { convocationId: convocation.id, recipients: outboxIds.length, unreachable },
  });
  // SMTP after the commit: a failed send leaves the message in the outbox with its error.
  // Once delivered, the stored copy loses its personal link (the member has it; a database
  // dump or a referent reading the outbox must not be able to answer for them). Messages not
  // delivered keep it: without SMTP the referent forwards them by hand.
  ctx.afterCommit(async () => {
    await mailer.deliverPending(db, outboxIds, { prefectureId: meeting.prefectureId });
    await maskDeliveredLinks(outboxIds);
  });
  return { convocationId: convocation.id, recipients: outboxIds.length, unreachable, smtpConfigured: mailer.configured };
}

/** Tells the members of the latest convocation that the meeting is cancelled (outbox, then SMTP). */
export async function notifyCancellation(ctx: ActionContext, meetingId: string, reason: string | null): Promise<number> {
  const { tx } = ctx;
  const meeting = await tx.meeting.findUniqueOrThrow({ where: { id: meetingId }, include: { committee: true } });
  const convocation = await tx.convocation.findFirst({
    where: { meetingId },
    orderBy: { sentAt: "desc" },
    include: { recipients: { include: { person: true } } },
  });
  if (!convocation) return 0;
  const mailer = defaultMailer();
  const when = meeting.hasStartTime ? formatDateTime(meeting.startsAt) : formatLongDate(meeting.startsAt);
  const ids = await mailer.queueMany(
    tx,
    convocation.recipients.map((r) => ({
      prefectureId: meeting.prefectureId,
      to: r.email,
      subject: `Annulation — ${meeting.committee.name} — ${formatLongDate(meeting.startsAt)}`,
      text: [
        salutation(r.person),
        "",
        `La séance du ${meeting.committee.name} prévue le ${when} est annulée.`,
        ...(reason ? ["", `Motif : ${reason}`] : []),
        "",
        "Une nouvelle date vous sera communiquée.",
        "",
        "Le secrétariat du comité",
      ].join("\n"),
    })),
  );
  ctx.afterCommit(() => mailer.deliverPending(db, ids, { prefectureId: meeting.prefectureId }));
  return ids.length;
}

async function maskDeliveredLinks(ids: readonly string[]) {
  const delivered = await db.outboxMessage.findMany({ where: { id: { in: [...ids] }, sentAt: { not: null } } });
  for (const m of delivered) {
    await db.outboxMessage.update({
      where: { id: m.id },
      data: { text: m.text.replace(REPLY_LINK_PATTERN, MASKED_REPLY_LINK), html: m.html?.replace(REPLY_LINK_PATTERN, MASKED_REPLY_LINK) ?? null },
    });
  }
}
