/**
 * Review bookkeeping that is not an action of its own: a participant opening the draft (the
 * minutes page calls it for the signed-in reader; commenting counts as opening too).
 */
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { cancelQueuedMessage } from "@/lib/mail/mailer";

/** A participant opened the draft: noted once, and their reminder is no longer needed. */
export async function recordReviewOpened(tx: Tx | PrismaClient, minutesId: string, actor: { userId: string; email: string }) {
  const recipient = await tx.minutesReviewRecipient.findFirst({
    where: { minutesId, openedAt: null, OR: [{ email: actor.email.toLowerCase() }, { person: { userId: actor.userId } }] },
    select: { id: true, reminderMessageId: true },
  });
  if (!recipient) return;
  await tx.minutesReviewRecipient.update({ where: { id: recipient.id }, data: { openedAt: new Date() } });
  if (recipient.reminderMessageId) {
    await cancelQueuedMessage(tx, recipient.reminderMessageId, "le destinataire a ouvert le projet");
  }
}

