"use server";
/**
 * Meeting mutations: the meeting itself, its agenda, the convocation and the replies, the
 * attendance. Every one is built with the action client (policy, zod, transaction, audit log).
 */
import { ActionError, assertVersion, defineAction, signedIn } from "@/lib/action-client";
import { serverAction } from "@/lib/server-action";
import { parisLocalToDate } from "@/lib/format";
import type { Tx } from "@/lib/db";
import { agendaItemResource, committeeResource, meetingResource } from "./resources";
import {
  agendaItemRefSchema,
  agendaItemSchema,
  attendanceSchema,
  cancelMeetingSchema,
  createMeetingSchema,
  meetingRefSchema,
  moveAgendaItemSchema,
  replyAsMemberSchema,
  replyByTokenSchema,
  sendConvocationSchema,
  updateAgendaItemSchema,
  updateMeetingSchema,
} from "./schemas";
import { actionPlanReviewItem, indent, moveDown, moveUp, outdent } from "./domain/agenda";
import { checkMeetingEdit, transition, type MeetingField } from "./domain/lifecycle";
import { planAttendanceSave } from "./domain/attendance-save";
import { replyChoicesFor, validateReply } from "./domain/replies";
import { loadAttendanceSheet } from "./attendance-sheet";
import { notifyCancellation } from "./convocation";
import { resolvePresenters } from "./presenters";

/** Refuses an agenda change once the meeting is held or cancelled (minutes are written against it). */
async function assertAgendaEditable(tx: Tx, meetingId: string) {
  const meeting = await tx.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: { status: true } });
  const check = checkMeetingEdit(meeting.status, ["agenda"]);
  if (!check.ok) throw new ActionError("INVALID", check.reason);
}
import { sendConvocationFor } from "./convocation";
import { hashReplyToken } from "@/lib/mail/reply-token";

function meetingTimes(input: { date: string; startTime: string; endTime: string | null; closingTime?: string | null }) {
  return {
    startsAt: parisLocalToDate(`${input.date}T${input.startTime}`),
    endsAt: input.endTime ? parisLocalToDate(`${input.date}T${input.endTime}`) : null,
    closedAt: input.closingTime ? parisLocalToDate(`${input.date}T${input.closingTime}`) : null,
  };
}

/** The chair must be one of the prefecture's persons (never an id from another prefecture). */
async function assertChairInPrefecture(tx: Tx, prefectureId: string, chairPersonId: string | null) {
  if (!chairPersonId) return;
  const person = await tx.person.findFirst({ where: { id: chairPersonId, prefectureId }, select: { id: true } });
  if (!person) throw new ActionError("INVALID", "Cette personne n'est pas enregistrée dans la préfecture.", { chairPersonId: ["Choisissez une personne de la liste."] });
}

/** Positions of siblings after a change, written back in one pass. */
async function writePositions(tx: Tx, items: { id: string; parentId: string | null; position: number }[]) {
  for (const item of items) {
    await tx.agendaItem.update({ where: { id: item.id }, data: { parentId: item.parentId, position: item.position } });
  }
}

