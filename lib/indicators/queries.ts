/**
 * Indicator reads: a prefecture's year as the entry grid shows it — the indicators it follows
 * (active, in its order), each under the definition version in force that year, with its
 * target, every period's figures, computed value and status, and the yearly aggregate.
 * Formulas, aggregation and targets are the domain's (lib/indicators/domain); every query
 * carries the prefecture in its where clause; callers have checked the policy.
 */
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { currentOf } from "@/lib/periods";
import {
  aggregateInto,
  computeValue,
  meetsTarget,
  PERIODS_PER_YEAR,
  periodLongLabel,
  periodShortLabel,
  periodValue,
  type AggregationRule,
  type ComponentRole,
  type FormulaKind,
  type IndicatorUnit,
  type IndicatorValueInput,
  type Periodicity,
  type TargetDirection,
} from "./domain";

type Client = Tx | typeof db;

const versionInclude = { components: { orderBy: { position: "asc" } } } satisfies Prisma.IndicatorDefinitionVersionInclude;
export type DefinitionVersionWithComponents = Prisma.IndicatorDefinitionVersionGetPayload<{ include: typeof versionInclude }>;

const yearStart = (year: number) => new Date(Date.UTC(year, 0, 1));
const yearEnd = (year: number) => new Date(Date.UTC(year, 11, 31));

/**
 * The definition version an entry of `year` is made under: the one in force on 1 January,
 * else the first that comes into force during the year (lib/periods' rule, effectiveTo
 * being the last day included).
 */
export function versionForYear<V extends { effectiveFrom: Date; effectiveTo: Date | null }>(versions: readonly V[], year: number): V | null {
  const spans = versions.map((v) => ({ v, startsOn: v.effectiveFrom, endsOn: v.effectiveTo }));
  const onFirstDay = currentOf(spans, yearStart(year));
  if (onFirstDay) return onFirstDay.v;
  const during = spans
    .filter((s) => s.startsOn.getTime() <= yearEnd(year).getTime() && s.startsOn.getTime() > yearStart(year).getTime())
    .sort((a, b) => a.startsOn.getTime() - b.startsOn.getTime());
  return during[0]?.v ?? null;
}

/** The versions of a definition, with their components in order (for versionForYear). */
export async function findDefinitionVersions(client: Client, definitionId: string): Promise<DefinitionVersionWithComponents[]> {
  return client.indicatorDefinitionVersion.findMany({
    where: { definitionId },
    orderBy: { versionNumber: "asc" },
    include: versionInclude,
  });
}

export interface GridTarget {
  value: number;
  direction: TargetDirection;
  /** YEAR: the prefecture's target for this year; LOCAL: its every-year target; NATIONAL: the version's default */
  source: "YEAR" | "LOCAL" | "NATIONAL";
}

export interface GridPeriod {
  period: number;
  /** "janv.", "T1" */
  label: string;
  /** "janvier 2021" */
  longLabel: string;
  components: Record<string, number | null>;
  /** computed from complete components (the domain's computeValue), else null */
  computed: number | null;
  /** the value shown: computed, else the published / directly entered value */
  value: number | null;
  /** the published figure (an imported table's rate, or the value entered directly) */
  published: number | null;
  isDirect: boolean;
  met: boolean | null;
  comment: string | null;
  explanation: string | null;
  /** optimistic lock of the stored row; null when nothing is stored yet */
  version: number | null;
  /** the stored row (IndicatorValue.id), e.g. for an action answering a missed target */
  valueId: string | null;
  updatedAt: string | null;
  enteredBy: string | null;
  locked: boolean;
}

export interface GridAggregate {
  value: number | null;
  met: boolean | null;
  method: AggregationRule | null;
  approximate: boolean;
  complete: boolean;
  /** AGGREGATED from the periods; AS_ENTERED when only a value for the whole year exists */
  source: "AGGREGATED" | "AS_ENTERED" | "NONE";
}

/** A period stored at another periodicity than the indicator's (a yearly rate of a monthly indicator). */
export interface GridOtherPeriod {
  periodicity: Periodicity;
  period: number;
  components: Record<string, number | null>;
  computed: number | null;
  /** the published figure (an imported table's rate, or the value entered directly) */
  published: number | null;
  isDirect: boolean;
}

