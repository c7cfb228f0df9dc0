import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { canSeeMeeting } from "@/lib/meetings/visibility";

const resource = { kind: "committee", prefectureId: "p86", committeeId: "c1" } as const;
const actor = (role: Actor["roles"][number]["role"], seats: string[] = []): Actor => ({
  userId: "u",
  email: "u@example.org",
  name: "U",
  roles: [{ role, prefectureId: role === "NATIONAL_ADMIN" ? null : "p86", prefectureCode: role === "NATIONAL_ADMIN" ? null : "86" }],
  memberCommitteeIds: seats,
});

describe("who sees a meeting", () => {
  it("hides a draft from committee members but not from the secretariat", () => {
    expect(canSeeMeeting(actor("MEMBER", ["c1"]), resource, "DRAFT")).toBe(false);
    expect(canSeeMeeting(actor("MEMBER", ["c1"]), resource, "CONVENED")).toBe(true);
    expect(canSeeMeeting(actor("STAFF"), resource, "DRAFT")).toBe(true);
    expect(canSeeMeeting(actor("REFERENT"), resource, "DRAFT")).toBe(true);
    expect(canSeeMeeting(actor("NATIONAL_ADMIN"), resource, "DRAFT")).toBe(true);
  });
  it("never shows a meeting to someone who may not read the committee", () => {
    expect(canSeeMeeting(actor("MEMBER", ["other"]), resource, "HELD")).toBe(false);
    expect(canSeeMeeting(null, resource, "HELD")).toBe(false);
  });
});