export const createMeeting = serverAction(
  defineAction({
    name: "meeting.create",
    verb: "meeting.manage",
    input: createMeetingSchema,
    resource: (input, db) => committeeResource(db, input.committeeId),
    async handler(ctx, input) {
      const actor = signedIn(ctx);
      if (ctx.resource.kind !== "committee") throw new ActionError("FORBIDDEN", "Comité invalide.");
      const { prefectureId } = ctx.resource;
      await assertChairInPrefecture(ctx.tx, prefectureId, input.chairPersonId);
      const meeting = await ctx.tx.meeting.create({
        data: {
          prefectureId,
          committeeId: input.committeeId,
          ...meetingTimes(input),
          room: input.room,
          place: input.place,
          mode: input.mode,
          chairPersonId: input.chairPersonId,
          chairLabel: input.chairLabel,
          numberingStyle: input.numberingStyle,
          statusChanges: { create: { from: null, to: "DRAFT", userId: actor.userId } },
        },
      });
      let copied = 0;
      let duplicated: { agendaItems: { isActionPlanReview: boolean }[] } | null = null;
      if (input.duplicateFromId) {
        duplicated = await ctx.tx.meeting.findFirst({ where: { id: input.duplicateFromId, prefectureId }, select: { agendaItems: { select: { isActionPlanReview: true } } } });
        if (!duplicated) throw new ActionError("NOT_FOUND", "La séance à dupliquer n'existe pas dans cette préfecture.");
      }
      // The loop between meetings (domain.md §8): the commitments of the last meeting come first
      // on the next one's agenda, unless the copied agenda already reviews them.
      const addReview = input.withActionPlanReview === true && !duplicated?.agendaItems.some((i) => i.isActionPlanReview);
      if (addReview) {
        await ctx.tx.agendaItem.create({ data: { meetingId: meeting.id, position: 0, ...actionPlanReviewItem() } });
      }
      if (input.duplicateFromId) {
        // Duplicate a previous meeting of the same prefecture: its agenda, presenters included.
        const source = await ctx.tx.meeting.findFirst({
          where: { id: input.duplicateFromId, prefectureId },
          include: { agendaItems: { include: { presenters: true } } },
        });
        if (!source) throw new ActionError("NOT_FOUND", "La séance à dupliquer n'existe pas dans cette préfecture.");
        const idMap = new Map<string, string>();
        const ordered = [...source.agendaItems].sort((a, b) => Number(!!a.parentId) - Number(!!b.parentId));
        for (const item of ordered) {
          const created = await ctx.tx.agendaItem.create({
            data: {
              meetingId: meeting.id,
              parentId: item.parentId ? (idMap.get(item.parentId) ?? null) : null,
              // Top-level items follow the review item when it was put first.
              position: item.parentId || !addReview ? item.position : item.position + 1,
              title: item.title,
              theme: item.theme,
              slideReference: item.slideReference,
              plannedMinutes: item.plannedMinutes,
              isActionPlanReview: item.isActionPlanReview,
              presenters: { create: item.presenters.map((p) => ({ personId: p.personId, label: p.label, position: p.position })) },
            },
          });
          idMap.set(item.id, created.id);
          copied += 1;
        }
      }
      await ctx.audit({
        action: "meeting.create",
        entityType: "Meeting",
        entityId: meeting.id,
        prefectureId,
        after: { ...input, agendaItemsCopied: copied, actionPlanReviewAdded: addReview },
      });
      return { id: meeting.id };
    },
  }),
);

export const updateMeeting = serverAction(
  defineAction({
    name: "meeting.update",
    verb: "meeting.manage",
    input: updateMeetingSchema,
    resource: (input, db) => meetingResource(db, input.id),
    async handler(ctx, input) {
      const before = await ctx.tx.meeting.findUniqueOrThrow({ where: { id: input.id } });
      if (before.committeeId !== input.committeeId) {
        const target = await ctx.tx.committee.findFirst({ where: { id: input.committeeId, prefectureId: before.prefectureId } });
        if (!target) throw new ActionError("INVALID", "Ce comité n'appartient pas à la préfecture.", { committeeId: ["Comité inconnu."] });
      }
      if (before.version !== input.version) {
        throw new ActionError(
          "CONFLICT",
          `Cette séance a été modifiée par quelqu'un d'autre pendant que vous la modifiiez. Vos saisies sont conservées dans le formulaire. ${describeDifferences(before, input)} Vérifiez puis enregistrez à nouveau pour remplacer la version actuelle.`,
          { _version: [String(before.version)] },
        );
      }
      const times = meetingTimes(input);
      const changed: MeetingField[] = [];
      if (before.committeeId !== input.committeeId) changed.push("committee");
      if (before.startsAt.getTime() !== times.startsAt.getTime() || !before.hasStartTime) changed.push("startsAt");
      if ((before.endsAt?.getTime() ?? null) !== (times.endsAt?.getTime() ?? null)) changed.push("endsAt");
      if (before.room !== input.room || before.place !== input.place) changed.push("location");
      if (before.mode !== input.mode) changed.push("mode");
      if (before.chairLabel !== input.chairLabel || before.chairPersonId !== input.chairPersonId) changed.push("chair");
      await assertChairInPrefecture(ctx.tx, before.prefectureId, input.chairPersonId);
      if (before.numberingStyle !== input.numberingStyle) changed.push("numberingStyle");
      const editCheck = checkMeetingEdit(before.status, changed);
      if (!editCheck.ok) throw new ActionError("INVALID", editCheck.reason);
      const data = {
        committeeId: input.committeeId,
        ...times,
        hasStartTime: true,
        room: input.room,
        place: input.place,
        mode: input.mode,
        chairPersonId: input.chairPersonId,
        chairLabel: input.chairLabel,
        numberingStyle: input.numberingStyle,
      };
      const { count } = await ctx.tx.meeting.updateMany({
        where: { id: input.id, prefectureId: before.prefectureId, version: input.version },
        data: { ...data, version: { increment: 1 } },
      });
      assertVersion(count);
      await ctx.audit({ action: "meeting.update", entityType: "Meeting", entityId: input.id, prefectureId: before.prefectureId, before, after: data });
      // Date, place or mode changed after the convocation: the members must be told again.
      return { id: input.id, version: input.version + 1, correctiveConvocation: editCheck.correctiveConvocation };
    },
  }),
);

