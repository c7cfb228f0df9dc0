"use server";
/**
 * Minutes mutations: create (pre-filled from the meeting), header, sections (autosave with a
 * per-section lock and history), review (mails through the outbox, comments), validation,
 * publication, corrections. Every one goes through the action client (policy, zod,
 * transaction, audit); every status change is recorded with who and when.
 */
import { ActionError, assertVersion, defineAction, signedIn, type ActionContext } from "@/lib/action-client";
import { serverAction } from "@/lib/server-action";
import { db, type Tx } from "@/lib/db";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { Resource } from "@/lib/auth/policy";
import { formatDateTime, formatLongDate, formatPersonName, parisDateParts, parisLocalToDate, prefectureOf } from "@/lib/format";
import { portalBaseUrl } from "@/lib/mail/portal-url";
import { cancelMessages, deliverPending, queueMessages } from "@/lib/mail/mailer";
import { readDocument } from "@/lib/rich-text";
import {
  canStartCorrection,
  checkSectionVersion,
  defaultDelegation,
  FROZEN_REASON,
  historyWrite,
  isContentEditable,
  isOpenForComments,
  minutesTitle,
  reminderTime,
  sectionPlainText,
  transitionMinutes,
  type MinutesTransition,
} from "./domain";
import { askerName, envelopeToFreeze, personWithFunction, presentationOf } from "./document";
import { reviewEmail } from "./review-mail";
import { recordReviewOpened } from "./review";
import {
  addSectionSchema,
  commentSchema,
  createMinutesSchema,
  minutesHeaderSchema,
  minutesStepSchema,
  resolveCommentSchema,
  restoreSectionSchema,
  saveSectionSchema,
  sendForReviewSchema,
  startCorrectionSchema,
  unpublishSchema,
} from "./schemas";

type Json = Prisma.InputJsonValue;

// ───────────────────────────── resources ─────────────────────────────

async function minutesResource(client: PrismaClient, minutesId: string): Promise<Resource | null> {
  const m = await client.minutes.findUnique({ where: { id: minutesId }, select: { status: true, meeting: { select: { prefectureId: true, committeeId: true } } } });
  return m && { kind: "minutes", prefectureId: m.meeting.prefectureId, committeeId: m.meeting.committeeId, status: m.status };
}

async function sectionResource(client: PrismaClient, sectionId: string): Promise<Resource | null> {
  const s = await client.minutesSection.findUnique({ where: { id: sectionId }, select: { minutesId: true } });
  return s && minutesResource(client, s.minutesId);
}

async function commentResource(client: PrismaClient, commentId: string): Promise<Resource | null> {
  const c = await client.minutesComment.findUnique({ where: { id: commentId }, select: { minutesId: true } });
  return c && minutesResource(client, c.minutesId);
}

async function meetingResource(client: PrismaClient, meetingId: string): Promise<Resource | null> {
  const m = await client.meeting.findUnique({ where: { id: meetingId }, select: { prefectureId: true, committeeId: true, status: true } });
  return m && { kind: "meeting", prefectureId: m.prefectureId, committeeId: m.committeeId, status: m.status };
}

// ───────────────────────────── helpers ─────────────────────────────

async function loadMinutes(tx: Tx, minutesId: string) {
  return tx.minutes.findUniqueOrThrow({ where: { id: minutesId }, include: { meeting: { include: { prefecture: true, committee: true } } } });
}

/** Bumps the revision's version if it is the one the user loaded (else CONFLICT). */
async function bumpMinutes(tx: Tx, minutesId: string, version: number, data: Prisma.MinutesUpdateManyMutationInput = {}) {
  const { count } = await tx.minutes.updateMany({ where: { id: minutesId, version }, data: { ...data, version: { increment: 1 } } });
  assertVersion(count);
  return version + 1;
}

function assertEditable(status: Parameters<typeof isContentEditable>[0]) {
  if (!isContentEditable(status)) throw new ActionError("INVALID", FROZEN_REASON);
}

const personName = { civility: true, firstName: true, lastName: true, function: true } as const;