export interface GridSeries {
  /** "" for the whole prefecture, otherwise "services", "standard"… */
  scope: string;
  periods: GridPeriod[];
  /**
   * Stored periods the grid has no column for, coarsest first: the aggregate uses them, and the
   * export must carry them so that a file exported then imported loses nothing.
   */
  otherPeriods: GridOtherPeriod[];
  aggregate: GridAggregate;
}

export interface GridIndicator {
  prefectureIndicatorId: string;
  definitionId: string;
  code: string;
  label: string;
  description: string | null;
  unit: IndicatorUnit;
  periodicity: Periodicity;
  formula: FormulaKind;
  aggregation: AggregationRule;
  precision: number;
  versionNumber: number;
  components: { code: string; label: string; role: ComponentRole }[];
  target: GridTarget | null;
  /** Staff the referent assigned this indicator to; empty: every staff member enters it */
  assigneeIds: string[];
  series: GridSeries[];
}

export interface IndicatorYear {
  year: number;
  indicators: GridIndicator[];
  /** Years with stored values, for links to other years (ascending) */
  yearsWithValues: number[];
  /** The year's locked periods (presented to the committee) */
  locks: { periodicity: Periodicity; period: number }[];
}


function targetFor(
  targets: readonly { year: number | null; value: Prisma.Decimal; direction: TargetDirection }[],
  version: { targetValue: Prisma.Decimal | null; targetDirection: TargetDirection | null },
  year: number,
): GridTarget | null {
  const ofYear = targets.find((t) => t.year === year);
  if (ofYear) return { value: ofYear.value.toNumber(), direction: ofYear.direction, source: "YEAR" };
  const everyYear = targets.find((t) => t.year === null);
  if (everyYear) return { value: everyYear.value.toNumber(), direction: everyYear.direction, source: "LOCAL" };
  if (version.targetValue !== null && version.targetDirection !== null) {
    return { value: version.targetValue.toNumber(), direction: version.targetDirection, source: "NATIONAL" };
  }
  return null;
}

/** The entry grid of one prefecture for one year. */
export async function getIndicatorYear(prefectureId: string, year: number): Promise<IndicatorYear> {
  const [grid] = await getIndicatorYears(prefectureId, [year]);
  return grid!;
}

/** A stored period as the grid reads it: one row per value, its components as {componentId: amount}. */
interface StoredValueRow {
  id: string;
  definition_id: string;
  scope: string;
  periodicity: Periodicity;
  year: number;
  period: number;
  is_direct: boolean;
  value: number | null;
  published_value: number | null;
  comment: string | null;
  explanation: string | null;
  version: number;
  updated_at: Date;
  entered_by: string | null;
  components: Record<string, number> | null;
}

/** A stored value's components as {componentId: amount}, numbers not Decimals (the alias `v` is indicator_values). */
const COMPONENTS_JSON = Prisma.sql`(SELECT json_object_agg(cv.component_id, cv.amount::float8) FROM indicator_component_values cv WHERE cv.value_id = v.id)`;

/** What the domain computes with, from a definition version. */
function computableOf(version: DefinitionVersionWithComponents) {
  return {
    formula: version.formula,
    unit: version.unit,
    aggregation: version.aggregation,
    periodicity: version.periodicity,
    components: version.components.map((c) => ({ code: c.code, label: c.label, role: c.role })),
  };
}

/** A stored row as the domain's input: components by code, the published or direct figure. */
function inputOf(v: Pick<StoredValueRow, "periodicity" | "period" | "is_direct" | "value" | "published_value" | "components">, year: number, componentCode: ReadonlyMap<string, string>): IndicatorValueInput {
  const entries = Object.entries(v.components ?? {});
  return {
    year,
    periodicity: v.periodicity,
    period: v.period,
    components: entries.length ? Object.fromEntries(entries.map(([id, amount]) => [componentCode.get(id) ?? id, amount])) : undefined,
    published: v.is_direct ? v.value : v.published_value,
    direct: v.is_direct,
  };
}

/**
 * The entry grids of several years of one prefecture (the report reads a year and the one
 * before): the referential, the scopes and the years are read once, the values of every year
 * in one query. Values come from SQL as plain numbers with their components aggregated as
 * JSON: hydrating a thousand Decimal objects through the ORM cost more than the query itself
 * (bench/indicators-national.ts).
 */
