import { describe, expect, it } from "vitest";
import { accessiblePrefectureCodes, can, meetingReadScope, VERBS, type Actor, type Verb } from "@/lib/auth/policy";

const P86 = "prefecture-86";
const P16 = "prefecture-16";
const C86 = { kind: "committee", prefectureId: P86, committeeId: "committee-86" } as const;
const C86_OTHER = { kind: "committee", prefectureId: P86, committeeId: "committee-86-other" } as const;
const C16 = { kind: "committee", prefectureId: P16, committeeId: "committee-16" } as const;

function actor(roles: Actor["roles"], memberCommitteeIds: string[] = []): Actor {
  return { userId: "u", email: "u@example.org", name: "U", roles, memberCommitteeIds };
}

const referent86 = actor([{ role: "REFERENT", prefectureId: P86, prefectureCode: "86" }]);
const staff86 = actor([{ role: "STAFF", prefectureId: P86, prefectureCode: "86" }]);
const member86 = actor([{ role: "MEMBER", prefectureId: P86, prefectureCode: "86" }], ["committee-86"]);
const national = actor([{ role: "NATIONAL_ADMIN", prefectureId: null, prefectureCode: null }]);

describe("can(): deny by default", () => {
  it("refuses everything to an anonymous caller", () => {
    expect(can(null, "prefecture.read", { kind: "prefecture", prefectureId: P86 })).toBe(false);
    expect(can(null, "account.manage", { kind: "self" })).toBe(false);
  });

  it("refuses a user with no role anything but their own account", () => {
    const nobody = actor([]);
    expect(can(nobody, "prefecture.read", { kind: "prefecture", prefectureId: P86 })).toBe(false);
    expect(can(nobody, "account.manage", { kind: "self" })).toBe(true);
  });
});

describe("a referent", () => {
  it("does everything inside their prefecture", () => {
    const verbs: Verb[] = ["prefecture.manage", "meeting.manage", "minutes.validate", "minutes.publish", "users.manage"];
    for (const verb of verbs) expect(can(referent86, verb, C86)).toBe(true);
  });
  it("does nothing in another prefecture, whatever the verb", () => {
    expect(can(referent86, "prefecture.read", { kind: "prefecture", prefectureId: P16 })).toBe(false);
    expect(can(referent86, "meeting.read", C16)).toBe(false);
  });
  it("has no national rights", () => {
    expect(can(referent86, "national.read", { kind: "national" })).toBe(false);
  });
});

describe("staff", () => {
  it("enters indicators and drafts minutes but neither validates, publishes nor manages users", () => {
    expect(can(staff86, "indicator.enter", { kind: "prefecture", prefectureId: P86 })).toBe(true);
    expect(can(staff86, "minutes.draft", C86)).toBe(true);
    expect(can(staff86, "minutes.validate", C86)).toBe(false);
    expect(can(staff86, "minutes.publish", C86)).toBe(false);
    expect(can(staff86, "users.manage", { kind: "prefecture", prefectureId: P86 })).toBe(false);
  });
});

describe("a committee member", () => {
  it("reads their own committee's meetings and minutes and replies", () => {
    for (const verb of ["meeting.read", "minutes.read", "minutes.comment", "meeting.reply"] as Verb[]) {
      expect(can(member86, verb, C86)).toBe(true);
    }
  });
  it("does not read another committee of the same prefecture", () => {
    expect(can(member86, "meeting.read", C86_OTHER)).toBe(false);
  });
  it("reads the prefecture's results but manages nothing", () => {
    expect(can(member86, "results.read", { kind: "prefecture", prefectureId: P86 })).toBe(true);
    expect(can(member86, "indicator.enter", { kind: "prefecture", prefectureId: P86 })).toBe(false);
    expect(can(member86, "meeting.manage", C86)).toBe(false);
    expect(can(member86, "minutes.draft", C86)).toBe(false);
  });
});

describe("the national administrator", () => {
  it("reads every prefecture but writes none of their data", () => {
    expect(can(national, "prefecture.read", { kind: "prefecture", prefectureId: P16 })).toBe(true);
    expect(can(national, "meeting.read", C86)).toBe(true);
    expect(can(national, "meeting.manage", C86)).toBe(false);
    expect(can(national, "indicator.enter", { kind: "prefecture", prefectureId: P86 })).toBe(false);
  });
  it("manages national data", () => {
    expect(can(national, "national.manage", { kind: "national" })).toBe(true);
    expect(accessiblePrefectureCodes(national)).toBe("*");
  });
});