/** Recomputes the searchable text of a section from its rows (names resolved). */
async function refreshPlainText(tx: Tx, sectionId: string) {
  const s = await tx.minutesSection.findUniqueOrThrow({
    where: { id: sectionId },
    include: {
      interventions: {
        orderBy: { position: "asc" },
        include: {
          askerPerson: { select: { ...personName, organization: { select: { name: true } } } },
          askerOrganization: { select: { name: true } },
          answers: { orderBy: { position: "asc" }, include: { responderPerson: { select: personName } } },
        },
      },
    },
  });
  const plainText = sectionPlainText({
    presentation: s.presentation,
    body: readDocument(s.body),
    conclusions: readDocument(s.conclusions),
    noQuestions: s.noQuestions,
    interventions: s.interventions.map((i) => ({
      asker: askerName(i),
      text: i.text,
      answers: i.answers.map((a) => ({ responder: personWithFunction(a.responderPerson, a.responderLabel), text: a.text })),
    })),
  });
  await tx.minutesSection.update({ where: { id: sectionId }, data: { plainText } });
  return s;
}

/** The section as the history stores it. */
function snapshotOf(s: Awaited<ReturnType<typeof refreshPlainText>>) {
  return {
    title: s.title,
    presentation: s.presentation,
    body: s.body as Json,
    conclusions: s.conclusions as Json,
    noQuestions: s.noQuestions,
    interventions: s.interventions.map((i) => ({
      kind: i.kind,
      asker: askerName(i),
      askerPersonId: i.askerPersonId,
      askerOrganizationId: i.askerOrganizationId,
      askerLabel: i.askerLabel,
      text: i.text,
      answers: i.answers.map((a) => ({ responder: personWithFunction(a.responderPerson, a.responderLabel), responderPersonId: a.responderPersonId, responderLabel: a.responderLabel, text: a.text })),
    })) as Json,
  };
}

/** `separate`: a restore always starts its own history row (merging it would erase the state it replaced). */
async function recordHistory(tx: Tx, sectionId: string, authorId: string, separate = false) {
  const s = await refreshPlainText(tx, sectionId);
  const now = new Date();
  const latest = separate ? null : await tx.minutesSectionVersion.findFirst({ where: { sectionId }, orderBy: { number: "desc" }, select: { id: true, authorId: true, savedAt: true } });
  const write = historyWrite(latest, authorId, now);
  const data = { ...snapshotOf(s), number: s.version, savedAt: now };
  if (write.kind === "update") await tx.minutesSectionVersion.update({ where: { id: write.versionRowId }, data });
  else await tx.minutesSectionVersion.create({ data: { ...data, sectionId, authorId } });
}

/** Persons and organisations named in a section must be the prefecture's (never another's ids). */
async function assertPeopleInPrefecture(tx: Tx, prefectureId: string, personIds: (string | null)[], organizationIds: (string | null)[]) {
  const persons = [...new Set(personIds.filter((id): id is string => Boolean(id)))];
  const orgs = [...new Set(organizationIds.filter((id): id is string => Boolean(id)))];
  if (persons.length && (await tx.person.count({ where: { id: { in: persons }, prefectureId } })) !== persons.length) {
    throw new ActionError("INVALID", "Une personne choisie n'est pas enregistrée dans la préfecture.");
  }
  if (orgs.length && (await tx.organization.count({ where: { id: { in: orgs }, prefectureId } })) !== orgs.length) {
    throw new ActionError("INVALID", "Un organisme choisi n'est pas enregistré dans la préfecture.");
  }
}

/** The review is over (validated, back to draft, or sent again): reminders not yet sent are called off. */
async function cancelPendingReminders(tx: Tx, minutesId: string, reason: string) {
  const recipients = await tx.minutesReviewRecipient.findMany({ where: { minutesId, reminderMessageId: { not: null } }, select: { reminderMessageId: true } });
  const ids = recipients.flatMap((r) => (r.reminderMessageId ? [r.reminderMessageId] : []));
  if (ids.length) await cancelMessages(tx, ids, reason);
}

async function recordStatus(ctx: ActionContext, minutesId: string, from: string, to: string, reason: string | null = null) {
  const actor = signedIn(ctx);
  await ctx.tx.minutesStatusChange.create({
    data: { minutesId, from: from as never, to: to as never, userId: actor.userId, reason },
  });
}

// ───────────────────────────── create ─────────────────────────────

