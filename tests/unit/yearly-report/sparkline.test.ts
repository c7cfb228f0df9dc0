import { describe, expect, it } from "vitest";
import { sparklineGeometry, sparklineLabel } from "@/lib/yearly-report/domain";

const NNBSP = "\u202f";
const published = [77.1, 81.3, 81.8, 83.6, 86.7, 79.7, 80.7, 83.3, 80.3, 79.4, 77.8, 78.9];

describe("sparklineGeometry", () => {
  it("spreads the periods over the width and puts the highest value at the top", () => {
    const g = sparklineGeometry(published.map((value) => ({ value })), { width: 120, height: 40, padding: 0 });
    expect(g.points).toHaveLength(12);
    expect(g.points[0]?.x).toBe(0);
    expect(g.points[11]?.x).toBe(120);
    const top = g.points.reduce((a, b) => (b.y < a.y ? b : a));
    expect(published[top.index]).toBe(86.7);
    expect(top.y).toBe(0);
    const bottom = g.points.reduce((a, b) => (b.y > a.y ? b : a));
    expect(published[bottom.index]).toBe(77.1);
    expect(bottom.y).toBe(40);
    expect(g.runs).toHaveLength(1);
    expect(g.targetY).toBeNull();
  });

  it("takes the target into the scale (≥ 90 % above every month of 2021)", () => {
    const g = sparklineGeometry(published.map((value) => ({ value })), { width: 120, height: 40, padding: 0, target: 90 });
    expect(g.targetY).toBe(0);
    expect(Math.min(...g.points.map((p) => p.y))).toBeGreaterThan(0);
  });

  it("leaves a gap for a missing period instead of drawing it as zero", () => {
    const g = sparklineGeometry([{ value: 1 }, { value: 2 }, { value: null }, { value: 3 }, { value: 4 }], { width: 100, height: 20 });
    expect(g.points.map((p) => p.index)).toEqual([0, 1, 3, 4]);
    expect(g.runs).toHaveLength(2);
    expect(g.runs[0]?.split(" ")).toHaveLength(2);
  });

  it("puts a flat series in the middle, a single value in the centre", () => {
    const flat = sparklineGeometry([{ value: 4 }, { value: 4 }, { value: 4 }, { value: 4 }], { width: 100, height: 20, padding: 0 });
    expect(new Set(flat.points.map((p) => p.y))).toEqual(new Set([10]));
    const single = sparklineGeometry([{ value: 5 }], { width: 100, height: 20 });
    expect(single.points[0]?.x).toBe(50);
  });
});

describe("sparklineLabel", () => {
  const periods = published.map((value, i) => ({ value, longLabel: `${["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"][i]} 2021` }));

  it("says first, last, minimum, maximum and the target", () => {
    expect(sparklineLabel(periods, { year: 2021, unit: "PERCENT", precision: 1, targetText: `≥ 90${NNBSP}%` })).toBe(
      `Valeurs de 2021 sur 12 périodes : de 77,1${NNBSP}% (janvier 2021) à 78,9${NNBSP}% (décembre 2021), minimum 77,1${NNBSP}% (janvier 2021), maximum 86,7${NNBSP}% (mai 2021) ; objectif ≥ 90${NNBSP}%.`,
    );
  });

  it("says when nothing or one period is filled in", () => {
    expect(sparklineLabel([{ value: null, longLabel: "T1" }], { year: 2022, unit: "DAYS", precision: 0, targetText: null })).toBe(
      "Valeurs de 2022 : aucune période renseignée.",
    );
    expect(sparklineLabel([{ value: 78, longLabel: "1er trimestre 2022" }, { value: null, longLabel: "2e trimestre 2022" }], { year: 2022, unit: "DAYS", precision: 0, targetText: null })).toBe(
      "Valeurs de 2022 : une seule période renseignée, 78 jours (1er trimestre 2022).",
    );
  });
});
