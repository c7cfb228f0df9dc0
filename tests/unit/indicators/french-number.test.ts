import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseFrenchNumber, parsePastedBlock } from "@/lib/indicators/domain/french-number";
import { formatNumber, formatPercent } from "@/lib/format";

const value = (text: string) => {
  const r = parseFrenchNumber(text);
  if (!r.ok) throw new Error(r.message);
  return r.value;
};

describe("parseFrenchNumber", () => {
  it.each([
    ["1 234,5", 1234.5],
    ["9\u00a0903", 9903],
    ["32\u202f403", 32403],
    ["8,98 %", 8.98],
    ["77,1%", 77.1],
    ["  2266 ", 2266],
    ["1,234.5", 1234.5],
    ["1.234,5", 1234.5],
    ["8.98", 8.98],
    ["1.234.567", 1234567],
    ["−3", -3],
    ["-0", 0],
    [",5", 0.5],
    ["0", 0],
  ])("reads %j as %d", (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it("marks percentages", () => {
    expect(parseFrenchNumber("8,98 %")).toEqual({ ok: true, value: 8.98, percent: true });
    expect(parseFrenchNumber("8,98")).toEqual({ ok: true, value: 8.98, percent: false });
  });

  it("reads empty text as no figure, not zero", () => {
    expect(parseFrenchNumber("   ")).toEqual({ ok: true, value: null, percent: false });
  });

  it.each(["abc", "1,2,3", "12 jours", "1.23.4", "--3", "%", "1e5"])("refuses %j in French", (text) => {
    const r = parseFrenchNumber(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/n'est pas un nombre/);
  });

  it("reads back what lib/format prints", () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 3 }), (n, decimals) => {
        const x = n / 10 ** decimals;
        expect(value(formatNumber(x, decimals))).toBeCloseTo(x, decimals);
        expect(value(formatPercent(x, decimals))).toBeCloseTo(x, decimals);
      }),
    );
  });
});

describe("parsePastedBlock", () => {
  it("splits rows and tab-separated cells, dropping the trailing newline", () => {
    expect(parsePastedBlock("9 903\t10 200\r\n2 266\t1 800\r\n")).toEqual([
      ["9 903", "10 200"],
      ["2 266", "1 800"],
    ]);
  });
  it("keeps a single cell", () => {
    expect(parsePastedBlock("77,1 %")).toEqual([["77,1 %"]]);
  });
});
