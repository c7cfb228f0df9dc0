/**
 * The daily quality reminders (job `quality.reminders`, lib/jobs): for each prefecture, the
 * reminders due today (domain/reminders.ts) that were never sent are recorded and one e-mail
 * per active referent is written to the outbox, in one transaction per prefecture; the
 * messages are handed to delivery after the commit. The unique key (kind, subject, due date)
 * of QualityReminder is what makes a second run — the next day, a retried job, two workers —
 * send nothing twice (INSERT … ON CONFLICT DO NOTHING: only the rows this run inserted get
 * e-mails). A prefecture without an active referent records nothing, so the reminder still
 * leaves once someone holds the role, if the date is still ahead.
 */
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { queueMessages, type OutgoingMessage } from "@/lib/mail/mailer";
import { portalBaseUrl } from "@/lib/mail/portal-url";
import { prefectureOf } from "@/lib/format";
import { fromIsoDate, qualityReminderEmail, remindersDue, toIsoDate } from "./domain";

const iso = (d: Date | null) => (d ? toIsoDate(d) : null);

export interface QualityRemindersOptions {
  /** After each commit, with the new outbox ids. Default: the job queue (lib/jobs enqueueDelivery). */
  deliver?: (ids: string[]) => Promise<unknown>;
}

export interface QualityRemindersResult {
  /** reminders recorded by this run */
  reminders: number;
  /** outbox messages written by this run */
  messageIds: string[];
}

/** A user's name as an address's display name: a comma or a bracket typed in it would split or break the address. */
function displayName(name: string): string {
  return name.replace(/[",;<>\\]/g, " ").replace(/\s+/g, " ").trim();
}

async function enqueue(ids: string[]) {
  // Loaded on use: lib/jobs loads this module for its worker.
  await (await import("@/lib/jobs")).enqueueDelivery(ids);
}

export async function sendQualityReminders(db: PrismaClient, today: string, options: QualityRemindersOptions = {}): Promise<QualityRemindersResult> {
  const deliver = options.deliver ?? enqueue;
  const prefectures = await db.prefecture.findMany({
    where: { OR: [{ labels: { some: { status: "GRANTED" } } }, { audits: { some: { heldOn: null, dueBy: { not: null } } } }] },
    select: {
      id: true,
      code: true,
      name: true,
      stateHeader: true,
      labels: { select: { id: true, status: true, obtainedOn: true, validUntil: true, frameworkVersion: { select: { framework: { select: { name: true } } } } } },
      audits: { select: { id: true, kind: true, dueBy: true, heldOn: true } },
    },
    orderBy: { code: "asc" },
  });
  const result: QualityRemindersResult = { reminders: 0, messageIds: [] };
  for (const p of prefectures) {
    const labels = p.labels.map((l) => ({ id: l.id, status: l.status, obtainedOn: iso(l.obtainedOn), validUntil: iso(l.validUntil) }));
    const audits = p.audits.map((a) => ({ id: a.id, kind: a.kind, dueBy: iso(a.dueBy), heldOn: iso(a.heldOn) }));
    const due = remindersDue(labels, audits, today);
    if (due.length === 0) continue;
    // The framework the e-mail names: the label's own, else the label the audit belongs to (the current one).
    const frameworkOf = new Map(p.labels.map((l) => [l.id, l.frameworkVersion.framework.name]));
    const currentFramework = p.labels.find((l) => l.status === "GRANTED")?.frameworkVersion.framework.name ?? null;
    const url = `${portalBaseUrl()}/${encodeURIComponent(p.code)}/demarche-qualite`;

    const ids = await db.$transaction(async (tx) => {
      const referents = await tx.user.findMany({
        where: { disabledAt: null, memberships: { some: { prefectureId: p.id, role: "REFERENT" } } },
        select: { name: true, email: true },
        orderBy: { email: "asc" },
      });
      if (referents.length === 0) return [];
      const inserted = await tx.qualityReminder.createManyAndReturn({
        data: due.map((r) => ({ prefectureId: p.id, kind: r.kind, subjectId: r.subjectId, dueOn: fromIsoDate(r.dueOn) })),
        skipDuplicates: true,
        select: { kind: true, subjectId: true, dueOn: true },
      });
      const fresh = due.filter((r) => inserted.some((i) => i.kind === r.kind && i.subjectId === r.subjectId && toIsoDate(i.dueOn) === r.dueOn));
      result.reminders += fresh.length;
      const messages: OutgoingMessage[] = fresh.flatMap((reminder) =>
        referents.map((referent) => {
          const email = qualityReminderEmail({
            reminder,
            frameworkName: frameworkOf.get(reminder.subjectId) ?? currentFramework,
            prefectureOf: prefectureOf(p),
            recipientName: referent.name,
            url,
            today,
          });
          return { prefectureId: p.id, to: `${displayName(referent.name)} <${referent.email}>`, ...email };
        }),
      );
      return queueMessages(tx, messages);
    });
    if (ids.length === 0) continue;
    result.messageIds.push(...ids);
    try {
      await deliver(ids);
    } catch (error) {
      // Committed: the outbox's sweep sends them within the day all the same.
      console.error("quality reminders: delivery could not be queued", error);
    }
  }
  return result;
}