/** Creates the minutes of a held meeting, pre-filled from everything the portal knows. */
export const createMinutes = serverAction(
  defineAction({
    name: "minutes.create",
    verb: "minutes.draft",
    input: createMinutesSchema,
    resource: (input, client) => meetingResource(client, input.meetingId),
    async handler(ctx, input) {
      signedIn(ctx);
      const meeting = await ctx.tx.meeting.findUniqueOrThrow({
        where: { id: input.meetingId },
        include: {
          prefecture: true,
          committee: true,
          agendaItems: { orderBy: { position: "asc" }, include: { presenters: { orderBy: { position: "asc" }, include: { person: { select: personName } } } } },
          chairPerson: { select: personName },
        },
      });
      if (meeting.status !== "HELD") throw new ActionError("INVALID", "Le compte rendu se rédige une fois la séance tenue (émargement enregistré).");
      const existing = await ctx.tx.minutes.findFirst({ where: { meetingId: meeting.id }, select: { id: true } });
      if (existing) throw new ActionError("CONFLICT", "Le compte rendu de cette séance existe déjà : rechargez la page.");
      // The envelope of the committee's last minutes (issuing service, contact) is the best guess.
      const previous = await ctx.tx.minutes.findFirst({
        where: { meeting: { prefectureId: meeting.prefectureId, committeeId: meeting.committeeId }, contactName: { not: null } },
        orderBy: { createdAt: "desc" },
      });
      // Agenda items in reading order: an item, then its sub-items.
      const roots = meeting.agendaItems.filter((i) => !i.parentId);
      const ordered = roots.flatMap((root) => [root, ...meeting.agendaItems.filter((i) => i.parentId === root.id)]);
      const chair = meeting.chairPerson ? formatPersonName(meeting.chairPerson) : null;
      const minutes = await ctx.tx.minutes.create({
        data: {
          meetingId: meeting.id,
          kind: input.kind,
          issuingService: previous?.issuingService ?? null,
          contactName: previous?.contactName ?? null,
          contactRole: previous?.contactRole ?? null,
          contactPhone: previous?.contactPhone ?? null,
          contactEmail: previous?.contactEmail ?? null,
          reference: previous?.reference ?? null,
          issuedPlace: meeting.prefecture.seatCity,
          closedAt: meeting.closedAt,
          chairText: meeting.chairPerson || meeting.chairLabel ? [chair, meeting.chairLabel].filter(Boolean).join(", ") : null,
          signatoryName: previous?.signatoryName ?? null,
          signatoryTitle: previous?.signatoryTitle ?? null,
          signatoryDelegation: previous?.signatoryDelegation ?? defaultDelegation(meeting.prefecture.stateHeader),
          statusChanges: { create: [{ from: null, to: "DRAFT", userId: ctx.actor?.userId ?? null }] },
          sections: {
            create: ordered.map((item, position) => ({
              agendaItemId: item.id,
              position,
              title: item.title,
              presentation: presentationOf(item),
            })),
          },
        },
        include: { sections: { select: { id: true } } },
      });
      for (const s of minutes.sections) await refreshPlainText(ctx.tx, s.id);
      await ctx.audit({ action: "minutes.create", entityType: "Minutes", entityId: minutes.id, prefectureId: meeting.prefectureId, after: { kind: input.kind, sections: minutes.sections.length } });
      return { minutesId: minutes.id };
    },
  }),
);

// ───────────────────────────── header ─────────────────────────────

export const updateMinutesHeader = serverAction(
  defineAction({
    name: "minutes.updateHeader",
    verb: "minutes.draft",
    input: minutesHeaderSchema,
    resource: (input, client) => minutesResource(client, input.minutesId),
    async handler(ctx, input) {
      const minutes = await loadMinutes(ctx.tx, input.minutesId);
      assertEditable(minutes.status);
      const day = parisDateParts(minutes.meeting.startsAt).date;
      const { minutesId, version, closingTime, issuedOn, ...fields } = input;
      const next = await bumpMinutes(ctx.tx, minutesId, version, {
        ...fields,
        issuedOn: issuedOn ? new Date(`${issuedOn}T00:00:00Z`) : null,
        closedAt: closingTime ? parisLocalToDate(`${day}T${closingTime}`) : null,
      });
      await ctx.audit({ action: "minutes.updateHeader", entityType: "Minutes", entityId: minutesId, prefectureId: minutes.meeting.prefectureId, before: minutes, after: input });
      return { version: next, savedAt: new Date().toISOString() };
    },
  }),
);

// ───────────────────────────── sections ─────────────────────────────

