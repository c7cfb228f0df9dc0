// Saving a section (lib/minutes/domain/section-save.ts): the per-section lock and how the
// history groups autosaves.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkSectionVersion, COALESCE_MINUTES, historyWrite } from "@/lib/minutes/domain";

const SAVED_AT = new Date("2030-03-10T09:00:00Z");
const when = (d: Date) => `le ${d.toISOString()}`;

describe("checkSectionVersion", () => {
  it("lets the save through when the version is the one loaded", () => {
    expect(checkSectionVersion({ version: 4, updatedAt: SAVED_AT, updatedByName: "Nathalie MASSÉ" }, 4, when)).toEqual({ ok: true });
  });

  it("refuses a stale version, naming who saved and when, and telling the writer their text is kept", () => {
    const result = checkSectionVersion({ version: 5, updatedAt: SAVED_AT, updatedByName: "Nathalie MASSÉ" }, 4, when);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toContain("Nathalie MASSÉ a enregistré cette section le 2030-03-10T09:00:00.000Z");
    expect(result.reason).toContain("Votre texte est conservé");
  });

  it("says « Quelqu'un » when the author is unknown (account deleted)", () => {
    const result = checkSectionVersion({ version: 2, updatedAt: SAVED_AT, updatedByName: null }, 1, when);
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/^Quelqu'un a enregistré cette section/) });
  });

  it("refuses a version from the future too (any other version is a conflict)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 1000 }), (current, expected) => {
        const ok = checkSectionVersion({ version: current, updatedAt: SAVED_AT, updatedByName: "X" }, expected, when).ok;
        expect(ok).toBe(current === expected);
      }),
    );
  });
});

describe("historyWrite", () => {
  const latest = { id: "row-1", authorId: "user-a", savedAt: SAVED_AT };
  const after = (minutes: number) => new Date(SAVED_AT.getTime() + minutes * 60_000);

  it("starts the history with a new row", () => {
    expect(historyWrite(null, "user-a", SAVED_AT)).toEqual({ kind: "insert" });
  });

  it("extends the same author's row within the coalescing window", () => {
    expect(COALESCE_MINUTES).toBe(10);
    expect(historyWrite(latest, "user-a", after(0))).toEqual({ kind: "update", versionRowId: "row-1" });
    expect(historyWrite(latest, "user-a", after(9.99))).toEqual({ kind: "update", versionRowId: "row-1" });
  });

  it("starts a new row once the window has passed", () => {
    expect(historyWrite(latest, "user-a", after(10))).toEqual({ kind: "insert" });
    expect(historyWrite(latest, "user-a", after(60))).toEqual({ kind: "insert" });
  });

  it("starts a new row for another author, however soon", () => {
    expect(historyWrite(latest, "user-b", after(0))).toEqual({ kind: "insert" });
    expect(historyWrite({ ...latest, authorId: null }, "user-a", after(1))).toEqual({ kind: "insert" });
  });
});
