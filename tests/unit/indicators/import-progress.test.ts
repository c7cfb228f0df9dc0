// The import form's progress helpers: NDJSON lines rebuilt from chunks cut anywhere, the French
// labels, and the throttle that keeps the screen reader's live region from speaking every tick.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createAnnouncer, createLineSplitter, percentOf, readStreamLine, stepLabel, stepMeter, type ImportStep } from "@/components/indicators/import-progress";

const NNBSP = "\u202f";

describe("createLineSplitter", () => {
  it("gives back each complete line, keeping a cut line until its end arrives", () => {
    const lines = createLineSplitter();
    expect(lines.push('{"phase":"parse","rows":1000}\n{"phase":"pa')).toEqual(['{"phase":"parse","rows":1000}']);
    expect(lines.push('rse","rows":2000}\n')).toEqual(['{"phase":"parse","rows":2000}']);
    expect(lines.push("\n\r\n")).toEqual([]);
    expect(lines.push('{"a":1}\r\n{"b"')).toEqual(['{"a":1}']);
    expect(lines.end()).toEqual(['{"b"']);
    expect(lines.end()).toEqual([]);
  });

  it("finds the same lines however the text is cut into chunks", () => {
    const line = fc.string({ unit: fc.constantFrom("a", "é", "{", "}", '"', " ", "1") }).filter((s) => s.trim() !== "");
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), fc.array(fc.nat(), { maxLength: 8 }), (expected, cuts) => {
        const text = expected.map((l) => `${l}\n`).join("");
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const lines = createLineSplitter();
        const got: string[] = [];
        let from = 0;
        for (const to of [...points, text.length]) {
          got.push(...lines.push(text.slice(from, to)));
          from = to;
        }
        got.push(...lines.end());
        expect(got).toEqual(expected);
      }),
    );
  });
});

describe("readStreamLine", () => {
  it("reads progress and the final result, and nothing else", () => {
    expect(readStreamLine('{"phase":"parse","rows":1234}')).toEqual({ phase: "parse", rows: 1234 });
    expect(readStreamLine('{"phase":"store","done":120,"total":480}')).toEqual({ phase: "store", done: 120, total: 480 });
    const done = { phase: "done", result: { ok: false, code: "FORBIDDEN", error: "Non." } };
    expect(readStreamLine(JSON.stringify(done))).toEqual(done);
    for (const bad of ["", "<html>", "null", "42", '{"phase":"parse"}', '{"phase":"store","done":-1,"total":3}', '{"phase":"done","result":{}}', '{"phase":"other"}']) {
      expect(readStreamLine(bad), bad).toBeNull();
    }
  });
});

describe("labels and bar", () => {
  it("says each step in French, with French thousands", () => {
    expect(stepLabel({ phase: "upload", loaded: 450, total: 1000 })).toBe(`Envoi du fichier : 45${NNBSP}%`);
    expect(stepLabel({ phase: "parse", rows: 12000 })).toBe(`Lecture : 12${NNBSP}000 lignes`);
    expect(stepLabel({ phase: "parse", rows: 1 })).toBe("Lecture : 1 ligne");
    expect(stepLabel({ phase: "store", done: 120, total: 480 })).toBe("Enregistrement : 120 / 480 périodes");
    expect(stepLabel({ phase: "store", done: 1, total: 1 })).toBe("Enregistrement : 1 / 1 période");
  });

  it("never shows 100 % before the end, and an indeterminate bar while reading", () => {
    expect(percentOf(999, 1000)).toBe(99);
    expect(percentOf(1000, 1000)).toBe(100);
    expect(percentOf(5, 0)).toBe(0);
    fc.assert(fc.property(fc.nat(), fc.integer({ min: 1 }), (done, total) => {
      const p = percentOf(Math.min(done, total - 1), total);
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThan(100);
    }));
    expect(stepMeter({ phase: "parse", rows: 10 })).toBeNull();
    expect(stepMeter({ phase: "store", done: 120, total: 480 })).toEqual({ value: 25, max: 100 });
    expect(stepMeter({ phase: "upload", loaded: 10, total: 0 })).toBeNull();
  });
});

describe("createAnnouncer", () => {
  it("announces a measured step every 10 points and its end, not every tick", () => {
    const announce = createAnnouncer();
    const said = Array.from({ length: 101 }, (_, i) => announce({ phase: "upload", loaded: i, total: 100 }, i)).filter((t) => t !== null);
    expect(said).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100].map((p) => `Envoi du fichier : ${p}${NNBSP}%`));
  });

  it("announces a counted step every 2 s, and each new phase at once", () => {
    const announce = createAnnouncer();
    const steps: [ImportStep, number][] = [
      [{ phase: "upload", loaded: 100, total: 100 }, 0],
      [{ phase: "parse", rows: 1000 }, 100],
      [{ phase: "parse", rows: 2000 }, 1500],
      [{ phase: "parse", rows: 3000 }, 2100],
      [{ phase: "parse", rows: 4000 }, 2200],
      [{ phase: "store", done: 0, total: 480 }, 2300],
      [{ phase: "store", done: 24, total: 480 }, 2400],
      [{ phase: "store", done: 48, total: 480 }, 2500],
    ];
    expect(steps.map(([step, at]) => announce(step, at))).toEqual([
      `Envoi du fichier : 100${NNBSP}%`,
      "Lecture : 1 000 lignes".replace(" 000", `${NNBSP}000`),
      null,
      `Lecture : 3${NNBSP}000 lignes`,
      null,
      "Enregistrement : 0 / 480 périodes",
      null,
      "Enregistrement : 48 / 480 périodes",
    ]);
  });
});