export async function getIndicatorYears(prefectureId: string, wanted: readonly number[]): Promise<IndicatorYear[]> {
  // One round of queries, all in parallel: values and scopes are read for the whole prefecture
  // and kept for the followed indicators below (the referential is not needed to filter them).
  const [followed, allLocks, years, stored, scopes] = await Promise.all([
    db.prefectureIndicator.findMany({
      where: { prefectureId, active: true },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      include: {
        assignees: { select: { userId: true } },
        definition: {
          include: {
            versions: { orderBy: { versionNumber: "asc" }, include: versionInclude },
            targets: { where: { prefectureId, OR: [{ year: { in: [...wanted] } }, { year: null }] } },
          },
        },
      },
    }),
    db.indicatorPeriodLock.findMany({ where: { prefectureId, year: { in: [...wanted] } }, select: { year: true, periodicity: true, period: true } }),
    // groupBy, not findMany({ distinct }): Prisma applies distinct in memory after reading every row.
    db.indicatorValue.groupBy({ by: ["year"], where: { prefectureId }, orderBy: { year: "asc" } }),
    db.$queryRaw<StoredValueRow[]>`
      SELECT v.id, v.definition_id, v.scope, v.periodicity, v.year, v.period, v.is_direct,
        v.value::float8 AS value, v.published_value::float8 AS published_value,
        v.comment, v.explanation, v.version, v.updated_at, u.name AS entered_by,
        ${COMPONENTS_JSON} AS components
      FROM indicator_values v
      LEFT JOIN users u ON u.id = v.entered_by_id
      WHERE v.prefecture_id = ${prefectureId}::uuid AND v.year = ANY(${[...wanted]}::int[])`,
    db.indicatorValue.groupBy({ by: ["definitionId", "scope"], where: { prefectureId }, orderBy: [{ definitionId: "asc" }, { scope: "asc" }] }),
  ]);
  // Component codes by id, from the versions already read.
  const componentCode = new Map(followed.flatMap((f) => f.definition.versions.flatMap((v) => v.components.map((c) => [c.id, c.code] as const))));
  const yearsWithValues = years.map((y) => y.year);

  return wanted.map((year) => {
    const locks = allLocks.filter((l) => l.year === year).map((l) => ({ periodicity: l.periodicity, period: l.period }));
    const locked = new Set(locks.map((l) => `${l.periodicity}:${l.period}`));
    const values = stored.filter((v) => v.year === year);
    const indicators: GridIndicator[] = [];
    for (const f of followed) {
      const version = versionForYear(f.definition.versions, year);
      if (!version) continue; // not in force that year: nothing can be entered
      const def = computableOf(version);
      const target = targetFor(f.definition.targets, version, year);
      const precision = { precision: version.precision };
      const ownValues = values.filter((v) => v.definition_id === f.definitionId);
      const ownScopes = scopes.filter((s) => s.definitionId === f.definitionId).map((s) => s.scope);
      const series: GridSeries[] = (ownScopes.length ? ownScopes : [""]).map((scope) => {
        const inScope = ownValues.filter((v) => v.scope === scope);
        const inputs = inScope.map((v) => inputOf(v, year, componentCode));
        const periods: GridPeriod[] = Array.from({ length: PERIODS_PER_YEAR[version.periodicity] }, (_, i) => {
          const period = i + 1;
          const index = inScope.findIndex((v) => v.periodicity === version.periodicity && v.period === period);
          const row = index >= 0 ? inScope[index] : undefined;
          const input = index >= 0 ? inputs[index] : undefined;
          const components = Object.fromEntries(def.components.map((c) => [c.code, input?.components?.[c.code] ?? null]));
          const value = input ? periodValue(def, input) : null;
          return {
            period,
            label: periodShortLabel(version.periodicity, period),
            longLabel: periodLongLabel(version.periodicity, period, year),
            components,
            computed: computeValue(def, components),
            value,
            published: input?.published ?? null,
            isDirect: row?.is_direct ?? false,
            met: meetsTarget(value, target, precision),
            comment: row?.comment ?? null,
            explanation: row?.explanation ?? null,
            version: row?.version ?? null,
            valueId: row?.id ?? null,
            updatedAt: row?.updated_at.toISOString() ?? null,
            enteredBy: row?.entered_by ?? null,
            locked: locked.has(`${version.periodicity}:${period}`),
          };
        });
        const rollup = aggregateInto(def, inputs, { year, periodicity: "YEARLY", period: 1 });
        const otherPeriods: GridOtherPeriod[] = inputs
          .filter((input) => input.periodicity !== version.periodicity)
          .sort((a, b) => PERIODS_PER_YEAR[a.periodicity] - PERIODS_PER_YEAR[b.periodicity] || a.period - b.period)
          .map((input) => {
            const components = Object.fromEntries(def.components.map((c) => [c.code, input.components?.[c.code] ?? null]));
            return {
              periodicity: input.periodicity,
              period: input.period,
              components,
              computed: computeValue(def, components),
              published: input.published ?? null,
              isDirect: input.direct ?? false,
            };
          });
        return {
          scope,
          periods,
          otherPeriods,
          aggregate: {
            value: rollup.value,
            met: meetsTarget(rollup.value, target, precision),
            method: rollup.method,
            approximate: rollup.approximate,
            complete: rollup.complete,
            source: rollup.source,
          },
        };
      });
      indicators.push({
        prefectureIndicatorId: f.id,
        definitionId: f.definitionId,
        code: f.definition.code,
        label: version.label,
        description: version.description,
        unit: version.unit,
        periodicity: version.periodicity,
        formula: version.formula,
        aggregation: version.aggregation,
        precision: version.precision,
        versionNumber: version.versionNumber,
        components: def.components,
        target,
        assigneeIds: f.assignees.map((a) => a.userId),
        series,
      });
    }
    return { year, indicators, yearsWithValues, locks };
  });
}

