// Attendance saves lose nothing: every seeded meeting saved unchanged stays identical, recorded
// lines keep the columns the form does not edit, an empty or partial save deletes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { addAgendaItem, createMeeting, saveAttendance, sendConvocation } from "@/lib/meetings/actions";
import { getMeetingDocumentData } from "@/lib/meetings/queries";
import { loadAttendanceSheet } from "@/lib/meetings/attendance-sheet";
import { submittedLinesOf } from "@/lib/meetings/domain";
import type { Actor } from "@/lib/auth/policy";
import { actorFor, testDb, withDemoData } from "./support";

const db = testDb();
const referents: Record<string, Actor> = {};

beforeAll(async () => {
  await withDemoData(db);
  for (const code of ["86", "16", "88"]) referents[code] = await actorFor(db, `referent.${code}@example.org`);
});

/** What the form sends when the user changes nothing (the form's own mapping). */
const formLines = (sheet: Awaited<ReturnType<typeof loadAttendanceSheet>>) => submittedLinesOf(sheet.lines);

async function seededMeetings() {
  return db.meeting.findMany({
    where: { prefecture: { code: { in: ["86", "16", "88"] } }, status: "HELD", startsAt: { lt: new Date("2024-01-01") } },
    include: { prefecture: { select: { code: true } } },
    orderBy: { startsAt: "asc" },
  });
}

const snapshot = (meetingId: string) => db.attendance.findMany({ where: { meetingId }, orderBy: { id: "asc" } });

