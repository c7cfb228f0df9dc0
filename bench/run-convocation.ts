/** `npx tsx bench/run-convocation.ts`: prints the meeting documents bench as a table. */
import { benchConvocation } from "./convocation";

async function main() {
  const results = await benchConvocation();
  console.table(results.map((r) => ({ document: r.name, "médiane (ms)": r.medianMs, essais: r.runs, "RSS (Mo)": r.rssMb })));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