export interface IndicatorSetting {
  definitionId: string;
  code: string;
  label: string;
  unit: IndicatorUnit;
  periodicity: Periodicity;
  precision: number;
  /** The referential's target of the version in force */
  nationalTarget: { value: number; direction: TargetDirection } | null;
  /** The prefecture's every-year target, if it set one */
  localTarget: { value: number; direction: TargetDirection } | null;
  followed: boolean;
  assigneeIds: string[];
  /** Values stored by the prefecture, all years (stopping to follow keeps them) */
  valueCount: number;
}

export interface IndicatorSettings {
  indicators: IndicatorSetting[];
  /** Staff and referents of the prefecture, who may be assigned an indicator */
  agents: { id: string; name: string; email: string }[];
  annotations: { id: string; on: string; label: string; definitionId: string | null }[];
}

/** The referential as one prefecture follows it: the settings screen (referents). */
export async function getIndicatorSettings(prefectureId: string, onDate: Date): Promise<IndicatorSettings> {
  const [definitions, agents, annotations, counts] = await Promise.all([
    db.indicatorDefinition.findMany({
      where: { OR: [{ prefectureId: null }, { prefectureId }] },
      orderBy: { code: "asc" },
      include: {
        versions: { orderBy: { versionNumber: "asc" } },
        followedBy: { where: { prefectureId }, include: { assignees: { select: { userId: true } } } },
        targets: { where: { prefectureId, year: null } },
      },
    }),
    db.user.findMany({
      where: { disabledAt: null, memberships: { some: { prefectureId, role: { in: ["STAFF", "REFERENT"] } } } },
      select: { id: true, name: true, email: true },
      orderBy: { name: "asc" },
    }),
    db.indicatorAnnotation.findMany({ where: { prefectureId }, orderBy: { on: "desc" } }),
    db.indicatorValue.groupBy({ by: ["definitionId"], where: { prefectureId }, _count: { _all: true } }),
  ]);
  const year = onDate.getUTCFullYear();
  const indicators = definitions.flatMap((d): IndicatorSetting[] => {
    const version = versionForYear(d.versions, year) ?? d.versions[d.versions.length - 1];
    if (!version) return [];
    const followed = d.followedBy[0];
    const local = d.targets[0];
    return [
      {
        definitionId: d.id,
        code: d.code,
        label: version.label,
        unit: version.unit,
        periodicity: version.periodicity,
        precision: version.precision,
        nationalTarget: version.targetValue !== null && version.targetDirection !== null ? { value: version.targetValue.toNumber(), direction: version.targetDirection } : null,
        localTarget: local ? { value: local.value.toNumber(), direction: local.direction } : null,
        followed: followed?.active ?? false,
        assigneeIds: followed?.assignees.map((a) => a.userId) ?? [],
        valueCount: counts.find((c) => c.definitionId === d.id)?._count._all ?? 0,
      },
    ];
  });
  // Followed first, in the referential's order
  indicators.sort((a, b) => Number(b.followed) - Number(a.followed));
  return {
    indicators,
    agents,
    annotations: annotations.map((a) => ({ id: a.id, on: a.on.toISOString().slice(0, 10), label: a.label, definitionId: a.definitionId })),
  };
}