const FIELD_LABELS: Record<string, string> = {
  startsAt: "date et heure de début",
  endsAt: "heure de fin",
  room: "salle",
  place: "lieu",
  mode: "modalité",
  chairLabel: "présidence",
  chairPersonId: "présidence",
  closedAt: "heure de clôture",
  numberingStyle: "numérotation",
  committeeId: "comité",
};

/** What the saved meeting holds that differs from what the user typed, in French. */
function describeDifferences(
  current: { startsAt: Date; endsAt: Date | null; closedAt: Date | null; room: string | null; place: string | null; mode: string; chairPersonId: string | null; chairLabel: string | null; numberingStyle: string; committeeId: string },
  typed: { date: string; startTime: string; endTime: string | null; closingTime: string | null; room: string | null; place: string | null; mode: string; chairPersonId: string | null; chairLabel: string | null; numberingStyle: string; committeeId: string },
): string {
  const typedTimes = meetingTimes(typed);
  const pairs: [string, unknown, unknown][] = [
    ["startsAt", current.startsAt.getTime(), typedTimes.startsAt.getTime()],
    ["endsAt", current.endsAt?.getTime() ?? null, typedTimes.endsAt?.getTime() ?? null],
    ["room", current.room, typed.room],
    ["place", current.place, typed.place],
    ["mode", current.mode, typed.mode],
    ["chairLabel", current.chairLabel, typed.chairLabel],
    ["chairPersonId", current.chairPersonId, typed.chairPersonId],
    ["closedAt", current.closedAt?.getTime() ?? null, typedTimes.closedAt?.getTime() ?? null],
    ["numberingStyle", current.numberingStyle, typed.numberingStyle],
    ["committeeId", current.committeeId, typed.committeeId],
  ];
  const differing = [...new Set(pairs.filter(([, a, b]) => a !== b).map(([k]) => FIELD_LABELS[k] ?? k))];
  const value = (k: "room" | "place" | "chairLabel") => (current[k] ? `« ${current[k]} »` : "vide");
  const details = differing.length
    ? `Champs dont la valeur enregistrée diffère de votre saisie : ${differing.join(", ")}` +
      (differing.includes("salle") ? ` (salle enregistrée : ${value("room")})` : "") +
      "."
    : "La version enregistrée a les mêmes valeurs que votre saisie.";
  return details;
}

