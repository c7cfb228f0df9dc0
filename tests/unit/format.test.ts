import { describe, expect, it } from "vitest";
import {
  formatDateTime,
  formatLongDate,
  formatNumber,
  formatPercent,
  formatPersonName,
  formatTime,
  parisLocalToDate,
  parseParisLocal,
} from "@/lib/format";

const NNBSP = "\u202f";

describe("French formats", () => {
  it("formats percentages and thousands as the seeds print them", () => {
    expect(formatPercent((32403 / 360970) * 100)).toBe(`8,98${NNBSP}%`);
    expect(formatNumber(836333)).toBe(`836${NNBSP}333`);
    expect(formatNumber(13.5, 1)).toBe("13,5");
  });

  it("converts Paris wall time to the right instant in winter and summer", () => {
    expect(parisLocalToDate("2021-05-06T14:30").toISOString()).toBe("2021-05-06T12:30:00.000Z");
    expect(parisLocalToDate("2023-01-24T10:00").toISOString()).toBe("2023-01-24T09:00:00.000Z");
  });

  it("refuses impossible wall times instead of rolling them over", () => {
    // Date.UTC would turn 31 February into 3 March and year 0000 into 1899/1900.
    for (const local of [
      "2027-02-31T10:00",
      "9999-99-99T10:00",
      "0000-00-00T10:00",
      "2027-01-16T24:00",
      "2027-01-16T10:60",
      "2027-01-16T9:30",
      "2027-01-16 10:00",
      "1989-12-31T10:00",
      "",
    ]) {
      expect(parseParisLocal(local), local).toBeNull();
      expect(() => parisLocalToDate(local), local).toThrow(RangeError);
    }
  });

  it("refuses a time skipped when the clocks go forward, and reads a repeated one as winter time", () => {
    // 28 March 2027: 02:00 CET → 03:00 CEST, so 02:30 never happens in Paris.
    expect(parseParisLocal("2027-03-28T02:30")).toBeNull();
    expect(parseParisLocal("2027-03-28T03:00")?.toISOString()).toBe("2027-03-28T01:00:00.000Z");
    expect(parseParisLocal("2027-03-28T01:59")?.toISOString()).toBe("2027-03-28T00:59:00.000Z");
    // 31 October 2027: 03:00 CEST → 02:00 CET, so 02:30 happens twice; the second is taken.
    expect(parseParisLocal("2027-10-31T02:30")?.toISOString()).toBe("2027-10-31T01:30:00.000Z");
  });

  it("prints dates and times the French way", () => {
    const d = parisLocalToDate("2021-05-06T14:30");
    expect(formatLongDate(d)).toBe("jeudi 6 mai 2021");
    expect(formatTime(d)).toBe("14h30");
    expect(formatTime(parisLocalToDate("2022-04-05T09:30"))).toBe("09h30");
    expect(formatDateTime(d)).toBe("jeudi 6 mai 2021 à 14h30");
  });

  it("writes names with civility and upper-case last name", () => {
    expect(formatPersonName({ civility: "MME", firstName: "Nathalie", lastName: "MASSÉ" })).toBe("Mme Nathalie MASSÉ");
    expect(formatPersonName({ civility: null, firstName: null, lastName: "UDAF 16" })).toBe("UDAF 16");
  });
});