export interface NationalRow {
  prefectureCode: string;
  prefectureName: string;
  /** "" for the whole prefecture */
  scope: string;
  value: number | null;
  complete: boolean;
  target: GridTarget | null;
  met: boolean | null;
}

export interface NationalComparison {
  code: string;
  label: string;
  unit: IndicatorUnit;
  precision: number;
  aggregation: AggregationRule;
  /** The referential's target of the version in force that year */
  target: { value: number; direction: TargetDirection } | null;
  /** Best first (by the target's direction; highest first without one), prefectures without a figure last */
  rows: NationalRow[];
}

/**
 * One indicator across every prefecture for a year (the national administrator's view): the
 * yearly aggregate of each prefecture and scope by the indicator's own rule (the domain's
 * aggregateInto, as the grid and the report compute it), each against that prefecture's target.
 * Three queries whatever the number of prefectures. Callers have checked "national.read".
 */
export async function getIndicatorAcrossPrefectures(code: string, year: number): Promise<NationalComparison | null> {
  const definition = await db.indicatorDefinition.findUnique({
    where: { code },
    include: { versions: { orderBy: { versionNumber: "asc" }, include: versionInclude } },
  });
  if (!definition || definition.prefectureId !== null) return null;
  const version = versionForYear(definition.versions, year);
  if (!version) return null;
  const [values, targets, prefectures] = await Promise.all([
    // Plain numbers and JSON components from SQL, as getIndicatorYears reads them (no Decimal hydration).
    db.$queryRaw<(Pick<StoredValueRow, "scope" | "periodicity" | "period" | "is_direct" | "value" | "published_value" | "components"> & { prefecture_id: string })[]>`
      SELECT v.prefecture_id, v.scope, v.periodicity, v.period, v.is_direct,
        v.value::float8 AS value, v.published_value::float8 AS published_value,
        ${COMPONENTS_JSON} AS components
      FROM indicator_values v
      WHERE v.definition_id = ${definition.id}::uuid AND v.year = ${year}`,
    db.indicatorTarget.findMany({ where: { definitionId: definition.id, OR: [{ year }, { year: null }] } }),
    db.prefecture.findMany({
      where: { OR: [{ followedIndicators: { some: { definitionId: definition.id, active: true } } }, { indicatorValues: { some: { definitionId: definition.id, year } } }] },
      select: { id: true, code: true, name: true },
      orderBy: { code: "asc" },
    }),
  ]);
  const def = computableOf(version);
  const componentCode = new Map(definition.versions.flatMap((v) => v.components.map((c) => [c.id, c.code] as const)));
  const byKey = new Map<string, IndicatorValueInput[]>();
  for (const v of values) {
    const key = `${v.prefecture_id}\u0000${v.scope}`;
    const list = byKey.get(key) ?? [];
    list.push(inputOf(v, year, componentCode));
    byKey.set(key, list);
  }
  const rows: NationalRow[] = prefectures.flatMap((p) => {
    const target = targetFor(targets.filter((t) => t.prefectureId === p.id), version, year);
    const scopes = [...byKey.keys()].filter((k) => k.startsWith(`${p.id}\u0000`)).map((k) => k.slice(p.id.length + 1)).sort();
    return (scopes.length ? scopes : [""]).map((scope) => {
      const rollup = aggregateInto(def, byKey.get(`${p.id}\u0000${scope}`) ?? [], { year, periodicity: "YEARLY", period: 1 });
      return {
        prefectureCode: p.code,
        prefectureName: p.name,
        scope,
        value: rollup.value,
        complete: rollup.complete,
        target,
        met: meetsTarget(rollup.value, target, { precision: version.precision }),
      };
    });
  });
  const nationalTarget = version.targetValue !== null && version.targetDirection !== null ? { value: version.targetValue.toNumber(), direction: version.targetDirection } : null;
  const lowerIsBetter = nationalTarget?.direction === "AT_MOST";
  rows.sort((a, b) => {
    if (a.value === null || b.value === null) return a.value === null ? (b.value === null ? a.prefectureCode.localeCompare(b.prefectureCode) : 1) : -1;
    return lowerIsBetter ? a.value - b.value : b.value - a.value;
  });
  return {
    code: definition.code,
    label: version.label,
    unit: version.unit,
    precision: version.precision,
    aggregation: version.aggregation,
    target: nationalTarget,
    rows,
  };
}

