/**
 * Indicators at national scale (issue 8): a generated dataset of 101 prefectures × 10 years ×
 * 40 monthly indicators with their components (484 800 period values, about 900 000
 * component figures), then
 *   - the yearly report of one prefecture (getYearlyReport: every followed indicator, this
 *     year and the one before) — target < 50 ms;
 *   - one indicator across the 101 prefectures for a year (getIndicatorAcrossPrefectures) —
 *     target < 200 ms;
 *   - the data of the entry grid of one prefecture's year (getIndicatorYear);
 * each printed next to the equivalent hand-written SQL query run in the same process, with
 * the ratio (target ≤ 1,5×). The HTML of the grid page is measured over HTTP by bench/http.ts
 * (page "grid"). A benchmark, never a test.
 *
 *   npx tsx scripts/with-db.ts -- tsx --conditions=react-server bench/indicators-national.ts
 */
import { performance } from "node:perf_hooks";
import { median, RUNS, withBenchDatabase } from "./bench-database";
import type { PrismaClient } from "../lib/generated/prisma/client";

const PREFECTURES = 101;
const YEARS = 10;
const FIRST_YEAR = 2016;
const INDICATORS = 40;

/** 40 monthly indicators: the four formula kinds of the referential, in its proportions. */
function definitions() {
  return Array.from({ length: INDICATORS }, (_, i) => {
    const kind = i % 8;
    const code = `BENCH_${String(i + 1).padStart(2, "0")}`;
    if (kind < 4)
      return { code, formula: "RATIO", aggregation: "POOLED_RATIO", unit: "PERCENT", target: 90, direction: "AT_LEAST", components: [["num", "NUMERATOR"], ["den", "DENOMINATOR"]] } as const;
    if (kind < 6)
      return { code, formula: "COMPLEMENT_RATIO", aggregation: "POOLED_RATIO", unit: "PERCENT", target: 85, direction: "AT_LEAST", components: [["received", "BASE"], ["lost", "SUBTRACTED"]] } as const;
    if (kind < 7)
      return { code, formula: "WEIGHTED_MEAN", aggregation: "WEIGHTED_MEAN", unit: "DAYS", target: 30, direction: "AT_MOST", components: [["delay", "VALUE"], ["decisions", "WEIGHT"]] } as const;
    return { code, formula: "VALUE", aggregation: "MEAN", unit: "DAYS", target: 14, direction: "AT_MOST", components: [["delay", "VALUE"]] } as const;
  });
}

/** Department codes: 01–95 without 20, 2A, 2B, and the five overseas departments. */
function departmentCodes(): string[] {
  const codes = Array.from({ length: 95 }, (_, i) => String(i + 1).padStart(2, "0")).filter((c) => c !== "20");
  return [...codes, "2A", "2B", "971", "972", "973", "974", "976"].slice(0, PREFECTURES);
}

async function generate(db: PrismaClient) {
  const t = performance.now();
  const codes = departmentCodes();
  await db.prefecture.createMany({
    data: codes.map((code) => ({ code, name: `Département ${code}`, stateHeader: `PRÉFET DU DÉPARTEMENT ${code}`, seatCity: `Chef-lieu ${code}` })),
  });
  for (const d of definitions()) {
    await db.indicatorDefinition.create({
      data: {
        code: d.code,
        versions: {
          create: {
            versionNumber: 1,
            label: `Indicateur de banc d'essai ${d.code.slice(6)}`,
            unit: d.unit,
            periodicity: "MONTHLY",
            formula: d.formula,
            aggregation: d.aggregation,
            precision: 1,
            targetValue: d.target,
            targetDirection: d.direction,
            effectiveFrom: new Date("2010-01-01"),
            components: { create: d.components.map(([code, role], position) => ({ code, label: code, role, position })) },
          },
        },
      },
    });
  }
  await db.$executeRawUnsafe(`
    INSERT INTO prefecture_indicators (id, prefecture_id, definition_id, position)
    SELECT gen_random_uuid(), p.id, d.id, row_number() OVER (PARTITION BY p.id ORDER BY d.code)
    FROM prefectures p CROSS JOIN indicator_definitions d`);
  // One value per prefecture × indicator × year × month, then its components: figures drawn so
  // that rates stay plausible (numerator ≤ denominator, lost ≤ received).
  await db.$executeRawUnsafe(`
    INSERT INTO indicator_values (id, prefecture_id, definition_id, definition_version_id, periodicity, year, period, source, updated_at)
    SELECT gen_random_uuid(), p.id, d.id, v.id, 'MONTHLY', y, m, 'IMPORT', now()
    FROM prefectures p CROSS JOIN indicator_definitions d JOIN indicator_definition_versions v ON v.definition_id = d.id
    CROSS JOIN generate_series(${FIRST_YEAR}, ${FIRST_YEAR + YEARS - 1}) y CROSS JOIN generate_series(1, 12) m`);
  await db.$executeRawUnsafe(`
    INSERT INTO indicator_component_values (id, value_id, component_id, amount)
    SELECT gen_random_uuid(), iv.id, c.id,
      CASE c.role
        WHEN 'DENOMINATOR' THEN 1000 + floor(random() * 9000)
        WHEN 'BASE' THEN 1000 + floor(random() * 9000)
        WHEN 'NUMERATOR' THEN 800 + floor(random() * 200)
        WHEN 'SUBTRACTED' THEN floor(random() * 300)
        WHEN 'WEIGHT' THEN 10 + floor(random() * 90)
        ELSE 5 + floor(random() * 60)
      END
    FROM indicator_values iv JOIN indicator_components c ON c.definition_version_id = iv.definition_version_id`);
  await db.$executeRawUnsafe("ANALYZE");
  return { ...(await counted(db)), ms: performance.now() - t };
}

