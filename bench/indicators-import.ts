/**
 * Bench of the indicators import: a generated national-scale XLSX of 100 000 figure cells
 * (about 4 170 monthly indicators × 2 components × 12 months, plus the rate row of each),
 * exported with yearTableToXlsx, then parsed back by streaming (parseYearFile). Prints the
 * parse time, the rows read and the peak resident memory. Targets (issue 8): under 10 s and
 * under 500 MB. No database needed. Not part of `npm run bench`; run it alone:
 *
 *   npx tsx bench/indicators-import.ts
 *   node --expose-gc --import tsx bench/indicators-import.ts   (RSS before the parse after a GC)
 */
import { yearTableToXlsx } from "@/lib/indicators/export";
import { parseYearFile, type IndicatorYearTable, type YearTableDefinition } from "@/lib/indicators/import";

export interface IndicatorsImportBenchResult {
  cells: number;
  fileBytes: number;
  rowsRead: number;
  parseMs: number;
  /** RSS when the parse starts (the generated table and the written workbook are already in memory) */
  rssBeforeMb: number;
  peakRssMb: number;
  discrepancies: number;
}

/** A table of `cells` component figures (rounded up to whole indicators) and its definitions. */
export function generateNationalTable(cells = 100_000): { table: IndicatorYearTable; definitions: YearTableDefinition[] } {
  const count = Math.ceil(cells / 24);
  const definitions: YearTableDefinition[] = Array.from({ length: count }, (_, i) => ({
    code: `GEN_${i}`,
    label: `Taux d'appels décrochés ${i}`,
    unit: "PERCENT",
    periodicity: "MONTHLY",
    formula: "COMPLEMENT_RATIO",
    precision: 1,
    components: [
      { code: "received", label: "Appels reçus", role: "BASE" },
      { code: "lost", label: "Appels perdus", role: "SUBTRACTED" },
    ],
  }));
  const table: IndicatorYearTable = {
    year: 2021,
    indicators: definitions.map((d, i) => {
      const received = Array.from({ length: 12 }, (_, m) => 5000 + ((i * 31 + m * 17) % 5000));
      const lost = received.map((r, m) => Math.floor(r * (0.05 + ((i + m) % 20) / 100)));
      return {
        ...d,
        components: [...d.components],
        figures: { received, lost },
        // Every 7th published rate is off by 0.5 point: the report has something to list.
        published: received.map((r, m) => Math.round((1000 * (r - (lost[m] ?? 0))) / r) / 10 + ((i + m) % 7 === 0 ? 0.5 : 0)),
      };
    }),
  };
  return { table, definitions };
}

export async function benchIndicatorsImport(cells = 100_000): Promise<IndicatorsImportBenchResult> {
  const { table, definitions } = generateNationalTable(cells);
  const file = await yearTableToXlsx(table);
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = performance.now();
  const result = await parseYearFile(file, "national-2021.xlsx", definitions, {
    onProgress: () => (peak = Math.max(peak, process.memoryUsage().rss)),
  });
  const parseMs = performance.now() - started;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  if (!result.ok) throw new Error(result.errors.slice(0, 5).map((e) => e.message).join("\n"));
  return {
    cells: table.indicators.length * 24,
    fileBytes: file.length,
    rowsRead: result.rowsRead,
    parseMs,
    rssBeforeMb: before / 1024 / 1024,
    peakRssMb: peak / 1024 / 1024,
    discrepancies: result.discrepancies.length,
  };
}

if (process.argv[1]?.endsWith("indicators-import.ts")) {
  benchIndicatorsImport()
    .then((r) => {
      console.log(`Import XLSX en flux : ${r.cells} cellules de composantes, ${(r.fileBytes / 1024 / 1024).toFixed(1)} Mo, ${r.rowsRead} lignes`);
      console.log(`  durée ${(r.parseMs / 1000).toFixed(2)} s (cible < 10 s), pic RSS ${r.peakRssMb.toFixed(0)} Mo (cible < 500 Mo ; ${r.rssBeforeMb.toFixed(0)} Mo avant la lecture), ${r.discrepancies} écarts signalés`);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
