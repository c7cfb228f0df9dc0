/**
 * Importing a year file into the stored figures (the action importIndicatorYear and the API
 * route share it through the action): the prefecture's followed indicators under the version
 * in force that year are what the file is read against; the preview checks every period with
 * the grid's rule and the locks, the import stores each period through storePeriod (source
 * IMPORT), all in the caller's transaction.
 *
 * Each block of the file is stored under its scope ("Périmètre"; none = the whole prefecture)
 * and its periodicity (the indicator's, or coarser: a yearly rate of a monthly indicator).
 * A period with nothing in the file is left as stored, and so is a locked period the file gives
 * as stored (a locked year exported then imported back); a locked period the file would change
 * refuses the whole file. A published rate is stored only when it
 * stands alone (no components: a direct value) or disagrees with the components (a
 * discrepancy); a rate that agrees with them keeps what is stored, so that exporting a year and
 * importing it back changes nothing.
 *
 * Progress (rows read, periods stored) goes to `onProgress`, or to the listener set around
 * the call by withImportProgress: the import route runs the action unchanged (same schema,
 * transaction and audit) and still hears its progress, which cannot travel in the action's
 * zod-checked input.
 */
import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { ActionError } from "@/lib/action-client";
import type { AuditEntry } from "@/lib/audit-log";
import type { Tx } from "@/lib/db";
import { isFigure, periodLongLabel, validateEntry, type Periodicity } from "./domain";
import { parseYearFile, type Discrepancy, type IndicatorYearBlock, type YearImportError, type YearTableDefinition } from "./import";
import { versionForYear, type DefinitionVersionWithComponents } from "./queries";
import { periodWouldChange, storePeriod, type StorePeriodInput } from "./store";

export interface ImportedIndicatorCount {
  code: string;
  label: string;
  /** Scopes the file has figures for ("" = the whole prefecture), in file order */
  scopes: string[];
  /**
   * Scopes of the file under which the prefecture has no figure of this indicator yet (any
   * year): a new series once imported — or a misspelt scope, which the preview should show.
   */
  newScopes: string[];
  /** Periods with figures in the file, every scope and periodicity */
  periods: number;
  /** Periods whose stored figures changed (import only) */
  changed?: number;
}

export type IndicatorYearImportReport =
  | { status: "invalid"; errors: YearImportError[] }
  | { status: "preview" | "imported"; indicators: ImportedIndicatorCount[]; discrepancies: Discrepancy[] };

/** What a long import reports while it works: rows of the file read, then periods stored. */
export type ImportProgress = { phase: "parse"; rows: number } | { phase: "store"; done: number; total: number };
export type ImportProgressListener = (progress: ImportProgress) => void;

const progressListener = new AsyncLocalStorage<ImportProgressListener>();

/** Runs `fn` with `onProgress` hearing the progress of every importYearFile called inside it. */
export function withImportProgress<T>(onProgress: ImportProgressListener, fn: () => Promise<T>): Promise<T> {
  return progressListener.run(onProgress, fn);
}

interface Followed {
  definitionId: string;
  code: string;
  version: DefinitionVersionWithComponents;
}

async function followedInForce(tx: Tx, prefectureId: string, year: number): Promise<Followed[]> {
  const rows = await tx.prefectureIndicator.findMany({
    where: { prefectureId, active: true },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    include: { definition: { include: { versions: { orderBy: { versionNumber: "asc" }, include: { components: { orderBy: { position: "asc" } } } } } } },
  });
  return rows.flatMap((f) => {
    const version = versionForYear(f.definition.versions, year);
    return version ? [{ definitionId: f.definitionId, code: f.definition.code, version }] : [];
  });
}

function definitionOf(f: Followed): YearTableDefinition {
  const v = f.version;
  return {
    code: f.code,
    label: v.label,
    unit: v.unit,
    periodicity: v.periodicity,
    formula: v.formula,
    precision: v.precision,
    components: v.components.map((c) => ({ code: c.code, label: c.label, role: c.role })),
  };
}

interface FilePeriod {
  period: number;
  figures: Record<string, number | null>;
  hasComponents: boolean;
  rate: number | null;
}