/** Autosave of one section: refused when someone else saved it meanwhile (the writer keeps their text). */
export const saveMinutesSection = serverAction(
  defineAction({
    name: "minutes.saveSection",
    verb: "minutes.draft",
    input: saveSectionSchema,
    resource: (input, client) => sectionResource(client, input.sectionId),
    async handler(ctx, input) {
      const actor = signedIn(ctx);
      const section = await ctx.tx.minutesSection.findUniqueOrThrow({
        where: { id: input.sectionId },
        include: { updatedBy: { select: { name: true } }, minutes: { select: { status: true, meeting: { select: { prefectureId: true } } } }, interventions: { include: { answers: true } } },
      });
      assertEditable(section.minutes.status);
      const lock = checkSectionVersion({ version: section.version, updatedAt: section.updatedAt, updatedByName: section.updatedBy?.name ?? null }, input.version, (d) => `le ${formatDateTime(d)}`);
      if (!lock.ok) throw new ActionError("CONFLICT", lock.reason);
      const prefectureId = section.minutes.meeting.prefectureId;
      await assertPeopleInPrefecture(
        ctx.tx,
        prefectureId,
        input.interventions.flatMap((i) => [i.askerPersonId, ...i.answers.map((a) => a.responderPersonId)]),
        input.interventions.map((i) => i.askerOrganizationId),
      );
      const { count } = await ctx.tx.minutesSection.updateMany({
        where: { id: section.id, version: input.version },
        data: {
          title: input.title,
          presentation: input.presentation,
          body: input.body as unknown as Json,
          conclusions: input.conclusions as unknown as Json,
          noQuestions: input.noQuestions,
          version: { increment: 1 },
          updatedById: actor.userId,
        },
      });
      assertVersion(count);
      // Interventions are updated in place (their ids are what actions of the improvement plan link to).
      const keptIds = new Set(input.interventions.flatMap((i) => (i.id ? [i.id] : [])));
      const known = new Map(section.interventions.map((i) => [i.id, i]));
      for (const id of keptIds) if (!known.has(id)) throw new ActionError("INVALID", "Une intervention ne fait pas partie de cette section : rechargez la page.");
      await ctx.tx.intervention.deleteMany({ where: { sectionId: section.id, id: { notIn: [...keptIds] } } });
      for (const [position, i] of input.interventions.entries()) {
        const data = { kind: i.kind, askerPersonId: i.askerPersonId, askerOrganizationId: i.askerOrganizationId, askerLabel: i.askerLabel, text: i.text, position };
        const row = i.id ? await ctx.tx.intervention.update({ where: { id: i.id }, data }) : await ctx.tx.intervention.create({ data: { ...data, sectionId: section.id } });
        await ctx.tx.answer.deleteMany({ where: { interventionId: row.id } });
        if (i.answers.length) {
          await ctx.tx.answer.createMany({
            data: i.answers.map((a, aPos) => ({ interventionId: row.id, responderPersonId: a.responderPersonId, responderLabel: a.responderLabel, text: a.text, position: aPos })),
          });
        }
      }
      await recordHistory(ctx.tx, section.id, actor.userId);
      await ctx.audit({ action: "minutes.saveSection", entityType: "MinutesSection", entityId: section.id, prefectureId, after: { version: input.version + 1 } });
      const saved = await ctx.tx.minutesSection.findUniqueOrThrow({ where: { id: section.id }, include: { interventions: { orderBy: { position: "asc" }, select: { id: true, answers: { select: { id: true }, orderBy: { position: "asc" } } } } } });
      return { version: saved.version, savedAt: saved.updatedAt.toISOString(), interventionIds: saved.interventions.map((i) => i.id) };
    },
  }),
);

export const addMinutesSection = serverAction(
  defineAction({
    name: "minutes.addSection",
    verb: "minutes.draft",
    input: addSectionSchema,
    resource: (input, client) => minutesResource(client, input.minutesId),
    async handler(ctx, input) {
      const minutes = await loadMinutes(ctx.tx, input.minutesId);
      assertEditable(minutes.status);
      const version = await bumpMinutes(ctx.tx, minutes.id, input.version);
      const last = await ctx.tx.minutesSection.aggregate({ where: { minutesId: minutes.id }, _max: { position: true } });
      const section = await ctx.tx.minutesSection.create({ data: { minutesId: minutes.id, title: input.title, position: (last._max.position ?? -1) + 1 } });
      await refreshPlainText(ctx.tx, section.id);
      await ctx.audit({ action: "minutes.addSection", entityType: "MinutesSection", entityId: section.id, prefectureId: minutes.meeting.prefectureId, after: { title: input.title } });
      return { sectionId: section.id, version };
    },
  }),
);

