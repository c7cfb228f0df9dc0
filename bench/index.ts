// `npm run bench` (first half): the foundation's speed and memory figures. Never run inside
// the tests.
import { benchFoundation, type BenchRow } from "./foundation";
import { benchMinutesSearch } from "./minutes-search";

function print(title: string, rows: BenchRow[]) {
  console.log(`\n${title}`);
  console.log(`${"mesure".padEnd(44)} ${"médiane (ms)".padStart(12)} ${"essais".padStart(7)} ${"RSS (Mo)".padStart(9)}`);
  for (const r of rows) {
    console.log(`${r.name.padEnd(44)} ${r.medianMs.toFixed(1).padStart(12)} ${String(r.runs).padStart(7)} ${r.rssMb.toFixed(0).padStart(9)}`);
  }
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL missing: run through `npm run bench`");
  print("Socle", await benchFoundation(url));
  print("Recherche plein texte des comptes rendus (cible : < 50 ms)", await benchMinutesSearch(url));
  // The document benchmarks run in their own process (bench/run-convocation.ts, second half of
  // `npm run bench`): React's server build, needed here for "server-only" modules, cannot
  // render PDFs.
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