/** The periods of a block that carry something (components or a rate). */
function periodsOf(block: IndicatorYearBlock): FilePeriod[] {
  const count = Math.max(0, ...Object.values(block.figures).map((v) => v.length), block.published?.length ?? 0);
  return Array.from({ length: count }, (_, i) => {
    const figures = Object.fromEntries(block.components.map((c) => [c.code, block.figures[c.code]?.[i] ?? null]));
    const hasComponents = Object.values(figures).some(isFigure);
    return { period: i + 1, figures, hasComponents, rate: block.published?.[i] ?? null };
  }).filter((p) => p.hasComponents || p.rate !== null);
}

export interface ImportYearArgs {
  prefectureId: string;
  userId: string;
  year: number;
  fileName: string;
  bytes: Uint8Array;
  confirm: boolean;
  audit(entry: AuditEntry): Promise<void>;
  /** Hears the progress; otherwise the listener of withImportProgress, if any. */
  onProgress?: ImportProgressListener;
}

export async function importYearFile(tx: Tx, args: ImportYearArgs): Promise<IndicatorYearImportReport> {
  const { prefectureId, year } = args;
  const followed = await followedInForce(tx, prefectureId, year);
  const byCode = new Map(followed.map((f) => [f.code, f]));
  const onProgress = args.onProgress ?? progressListener.getStore();
  const parsed = await parseYearFile(args.bytes, args.fileName, followed.map(definitionOf), {
    year,
    ...(onProgress ? { onProgress: (rows: number) => onProgress({ phase: "parse", rows }) } : {}),
  });
  const auditBase = { entityType: "Prefecture", entityId: prefectureId, prefectureId };
  const fileInfo = { year, fileName: args.fileName, bytes: args.bytes.byteLength };
  if (!parsed.ok) {
    if (args.confirm) {
      throw new ActionError("INVALID", `Le fichier contient ${parsed.errors.length} erreur(s) : aucun chiffre n'a été importé.`, {
        fileBase64: parsed.errors.map((e) => e.message),
      });
    }
    await args.audit({ ...auditBase, action: "indicator.importYear.preview", after: { ...fileInfo, errors: parsed.errors.length } });
    return { status: "invalid", errors: parsed.errors };
  }

  // Every period checked with the grid's rule and the locks before anything is written.
  const key = (code: string, scope: string, periodicity: Periodicity, period: number) => `${code}\u0000${scope}\u0000${periodicity}\u0000${period}`;
  const disagreeing = new Set(parsed.discrepancies.map((d) => key(d.indicatorCode, d.scope, d.periodicity, d.period)));
  const storeInput = (w: { block: IndicatorYearBlock; scope: string; followed: Followed }, p: FilePeriod): StorePeriodInput => ({
    prefectureId,
    userId: args.userId,
    definitionId: w.followed.definitionId,
    definitionCode: w.block.code,
    versionRow: w.followed.version,
    year,
    period: p.period,
    periodicity: w.block.periodicity,
    scope: w.scope,
    figures: p.figures,
    direct: p.hasComponents ? null : p.rate,
    expectedVersion: "ANY",
    source: "IMPORT",
    published: p.hasComponents && disagreeing.has(key(w.block.code, w.scope, w.block.periodicity, p.period)) ? p.rate : undefined,
    skipUnchanged: true,
    auditAction: "indicator.importYear",
    audit: args.audit,
  });
  const locks = await tx.indicatorPeriodLock.findMany({ where: { prefectureId, year }, select: { periodicity: true, period: true } });
  const isLocked = (periodicity: Periodicity, period: number) => locks.some((l) => l.periodicity === periodicity && l.period === period);
  const errors: YearImportError[] = [];
  const lockedLabels = new Set<string>();
  const work = parsed.table.indicators.flatMap((block) => {
    const f = byCode.get(block.code);
    if (!f) return [];
    const periods = periodsOf(block);
    const scope = block.scope ?? "";
    const where = scope ? `, périmètre « ${scope} »` : "";
    const lockedPeriods: FilePeriod[] = [];
    for (const p of periods) {
      const when = periodLongLabel(block.periodicity, p.period, year);
      const problems = validateEntry(block, p.figures, p.hasComponents ? null : p.rate);
      for (const problem of problems) errors.push({ line: 0, message: `${block.code}${where}, ${when} : ${problem.message}` });
      if (problems.length === 0 && isLocked(block.periodicity, p.period)) lockedPeriods.push(p);
    }
    return [{ block, scope, followed: f, periods, lockedPeriods }];
  });
  // A locked period the file gives as stored (a year exported then imported back) is left
  // alone; one the file would change refuses the whole file.
  for (const w of work) {
    for (const p of w.lockedPeriods) {
      if (await periodWouldChange(tx, storeInput(w, p))) {
        lockedLabels.add(`${periodLongLabel(w.block.periodicity, p.period, year)} (${w.block.code}${w.scope ? `, périmètre « ${w.scope} »` : ""})`);
      }
    }
  }
  if (lockedLabels.size) {
    const names = [...lockedLabels].join(", ");
    const message = `Import refusé : ${lockedLabels.size > 1 ? "ces périodes sont verrouillées" : "cette période est verrouillée"} (chiffres présentés au comité) : ${names}. Aucun chiffre n'a été importé ; un référent qualité doit d'abord les déverrouiller, ou retirez-les du fichier.`;
    if (args.confirm) throw new ActionError("CONFLICT", message);
    errors.unshift({ line: 0, message });
  }
  if (errors.length) {
    if (args.confirm) throw new ActionError("INVALID", `${errors[0]?.message ?? ""} Aucun chiffre n'a été importé.`, { fileBase64: errors.map((e) => e.message) });
    await args.audit({ ...auditBase, action: "indicator.importYear.preview", after: { ...fileInfo, errors: errors.length } });
    return { status: "invalid", errors };
  }

  // One count per indicator (its scopes and periodicities together), in file order.
  const storedScopes = await tx.indicatorValue.groupBy({
    by: ["definitionId", "scope"],
    where: { prefectureId, definitionId: { in: [...new Set(work.map((w) => w.followed.definitionId))] }, scope: { not: "" } },
  });
  const counts: ImportedIndicatorCount[] = [];
  for (const w of work) {
    let count = counts.find((c) => c.code === w.block.code);
    if (!count) counts.push((count = { code: w.block.code, label: w.block.label, scopes: [], newScopes: [], periods: 0 }));
    if (!count.scopes.includes(w.scope)) count.scopes.push(w.scope);
    const known = w.scope === "" || storedScopes.some((s) => s.definitionId === w.followed.definitionId && s.scope === w.scope);
    if (!known && w.periods.length > 0 && !count.newScopes.includes(w.scope)) count.newScopes.push(w.scope);
    count.periods += w.periods.length;
  }
  if (!args.confirm) {
    await args.audit({ ...auditBase, action: "indicator.importYear.preview", after: { ...fileInfo, indicators: counts, discrepancies: parsed.discrepancies.length } });
    return { status: "preview", indicators: counts, discrepancies: parsed.discrepancies };
  }

  const total = work.reduce((sum, w) => sum + w.periods.length, 0);
  // About a hundred reports whatever the size: a national file has thousands of periods.
  const step = Math.max(1, Math.floor(total / 100));
  let done = 0;
  onProgress?.({ phase: "store", done, total });
  for (const count of counts) count.changed = 0;
  for (const w of work) {
    const count = counts.find((c) => c.code === w.block.code);
    for (const p of w.periods) {
      const saved = await storePeriod(tx, storeInput(w, p));
      if (saved.changed && count) count.changed = (count.changed ?? 0) + 1;
      done += 1;
      if (done % step === 0 || done === total) onProgress?.({ phase: "store", done, total });
    }
  }
  await args.audit({ ...auditBase, action: "indicator.importYear", after: { ...fileInfo, indicators: counts, discrepancies: parsed.discrepancies.length } });
  return { status: "imported", indicators: counts, discrepancies: parsed.discrepancies };
}