/** Puts an earlier state of a section back, as a new version (nothing of the history is lost). */
export const restoreMinutesSection = serverAction(
  defineAction({
    name: "minutes.restoreSection",
    verb: "minutes.draft",
    input: restoreSectionSchema,
    resource: (input, client) => sectionResource(client, input.sectionId),
    async handler(ctx, input) {
      const actor = signedIn(ctx);
      const section = await ctx.tx.minutesSection.findUniqueOrThrow({ where: { id: input.sectionId }, include: { minutes: { select: { status: true, meeting: { select: { prefectureId: true } } } } } });
      assertEditable(section.minutes.status);
      const old = await ctx.tx.minutesSectionVersion.findFirst({ where: { id: input.versionId, sectionId: section.id } });
      if (!old) throw new ActionError("NOT_FOUND", "Cette version n'existe pas pour cette section.");
      const { count } = await ctx.tx.minutesSection.updateMany({
        where: { id: section.id, version: input.version },
        data: { title: old.title, presentation: old.presentation, body: old.body as Json, conclusions: old.conclusions as Json, noQuestions: old.noQuestions, version: { increment: 1 }, updatedById: actor.userId },
      });
      assertVersion(count);
      type StoredIntervention = { kind: "QUESTION" | "SUGGESTION" | "COMPLAINT" | "OBSERVATION"; askerPersonId: string | null; askerOrganizationId: string | null; askerLabel: string | null; asker: string; text: string; answers: { responderPersonId: string | null; responderLabel: string | null; responder: string; text: string }[] };
      const stored = (Array.isArray(old.interventions) ? old.interventions : []) as unknown as StoredIntervention[];
      await ctx.tx.intervention.deleteMany({ where: { sectionId: section.id } });
      for (const [position, i] of stored.entries()) {
        // A person deleted since is kept as the name printed at the time.
        const [askerOk, ...responderOk] = await Promise.all([
          i.askerPersonId ? ctx.tx.person.count({ where: { id: i.askerPersonId } }) : Promise.resolve(1),
          ...i.answers.map((a) => (a.responderPersonId ? ctx.tx.person.count({ where: { id: a.responderPersonId } }) : Promise.resolve(1))),
        ]);
        await ctx.tx.intervention.create({
          data: {
            sectionId: section.id,
            kind: i.kind,
            askerPersonId: askerOk ? i.askerPersonId : null,
            askerOrganizationId: i.askerOrganizationId,
            askerLabel: askerOk ? i.askerLabel : i.asker,
            text: i.text,
            position,
            answers: {
              create: i.answers.map((a, aPos) => ({
                responderPersonId: responderOk[aPos] ? a.responderPersonId : null,
                responderLabel: responderOk[aPos] ? a.responderLabel : a.responder,
                text: a.text,
                position: aPos,
              })),
            },
          },
        });
      }
      await recordHistory(ctx.tx, section.id, actor.userId, true);
      await ctx.audit({ action: "minutes.restoreSection", entityType: "MinutesSection", entityId: section.id, prefectureId: section.minutes.meeting.prefectureId, after: { restoredVersion: old.number } });
      return { version: input.version + 1 };
    },
  }),
);

// ───────────────────────────── review ─────────────────────────────

