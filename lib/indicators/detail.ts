/**
 * The indicator page's read (/{code}/indicateurs/{indicator}?annee=): one followed indicator
 * of a prefecture for a year and the year before (both as the entry grid reads them:
 * getIndicatorYear, so values, aggregates and targets are the grid's), the events annotated on
 * its timeline, and the history of its values from the audit log. Everything is serialisable
 * for the client chart. Every query carries the prefecture in its where clause; callers have
 * checked "results.read".
 */
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getIndicatorYears, type GridIndicator } from "./queries";
import { periodLongLabel, type Periodicity } from "./domain";

/** How many changes the page lists; the older ones are counted. */
export const HISTORY_LIMIT = 50;

export interface IndicatorAnnotationItem {
  id: string;
  /** "2021-03-17" (a calendar day) */
  on: string;
  label: string;
  /** false: an event of the prefecture shown on every indicator */
  ofThisIndicator: boolean;
}

/** One side of a change, as storePeriod writes it in the audit row. */
export interface HistoryState {
  value: number | null;
  isDirect: boolean;
  components: Record<string, number>;
  comment: string | null;
  explanation: string | null;
}

export interface HistoryEntry {
  id: string;
  /** ISO instant */
  at: string;
  by: string | null;
  /** "indicator.savePeriod" (grid), "indicator.import" (file or API) */
  action: string;
  /** "janvier 2021" */
  periodLabel: string;
  scope: string;
  /** null: the period had nothing stored */
  before: HistoryState | null;
  /** null: the period was emptied */
  after: HistoryState | null;
}

export interface IndicatorDetail {
  code: string;
  year: number;
  /** The label of the version in force that year (else the latest version's), for the title */
  label: string;
  /** null when no version of the definition is in force that year */
  indicator: GridIndicator | null;
  previous: GridIndicator | null;
  annotations: IndicatorAnnotationItem[];
  history: { entries: HistoryEntry[]; olderCount: number };
  /** Years the prefecture has values for (ascending), for the year links */
  yearsWithValues: number[];
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

function asRecord(value: Prisma.JsonValue | null): Record<string, unknown> | null {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

const numberOrNull = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : null);
const textOrNull = (v: unknown) => (typeof v === "string" && v !== "" ? v : null);

function stateOf(json: Record<string, unknown> | null): HistoryState | null {
  if (!json || json.removed === true) return null;
  const components = asRecord((json.components ?? null) as Prisma.JsonValue);
  return {
    value: numberOrNull(json.value),
    isDirect: json.isDirect === true,
    components: Object.fromEntries(
      Object.entries(components ?? {}).flatMap(([code, amount]) => (typeof amount === "number" ? [[code, amount]] : [])),
    ),
    comment: textOrNull(json.comment),
    explanation: textOrNull(json.explanation),
  };
}

const PERIODICITIES = new Set<string>(["MONTHLY", "QUARTERLY", "SEMIANNUAL", "YEARLY"]);

/**
 * The changes of this indicator's values of `year` in the prefecture, newest first: the audit
 * rows storePeriod writes (entityType IndicatorValue; `after` always carries the indicator's
 * code, the year, the period and the scope, also when the period was emptied).
 */
async function findHistory(prefectureId: string, code: string, year: number): Promise<IndicatorDetail["history"]> {
  const where: Prisma.AuditLogWhereInput = {
    prefectureId,
    entityType: "IndicatorValue",
    AND: [{ after: { path: ["indicator"], equals: code } }, { after: { path: ["year"], equals: year } }],
  };
  const [rows, total] = await Promise.all([
    db.auditLog.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take: HISTORY_LIMIT,
      select: { id: true, at: true, action: true, before: true, after: true, user: { select: { name: true } } },
    }),
    db.auditLog.count({ where }),
  ]);
  const entries = rows.map((row): HistoryEntry => {
    const after = asRecord(row.after);
    const periodicity = String(after?.periodicity ?? "");
    const period = Number(after?.period);
    return {
      id: row.id.toString(),
      at: row.at.toISOString(),
      by: row.user?.name ?? null,
      action: row.action,
      periodLabel: PERIODICITIES.has(periodicity) && Number.isInteger(period) ? periodLongLabel(periodicity as Periodicity, period, year) : String(year),
      scope: typeof after?.scope === "string" ? after.scope : "",
      before: stateOf(asRecord(row.before)),
      after: stateOf(after),
    };
  });
  return { entries, olderCount: Math.max(0, total - rows.length) };
}

/**
 * The indicator page's data, or null when the prefecture does not follow (or no longer
 * follows) the indicator of that code. Memoised per request: generateMetadata and the page
 * share it.
 */
export const getIndicatorDetail = cache(async (prefectureId: string, code: string, year: number): Promise<IndicatorDetail | null> => {
  const followed = await db.prefectureIndicator.findFirst({
    where: { prefectureId, active: true, definition: { code } },
    select: {
      definitionId: true,
      definition: { select: { versions: { orderBy: { versionNumber: "desc" }, take: 1, select: { label: true } } } },
    },
  });
  if (!followed) return null;

  const [grids, annotations, history] = await Promise.all([
    getIndicatorYears(prefectureId, [year, year - 1]),
    db.indicatorAnnotation.findMany({
      where: {
        prefectureId,
        OR: [{ definitionId: followed.definitionId }, { definitionId: null }],
        on: { gte: new Date(Date.UTC(year, 0, 1)), lte: new Date(Date.UTC(year, 11, 31)) },
      },
      orderBy: [{ on: "asc" }, { label: "asc" }],
      select: { id: true, on: true, label: true, definitionId: true },
    }),
    findHistory(prefectureId, code, year),
  ]);
  const current = grids[0]!;
  const before = grids[1]!;
  const indicator = current.indicators.find((i) => i.definitionId === followed.definitionId) ?? null;
  return {
    code,
    year,
    label: indicator?.label ?? followed.definition.versions[0]?.label ?? code,
    indicator,
    previous: before.indicators.find((i) => i.definitionId === followed.definitionId) ?? null,
    annotations: annotations.map((a) => ({ id: a.id, on: isoDay(a.on), label: a.label, ofThisIndicator: a.definitionId !== null })),
    history,
    yearsWithValues: current.yearsWithValues,
  };
});
