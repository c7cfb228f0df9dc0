/**
 * What the import form shows and says while a file uploads, is read and stored (pure, unit
 * tested): the NDJSON answer of POST /{code}/indicateurs/import split into lines as it
 * arrives, the visible French label and <progress> value of each step, and which steps are
 * worth announcing to a screen reader (not every tick: a polite live region read on every
 * upload event would never finish speaking).
 */
import { formatNumber } from "@/lib/format";
import type { IndicatorImportStreamLine } from "@/lib/indicators/loaders";

export type ImportStep =
  | { phase: "upload"; loaded: number; total: number }
  | Exclude<IndicatorImportStreamLine, { phase: "done" }>;

/**
 * Accumulates text chunks and hands back each complete line (without its "\n"; blank lines
 * dropped). `end()` returns what followed the last "\n", if anything: a stream cut short.
 */
export function createLineSplitter() {
  let rest = "";
  return {
    push(chunk: string): string[] {
      const parts = (rest + chunk).split("\n");
      rest = parts.pop() ?? "";
      return parts.map((p) => p.replace(/\r$/, "")).filter((p) => p.trim() !== "");
    },
    end(): string[] {
      const last = rest.replace(/\r$/, "");
      rest = "";
      return last.trim() === "" ? [] : [last];
    },
  };
}

/** One line of the answer, or null for anything that is not one (a proxy's error page, a cut line). */
export function readStreamLine(text: string): IndicatorImportStreamLine | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;
  const line = value as Record<string, unknown>;
  const count = (v: unknown) => typeof v === "number" && Number.isFinite(v) && v >= 0;
  switch (line.phase) {
    case "parse":
      return count(line.rows) ? (line as IndicatorImportStreamLine) : null;
    case "store":
      return count(line.done) && count(line.total) ? (line as IndicatorImportStreamLine) : null;
    case "done":
      return typeof line.result === "object" && line.result !== null && typeof (line.result as { ok?: unknown }).ok === "boolean"
        ? (line as IndicatorImportStreamLine)
        : null;
    default:
      return null;
  }
}

/** A whole percentage, never 100 before the end (rounding 99,6 up would claim it is over). */
export function percentOf(done: number, total: number): number {
  if (total <= 0) return 0;
  if (done >= total) return 100;
  return Math.min(99, Math.floor((done / total) * 100));
}

/** "Envoi du fichier : 45 %", "Lecture : 12 000 lignes", "Enregistrement : 120 / 480 périodes". */
export function stepLabel(step: ImportStep): string {
  switch (step.phase) {
    case "upload":
      return `Envoi du fichier : ${percentOf(step.loaded, step.total)}\u202f%`;
    case "parse":
      return `Lecture : ${formatNumber(step.rows)} ${step.rows < 2 ? "ligne" : "lignes"}`;
    case "store":
      return `Enregistrement : ${formatNumber(step.done)} / ${formatNumber(step.total)} ${step.total < 2 ? "période" : "périodes"}`;
  }
}

/** The <progress> value and max; null while reading (the number of rows is not known ahead): an indeterminate bar. */
export function stepMeter(step: ImportStep): { value: number; max: number } | null {
  switch (step.phase) {
    case "upload":
      return step.total > 0 ? { value: percentOf(step.loaded, step.total), max: 100 } : null;
    case "parse":
      return null;
    case "store":
      return step.total > 0 ? { value: percentOf(step.done, step.total), max: 100 } : null;
  }
}

export interface AnnounceOptions {
  /** Percentage points between two announcements of a measured step (upload, store) */
  everyPercent?: number;
  /** Milliseconds between two announcements of a counted step (rows read) */
  everyMs?: number;
}

/**
 * Decides which steps to announce: each new phase at once, then a measured step every
 * `everyPercent` points (and its end), a counted one every `everyMs`. Returns the text to put
 * in the live region, or null to leave it as it is.
 */
export function createAnnouncer({ everyPercent = 10, everyMs = 2000 }: AnnounceOptions = {}) {
  let last: { phase: ImportStep["phase"]; percent: number | null; at: number } | null = null;
  return (step: ImportStep, now: number): string | null => {
    const meter = stepMeter(step);
    const percent = meter ? meter.value : null;
    const due =
      !last ||
      last.phase !== step.phase ||
      (percent !== null && last.percent !== null ? percent - last.percent >= everyPercent || (percent === 100 && last.percent < 100) : now - last.at >= everyMs);
    if (!due) return null;
    last = { phase: step.phase, percent, at: now };
    return stepLabel(step);
  };
}