export const addAgendaItem = serverAction(
  defineAction({
    name: "agenda.add",
    verb: "meeting.manage",
    input: agendaItemSchema,
    resource: (input, db) => meetingResource(db, input.meetingId),
    async handler(ctx, input) {
      const meeting = await ctx.tx.meeting.findUniqueOrThrow({ where: { id: input.meetingId } });
      await assertAgendaEditable(ctx.tx, meeting.id);
      const parentId = input.parentId ?? null;
      if (parentId) {
        const parent = await ctx.tx.agendaItem.findFirst({ where: { id: parentId, meetingId: meeting.id } });
        if (!parent) throw new ActionError("INVALID", "Le point parent n'appartient pas à cette séance.");
        if (parent.parentId) throw new ActionError("INVALID", "L'ordre du jour a deux niveaux : un sous-point ne peut pas avoir de sous-point.");
      }
      const siblings = await ctx.tx.agendaItem.count({ where: { meetingId: meeting.id, parentId } });
      const item = await ctx.tx.agendaItem.create({
        data: {
          meetingId: meeting.id,
          parentId,
          position: siblings,
          title: input.title,
          theme: input.theme,
          slideReference: input.slideReference,
          plannedMinutes: input.plannedMinutes,
          presenters: { create: await resolvePresenters(ctx.tx, meeting.prefectureId, input.presenters) },
        },
      });
      await ctx.audit({ action: "agenda.add", entityType: "AgendaItem", entityId: item.id, prefectureId: meeting.prefectureId, after: input });
      await ctx.tx.meeting.update({ where: { id: meeting.id }, data: { updatedAt: new Date() } });
      return { id: item.id };
    },
  }),
);

export const addActionPlanReview = serverAction(
  defineAction({
    name: "agenda.addActionPlanReview",
    verb: "meeting.manage",
    input: meetingRefSchema,
    resource: (input, db) => meetingResource(db, input.meetingId),
    async handler(ctx, input) {
      const meeting = await ctx.tx.meeting.findUniqueOrThrow({ where: { id: input.meetingId } });
      await assertAgendaEditable(ctx.tx, meeting.id);
      const existing = await ctx.tx.agendaItem.findFirst({ where: { meetingId: meeting.id, isActionPlanReview: true } });
      if (existing) throw new ActionError("INVALID", "L'ordre du jour contient déjà un point « Suivi du plan d'actions ».");
      const template = actionPlanReviewItem();
      const siblings = await ctx.tx.agendaItem.count({ where: { meetingId: meeting.id, parentId: null } });
      const item = await ctx.tx.agendaItem.create({
        data: { meetingId: meeting.id, position: siblings, title: template.title, theme: template.theme, isActionPlanReview: true },
      });
      await ctx.audit({ action: "agenda.addActionPlanReview", entityType: "AgendaItem", entityId: item.id, prefectureId: meeting.prefectureId });
      return { id: item.id };
    },
  }),
);

export const updateAgendaItem = serverAction(
  defineAction({
    name: "agenda.update",
    verb: "meeting.manage",
    input: updateAgendaItemSchema,
    resource: (input, db) => agendaItemResource(db, input.id),
    async handler(ctx, input) {
      const before = await ctx.tx.agendaItem.findUniqueOrThrow({ where: { id: input.id }, include: { meeting: true, presenters: true } });
      await assertAgendaEditable(ctx.tx, before.meetingId);
      const { count } = await ctx.tx.agendaItem.updateMany({
        where: { id: input.id, meetingId: before.meetingId, version: input.version },
        data: { title: input.title, theme: input.theme, slideReference: input.slideReference, plannedMinutes: input.plannedMinutes, version: { increment: 1 } },
      });
      assertVersion(count);
      await ctx.tx.agendaPresenter.deleteMany({ where: { agendaItemId: input.id } });
      const presenters = await resolvePresenters(ctx.tx, before.meeting.prefectureId, input.presenters);
      if (presenters.length) {
        await ctx.tx.agendaPresenter.createMany({ data: presenters.map((p) => ({ ...p, agendaItemId: input.id })) });
      }
      await ctx.audit({ action: "agenda.update", entityType: "AgendaItem", entityId: input.id, prefectureId: before.meeting.prefectureId, before, after: input });
      return { id: input.id };
    },
  }),
);