describe("attendance: nothing is lost", () => {
  it("saves each seeded meeting's sheet unchanged and every recorded line stays identical", async () => {
    const meetings = await seededMeetings();
    expect(meetings.map((m) => m.startsAt.toISOString().slice(0, 10))).toEqual(["2021-05-06", "2022-04-05", "2022-12-07", "2023-01-24"]);
    for (const meeting of meetings) {
      const before = await snapshot(meeting.id);
      const sheet = await loadAttendanceSheet(db, meeting);
      // Every recorded line is on the form (the Vosges sheet showed none of its 19 lines).
      expect(sheet.lines.filter((l) => l.attendanceId).length).toBe(before.length);
      const result = await saveAttendance.built.execute(db, referents[meeting.prefecture.code]!, {
        meetingId: meeting.id,
        version: meeting.version,
        lines: formLines(sheet),
      });
      expect(result, `séance du ${meeting.startsAt.toISOString()}`).toMatchObject({ ok: true, data: { updated: 0 } });
      const after = await snapshot(meeting.id);
      // Recorded lines: identical, column by column (chair flag, remarks, representatives,
      // organisation snapshots, versions).
      expect(after.filter((a) => before.some((b) => b.id === a.id))).toEqual(before);
      // New lines only for seats that had none and that the form pre-filled (a meeting with no
      // published list); a held meeting's recorded attendance gets no line by itself.
      expect(after.length - before.length).toBe(sheet.lines.filter((l) => !l.attendanceId && !(l.optional && l.status === null)).length);
      if (before.length > 0) expect(after.length).toBe(before.length);
      // Leave the demo data as published for the other test files (one database per run).
      await db.attendance.deleteMany({ where: { meetingId: meeting.id, id: { notIn: before.map((b) => b.id) } } });
      await db.meeting.update({ where: { id: meeting.id }, data: { version: meeting.version } });
    }
  });

  it("keeps the stored 'représenté(e) par' links of the Vienne meeting of 6 May 2021", async () => {
    const meeting = (await seededMeetings())[0]!;
    const represented = await db.attendance.findMany({ where: { meetingId: meeting.id, status: "REPRESENTED" } });
    expect(represented.length).toBeGreaterThan(0);
    expect(represented.every((a) => a.representedByPersonId || a.representedByLabel)).toBe(true);
    const sheet = await loadAttendanceSheet(db, meeting);
    // Pre-filled from the link: the form does not ask for them again.
    for (const a of represented) expect(sheet.lines.find((l) => l.attendanceId === a.id)?.representedByLabel).toBeTruthy();
  });

  it("refuses an empty save over recorded lines, and a partial save deletes nothing", async () => {
    const meeting = (await seededMeetings())[2]!; // Vosges, 8 December 2022
    const before = await snapshot(meeting.id);
    expect(before.length).toBeGreaterThan(10);
    const empty = await saveAttendance.built.execute(db, referents["88"]!, { meetingId: meeting.id, version: meeting.version, lines: [] });
    expect(empty).toMatchObject({ ok: false, code: "INVALID" });
    expect(await snapshot(meeting.id)).toEqual(before);

    const target = before.find((a) => a.status !== "EXCUSED" && !a.isChair)!;
    const partial = await saveAttendance.built.execute(db, referents["88"]!, {
      meetingId: meeting.id,
      version: meeting.version,
      lines: [{ attendanceId: target.id, status: "EXCUSED", functionSnapshot: target.functionSnapshot, remark: "prévenu la veille" }],
    });
    expect(partial).toMatchObject({ ok: true, data: { updated: 1, created: 0 } });
    const after = await snapshot(meeting.id);
    expect(after).toHaveLength(before.length);
    const changed = after.find((a) => a.id === target.id)!;
    expect(changed).toMatchObject({
      status: "EXCUSED",
      remark: "prévenu la veille",
      isChair: target.isChair,
      organizationSnapshot: target.organizationSnapshot,
      college: target.college,
      memberId: target.memberId,
      version: target.version + 1,
    });
    expect(after.filter((a) => a.id !== target.id)).toEqual(before.filter((a) => a.id !== target.id));
    // Back as published, for the other test files.
    const { id: _id, meetingId: _meetingId, ...published } = target;
    await db.attendance.update({ where: { id: target.id }, data: published });
    await db.meeting.update({ where: { id: meeting.id }, data: { version: meeting.version } });
  });

  it("names the line that is wrong", async () => {
    const meeting = (await seededMeetings())[1]!; // Charente
    const sheet = await loadAttendanceSheet(db, meeting);
    const lines = formLines(sheet);
    lines[2] = { ...lines[2]!, status: "REPRESENTED", representedByLabel: null };
    const result = await saveAttendance.built.execute(db, referents["16"]!, { meetingId: meeting.id, version: meeting.version, lines });
    expect(result).toMatchObject({ ok: false, code: "INVALID", error: "1 ligne à corriger avant d'enregistrer." });
    if (!result.ok) expect(result.fieldErrors?.["lines.2.representedBy"]?.[0]).toBe(`Ligne 3 — ${sheet.lines[2]!.name} : Indiquez la personne qui représente ce membre.`);
  });

  it("one 'current on the meeting's day' rule: a seat starting the day after is neither convened nor on the sheet", async () => {
    const referent = referents["86"]!;
    const committee = await db.committee.findFirstOrThrow({ where: { prefecture: { code: "86" } } });
    const created = await createMeeting.built.execute(db, referent, {
      committeeId: committee.id, date: "2031-03-12", startTime: "10:00", endTime: null, room: null, place: null,
      mode: "IN_PERSON", chairLabel: null, numberingStyle: "DECIMAL",
    });
    if (!created.ok) throw new Error(created.error);
    const meetingId = created.data.id;
    await addAgendaItem.built.execute(db, referent, { meetingId, title: "Point unique" });
    const person = await db.person.create({ data: { prefectureId: committee.prefectureId, lastName: "LENDEMAIN", firstName: "Léa", email: "lea.lendemain@example.org" } });
    const later = await db.member.create({ data: { committeeId: committee.id, personId: person.id, college: "USERS", startsOn: new Date("2031-03-13T00:00:00Z") } });
    const ending = await db.member.create({
      data: { committeeId: committee.id, seatLabel: "Siège qui finit le jour même", college: "USERS", startsOn: new Date("2030-01-01T00:00:00Z"), endsOn: new Date("2031-03-12T00:00:00Z") },
    });
    const meeting = await db.meeting.findUniqueOrThrow({ where: { id: meetingId } });
    expect(await sendConvocation.built.execute(db, referent, { meetingId, version: meeting.version })).toMatchObject({ ok: true });
    const recipients = await db.convocationRecipient.findMany({ where: { convocation: { meetingId } } });
    expect(recipients.some((r) => r.personId === person.id)).toBe(false);
    const data = await getMeetingDocumentData(committee.prefectureId, meetingId);
    expect(data?.participants.some((p) => p.name.includes("LENDEMAIN"))).toBe(false);
    expect(data?.participants.some((p) => p.name === "Siège qui finit le jour même")).toBe(true); // the last day is included
    const sheet = await loadAttendanceSheet(db, await db.meeting.findUniqueOrThrow({ where: { id: meetingId } }));
    expect(sheet.lines.some((l) => l.memberId === later.id)).toBe(false);
    expect(sheet.lines.some((l) => l.memberId === ending.id)).toBe(true);
    await db.member.deleteMany({ where: { id: { in: [later.id, ending.id] } } });
  });

  it("a seat back-dated after the attendance was recorded is offered, not added by itself", async () => {
    const meeting = (await seededMeetings())[0]!; // Vienne, 6 May 2021, recorded
    const before = await snapshot(meeting.id);
    const seat = await db.member.create({
      data: { committeeId: meeting.committeeId, seatLabel: "Siège ajouté après coup", college: "USERS", startsOn: new Date("2020-02-01T00:00:00Z") },
    });
    const sheet = await loadAttendanceSheet(db, meeting);
    expect(sheet.lines.find((l) => l.memberId === seat.id)).toMatchObject({ attendanceId: null, optional: true, status: null });
    // Saved unchanged: nothing added
    expect(await saveAttendance.built.execute(db, referents["86"]!, { meetingId: meeting.id, version: meeting.version, lines: formLines(sheet) })).toMatchObject({
      ok: true,
      data: { updated: 0, created: 0 },
    });
    expect(await snapshot(meeting.id)).toEqual(before);
    // Given a status: added
    const lines = formLines({ ...sheet, lines: sheet.lines.map((l) => (l.memberId === seat.id ? { ...l, status: "ABSENT" as const } : l)) });
    expect(await saveAttendance.built.execute(db, referents["86"]!, { meetingId: meeting.id, version: meeting.version, lines })).toMatchObject({
      ok: true,
      data: { created: 1 },
    });
    await db.attendance.deleteMany({ where: { memberId: seat.id } });
    await db.member.delete({ where: { id: seat.id } });
    await db.meeting.update({ where: { id: meeting.id }, data: { version: meeting.version } });
  });
});