export const sendMinutesForReview = serverAction(
  defineAction({
    name: "minutes.sendForReview",
    verb: "minutes.validate",
    input: sendForReviewSchema,
    resource: (input, client) => minutesResource(client, input.minutesId),
    async handler(ctx, input) {
      const minutes = await loadMinutes(ctx.tx, input.minutesId);
      const now = new Date();
      // The deadline is the end of the chosen day, Paris time.
      const deadline = parisLocalToDate(`${input.deadline}T23:59`);
      const attendees = await ctx.tx.attendance.findMany({
        where: { meetingId: minutes.meetingId, personId: { not: null } },
        orderBy: { position: "asc" },
        include: { person: { select: { id: true, civility: true, firstName: true, lastName: true, email: true } } },
      });
      const seen = new Set<string>();
      const recipients = attendees.flatMap((a) => {
        const email = a.person?.email?.trim().toLowerCase();
        if (!a.person || !email || seen.has(email)) return [];
        seen.add(email);
        return [{ person: a.person, email }];
      });
      const step = transitionMinutes(minutes.status, "sendForReview", { reviewDeadline: deadline, recipientCount: recipients.length, now });
      if (!step.ok) throw new ActionError("INVALID", step.reason, step.problems ? Object.fromEntries(Object.entries(step.problems).map(([k, v]) => [k === "reviewDeadline" ? "deadline" : k, [v]])) : undefined);
      const version = await bumpMinutes(ctx.tx, minutes.id, input.version, { status: step.to, reviewDeadline: deadline, reviewSentAt: now });
      await recordStatus(ctx, minutes.id, minutes.status, step.to);
      const title = minutesTitle(minutes.kind, minutes.meeting.committee, minutes.meeting.startsAt, minutes.meeting.hasStartTime);
      const url = `${portalBaseUrl()}/${encodeURIComponent(minutes.meeting.prefecture.code)}/seances/${minutes.meetingId}/compte-rendu`;
      const prefectureName = `Préfecture ${prefectureOf(minutes.meeting.prefecture)}`;
      const deadlineLabel = formatLongDate(deadline);
      const remindAt = reminderTime(deadline, now);
      const mail = (recipient: (typeof recipients)[number], reminder: boolean) => {
        const e = reviewEmail({ recipient: recipient.person, prefectureName, minutesTitle: title, deadlineLabel, url, message: input.message, reminder });
        return { prefectureId: minutes.meeting.prefectureId, to: `${formatPersonName(recipient.person)} <${recipient.email}>`, subject: e.subject, text: e.text, html: e.html };
      };
      const invitationIds = await queueMessages(ctx.tx, recipients.map((r) => mail(r, false)));
      // The reminders wait in the outbox until their time; opening the draft cancels one (lib/minutes/review.ts).
      const reminderIds = remindAt ? await queueMessages(ctx.tx, recipients.map((r) => ({ ...mail(r, true), sendAfter: remindAt }))) : [];
      await cancelPendingReminders(ctx.tx, minutes.id, "la relecture a été relancée");
      await ctx.tx.minutesReviewRecipient.deleteMany({ where: { minutesId: minutes.id } });
      await ctx.tx.minutesReviewRecipient.createMany({
        data: recipients.map((r, index) => ({
          minutesId: minutes.id,
          personId: r.person.id,
          name: formatPersonName(r.person),
          email: r.email,
          invitationMessageId: invitationIds[index] ?? null,
          reminderMessageId: reminderIds[index] ?? null,
        })),
      });
      await ctx.audit({ action: "minutes.sendForReview", entityType: "Minutes", entityId: minutes.id, prefectureId: minutes.meeting.prefectureId, after: { deadline: input.deadline, recipients: recipients.length, reminderAt: remindAt } });
      const prefectureId = minutes.meeting.prefectureId;
      // Invitations leave now; reminders are handed to the job queue for their time (lib/jobs).
      ctx.afterCommit(() => deliverPending(db, [...invitationIds, ...reminderIds], { prefectureId }));
      return { version, recipients: recipients.length, reminderAt: remindAt?.toISOString() ?? null };
    },
  }),
);

export const commentMinutes = serverAction(
  defineAction({
    name: "minutes.comment",
    verb: "minutes.comment",
    input: commentSchema,
    resource: (input, client) => minutesResource(client, input.minutesId),
    async handler(ctx, input) {
      const actor = signedIn(ctx);
      const minutes = await loadMinutes(ctx.tx, input.minutesId);
      if (!isOpenForComments(minutes.status)) throw new ActionError("INVALID", "Les commentaires sont ouverts pendant la relecture seulement.");
      if (minutes.reviewDeadline && minutes.reviewDeadline.getTime() < Date.now()) {
        throw new ActionError("INVALID", `La relecture s'est terminée le ${formatLongDate(minutes.reviewDeadline)}.`);
      }
      if (input.sectionId && !(await ctx.tx.minutesSection.count({ where: { id: input.sectionId, minutesId: minutes.id } }))) {
        throw new ActionError("INVALID", "Cette section n'appartient pas à ce compte rendu.");
      }
      const comment = await ctx.tx.minutesComment.create({ data: { minutesId: minutes.id, sectionId: input.sectionId, authorId: actor.userId, body: input.body } });
      await recordReviewOpened(ctx.tx, minutes.id, actor);
      await ctx.audit({ action: "minutes.comment", entityType: "MinutesComment", entityId: comment.id, prefectureId: minutes.meeting.prefectureId, after: { sectionId: input.sectionId } });
      return { commentId: comment.id };
    },
  }),
);

