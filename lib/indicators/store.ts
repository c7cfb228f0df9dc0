/**
 * Storing one period of an indicator: the one rule the entry grid's save and the year import
 * share — a locked period refused, components checked and the value computed by the domain,
 * the optimistic lock honoured, the row and its components written, the audit row.
 * Callers have checked the policy and that the prefecture follows the indicator.
 */
import "server-only";
import { ActionError } from "@/lib/action-client";
import type { AuditEntry } from "@/lib/audit-log";
import { formatDateTime } from "@/lib/format";
import type { Tx } from "@/lib/db";
import { computeValue, isFigure, isFinerThan, isValidPeriod, meetsTarget, periodLongLabel, validateEntry, type Periodicity } from "./domain";
import type { DefinitionVersionWithComponents } from "./queries";

export interface SavedIndicatorPeriod {
  /** null when the period was emptied (its row removed) */
  version: number | null;
  /** the stored row (IndicatorValue.id); null when the period was emptied */
  valueId: string | null;
  components: Record<string, number | null>;
  computed: number | null;
  value: number | null;
  isDirect: boolean;
  met: boolean | null;
  comment: string | null;
  explanation: string | null;
  updatedAt: string | null;
  enteredBy: string | null;
}

export interface StorePeriodInput {
  prefectureId: string;
  userId: string;
  definitionId: string;
  /** The definition's code, for the audit context */
  definitionCode: string;
  /** The definition version in force that year (versionForYear) */
  versionRow: DefinitionVersionWithComponents;
  year: number;
  period: number;
  /**
   * The period's periodicity when coarser than the version's (a yearly rate of a monthly
   * indicator, as an imported file may carry); absent: the version's.
   */
  periodicity?: Periodicity;
  scope: string;
  /** Component figures by code; absent codes are empty */
  figures: Record<string, number | null | undefined>;
  /** A value given without its components (used only when no component is given) */
  direct: number | null | undefined;
  /** undefined keeps the stored comment / explanation */
  comment?: string | null;
  explanation?: string | null;
  /** The stored row's version the caller started from (null: nothing stored); "ANY" overwrites */
  expectedVersion: number | null | "ANY";
  source: "MANUAL" | "IMPORT" | "REGISTER";
  /** The published rate (an imported table's rate row), kept beside the computed value */
  published?: number | null;
  /** Leaves a period whose stored state equals the new one untouched (no new version, no audit) */
  skipUnchanged?: boolean;
  /** Audit action name ("indicator.savePeriod", "indicator.import") */
  auditAction: string;
  audit(entry: AuditEntry): Promise<void>;
}

export interface StoredPeriod extends SavedIndicatorPeriod {
  /** false when skipUnchanged left the period as it was */
  changed: boolean;
}

async function stateOf(tx: Tx, id: string) {
  const row = await tx.indicatorValue.findUnique({
    where: { id },
    include: { components: { include: { component: { select: { code: true } } } }, enteredBy: { select: { name: true } } },
  });
  if (!row) return null;
  return {
    row,
    audit: {
      value: row.value?.toNumber() ?? null,
      isDirect: row.isDirect,
      components: Object.fromEntries(row.components.map((c) => [c.component.code, c.amount.toNumber()])),
      published: row.publishedValue?.toNumber() ?? null,
      comment: row.comment,
      explanation: row.explanation,
      version: row.version,
    },
  };
}

function conflictMessage(by: string | null, at: Date): string {
  return `Cette période a été enregistrée entre-temps par ${by ?? "une autre personne"} le ${formatDateTime(at)}. Vos saisies sont conservées : rechargez la page pour voir ses valeurs actuelles avant de les remplacer.`;
}

/** The period as the grid has it, read from what is stored (no row: nothing stored). */
export async function storePeriod(tx: Tx, input: StorePeriodInput): Promise<StoredPeriod> {
  return (await storeOrCompare(tx, input, "store")) as StoredPeriod;
}

