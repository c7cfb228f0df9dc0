// The meeting actions on a real database: create, optimistic locking, agenda, convocation
// to the outbox (no SMTP here), replies through the link, attendance.
import { beforeAll, describe, expect, it } from "vitest";
import {
  addAgendaItem,
  cancelMeeting,
  createMeeting,
  moveAgendaItem,
  replyByToken,
  saveAttendance,
  sendConvocation,
  updateMeeting,
} from "@/lib/meetings/actions";
import type { Actor } from "@/lib/auth/policy";
import { actorFor, testDb, withDemoData } from "./support";

const db = testDb();
let referent: Actor;
let committeeId: string;

beforeAll(async () => {
  await withDemoData(db);
  referent = await actorFor(db, "referent.86@example.org");
  committeeId = (await db.committee.findFirstOrThrow({ where: { prefecture: { code: "86" } } })).id;
});

const fields = () => ({
  committeeId,
  date: "2031-01-16",
  startTime: "10:00",
  endTime: "12:00",
  room: "Salle Marzellier",
  place: null,
  mode: "HYBRID" as const,
  chairLabel: "M. le secrétaire général",
  numberingStyle: "ROMAN_LETTERS" as const,
});

async function convene(meetingId: string) {
  const { version } = await db.meeting.findUniqueOrThrow({ where: { id: meetingId } });
  return sendConvocation.built.execute(db, referent, { meetingId, version });
}

async function newMeeting() {
  const created = await createMeeting.built.execute(db, referent, fields());
  if (!created.ok) throw new Error(created.error);
  return created.data.id;
}