export const deleteAgendaItem = serverAction(
  defineAction({
    name: "agenda.delete",
    verb: "meeting.manage",
    input: agendaItemRefSchema,
    resource: (input, db) => agendaItemResource(db, input.id),
    async handler(ctx, input) {
      const before = await ctx.tx.agendaItem.findUniqueOrThrow({ where: { id: input.id }, include: { meeting: true, children: true, presenters: true } });
      await assertAgendaEditable(ctx.tx, before.meetingId);
      await ctx.tx.agendaItem.delete({ where: { id: input.id } });
      const rest = await ctx.tx.agendaItem.findMany({ where: { meetingId: before.meetingId, parentId: before.parentId }, orderBy: { position: "asc" } });
      await writePositions(ctx.tx, rest.map((r, position) => ({ id: r.id, parentId: r.parentId, position })));
      await ctx.audit({ action: "agenda.delete", entityType: "AgendaItem", entityId: input.id, prefectureId: before.meeting.prefectureId, before });
      return { id: input.id };
    },
  }),
);

export const moveAgendaItem = serverAction(
  defineAction({
    name: "agenda.move",
    verb: "meeting.manage",
    input: moveAgendaItemSchema,
    resource: (input, db) => agendaItemResource(db, input.id),
    async handler(ctx, input) {
      const item = await ctx.tx.agendaItem.findUniqueOrThrow({ where: { id: input.id }, include: { meeting: true } });
      await assertAgendaEditable(ctx.tx, item.meetingId);
      const flat = await ctx.tx.agendaItem.findMany({
        where: { meetingId: item.meetingId },
        select: { id: true, parentId: true, position: true, title: true, plannedMinutes: true },
      });
      const op = { up: moveUp, down: moveDown, indent, outdent }[input.move];
      const result = op(flat, input.id);
      if (!result.ok) throw new ActionError("INVALID", result.reason);
      await writePositions(ctx.tx, result.items);
      await ctx.audit({ action: "agenda.move", entityType: "AgendaItem", entityId: input.id, prefectureId: item.meeting.prefectureId, after: { move: input.move } });
      return { id: input.id };
    },
  }),
);

export const sendConvocation = serverAction(
  defineAction({
    name: "meeting.sendConvocation",
    verb: "meeting.manage",
    input: sendConvocationSchema,
    resource: (input, db) => meetingResource(db, input.meetingId),
    async handler(ctx, input) {
      const actor = signedIn(ctx);
      return sendConvocationFor(ctx, actor, input.meetingId, input.version);
    },
  }),
);

async function recordReply(
  tx: Tx,
  meetingId: string,
  personId: string,
  input: { response: "IN_PERSON" | "REMOTE" | "EXCUSED" | "REPRESENTED"; representativeName: string | null; comment: string | null },
) {
  const meeting = await tx.meeting.findUniqueOrThrow({ where: { id: meetingId } });
  // The domain's rules (domain/replies.ts), the ones the unit tests cover: when replies are
  // open, and what a reply must say.
  const checked = validateReply({ ...input, personId }, meeting, new Date());
  if (!checked.ok) {
    const field = { meeting: "_", response: "response", representative: "representativeName" }[checked.field];
    throw new ActionError("INVALID", checked.reason, checked.field === "meeting" ? undefined : { [field]: [checked.reason] });
  }
  if (!replyChoicesFor(meeting.mode).includes(checked.reply.response)) {
    throw new ActionError("INVALID", "Cette réponse ne correspond pas à la modalité de la séance (présentiel ou à distance).", {
      response: ["Choisissez l'une des réponses proposées."],
    });
  }
  const data = {
    response: checked.reply.response,
    representativeName: checked.reply.representativeName,
    comment: checked.reply.comment,
    respondedAt: new Date(),
  };
  const before = await tx.meetingReply.findUnique({ where: { meetingId_personId: { meetingId, personId } } });
  const reply = await tx.meetingReply.upsert({
    where: { meetingId_personId: { meetingId, personId } },
    create: { meetingId, personId, ...data },
    update: { ...data, version: { increment: 1 } },
  });
  return { meeting, before, reply };
}

