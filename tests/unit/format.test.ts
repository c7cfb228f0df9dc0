import { describe, expect, it } from "vitest";
import {
  formatDateTime,
  formatLongDate,
  formatNumber,
  formatPercent,
  formatPersonName,
  formatTime,
  parisLocalToDate,
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