describe("meeting actions", () => {
  it("creates a meeting in Paris time and records who did it", async () => {
    const id = await newMeeting();
    const meeting = await db.meeting.findUniqueOrThrow({ where: { id }, include: { statusChanges: true } });
    expect(meeting.startsAt.toISOString()).toBe("2031-01-16T09:00:00.000Z");
    expect(meeting.status).toBe("DRAFT");
    expect(meeting.statusChanges[0]?.userId).toBe(referent.userId);
    expect(await db.auditLog.count({ where: { entityId: id, action: "meeting.create" } })).toBe(1);
  });

  it("refuses an end before the start, in French, next to the field", async () => {
    const result = await createMeeting.built.execute(db, referent, { ...fields(), endTime: "09:00" });
    expect(result).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { endTime: ["L'heure de fin doit être après l'heure de début."] } });
  });

  it("gives the second of two concurrent editors a conflict that names what differs", async () => {
    const id = await newMeeting();
    const first = await updateMeeting.built.execute(db, referent, { ...fields(), id, version: 1, room: "Grand Salon" });
    expect(first).toMatchObject({ ok: true, data: { version: 2 } });
    const second = await updateMeeting.built.execute(db, referent, { ...fields(), id, version: 1, room: "Salle 3" });
    expect(second).toMatchObject({ ok: false, code: "CONFLICT" });
    if (second.ok) return;
    expect(second.error).toContain("modifiée par quelqu'un d'autre");
    expect(second.error).toContain("salle enregistrée : « Grand Salon »");
    expect((await db.meeting.findUniqueOrThrow({ where: { id } })).room).toBe("Grand Salon");
  });

  it("builds and reorders a two-level agenda, refusing a third level", async () => {
    const meetingId = await newMeeting();
    const add = async (title: string, parentId?: string) => {
      const r = await addAgendaItem.built.execute(db, referent, { meetingId, title, parentId });
      if (!r.ok) throw new Error(r.error);
      return r.data.id;
    };
    const first = await add("Accueil");
    const second = await add("Qual-e-Pref");
    const sub = await add("Engagements", second);
    expect(await addAgendaItem.built.execute(db, referent, { meetingId, title: "Trop profond", parentId: sub })).toMatchObject({ ok: false, code: "INVALID" });
    expect(await moveAgendaItem.built.execute(db, referent, { id: second, move: "up" })).toMatchObject({ ok: true });
    const items = await db.agendaItem.findMany({ where: { meetingId }, orderBy: { position: "asc" } });
    expect(items.filter((i) => !i.parentId).map((i) => i.title)).toEqual(["Qual-e-Pref", "Accueil"]);
    expect(await moveAgendaItem.built.execute(db, referent, { id: sub, move: "indent" })).toMatchObject({ ok: false });
    expect(await moveAgendaItem.built.execute(db, referent, { id: first, move: "indent" })).toMatchObject({ ok: true });
    expect((await db.agendaItem.findUniqueOrThrow({ where: { id: first } })).parentId).toBe(second);
    // A presenter typed as a known person of the prefecture is linked to that person.
    const withPresenters = await addAgendaItem.built.execute(db, referent, {
      meetingId,
      title: "Accueil téléphonique",
      presenters: "Mme Angélique SAUVAIRE; les services de l'État",
    });
    if (!withPresenters.ok) throw new Error(withPresenters.error);
    const presenters = await db.agendaPresenter.findMany({ where: { agendaItemId: withPresenters.data.id }, include: { person: true }, orderBy: { position: "asc" } });
    expect(presenters.map((p) => [p.person?.lastName ?? null, p.label])).toEqual([["SAUVAIRE", null], [null, "les services de l'État"]]);
  });

  it("sends the convocation to the outbox, one personal link per member, and takes replies through it", async () => {
    const meetingId = await newMeeting();
    expect(await convene(meetingId)).toMatchObject({ ok: false, code: "INVALID" }); // empty agenda
    await addAgendaItem.built.execute(db, referent, { meetingId, title: "Point unique" });
    const sent = await convene(meetingId);
    expect(sent).toMatchObject({ ok: true, data: { smtpConfigured: false } });
    if (!sent.ok) return;
    const recipients = await db.convocationRecipient.findMany({
      where: { convocationId: sent.data.convocationId },
      include: { outboxMessage: true, person: true },
    });
    expect(recipients.length).toBe(sent.data.recipients);
    expect(recipients.length).toBeGreaterThan(10);
    // Without SMTP nothing pretends to be sent.
    expect(recipients.every((r) => r.outboxMessage && r.outboxMessage.sentAt === null)).toBe(true);
    expect((await db.meeting.findUniqueOrThrow({ where: { id: meetingId } })).status).toBe("CONVENED");

    const prempain = recipients.find((r) => r.person.lastName === "PREMPAIN")!;
    const token = /\/reponse\/([A-Za-z0-9_-]+)/.exec(prempain.outboxMessage!.text)?.[1];
    expect(token).toBeDefined();
    // the token itself is never stored
    expect(prempain.tokenHash).not.toBe(token);

    const missingName = await replyByToken.built.execute(db, null, { token, response: "REPRESENTED" });
    expect(missingName).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { representativeName: ["Indiquez la personne qui vous représentera."] } });
    const ok = await replyByToken.built.execute(db, null, { token, response: "REPRESENTED", representativeName: "Mme Annie MARTIN" });
    expect(ok).toMatchObject({ ok: true, data: { response: "REPRESENTED" } });
    if (!ok.ok) return;
    // The e-mail's link keeps working until the meeting starts: a second click changes the answer.
    const changed = await replyByToken.built.execute(db, null, { token, response: "EXCUSED" });
    expect(changed).toMatchObject({ ok: true });
    if (!changed.ok) return;
    const reply = await db.meetingReply.findUniqueOrThrow({ where: { meetingId_personId: { meetingId, personId: prempain.personId } } });
    expect(reply).toMatchObject({ response: "EXCUSED", representativeName: null, version: 2 });

    // Once the meeting has started, the link no longer works.
    await db.meeting.update({ where: { id: meetingId }, data: { startsAt: new Date(Date.now() - 60_000) } });
    expect(await replyByToken.built.execute(db, null, { token, response: "IN_PERSON" })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });

  it("saves the attendance once, marks the meeting held, and refuses a stale sheet", async () => {
    const meetingId = await newMeeting();
    const draftSeat = await db.member.findFirstOrThrow({ where: { committeeId } });
    // Not before the convocation
    expect(await saveAttendance.built.execute(db, referent, { meetingId, version: 1, lines: [{ memberId: draftSeat.id, status: "PRESENT" }] })).toMatchObject({
      ok: false,
      code: "INVALID",
    });
    await addAgendaItem.built.execute(db, referent, { meetingId, title: "Point unique" });
    expect(await convene(meetingId)).toMatchObject({ ok: true });
    // Prepared before the start: saved, the meeting stays convened
    const early = await db.meeting.findUniqueOrThrow({ where: { id: meetingId } });
    expect(
      await saveAttendance.built.execute(db, referent, { meetingId, version: early.version, lines: [{ memberId: draftSeat.id, status: "PRESENT" }] }),
    ).toMatchObject({ ok: true, data: { held: false } });
    expect((await db.meeting.findUniqueOrThrow({ where: { id: meetingId } })).status).toBe("CONVENED");
    // The meeting has started (moved into the past directly in the database)
    await db.meeting.update({ where: { id: meetingId }, data: { startsAt: new Date(Date.now() - 3600_000), endsAt: null } });
    const current = (await db.meeting.findUniqueOrThrow({ where: { id: meetingId } })).version;
    const seats = await db.member.findMany({ where: { committeeId }, take: 3, orderBy: { createdAt: "asc" } });
    // A seat that already has a line is sent as that line (attendanceId), the others as seats.
    const recorded = await db.attendance.findMany({ where: { meetingId } });
    const lines = seats.map((s, i) => {
      const line = recorded.find((a) => a.memberId === s.id);
      return {
        ...(line ? { attendanceId: line.id } : { memberId: s.id }),
        status: (["PRESENT", "REMOTE", "REPRESENTED"] as const)[i]!,
        representedByLabel: i === 2 ? "M. Jean DUPONT" : null,
      };
    });
    const saved = await saveAttendance.built.execute(db, referent, { meetingId, version: current, lines });
    expect(saved).toMatchObject({ ok: true, data: { version: current + 1, held: true } });
    const meeting = await db.meeting.findUniqueOrThrow({ where: { id: meetingId }, include: { attendances: true } });
    expect(meeting.status).toBe("HELD");
    expect(meeting.attendances.map((a) => a.status).sort()).toEqual(["PRESENT", "REMOTE", "REPRESENTED"]);
    expect(meeting.attendances.find((a) => a.status === "REPRESENTED")?.representedByLabel).toBe("M. Jean DUPONT");
    const stale = await saveAttendance.built.execute(db, referent, { meetingId, version: current, lines });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    const first = meeting.attendances.find((a) => a.memberId === seats[0]!.id)!;
    const missing = await saveAttendance.built.execute(db, referent, { meetingId, version: current + 1, lines: [{ attendanceId: first.id, status: "REPRESENTED" }] });
    expect(missing).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { "lines.0.representedBy": [expect.stringContaining("Ligne 1")] } });
    const twice = await saveAttendance.built.execute(db, referent, { meetingId, version: current + 1, lines: [{ attendanceId: first.id, status: "PRESENT" }, { attendanceId: first.id, status: "PRESENT" }] });
    expect(twice).toMatchObject({ ok: false, code: "INVALID" });
    // Once held, the date and the agenda are what the minutes are written against.
    const moved = await updateMeeting.built.execute(db, referent, { ...fields(), id: meetingId, version: current + 1, date: "2031-01-17" });
    expect(moved).toMatchObject({ ok: false, code: "INVALID" });
    if (!moved.ok) expect(moved.error).toContain("la séance a eu lieu");
    expect(await addAgendaItem.built.execute(db, referent, { meetingId, title: "Trop tard" })).toMatchObject({ ok: false, code: "INVALID" });
  });

  it("asks for a corrective convocation when the date of a convened meeting changes", async () => {
    const meetingId = await newMeeting();
    await addAgendaItem.built.execute(db, referent, { meetingId, title: "Point unique" });
    expect(await convene(meetingId)).toMatchObject({ ok: true });
    const version = (await db.meeting.findUniqueOrThrow({ where: { id: meetingId } })).version;
    const moved = await updateMeeting.built.execute(db, referent, { ...fields(), id: meetingId, version, startTime: "10:30" });
    expect(moved).toMatchObject({ ok: true, data: { correctiveConvocation: true } });
    const chair = await updateMeeting.built.execute(db, referent, { ...fields(), id: meetingId, version: version + 1, startTime: "10:30", chairLabel: "Mme la préfète" });
    expect(chair).toMatchObject({ ok: true, data: { correctiveConvocation: false } });
  });

  it("cancels a convened meeting, tells the convened members, and then refuses every change", async () => {
    const meetingId = await newMeeting();
    await addAgendaItem.built.execute(db, referent, { meetingId, title: "Point unique" });
    const sent = await convene(meetingId);
    if (!sent.ok) throw new Error(sent.error);
    const version = (await db.meeting.findUniqueOrThrow({ where: { id: meetingId } })).version;
    const cancelled = await cancelMeeting.built.execute(db, referent, { meetingId, version, reason: "Préfète indisponible" });
    expect(cancelled).toMatchObject({ ok: true, data: { notified: sent.data.recipients } });
    const meeting = await db.meeting.findUniqueOrThrow({ where: { id: meetingId } });
    expect(meeting.status).toBe("CANCELLED");
    const notices = await db.outboxMessage.findMany({ where: { subject: { startsWith: "Annulation" }, text: { contains: "Préfète indisponible" } } });
    expect(notices.length).toBe(sent.data.recipients);
    expect(await cancelMeeting.built.execute(db, referent, { meetingId, version: meeting.version })).toMatchObject({ ok: false, code: "INVALID" });
    expect(await addAgendaItem.built.execute(db, referent, { meetingId, title: "Après coup" })).toMatchObject({ ok: false, code: "INVALID" });
  });
});
