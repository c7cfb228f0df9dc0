/**
 * Shared test fixtures: the definitions under test (taken from the seed referential, so the
 * tests exercise the real definitions) and the Charente 2021 columns printed in seed 003.
 */
import { indicatorDefinitions } from "@/prisma/seed/data/indicators";
import type { SeedIndicatorDefinition } from "@/prisma/seed/data/types";

export function definition(code: string): SeedIndicatorDefinition {
  const found = indicatorDefinitions.find((d) => d.code === code);
  if (!found) throw new Error(`No definition ${code}`);
  return found;
}

export const charente2021 = {
  population: 360970,
  visits: [32403, 30146, 33010, 30711, 25677, 26342, 24556, 21696, 24564, 24263, 24800, 23956],
  callsLost: [2266, 1827, 2052, 1787, 1303, 2302, 1708, 1322, 1894, 1773, 1309, 1619],
  callsReceived: [9903, 9740, 11367, 10895, 9842, 11335, 8849, 7902, 9599, 8598, 8599, 7681],
  callsPublished: [77.1, 81.3, 81.8, 83.6, 86.7, 79.7, 80.7, 83.3, 80.3, 79.4, 77.8, 78.9],
  firstPermitDelay: [124, 60, 66, 40, 31, 53, 82, 29, 46, 55, 34, 70],
  firstPermitDecisions: [60, 191, 272, 338, 234, 386, 332, 511, 419, 755, 826, 394],
  renewalDelay: [29, 34, 31, 26, 18, 18, 44, 25, 23, 22, 32, 61],
  renewalDecisions: [82, 207, 183, 205, 126, 270, 210, 279, 299, 503, 270, 136],
} as const;

/** Zip parallel columns into monthly period values (January = 1). */
export function months(columns: Record<string, readonly number[]>): { period: number; components: Record<string, number> }[] {
  const length = Math.max(...Object.values(columns).map((c) => c.length));
  return Array.from({ length }, (_, i) => {
    const components: Record<string, number> = {};
    for (const [code, figures] of Object.entries(columns)) {
      const figure = figures[i];
      if (figure !== undefined) components[code] = figure;
    }
    return { period: i + 1, components };
  });
}