async function counted(db: PrismaClient) {
  const [counts] = await db.$queryRawUnsafe<{ values: bigint; figures: bigint }[]>(
    "SELECT (SELECT count(*) FROM indicator_values) AS values, (SELECT count(*) FROM indicator_component_values) AS figures",
  );
  return { ms: 0, values: Number(counts?.values ?? 0), figures: Number(counts?.figures ?? 0) };
}

/**
 * The yearly aggregates the ORM path computes, in one hand-written query: components summed
 * by role per period, then pooled (rates), weighted (weighted means) or averaged (means) over
 * the year, per indicator, scope and year; with the prefecture's or the referential's target.
 */
const HAND_AGGREGATES = `
  WITH per_period AS (
    SELECT v.prefecture_id, v.definition_id, v.definition_version_id, v.scope, v.year,
      sum(cv.amount) FILTER (WHERE c.role = 'NUMERATOR') AS num,
      sum(cv.amount) FILTER (WHERE c.role = 'DENOMINATOR') AS den,
      sum(cv.amount) FILTER (WHERE c.role = 'BASE') AS base,
      sum(cv.amount) FILTER (WHERE c.role = 'SUBTRACTED') AS sub,
      sum(cv.amount) FILTER (WHERE c.role = 'VALUE') AS val,
      sum(cv.amount) FILTER (WHERE c.role = 'WEIGHT') AS wgt
    FROM indicator_values v
    JOIN indicator_component_values cv ON cv.value_id = v.id
    JOIN indicator_components c ON c.id = cv.component_id
    WHERE %WHERE%
    GROUP BY v.id
  )
  SELECT p.prefecture_id, p.definition_id, p.scope, p.year,
    CASE dv.formula
      WHEN 'RATIO' THEN 100 * sum(p.num) / nullif(sum(p.den), 0)
      WHEN 'COMPLEMENT_RATIO' THEN 100 * (sum(p.base) - sum(p.sub)) / nullif(sum(p.base), 0)
      WHEN 'WEIGHTED_MEAN' THEN sum(p.val * p.wgt) / nullif(sum(p.wgt), 0)
      ELSE avg(p.val)
    END AS value,
    coalesce(t.value, dv.target_value) AS target,
    coalesce(t.direction, dv.target_direction) AS direction
  FROM per_period p
  JOIN indicator_definition_versions dv ON dv.id = p.definition_version_id
  LEFT JOIN indicator_targets t ON t.prefecture_id = p.prefecture_id AND t.definition_id = p.definition_id AND t.year IS NULL
  GROUP BY p.prefecture_id, p.definition_id, p.scope, p.year, dv.formula, dv.target_value, dv.target_direction, t.value, t.direction`;

interface Row {
  name: string;
  ormMs: number;
  sqlMs: number | null;
  target: string;
}

