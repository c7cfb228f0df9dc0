import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  REPRESENTATIVE_NAME_MAX_LENGTH,
  isMeetingOver,
  prefillAttendance,
  replyClosedReason,
  replyToAttendanceStatus,
  validateAttendanceLine,
  validateReply,
  type MeetingStatus,
  type PrefillMember,
  type PrefillReply,
  type ReplyResponse,
} from "@/lib/meetings/domain";
import { REPLY_RESPONSES, REPLY_RESPONSE_LABELS } from "@/lib/meetings/vocabulary";

const startsAt = new Date("2021-05-06T12:30:00Z");
const before = new Date("2021-05-06T12:29:59Z");
const convened = { status: "CONVENED" as const, startsAt };

describe("when a reply may be given", () => {
  it("is open for a convened meeting until it starts", () => {
    expect(replyClosedReason(convened, new Date("2021-04-01T08:00:00Z"))).toBeNull();
    expect(replyClosedReason(convened, before)).toBeNull();
  });

  it("closes when the meeting starts", () => {
    const reason = "La séance a commencé : il n'est plus possible de répondre ou de modifier sa réponse.";
    expect(replyClosedReason(convened, startsAt)).toBe(reason);
    expect(replyClosedReason(convened, new Date("2021-05-07T00:00:00Z"))).toBe(reason);
  });

  it("is closed in every other state, even before the start", () => {
    const cases: [MeetingStatus, string][] = [
      ["DRAFT", "La convocation à cette séance n'a pas encore été envoyée."],
      ["CANCELLED", "Cette séance a été annulée."],
      ["HELD", "Cette séance a déjà eu lieu."],
    ];
    for (const [status, reason] of cases) {
      expect(replyClosedReason({ status, startsAt }, before)).toBe(reason);
      expect(validateReply({ response: "IN_PERSON" }, { status, startsAt }, before)).toEqual({ ok: false, reason, field: "meeting" });
    }
  });
});

describe("validateReply", () => {
  it("accepts the plain responses, trims the comment and clears empty fields", () => {
    for (const response of ["IN_PERSON", "REMOTE", "EXCUSED"] as const) {
      expect(validateReply({ response, comment: "  Je serai en retard. ", representativeName: "   " }, convened, before)).toEqual({
        ok: true,
        reply: { response, representativePersonId: null, representativeName: null, comment: "Je serai en retard." },
      });
    }
    expect(validateReply({ response: "EXCUSED", comment: " " }, convened, before)).toMatchObject({ ok: true, reply: { comment: null } });
  });

  it("refuses a representative on a response that is not REPRESENTED", () => {
    const refusal = {
      ok: false,
      reason: "Un représentant ne peut être indiqué que si vous vous faites représenter.",
      field: "representative",
    };
    expect(validateReply({ response: "IN_PERSON", representativeName: "Mme Nathalie BRIONNET" }, convened, before)).toEqual(refusal);
    expect(validateReply({ response: "EXCUSED", representativePersonId: "p-brionnet" }, convened, before)).toEqual(refusal);
  });

  it("REPRESENTED needs a person or a name", () => {
    const missing = { ok: false, reason: "Indiquez la personne qui vous représentera.", field: "representative" };
    expect(validateReply({ response: "REPRESENTED" }, convened, before)).toEqual(missing);
    expect(validateReply({ response: "REPRESENTED", representativeName: "  ", representativePersonId: " " }, convened, before)).toEqual(missing);
  });

  it("REPRESENTED accepts a person, a name or both (trimmed)", () => {
    expect(validateReply({ response: "REPRESENTED", representativePersonId: "p-brionnet" }, convened, before)).toEqual({
      ok: true,
      reply: { response: "REPRESENTED", representativePersonId: "p-brionnet", representativeName: null, comment: null },
    });
    expect(validateReply({ response: "REPRESENTED", representativeName: "  Mme Nathalie BRIONNET " }, convened, before)).toEqual({
      ok: true,
      reply: { response: "REPRESENTED", representativePersonId: null, representativeName: "Mme Nathalie BRIONNET", comment: null },
    });
    expect(
      validateReply({ response: "REPRESENTED", representativePersonId: "p-brionnet", representativeName: "Mme BRIONNET" }, convened, before),
    ).toMatchObject({ ok: true, reply: { representativePersonId: "p-brionnet", representativeName: "Mme BRIONNET" } });
  });

  it("limits the representative's name to 200 characters, after trimming", () => {
    const max = "x".repeat(REPRESENTATIVE_NAME_MAX_LENGTH);
    expect(validateReply({ response: "REPRESENTED", representativeName: ` ${max} ` }, convened, before).ok).toBe(true);
    expect(validateReply({ response: "REPRESENTED", representativeName: `${max}x` }, convened, before)).toEqual({
      ok: false,
      reason: "Le nom du représentant ne doit pas dépasser 200 caractères.",
      field: "representative",
    });
  });

  it("one cannot represent oneself", () => {
    expect(validateReply({ response: "REPRESENTED", personId: "p1", representativePersonId: "p1" }, convened, before)).toEqual({
      ok: false,
      reason: "Vous ne pouvez pas vous représenter vous-même.",
      field: "representative",
    });
    expect(validateReply({ response: "REPRESENTED", personId: "p1", representativePersonId: "p2" }, convened, before).ok).toBe(true);
  });

  it("refuses an unknown response coming from an untyped form", () => {
    expect(validateReply({ response: "MAYBE" as ReplyResponse }, convened, before)).toEqual({
      ok: false,
      reason: "Choisissez votre réponse.",
      field: "response",
    });
  });

  it("the meeting's state is checked before the content", () => {
    expect(validateReply({ response: "REPRESENTED" }, convened, startsAt)).toMatchObject({ ok: false, field: "meeting" });
  });

  it("property: an accepted reply carries a representative exactly when REPRESENTED", () => {
    const text = fc.option(fc.string({ maxLength: 220 }));
    fc.assert(
      fc.property(fc.constantFrom(...REPLY_RESPONSES), text, text, (response, id, name) => {
        const result = validateReply({ response, representativePersonId: id, representativeName: name }, convened, before);
        if (!result.ok) return;
        const hasRepresentative = result.reply.representativePersonId !== null || result.reply.representativeName !== null;
        expect(hasRepresentative).toBe(response === "REPRESENTED");
        expect((result.reply.representativeName ?? "").length).toBeLessThanOrEqual(REPRESENTATIVE_NAME_MAX_LENGTH);
      }),
    );
  });
});