describe("several roles", () => {
  it("an agent moved from one prefecture to another holds each role only where it is", () => {
    const moved = actor([
      { role: "REFERENT", prefectureId: P16, prefectureCode: "16" },
      { role: "MEMBER", prefectureId: P86, prefectureCode: "86" },
    ]);
    expect(can(moved, "meeting.manage", C16)).toBe(true);
    expect(can(moved, "meeting.manage", C86)).toBe(false);
    expect(accessiblePrefectureCodes(moved)).toEqual(["16", "86"]);
  });
});

describe("every verb for every role (the matrix of domain.md §2)", () => {
  const P = { kind: "prefecture", prefectureId: P86 } as const;
  const meeting = (status: "DRAFT" | "CONVENED" | "HELD", committeeId = "committee-86") =>
    ({ kind: "meeting", prefectureId: P86, committeeId, status }) as const;
  // What each role is granted (restated here on purpose: the test is a second statement of
  // domain.md §2). A member's grants apply to their own committee only, and on the prefecture
  // itself to its results; the national administrator reads every prefecture.
  const grants: Record<string, Verb[]> = {
    referent: [
      "prefecture.read", "prefecture.manage", "results.read", "indicator.enter", "survey.manage", "register.manage", "actionPlan.manage", "users.manage",
      "committee.read", "committee.manage", "meeting.read", "meeting.manage", "meeting.reply",
      "minutes.read", "minutes.draft", "minutes.comment", "minutes.validate", "minutes.publish",
    ],
    staff: ["prefecture.read", "results.read", "indicator.enter", "survey.manage", "register.manage", "actionPlan.manage", "committee.read", "meeting.read", "minutes.read", "minutes.draft", "minutes.comment"],
    member: ["prefecture.read", "results.read", "committee.read", "meeting.read", "meeting.reply", "minutes.read", "minutes.comment"],
    national: ["prefecture.read", "results.read", "committee.read", "meeting.read", "minutes.read"],
  };
  const actors = { referent: referent86, staff: staff86, member: member86, national };

  for (const [name, who] of Object.entries(actors)) {
    it(`${name}: each of the ${VERBS.length} verbs on the prefecture, its committee, another committee, another prefecture, a draft`, () => {
      const granted = (verb: Verb) => grants[name]!.includes(verb);
      const isMember = name === "member";
      for (const verb of VERBS) {
        expect(can(who, verb, P), `${verb} on the prefecture`).toBe(isMember ? ["prefecture.read", "results.read"].includes(verb) && granted(verb) : granted(verb));
        expect(can(who, verb, C86), `${verb} on its committee`).toBe(granted(verb));
        expect(can(who, verb, meeting("CONVENED")), `${verb} on a convened meeting`).toBe(granted(verb));
        // A draft is invisible to members, whatever the verb.
        expect(can(who, verb, meeting("DRAFT")), `${verb} on a draft`).toBe(!isMember && granted(verb));
        expect(can(who, verb, C86_OTHER), `${verb} on another committee`).toBe(!isMember && granted(verb));
        // Another prefecture: only the national administrator, and only reads.
        expect(can(who, verb, C16), `${verb} in another prefecture`).toBe(name === "national" && granted(verb));
        expect(can(who, verb, { kind: "prefecture", prefectureId: P16 }), `${verb} on another prefecture`).toBe(name === "national" && granted(verb));
        expect(can(who, verb, { kind: "national" }), `${verb} national`).toBe(name === "national" && verb.startsWith("national."));
        expect(can(who, verb, { kind: "self" }), `${verb} self`).toBe(verb === "account.manage");
        expect(can(who, verb, { kind: "invitation", prefectureId: P86, committeeId: "committee-86", valid: true })).toBe(verb === "meeting.replyByInvitation");
      }
    });
  }

  it("meetingReadScope agrees with can() for meeting.read", () => {
    for (const who of Object.values(actors)) {
      const scope = meetingReadScope(who, P86);
      for (const status of ["DRAFT", "CONVENED", "HELD"] as const) {
        for (const committeeId of ["committee-86", "committee-86-other"]) {
          const inScope = !!scope && (scope.committees === "all" || scope.committees.includes(committeeId)) && (scope.drafts || status !== "DRAFT");
          expect(inScope).toBe(can(who, "meeting.read", meeting(status, committeeId)));
        }
      }
    }
    expect(meetingReadScope(null, P86)).toBeNull();
    expect(meetingReadScope(referent86, P16)).toBeNull();
  });
});