export const resolveMinutesComment = serverAction(
  defineAction({
    name: "minutes.resolveComment",
    verb: "minutes.draft",
    input: resolveCommentSchema,
    resource: (input, client) => commentResource(client, input.commentId),
    async handler(ctx, input) {
      const actor = signedIn(ctx);
      const comment = await ctx.tx.minutesComment.findUniqueOrThrow({ where: { id: input.commentId }, include: { minutes: { select: { meeting: { select: { prefectureId: true } } } } } });
      if (comment.resolvedAt) throw new ActionError("CONFLICT", "Ce commentaire a déjà été traité.");
      await ctx.tx.minutesComment.update({ where: { id: comment.id }, data: { resolvedAt: new Date(), resolvedById: actor.userId, resolution: input.resolution } });
      await ctx.audit({ action: "minutes.resolveComment", entityType: "MinutesComment", entityId: comment.id, prefectureId: comment.minutes.meeting.prefectureId, after: { resolution: input.resolution } });
      return { resolved: true };
    },
  }),
);

// ───────────────────────────── validation, publication ─────────────────────────────

async function step(ctx: ActionContext, input: { minutesId: string; version: number }, transition: MinutesTransition, reason: string | null = null) {
  const minutes = await loadMinutes(ctx.tx, input.minutesId);
  const sectionCount = await ctx.tx.minutesSection.count({ where: { minutesId: minutes.id } });
  const result = transitionMinutes(minutes.status, transition, {
    reason,
    validation: { signatoryName: minutes.signatoryName, signatoryTitle: minutes.signatoryTitle, issuedPlace: minutes.issuedPlace, issuedOn: minutes.issuedOn, sectionCount },
  });
  if (!result.ok) throw new ActionError("INVALID", result.reason, result.problems ? Object.fromEntries(Object.entries(result.problems).map(([k, v]) => [k, [v]])) : undefined);
  const now = new Date();
  const data: Prisma.MinutesUpdateManyMutationInput = { status: result.to };
  if (transition === "validate") {
    data.validatedAt = now;
    // The envelope as validated: attendance, agenda, chair and annexes no longer follow the meeting.
    data.frozenDocument = (await envelopeToFreeze(ctx.tx, minutes.meeting.prefectureId, minutes.id)) as unknown as Json;
  }
  if (transition === "validate" || transition === "backToDraft") {
    await cancelPendingReminders(ctx.tx, minutes.id, transition === "validate" ? "le compte rendu est validé" : "le compte rendu est revenu au brouillon");
  }
  if (transition === "publish") data.publishedAt = now;
  if (transition === "unpublish") data.publishedAt = null;
  const version = await bumpMinutes(ctx.tx, minutes.id, input.version, data);
  await recordStatus(ctx, minutes.id, minutes.status, result.to, reason);
  return { minutes, version, to: result.to };
}

/** Revalidates the public pages after a publication change (lib/publication, loaded lazily: it is optional at build time). */
async function refreshPublicPages(code: string) {
  try {
    const publication = (await import("@/lib/publication")) as { revalidatePublication?: (code: string) => void | Promise<void> };
    await publication.revalidatePublication?.(code);
  } catch (error) {
    console.error("minutes: public pages not revalidated", error);
  }
}

export const validateMinutes = serverAction(
  defineAction({
    name: "minutes.validate",
    verb: "minutes.validate",
    input: minutesStepSchema,
    resource: (input, client) => minutesResource(client, input.minutesId),
    async handler(ctx, input) {
      const { minutes, version, to } = await step(ctx, input, "validate");
      const open = await ctx.tx.minutesComment.count({ where: { minutesId: minutes.id, resolvedAt: null } });
      await ctx.audit({ action: "minutes.validate", entityType: "Minutes", entityId: minutes.id, prefectureId: minutes.meeting.prefectureId, after: { status: to, openComments: open } });
      return { version, status: to };
    },
  }),
);

export const backToDraft = serverAction(
  defineAction({
    name: "minutes.backToDraft",
    verb: "minutes.validate",
    input: minutesStepSchema,
    resource: (input, client) => minutesResource(client, input.minutesId),
    async handler(ctx, input) {
      const { minutes, version, to } = await step(ctx, input, "backToDraft");
      await ctx.audit({ action: "minutes.backToDraft", entityType: "Minutes", entityId: minutes.id, prefectureId: minutes.meeting.prefectureId, after: { status: to } });
      return { version, status: to };
    },
  }),
);

