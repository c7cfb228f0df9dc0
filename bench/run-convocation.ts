/** `npx tsx bench/run-convocation.ts`: prints the meeting documents and minutes exports bench as a table. */
import { benchConvocation } from "./convocation";
import { benchMinutesExport } from "./minutes-export";

async function main() {
  const results = [...(await benchConvocation()), ...(await benchMinutesExport())];
  console.table(results.map((r) => ({ document: r.name, "médiane (ms)": r.medianMs, essais: r.runs, "RSS (Mo)": r.rssMb })));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
