/**
 * Bench of the minutes exports: DOCX and PDF of the largest fixture (the Vienne 2021 compte
 * rendu with its sections repeated three times: about 50 sections, 60 interventions, 47 people —
 * the size of the longest published comptes rendus), median wall time over N runs after
 * warm-ups, and the peak resident memory. No database needed. Targets: DOCX < 300 ms,
 * PDF < 1.5 s. React runs its development build unless NODE_ENV=production.
 */
import { renderMinutesDocx } from "@/lib/exports/minutes-docx";
import { renderMinutesPdf } from "@/lib/exports/minutes-pdf";
import { largeMinutes } from "@/tests/fixtures/minutes-document";
import type { ConvocationBenchResult } from "./convocation";

const RUNS = 10;
const WARMUPS = 2;

function nextMacrotask(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return (sorted.length % 2 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2) ?? 0;
}

async function measure(name: string, render: () => Promise<unknown>): Promise<ConvocationBenchResult> {
  for (let i = 0; i < WARMUPS; i += 1) {
    await render();
    await nextMacrotask();
  }
  const times: number[] = [];
  let rss = process.memoryUsage().rss;
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    await render();
    times.push(performance.now() - start);
    rss = Math.max(rss, process.memoryUsage().rss);
    // As between two requests: React frees a render's tree in a scheduler task.
    await nextMacrotask();
  }
  return { name, medianMs: Math.round(median(times) * 10) / 10, runs: RUNS, rssMb: Math.round((rss / 1024 / 1024) * 10) / 10 };
}

export async function benchMinutesExport(): Promise<ConvocationBenchResult[]> {
  const document = largeMinutes(3);
  const label = `${document.sections.length} sections`;
  return [
    await measure(`compte rendu DOCX (${label})`, () => renderMinutesDocx(document)),
    await measure(`compte rendu PDF (${label})`, () => renderMinutesPdf(document)),
  ];
}