export const replyByToken = serverAction(
  defineAction({
    name: "meeting.replyByToken",
    verb: "meeting.replyByInvitation",
    allowAnonymous: true,
    input: replyByTokenSchema,
    async resource(input, db) {
      const recipient = await db.convocationRecipient.findUnique({
        where: { tokenHash: hashReplyToken(input.token) },
        include: { convocation: { include: { meeting: true } } },
      });
      if (!recipient) return null;
      const m = recipient.convocation.meeting;
      return { kind: "invitation", prefectureId: m.prefectureId, committeeId: m.committeeId, valid: m.startsAt.getTime() > Date.now() };
    },
    async handler(ctx, input) {
      const recipient = await ctx.tx.convocationRecipient.findUniqueOrThrow({
        where: { tokenHash: hashReplyToken(input.token) },
        include: { convocation: true },
      });
      // The e-mailed link stays the member's until the meeting starts (the policy refuses it
      // then, and a newer convocation replaces the hash): following it again shows the current
      // answer and lets them change it. Rotating it made a second click on the e-mail say
      // "invalid". Trade-off: a forwarded e-mail can change the answer until the start; the
      // audit log keeps every change.
      const { meeting, before, reply } = await recordReply(ctx.tx, recipient.convocation.meetingId, recipient.personId, input);
      // When the member first answered through the link.
      await ctx.tx.convocationRecipient.updateMany({ where: { id: recipient.id, tokenUsedAt: null }, data: { tokenUsedAt: new Date() } });
      await ctx.audit({ action: "meeting.replyByToken", entityType: "MeetingReply", entityId: reply.id, prefectureId: meeting.prefectureId, before, after: reply });
      return { response: reply.response };
    },
  }),
);

export const replyAsMember = serverAction(
  defineAction({
    name: "meeting.replyAsMember",
    verb: "meeting.reply",
    input: replyAsMemberSchema,
    resource: (input, db) => meetingResource(db, input.meetingId),
    async handler(ctx, input) {
      const actor = signedIn(ctx);
      const meeting = await ctx.tx.meeting.findUniqueOrThrow({ where: { id: input.meetingId } });
      const person = await ctx.tx.person.findFirst({
        where: { userId: actor.userId, prefectureId: meeting.prefectureId, seats: { some: { committeeId: meeting.committeeId } } },
      });
      if (!person) throw new ActionError("FORBIDDEN", "Vous ne siégez pas dans ce comité : il n'y a pas de réponse à donner.");
      const { before, reply } = await recordReply(ctx.tx, meeting.id, person.id, input);
      await ctx.audit({ action: "meeting.replyAsMember", entityType: "MeetingReply", entityId: reply.id, prefectureId: meeting.prefectureId, before, after: reply });
      return { response: reply.response };
    },
  }),
);

