import { describe, expect, it } from "vitest";
import { chairLine } from "@/lib/meetings/domain";

const castelnot = { civility: "MME" as const, firstName: "Chantal", lastName: "CASTELNOT" };

describe("chairLine", () => {
  it("prints the person and her title at the meeting", () => {
    expect(chairLine(castelnot, "Préfète de la Vienne")).toBe("Mme Chantal CASTELNOT, préfète de la Vienne");
    expect(chairLine(castelnot, "DDETS de la Vienne")).toBe("Mme Chantal CASTELNOT, DDETS de la Vienne");
  });
  it("falls back to the person or the title alone", () => {
    expect(chairLine(castelnot, null)).toBe("Mme Chantal CASTELNOT");
    expect(chairLine(null, "M. le secrétaire général")).toBe("M. le secrétaire général");
    expect(chairLine(null, "  ")).toBeNull();
  });
});
