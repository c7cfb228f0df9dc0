/**
 * What makes two register entries "the same request", so that importing a register again
 * (the same Excel file a month later, with new lines at its end) adds only what is new.
 * An entry's own reference identifies it when it has one; without one, its received date,
 * channel, type, subject and service do — subject and service compared without case, accents,
 * apostrophe style or extra spaces, as they get retyped in Excel. PURE.
 *
 * Without a reference, two genuine requests may look alike (two phone calls on the same day
 * about the same thing): such entries are counted, not merged — a file with two identical
 * lines, imported into a register that already holds one of them, adds the second only.
 */
import type { RequestChannel, RequestType } from "@/lib/register/vocabulary";

export interface FingerprintFields {
  reference: string | null;
  /** "YYYY-MM-DD" */
  receivedOn: string;
  channel: RequestChannel;
  type: RequestType;
  subject: string;
  service: string | null;
}

/** Case, accents, apostrophe style and runs of spaces ignored: "L’accueil  général" = "l'accueil general". */
export function normalizeForFingerprint(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’‘`´]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** "ref:2021-001", or "2021-01-04|EMAIL|INFORMATION|<subject>|<service>" for an entry without reference. */
export function registerFingerprint(e: FingerprintFields): string {
  const reference = e.reference ? normalizeForFingerprint(e.reference) : "";
  if (reference) return `ref:${reference}`;
  return [e.receivedOn, e.channel, e.type, normalizeForFingerprint(e.subject), normalizeForFingerprint(e.service ?? "")].join("|");
}

export interface ImportLine<T> {
  line: number;
  entry: T;
}

export interface ImportClassification<T> {
  /** Lines to write */
  fresh: ImportLine<T>[];
  /** Lines the register already holds: ignored */
  present: ImportLine<T>[];
}

/**
 * Splits a file's lines into new ones and those the register already holds, given the
 * fingerprints of the register's entries (one per entry, repeated when entries look alike):
 * the k first lines of a fingerprint the register holds k times are "present", the others new.
 */
export function classifyImportLines<T extends FingerprintFields>(lines: readonly ImportLine<T>[], existing: Iterable<string>): ImportClassification<T> {
  const left = new Map<string, number>();
  for (const f of existing) left.set(f, (left.get(f) ?? 0) + 1);
  const fresh: ImportLine<T>[] = [];
  const present: ImportLine<T>[] = [];
  for (const l of lines) {
    const f = registerFingerprint(l.entry);
    const n = left.get(f) ?? 0;
    if (n > 0) {
      left.set(f, n - 1);
      present.push(l);
    } else {
      fresh.push(l);
    }
  }
  return { fresh, present };
}

/**
 * Lines of one file that repeat an earlier line: a repeated reference is an error (a
 * reference names one request), repeated content without reference is only flagged.
 */
export function repeatedLines<T extends FingerprintFields>(lines: readonly ImportLine<T>[]): { line: number; sameAs: number; byReference: boolean }[] {
  const first = new Map<string, number>();
  const out: { line: number; sameAs: number; byReference: boolean }[] = [];
  for (const l of lines) {
    const f = registerFingerprint(l.entry);
    const seen = first.get(f);
    if (seen === undefined) first.set(f, l.line);
    else out.push({ line: l.line, sameAs: seen, byReference: f.startsWith("ref:") });
  }
  return out;
}