export const saveAttendance = serverAction(
  defineAction({
    name: "meeting.saveAttendance",
    verb: "meeting.manage",
    input: attendanceSchema,
    resource: (input, db) => meetingResource(db, input.meetingId),
    async handler(ctx, input) {
      const actor = signedIn(ctx);
      const meeting = await ctx.tx.meeting.findUniqueOrThrow({ where: { id: input.meetingId } });
      if (meeting.status !== "CONVENED" && meeting.status !== "HELD") {
        throw new ActionError(
          "INVALID",
          meeting.status === "CANCELLED" ? "Cette séance est annulée." : "La séance doit d'abord être convoquée avant de saisir l'émargement.",
        );
      }
      // A sheet loaded before someone else saved: say so before judging its lines.
      if (meeting.version !== input.version) assertVersion(0);
      // The same lines as the form showed (lib/meetings/queries.ts getAttendanceSheet).
      const sheet = await loadAttendanceSheet(ctx.tx, meeting);
      const names = input.lines.map((l) => sheet.lines.find((s) => (l.attendanceId ? s.attendanceId === l.attendanceId : s.memberId === l.memberId))?.name);
      const plan = planAttendanceSave(sheet.recorded, sheet.openSeats, input.lines, (id) => sheet.representativeNames.get(id) ?? null, names);
      if (!plan.ok) {
        const fieldErrors: Record<string, string[]> = {};
        for (const p of plan.problems) (fieldErrors[`lines.${p.index}.${p.field}`] ??= []).push(p.message);
        throw new ActionError("INVALID", plan.message, fieldErrors);
      }
      // The sheet may be prepared before the start; the meeting becomes « tenue » only once it
      // has started (the lifecycle refuses HELD earlier, and HELD freezes date and agenda).
      const becomesHeld = meeting.status === "CONVENED" && transition("CONVENED", "HELD", { now: new Date(), startsAt: meeting.startsAt }).ok;
      const changed = plan.updates.length + plan.creates.length;
      const { count } = await ctx.tx.meeting.updateMany({
        where: { id: meeting.id, version: input.version, status: meeting.status },
        data: changed || becomesHeld ? { version: { increment: 1 }, ...(becomesHeld ? { status: "HELD" as const } : {}) } : {},
      });
      assertVersion(count);
      for (const update of plan.updates) {
        await ctx.tx.attendance.update({ where: { id: update.id, meetingId: meeting.id }, data: { ...update.data, version: { increment: 1 } } });
      }
      let position = sheet.nextPosition;
      for (const create of plan.creates) {
        const seat = sheet.seats.get(create.memberId);
        if (!seat) throw new ActionError("INVALID", "Une ligne d'émargement ne correspond à aucun siège du comité.");
        await ctx.tx.attendance.create({
          data: {
            meetingId: meeting.id,
            memberId: seat.id,
            personId: seat.personId,
            organizationId: seat.organizationId,
            seatLabel: seat.seatLabel,
            college: seat.college,
            organizationSnapshot: seat.person?.organization?.name ?? seat.organization?.name ?? null,
            ...create.data,
            functionSnapshot: create.data.functionSnapshot ?? seat.person?.function ?? null,
            position: position++,
          },
        });
      }
      if (becomesHeld) {
        await ctx.tx.meetingStatusChange.create({ data: { meetingId: meeting.id, from: meeting.status, to: "HELD", userId: actor.userId } });
      }
      await ctx.audit({
        action: "meeting.saveAttendance",
        entityType: "Meeting",
        entityId: meeting.id,
        prefectureId: meeting.prefectureId,
        before: sheet.recorded.filter((r) => plan.updates.some((u) => u.id === r.id)),
        after: { updated: plan.updates, created: plan.creates },
      });
      const version = changed || becomesHeld ? input.version + 1 : input.version;
      return { version, held: becomesHeld || meeting.status === "HELD", updated: plan.updates.length, created: plan.creates.length };
    },
  }),
);

export const cancelMeeting = serverAction(
  defineAction({
    name: "meeting.cancel",
    verb: "meeting.manage",
    input: cancelMeetingSchema,
    resource: (input, db) => meetingResource(db, input.meetingId),
    async handler(ctx, input) {
      const actor = signedIn(ctx);
      const meeting = await ctx.tx.meeting.findUniqueOrThrow({ where: { id: input.meetingId } });
      const allowed = transition(meeting.status, "CANCELLED");
      if (!allowed.ok) throw new ActionError("INVALID", allowed.reason);
      const { count } = await ctx.tx.meeting.updateMany({
        where: { id: meeting.id, prefectureId: meeting.prefectureId, version: input.version },
        data: { status: "CANCELLED", version: { increment: 1 } },
      });
      assertVersion(count);
      await ctx.tx.meetingStatusChange.create({ data: { meetingId: meeting.id, from: meeting.status, to: "CANCELLED", userId: actor.userId } });
      // Members already convened are told, through the same outbox as the convocation.
      const notified = meeting.status === "CONVENED" ? await notifyCancellation(ctx, meeting.id, input.reason) : 0;
      await ctx.audit({
        action: "meeting.cancel",
        entityType: "Meeting",
        entityId: meeting.id,
        prefectureId: meeting.prefectureId,
        before: { status: meeting.status },
        after: { status: "CANCELLED", reason: input.reason, notified },
      });
      return { notified };
    },
  }),
);
