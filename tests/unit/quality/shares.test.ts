import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { columnsToLevel, engagementShares, levelToColumns, shareChange, type AssessmentCell } from "@/lib/quality/domain";
import { ASSESSMENT_LEVELS } from "@/lib/quality/vocabulary";
import { formatPercent } from "@/lib/format";
import { selfAssessments } from "@/prisma/seed/data/self-assessments";

const ENGAGEMENTS = Array.from({ length: 9 }, (_, i) => `SPP-${i + 1}`);

describe("engagementShares", () => {
  it("the Vienne 2022 (000): the four structures meet 64 % of the engagements overall", () => {
    const vienne = selfAssessments.filter((s) => s.prefectureCode === "86" && s.campaign === 2022);
    const structures = vienne.map((s) => s.structureName);
    const cells: AssessmentCell[] = vienne.flatMap((s) => Object.entries(s.levels).map(([engagementId, level]) => ({ structureId: s.structureName, engagementId, level })));
    const shares = engagementShares(structures, ENGAGEMENTS, cells);
    expect(shares.overall).toMatchObject({ met: 23, assessed: 36, expected: 36 });
    expect(formatPercent(shares.overall.share!, 0)).toBe("64\u202f%");
    expect(shares.byStructure.map((s) => [s.met, s.partlyMet, s.notMet])).toEqual([
      [8, 1, 0],
      [5, 3, 1],
      [5, 3, 1],
      [5, 3, 1],
    ]);
  });

  it("counts a partly met engagement as not met, leaves unassessed ones out, and ignores foreign cells", () => {
    const cells: AssessmentCell[] = [
      { structureId: "a", engagementId: "SPP-1", level: "MET" },
      { structureId: "a", engagementId: "SPP-2", level: "PARTLY_MET" },
      { structureId: "a", engagementId: "SPP-3", level: null },
      { structureId: "a", engagementId: "OTHER-1", level: "MET" },
      { structureId: "z", engagementId: "SPP-1", level: "MET" },
    ];
    const shares = engagementShares(["a", "b"], ENGAGEMENTS, cells);
    expect(shares.byStructure[0]).toMatchObject({ met: 1, partlyMet: 1, assessed: 2, expected: 9, share: 50 });
    expect(shares.byStructure[1]).toMatchObject({ assessed: 0, share: null });
    // Only structure a took part: 9 engagements expected overall, not 18.
    expect(shares.overall).toMatchObject({ met: 1, assessed: 2, expected: 9, share: 50 });
  });

  it("overall counts are the sum of the structures' and every share lies in 0–100", () => {
    const cell = fc.record({
      structureId: fc.constantFrom("a", "b", "c"),
      engagementId: fc.constantFrom(...ENGAGEMENTS),
      level: fc.constantFrom(...ASSESSMENT_LEVELS, null),
    });
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 60 }), (cells) => {
        const shares = engagementShares(["a", "b", "c"], ENGAGEMENTS, cells);
        const sum = (k: "met" | "assessed") => shares.byStructure.reduce((t, s) => t + s[k], 0);
        expect(shares.overall.met).toBe(sum("met"));
        expect(shares.overall.assessed).toBe(sum("assessed"));
        for (const s of [...shares.byStructure, shares.overall]) {
          if (s.share !== null) {
            expect(s.share).toBeGreaterThanOrEqual(0);
            expect(s.share).toBeLessThanOrEqual(100);
          } else expect(s.assessed).toBe(0);
        }
      }),
    );
  });
});

describe("shareChange", () => {
  it("is the difference in points, null when a year has no share", () => {
    expect(shareChange(64, 50)).toBe(14);
    expect(shareChange(null, 50)).toBeNull();
    expect(shareChange(64, null)).toBeNull();
    expect(shareChange(64, undefined)).toBeNull();
  });
});

describe("levels ↔ columns", () => {
  it("each level survives the round trip through met and score", () => {
    for (const level of ASSESSMENT_LEVELS) {
      const { met, score } = levelToColumns(level);
      expect(columnsToLevel({ met, score })).toBe(level);
    }
    expect(columnsToLevel({ met: null, score: null })).toBeNull();
  });
});
