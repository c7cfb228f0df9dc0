// What a meeting was on its day: the committee's kind and name then (the Vienne committee was a
// CLU in 2021 and the joint CLU-CLAC from 2023), the chair as a person with her title, and the
// closing time as a fact.
import { beforeAll, describe, expect, it } from "vitest";
import { getMeetingDocumentData, getMeetingHub, listMeetings } from "@/lib/meetings/queries";
import { createMeeting, updateMeeting } from "@/lib/meetings/actions";
import { actorFor, testDb, withDemoData } from "./support";

const db = testDb();
let vienne: { id: string };

beforeAll(async () => {
  await withDemoData(db);
  vienne = await db.prefecture.findUniqueOrThrow({ where: { code: "86" }, select: { id: true } });
});

async function vienneMeeting(day: string) {
  return db.meeting.findFirstOrThrow({
    where: { prefectureId: vienne.id, startsAt: { gte: new Date(`${day}T00:00:00+02:00`), lt: new Date(`${day}T23:59:59+01:00`) } },
  });
}

describe("a meeting as it was on its day", () => {
  it("the 2021 Vienne meeting was a CLU's, the 2023 one the joint CLU-CLAC's", async () => {
    const m2021 = await vienneMeeting("2021-05-06");
    const m2023 = await vienneMeeting("2023-01-24");
    expect((await getMeetingDocumentData(vienne.id, m2021.id))?.committee).toEqual({ kind: "CLU", name: "Comité local des usagers de la Vienne" });
    expect((await getMeetingHub(vienne.id, m2023.id))?.committee).toMatchObject({ kind: "CLU_CLAC" });
    const list = await listMeetings(vienne.id, await actorFor(db, "referent.86@example.org"));
    expect(list.find((m) => m.id === m2021.id)?.committee.name).toBe("Comité local des usagers de la Vienne");
  });

  it("prints the chair as a person with her title, and the closing time as a fact", async () => {
    const m2021 = await vienneMeeting("2021-05-06");
    const data = await getMeetingDocumentData(vienne.id, m2021.id);
    expect(data?.meeting.chair).toBe("Mme Chantal CASTELNOT, préfète de la Vienne");
    expect(m2021.endsAt).toBeNull();
    expect(m2021.closedAt?.toISOString()).toBe("2021-05-06T13:50:00.000Z"); // 15h50 in Paris
  });

  it("the meeting form names the chair among the prefecture's persons and records the closing time", async () => {
    const referent = await actorFor(db, "referent.86@example.org");
    const committee = await db.committee.findFirstOrThrow({ where: { prefectureId: vienne.id } });
    const castelnot = await db.person.findFirstOrThrow({ where: { prefectureId: vienne.id, lastName: "CASTELNOT" } });
    const stranger = await db.person.findFirstOrThrow({ where: { prefecture: { code: "16" } } });
    const fields = {
      committeeId: committee.id, date: "2031-05-06", startTime: "14:30", endTime: "16:30", room: null, place: null,
      mode: "IN_PERSON" as const, chairPersonId: castelnot.id, chairLabel: "Préfète de la Vienne", numberingStyle: "ROMAN_LETTERS" as const,
    };
    // A person of another prefecture is refused, on the field
    expect(await createMeeting.built.execute(db, referent, { ...fields, chairPersonId: stranger.id })).toMatchObject({
      ok: false, code: "INVALID", fieldErrors: { chairPersonId: ["Choisissez une personne de la liste."] },
    });
    const created = await createMeeting.built.execute(db, referent, fields);
    if (!created.ok) throw new Error(created.error);
    expect((await getMeetingDocumentData(vienne.id, created.data.id))?.meeting.chair).toBe("Mme Chantal CASTELNOT, préfète de la Vienne");
    // Closed before it started: refused next to the field; then the real closing time
    expect(await updateMeeting.built.execute(db, referent, { ...fields, id: created.data.id, version: 1, closingTime: "14:00" })).toMatchObject({
      ok: false, code: "INVALID", fieldErrors: { closingTime: ["La séance ne peut pas être levée avant son début."] },
    });
    expect(await updateMeeting.built.execute(db, referent, { ...fields, id: created.data.id, version: 1, closingTime: "15:50" })).toMatchObject({ ok: true });
    const saved = await db.meeting.findUniqueOrThrow({ where: { id: created.data.id } });
    expect(saved.closedAt?.toISOString()).toBe("2031-05-06T13:50:00.000Z");
    expect(saved.chairPersonId).toBe(castelnot.id);
  });
});
