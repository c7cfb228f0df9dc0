/**
 * Bench of the meeting documents: convocation DOCX and PDF, attendance sheet PDF and .ics for
 * the largest fixture (47 members, 15 agenda items), N runs after warm-ups, median wall time
 * and the peak resident memory of the process during that document's runs. No database
 * needed. React runs its development build unless NODE_ENV=production
 * (as under `next start`); the PDF renders are faster in production.
 */
import { renderAttendanceSheetPdf } from "@/lib/exports/attendance-sheet-pdf";
import { renderConvocationDocx } from "@/lib/exports/convocation-docx";
import { renderConvocationPdf } from "@/lib/exports/convocation-pdf";
import { renderMeetingIcs } from "@/lib/exports/ics";
import { vienneClu2021 } from "@/tests/fixtures/meeting-document";

export interface ConvocationBenchResult {
  name: string;
  medianMs: number;
  runs: number;
  rssMb: number;
}

const RUNS = 20;
const WARMUPS = 2;

/**
 * Between runs, as between two requests of a server: React (under @react-pdf/renderer) frees a
 * render's tree in a scheduler task, so back-to-back renders without yielding pile up memory.
 */
function nextMacrotask(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return value ?? 0;
}

async function measure(name: string, render: () => Promise<unknown>, runs = RUNS): Promise<ConvocationBenchResult> {
  for (let i = 0; i < WARMUPS; i += 1) {
    await render();
    await nextMacrotask();
  }
  const times: number[] = [];
  let rss = process.memoryUsage().rss;
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await render();
    times.push(performance.now() - start);
    rss = Math.max(rss, process.memoryUsage().rss);
    await nextMacrotask();
  }
  return {
    name,
    medianMs: Math.round(median(times) * 10) / 10,
    runs,
    rssMb: Math.round((rss / 1024 / 1024) * 10) / 10,
  };
}

export async function benchConvocation(): Promise<ConvocationBenchResult[]> {
  const data = vienneClu2021;
  const label = `${data.participants.length} membres`;
  return [
    await measure(`convocation DOCX (${label})`, () => renderConvocationDocx(data)),
    await measure(`convocation PDF (${label})`, () => renderConvocationPdf(data)),
    await measure(`feuille d'émargement PDF (${label})`, () => renderAttendanceSheetPdf(data)),
    await measure(`séance .ics`, () => Promise.resolve(renderMeetingIcs(data, { uid: `${data.meetingId}@bench` }))),
  ];
}