/** The national referential's indicators (code and current label), for the national view's chooser. */
export async function listNationalIndicators(onDate: Date): Promise<{ code: string; label: string }[]> {
  const definitions = await db.indicatorDefinition.findMany({
    where: { prefectureId: null },
    orderBy: { code: "asc" },
    include: { versions: { orderBy: { versionNumber: "asc" } } },
  });
  return definitions.flatMap((d) => {
    const v = versionForYear(d.versions, onDate.getUTCFullYear()) ?? d.versions[d.versions.length - 1];
    return v ? [{ code: d.code, label: v.label }] : [];
  });
}

export interface ReferentialVersion {
  id: string;
  versionNumber: number;
  label: string;
  description: string | null;
  engagementId: string | null;
  engagement: string | null;
  unit: IndicatorUnit;
  periodicity: Periodicity;
  formula: FormulaKind;
  aggregation: AggregationRule;
  precision: number;
  target: { value: number; direction: TargetDirection } | null;
  effectiveFrom: string;
  effectiveTo: string | null;
  components: { code: string; label: string; role: ComponentRole }[];
  /** Values stored under this version, every prefecture */
  valueCount: number;
}

export interface ReferentialDefinition {
  id: string;
  code: string;
  versions: ReferentialVersion[];
  /** Prefectures that follow it */
  followers: number;
}

const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** The national referential with every version (national administrators). */
export async function listReferential(code?: string): Promise<ReferentialDefinition[]> {
  const [definitions, counts] = await Promise.all([
    db.indicatorDefinition.findMany({
      where: { prefectureId: null, ...(code ? { code } : {}) },
      orderBy: { code: "asc" },
      include: {
        versions: { orderBy: { versionNumber: "asc" }, include: { ...versionInclude, engagement: { select: { code: true, title: true } } } },
        _count: { select: { followedBy: { where: { active: true } } } },
      },
    }),
    db.indicatorValue.groupBy({ by: ["definitionVersionId"], where: code ? { definition: { code } } : {}, _count: { _all: true } }),
  ]);
  const countOf = new Map(counts.map((c) => [c.definitionVersionId, c._count._all]));
  return definitions.map((d) => ({
    id: d.id,
    code: d.code,
    followers: d._count.followedBy,
    versions: d.versions.map((v) => ({
      id: v.id,
      versionNumber: v.versionNumber,
      label: v.label,
      description: v.description,
      engagementId: v.engagementId,
      engagement: v.engagement ? `${v.engagement.code} — ${v.engagement.title}` : null,
      unit: v.unit,
      periodicity: v.periodicity,
      formula: v.formula,
      aggregation: v.aggregation,
      precision: v.precision,
      target: v.targetValue !== null && v.targetDirection !== null ? { value: v.targetValue.toNumber(), direction: v.targetDirection } : null,
      effectiveFrom: isoDay(v.effectiveFrom)!,
      effectiveTo: isoDay(v.effectiveTo),
      components: v.components.map((c) => ({ code: c.code, label: c.label, role: c.role })),
      valueCount: countOf.get(v.id) ?? 0,
    })),
  }));
}

/** The engagements an indicator may prove, by framework version (for the referential's form). */
export async function listEngagementChoices(): Promise<{ id: string; label: string }[]> {
  const rows = await db.engagement.findMany({
    orderBy: [{ frameworkVersion: { framework: { code: "asc" } } }, { code: "asc" }],
    select: { id: true, code: true, title: true, frameworkVersion: { select: { label: true, framework: { select: { name: true } } } } },
  });
  return rows.map((e) => ({ id: e.id, label: `${e.frameworkVersion.framework.name} ${e.frameworkVersion.label} — ${e.code} ${e.title}` }));
}
