// `npm run bench`: prints the portal's speed and memory figures. Never run inside the tests.
import { benchFoundation, type BenchRow } from "./foundation";

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
  // Document benchmarks register here as they arrive (bench/convocation.ts).
  try {
    const modulePath = "./convocation"; // may not exist yet on an older checkout
    const mod = (await import(modulePath)) as { benchConvocation?: () => Promise<BenchRow[]> };
    if (mod.benchConvocation) print("Documents de séance", await mod.benchConvocation());
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "MODULE_NOT_FOUND" && (error as NodeJS.ErrnoException).code !== "ERR_MODULE_NOT_FOUND") throw error;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