/**
 * Whether storePeriod would change the stored period, with every check it makes and nothing
 * written: the import's preview tells a locked period given as stored (left alone) from one
 * the file would change (refused).
 */
export async function periodWouldChange(tx: Tx, input: StorePeriodInput): Promise<boolean> {
  return (await storeOrCompare(tx, { ...input, skipUnchanged: true }, "compare")).changed;
}

async function storeOrCompare(tx: Tx, input: StorePeriodInput, mode: "store" | "compare"): Promise<StoredPeriod | { changed: boolean }> {
  const { prefectureId, versionRow: version, year, period, scope } = input;
  const periodicity = input.periodicity ?? version.periodicity;
  if (isFinerThan(periodicity, version.periodicity) || !isValidPeriod(periodicity, period)) throw new ActionError("INVALID", "Cette période n'existe pas pour cet indicateur.");
  const when = periodLongLabel(periodicity, period, year);

  const lock = await tx.indicatorPeriodLock.findUnique({
    where: { prefectureId_year_periodicity_period: { prefectureId, year, periodicity, period } },
  });
  const lockedError = () =>
    new ActionError("CONFLICT", `La période ${when} est verrouillée : ses chiffres ont été présentés au comité. Un référent qualité doit la déverrouiller pour la modifier.`);
  // A caller that skips unchanged periods (the import) may give a locked period as stored: it is
  // left alone below. Any other write to a locked period is refused before anything else.
  if (lock && !input.skipUnchanged) throw lockedError();

  const known = new Map(version.components.map((c) => [c.code, c]));
  const unknown = Object.keys(input.figures).filter((code) => !known.has(code));
  if (unknown.length) throw new ActionError("INVALID", `Composante inconnue pour cet indicateur : ${unknown.join(", ")}.`);
  const figures: Record<string, number | null> = Object.fromEntries(version.components.map((c) => [c.code, input.figures[c.code] ?? null]));
  const hasComponents = Object.values(figures).some(isFigure);
  const direct = !hasComponents && isFigure(input.direct) ? input.direct : null;
  const def = {
    formula: version.formula,
    unit: version.unit,
    components: version.components.map((c) => ({ code: c.code, label: c.label, role: c.role })),
  };
  const problems = validateEntry(def, figures, direct);
  if (problems.length) {
    const fieldErrors: Record<string, string[]> = {};
    for (const p of problems) (fieldErrors[p.field === "direct" ? "directValue" : `components.${p.field}`] ??= []).push(p.message);
    throw new ActionError("INVALID", problems.map((p) => p.message).join(" "), fieldErrors);
  }
  const computed = computeValue(def, figures);

  const key = { prefectureId, definitionId: input.definitionId, scope, periodicity, year, period };
  const existing = await tx.indicatorValue.findUnique({
    where: { prefectureId_definitionId_scope_periodicity_year_period: key },
    select: { id: true },
  });
  const before = existing ? await stateOf(tx, existing.id) : null;
  if (input.expectedVersion !== "ANY") {
    if (before && before.row.version !== input.expectedVersion) {
      throw new ActionError("CONFLICT", conflictMessage(before.row.enteredBy?.name ?? null, before.row.updatedAt));
    }
    if (!before && input.expectedVersion !== null) {
      throw new ActionError("CONFLICT", "Cette période a été vidée entre-temps par une autre personne. Rechargez la page pour voir ses valeurs actuelles.");
    }
  }

  const comment = input.comment === undefined ? (before?.row.comment ?? null) : input.comment;
  const explanation = input.explanation === undefined ? (before?.row.explanation ?? null) : input.explanation;
  const auditBase = { action: input.auditAction, entityType: "IndicatorValue", prefectureId };
  const context = { indicator: input.definitionCode, year, periodicity, period, scope };

  const published = direct ?? input.published;
  const data = {
    definitionVersionId: version.id,
    isDirect: direct !== null,
    value: direct ?? computed,
    ...(published !== undefined ? { publishedValue: published } : {}),
    source: input.source,
    comment,
    explanation,
    enteredById: input.userId,
  };
  // Values are stored with 4 decimals (Decimal(14, 4)): compared as stored.
  const asStored = (n: number | null | undefined) => (n === null || n === undefined ? null : Number(n.toFixed(4)));
  const unchanged =
    input.skipUnchanged &&
    before !== null &&
    before.row.isDirect === data.isDirect &&
    before.audit.value === asStored(data.value) &&
    (published === undefined || before.audit.published === asStored(published)) &&
    before.row.comment === comment &&
    before.row.explanation === explanation &&
    version.components.every((c) => (before.audit.components[c.code] ?? null) === asStored(figures[c.code]));

  const emptied = !hasComponents && direct === null && !comment && !explanation;
  if (mode === "compare") return { changed: emptied ? before !== null : !unchanged };
  if (lock && (emptied || !unchanged)) throw lockedError();

  if (emptied) {
    // Every cell emptied: the period has no figure any more.
    if (before) {
      const { count } = await tx.indicatorValue.deleteMany({ where: { id: before.row.id, prefectureId, version: before.row.version } });
      if (count === 0) throw new ActionError("CONFLICT", conflictMessage(null, new Date()));
      await input.audit({ ...auditBase, entityId: before.row.id, before: { ...context, ...before.audit }, after: { ...context, removed: true } });
    } else if (!input.skipUnchanged) {
      await input.audit({ ...auditBase, entityId: null, before: null, after: { ...context, removed: true } });
    }
    return {
      changed: before !== null || !input.skipUnchanged,
      version: null,
      valueId: null,
      components: figures,
      computed: null,
      value: null,
      isDirect: false,
      met: null,
      comment: null,
      explanation: null,
      updatedAt: null,
      enteredBy: null,
    };
  }

  let id: string;
  if (unchanged && before) {
    id = before.row.id;
  } else if (before) {
    const { count } = await tx.indicatorValue.updateMany({
      where: { id: before.row.id, prefectureId, version: before.row.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) throw new ActionError("CONFLICT", conflictMessage(null, new Date()));
    id = before.row.id;
    await tx.indicatorComponentValue.deleteMany({ where: { valueId: id } });
  } else {
    id = (await tx.indicatorValue.create({ data: { ...key, ...data }, select: { id: true } })).id;
  }
  if (!unchanged) {
    const rows = version.components.flatMap((c) => {
      const amount = figures[c.code];
      return isFigure(amount) ? [{ valueId: id, componentId: c.id, amount }] : [];
    });
    if (rows.length) await tx.indicatorComponentValue.createMany({ data: rows });
  }

  const after = await stateOf(tx, id);
  if (!after) throw new Error("saved indicator value vanished");
  if (!unchanged) {
    await input.audit({ ...auditBase, entityId: id, before: before ? { ...context, ...before.audit } : null, after: { ...context, ...after.audit } });
  }

  const targets = await tx.indicatorTarget.findMany({
    where: { prefectureId, definitionId: input.definitionId, OR: [{ year }, { year: null }] },
  });
  const ownTarget = targets.find((t) => t.year === year) ?? targets.find((t) => t.year === null);
  const target = ownTarget
    ? { value: ownTarget.value.toNumber(), direction: ownTarget.direction }
    : version.targetValue !== null && version.targetDirection !== null
      ? { value: version.targetValue.toNumber(), direction: version.targetDirection }
      : null;
  const value = after.audit.value;
  return {
    changed: !unchanged,
    version: after.row.version,
    valueId: id,
    components: figures,
    computed,
    value,
    isDirect: after.row.isDirect,
    met: meetsTarget(value, target, { precision: version.precision }),
    comment: after.row.comment,
    explanation: after.row.explanation,
    updatedAt: after.row.updatedAt.toISOString(),
    enteredBy: after.row.enteredBy?.name ?? null,
  };
}