export const publishMinutes = serverAction(
  defineAction({
    name: "minutes.publish",
    verb: "minutes.publish",
    input: minutesStepSchema,
    resource: (input, client) => minutesResource(client, input.minutesId),
    async handler(ctx, input) {
      const { minutes, version, to } = await step(ctx, input, "publish");
      // One published revision per meeting: a published correction replaces the previous one.
      const older = await ctx.tx.minutes.findMany({ where: { meetingId: minutes.meetingId, status: "PUBLISHED", id: { not: minutes.id } }, select: { id: true } });
      for (const o of older) {
        await ctx.tx.minutes.update({ where: { id: o.id }, data: { status: "VALIDATED", publishedAt: null, version: { increment: 1 } } });
        await recordStatus(ctx, o.id, "PUBLISHED", "VALIDATED", "Remplacé par la version corrigée.");
      }
      await ctx.audit({ action: "minutes.publish", entityType: "Minutes", entityId: minutes.id, prefectureId: minutes.meeting.prefectureId, after: { status: to } });
      const code = minutes.meeting.prefecture.code;
      ctx.afterCommit(() => refreshPublicPages(code));
      return { version, status: to };
    },
  }),
);

export const unpublishMinutes = serverAction(
  defineAction({
    name: "minutes.unpublish",
    verb: "minutes.publish",
    input: unpublishSchema,
    resource: (input, client) => minutesResource(client, input.minutesId),
    async handler(ctx, input) {
      const { minutes, version, to } = await step(ctx, input, "unpublish", input.reason);
      await ctx.audit({ action: "minutes.unpublish", entityType: "Minutes", entityId: minutes.id, prefectureId: minutes.meeting.prefectureId, after: { status: to, reason: input.reason } });
      const code = minutes.meeting.prefecture.code;
      ctx.afterCommit(() => refreshPublicPages(code));
      return { version, status: to };
    },
  }),
);

/** A correction after validation: a new revision (DRAFT) copied from the validated one, which stays frozen. */
export const startMinutesCorrection = serverAction(
  defineAction({
    name: "minutes.correct",
    verb: "minutes.validate",
    input: startCorrectionSchema,
    resource: (input, client) => minutesResource(client, input.minutesId),
    async handler(ctx, input) {
      const actor = signedIn(ctx);
      const source = await ctx.tx.minutes.findUniqueOrThrow({
        where: { id: input.minutesId },
        include: { meeting: { select: { prefectureId: true } }, sections: { orderBy: { position: "asc" }, include: { interventions: { orderBy: { position: "asc" }, include: { answers: { orderBy: { position: "asc" } } } } } } },
      });
      const latest = await ctx.tx.minutes.aggregate({ where: { meetingId: source.meetingId }, _max: { revision: true } });
      const allowed = canStartCorrection(source.status, latest._max.revision === source.revision);
      if (!allowed.ok) throw new ActionError("INVALID", allowed.reason);
      const {
        id: _id, revision, status: _status, version: _version, createdAt: _c, updatedAt: _u, validatedAt: _v, publishedAt: _p, frozenDocument: _f, reviewDeadline: _d, reviewSentAt: _r,
        sections, meeting: _m, correctionNote: _n, ...copy
      } = source;
      const created = await ctx.tx.minutes.create({
        data: {
          ...copy,
          revision: revision + 1,
          correctionNote: input.note,
          statusChanges: { create: [{ from: null, to: "DRAFT", userId: actor.userId, reason: input.note }] },
          sections: {
            create: sections.map((s) => ({
              agendaItemId: s.agendaItemId,
              position: s.position,
              title: s.title,
              presentation: s.presentation,
              body: s.body as Json,
              conclusions: s.conclusions as Json,
              noQuestions: s.noQuestions,
              plainText: s.plainText,
              interventions: {
                create: s.interventions.map((i) => ({
                  kind: i.kind, askerPersonId: i.askerPersonId, askerOrganizationId: i.askerOrganizationId, askerLabel: i.askerLabel, text: i.text, position: i.position,
                  answers: { create: i.answers.map((a) => ({ responderPersonId: a.responderPersonId, responderLabel: a.responderLabel, text: a.text, position: a.position })) },
                })),
              },
            })),
          },
        },
      });
      await ctx.audit({ action: "minutes.correct", entityType: "Minutes", entityId: created.id, prefectureId: source.meeting.prefectureId, after: { from: source.id, revision: revision + 1, note: input.note } });
      return { minutesId: created.id, revision: revision + 1 };
    },
  }),
);