async function main() {
  await withBenchDatabase("clu_bench_indicators", "BENCH_INDICATORS_DB", async (db, reuse) => {
    const generated = reuse ? await counted(db) : await generate(db);
    console.log(
      `\nIndicateurs à l'échelle nationale : ${PREFECTURES} préfectures × ${YEARS} ans × ${INDICATORS} indicateurs mensuels — ${generated.values.toLocaleString("fr-FR")} valeurs, ${generated.figures.toLocaleString("fr-FR")} composantes, générées en ${(generated.ms / 1000).toFixed(1)} s`,
    );

    const { getIndicatorYear, getIndicatorAcrossPrefectures } = await import("../lib/indicators/queries");
    const { getYearlyReport } = await import("../lib/yearly-report/queries");
    const prefecture = await db.prefecture.findUniqueOrThrow({ where: { code: "86" } });
    const year = FIRST_YEAR + YEARS - 1;
    const rows: Row[] = [];

    const report = await getYearlyReport(prefecture.id, year);
    if (!report) throw new Error("no report");
    const reportSql = HAND_AGGREGATES.replace("%WHERE%", "v.prefecture_id = $1::uuid AND v.year IN ($2, $2 - 1)");
    const handReport = await db.$queryRawUnsafe<unknown[]>(reportSql, prefecture.id, year);
    rows.push({
      name: `bilan annuel d'une préfecture (${handReport.length / 2} indicateurs, ${year} et ${year - 1})`,
      ormMs: await median(() => getYearlyReport(prefecture.id, year)),
      sqlMs: await median(() => db.$queryRawUnsafe(reportSql, prefecture.id, year)),
      target: "< 50 ms",
    });

    const definition = await db.indicatorDefinition.findUniqueOrThrow({ where: { code: "BENCH_05" } });
    const nationalSql = `${HAND_AGGREGATES.replace("%WHERE%", "v.definition_id = $1::uuid AND v.year = $2")} ORDER BY value DESC NULLS LAST`;
    const comparison = await getIndicatorAcrossPrefectures("BENCH_05", year);
    const hand = await db.$queryRawUnsafe<unknown[]>(nationalSql, definition.id, year);
    if (comparison?.rows.length !== hand.length) throw new Error(`the ORM path gives ${comparison?.rows.length} rows, the SQL ${hand.length}`);
    rows.push({
      name: `un indicateur dans les ${PREFECTURES} préfectures (${year})`,
      ormMs: await median(() => getIndicatorAcrossPrefectures("BENCH_05", year)),
      sqlMs: await median(() => db.$queryRawUnsafe(nationalSql, definition.id, year)),
      target: "< 200 ms",
    });

    const gridSql = HAND_AGGREGATES.replace("%WHERE%", "v.prefecture_id = $1::uuid AND v.year = $2");
    rows.push({
      name: "données de la grille d'une année (40 indicateurs)",
      ormMs: await median(() => getIndicatorYear(prefecture.id, year)),
      sqlMs: await median(() => db.$queryRawUnsafe(gridSql, prefecture.id, year)),
      target: "page < 100 ms (voir bench/http.ts)",
    });

    // Importing a whole year of the prefecture (every period of its 40 indicators, as the
    // export writes it: components and the rate row), through the same action as the form.
    const { yearTableOf } = await import("../lib/indicators/transfer");
    const { yearTableToXlsx } = await import("../lib/indicators/export");
    // The action's own body (lib/indicators/actions.ts importIndicatorYear → importYearFile) in
    // its transaction with its audit rows; the action module itself needs Next's client runtime.
    const { importYearFile } = await import("../lib/indicators/import-year");
    const { writeAuditLog } = await import("../lib/audit-log");
    const user = await db.user.upsert({
      where: { email: "banc.86@example.org" },
      update: {},
      create: { email: "banc.86@example.org", name: "Banc d'essai", passwordHash: "-" },
    });
    const table = yearTableOf(await getIndicatorYear(prefecture.id, year));
    const cells = 40 * 12 * 2;
    let importYear = FIRST_YEAR + YEARS;
    const importMs: number[] = [];
    for (let i = 0; i < 5; i += 1, importYear += 1) {
      // The file of a new year: the figures of the last generated one.
      const xlsx = await yearTableToXlsx({ ...table, year: importYear });
      const t = performance.now();
      const report = await db.$transaction(
        (tx) =>
          importYearFile(tx, {
            prefectureId: prefecture.id,
            userId: user.id,
            year: importYear,
            fileName: "annee.xlsx",
            bytes: Buffer.from(xlsx),
            confirm: true,
            audit: (entry) => writeAuditLog(tx, user.id, entry),
          }),
        { timeout: 120_000 },
      );
      importMs.push(performance.now() - t);
      if (report.status !== "imported") throw new Error(`import failed: ${JSON.stringify(report).slice(0, 300)}`);
    }
    importMs.sort((a, b) => a - b);
    rows.push({ name: `import d'une année complète (XLSX, ${cells} composantes)`, ormMs: importMs[2]!, sqlMs: null, target: "—" });

    console.log(`${"mesure".padEnd(58)} ${"portail (ms)".padStart(12)} ${"SQL à la main (ms)".padStart(19)} ${"ratio".padStart(7)}   objectif`);
    for (const r of rows) {
      const ratio = r.sqlMs ? `${(r.ormMs / r.sqlMs).toFixed(2).replace(".", ",")}×` : "—";
      console.log(
        `${r.name.padEnd(58)} ${r.ormMs.toFixed(1).padStart(12)} ${(r.sqlMs === null ? "—" : r.sqlMs.toFixed(1)).padStart(19)} ${ratio.padStart(7)}   ${r.target}, ratio ≤ 1,5×`,
      );
    }
    console.log(`(médiane de ${RUNS} essais après 2 d'échauffement ; RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} Mo)`);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