describe("replies to attendance", () => {
  it("maps each response to an attendance status", () => {
    expect(REPLY_RESPONSES.map(replyToAttendanceStatus)).toEqual(["PRESENT", "REMOTE", "EXCUSED", "REPRESENTED"]);
  });

  it("has a label for each response", () => {
    expect(REPLY_RESPONSES.map((r) => REPLY_RESPONSE_LABELS[r])).toEqual([
      "Je serai présent(e)",
      "Je participerai à distance",
      "Je serai excusé(e)",
      "Je serai représenté(e) par…",
    ]);
  });

  // 002: Mme JOUTEUX excused, represented by Mme BRIONNET, herself a member and present.
  const members: PrefillMember[] = [
    { id: "m-jouteux", personId: "p-jouteux", college: "STATE" },
    { id: "m-brionnet", personId: "p-brionnet", college: "STATE", organizationId: "o-pref" },
    { id: "m-prempain", personId: "p-prempain", college: "USERS" },
    { id: "m-udaf", personId: null, organizationId: "o-udaf16", college: "USERS" },
    { id: "m-maire", personId: null, seatLabel: "Maire, représentant l'association des maires ruraux", college: "ELECTED" },
  ];
  const replies: PrefillReply[] = [
    { personId: "p-jouteux", response: "REPRESENTED", representativePersonId: "p-brionnet", representativeName: " Mme Nathalie BRIONNET " },
    { personId: "p-brionnet", response: "IN_PERSON", representativeName: "ignored" },
    { personId: "p-guest", response: "REMOTE" },
  ];
  const meeting = { status: "CONVENED" as const, startsAt, endsAt: new Date("2021-05-06T13:50:00Z") };

  it("one line per seat, in order, status and representative from the reply", () => {
    const lines = prefillAttendance(members, replies, meeting, before);
    expect(lines).toEqual([
      {
        memberId: "m-jouteux",
        personId: "p-jouteux",
        organizationId: null,
        seatLabel: null,
        college: "STATE",
        status: "REPRESENTED",
        representedByPersonId: "p-brionnet",
        representedByLabel: "Mme Nathalie BRIONNET",
        response: "REPRESENTED",
        position: 0,
      },
      {
        memberId: "m-brionnet",
        personId: "p-brionnet",
        organizationId: "o-pref",
        seatLabel: null,
        college: "STATE",
        status: "PRESENT",
        representedByPersonId: null,
        representedByLabel: null,
        response: "IN_PERSON",
        position: 1,
      },
      {
        memberId: "m-prempain",
        personId: "p-prempain",
        organizationId: null,
        seatLabel: null,
        college: "USERS",
        status: null,
        representedByPersonId: null,
        representedByLabel: null,
        response: null,
        position: 2,
      },
      {
        memberId: "m-udaf",
        personId: null,
        organizationId: "o-udaf16",
        seatLabel: null,
        college: "USERS",
        status: null,
        representedByPersonId: null,
        representedByLabel: null,
        response: null,
        position: 3,
      },
      {
        memberId: "m-maire",
        personId: null,
        organizationId: null,
        seatLabel: "Maire, représentant l'association des maires ruraux",
        college: "ELECTED",
        status: null,
        representedByPersonId: null,
        representedByLabel: null,
        response: null,
        position: 4,
      },
    ]);
  });

  it("leaves seats without a reply 'à confirmer' during the meeting, ABSENT once it is over", () => {
    const during = new Date("2021-05-06T13:00:00Z");
    const statuses = (m: typeof meeting | { status: MeetingStatus; startsAt: Date; endsAt: Date | null }, now: Date) =>
      prefillAttendance(members, replies, m, now).map((l) => l.status);
    expect(statuses(meeting, during)).toEqual(["REPRESENTED", "PRESENT", null, null, null]);
    expect(statuses(meeting, meeting.endsAt)).toEqual(["REPRESENTED", "PRESENT", "ABSENT", "ABSENT", "ABSENT"]);
    expect(statuses({ ...meeting, status: "HELD" }, during)).toEqual(["REPRESENTED", "PRESENT", "ABSENT", "ABSENT", "ABSENT"]);
    // Without an end time, only the "held" declaration closes the sheet.
    expect(statuses({ ...meeting, endsAt: null }, new Date("2021-05-08T00:00:00Z"))).toEqual(["REPRESENTED", "PRESENT", null, null, null]);
  });

  it("isMeetingOver", () => {
    expect(isMeetingOver(meeting, before)).toBe(false);
    expect(isMeetingOver(meeting, new Date("2021-05-06T13:49:59Z"))).toBe(false);
    expect(isMeetingOver(meeting, new Date("2021-05-06T13:50:00Z"))).toBe(true);
    expect(isMeetingOver({ ...meeting, status: "HELD" }, before)).toBe(true);
    expect(isMeetingOver({ ...meeting, endsAt: null }, new Date("2030-01-01T00:00:00Z"))).toBe(false);
  });

  it("every pre-filled line that has a status passes the attendance validation", () => {
    const lines = prefillAttendance(members, replies, { ...meeting, status: "HELD" }, before);
    for (const line of lines) expect(validateAttendanceLine(line).ok).toBe(true);
  });

  it("property: as many lines as seats, and a reply's status wins", () => {
    const seat = fc.record({ id: fc.uuid(), personId: fc.option(fc.constantFrom("a", "b", "c", "d")), college: fc.constantFrom("STATE", "USERS") as fc.Arbitrary<"STATE" | "USERS"> });
    const reply = fc.record({ personId: fc.constantFrom("a", "b", "c", "e"), response: fc.constantFrom(...REPLY_RESPONSES), representativeName: fc.constant("M. X") });
    fc.assert(
      fc.property(fc.array(seat, { maxLength: 8 }), fc.array(reply, { maxLength: 6 }), fc.boolean(), (seats, answers, over) => {
        const lines = prefillAttendance(seats, answers, { ...meeting, status: over ? "HELD" : "CONVENED" }, before);
        expect(lines).toHaveLength(seats.length);
        lines.forEach((line, i) => {
          const last = [...answers].reverse().find((a) => a.personId === seats[i]?.personId);
          expect(line.status).toBe(last ? replyToAttendanceStatus(last.response) : over ? "ABSENT" : null);
          expect(line.representedByLabel !== null).toBe(line.status === "REPRESENTED");
        });
      }),
    );
  });
});
