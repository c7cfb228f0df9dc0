// The holiday library builds local midnights and adds 24-hour steps for moving feasts: a
// server whose zone changes its clocks between Easter and Whit Monday (Sydney goes back in
// early April) must still get the right calendar days. Its own file: the holidays of a year
// are cached per module, and this one computes them under another zone.
import { afterAll, describe, expect, it } from "vitest";

const previous = process.env.TZ;
afterAll(() => {
  process.env.TZ = previous;
});

describe("holidays whatever the server's time zone", () => {
  it.each(["Australia/Sydney", "America/Santiago", "Europe/Paris", "UTC"])("%s", async (zone) => {
    process.env.TZ = zone;
    const { vi } = await import("vitest");
    vi.resetModules();
    const { frenchPublicHolidays, isoDay } = await import("@/lib/register/domain");
    const byName = Object.fromEntries(frenchPublicHolidays(2021).map((h) => [h.name, isoDay(h.date)]));
    expect(byName).toMatchObject({ "Lundi de Pâques": "2021-04-05", Ascension: "2021-05-13", "Lundi de Pentecôte": "2021-05-24", Toussaint: "2021-11-01" });
  });
});
