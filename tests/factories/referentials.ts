/**
 * National referentials (frameworks, indicator definitions) and prefecture figures
 * (indicator values, targets, surveys, actions, labels) from the seed shapes.
 */
import type { Tx } from "@/lib/db";
import { computeValue } from "@/lib/indicators/domain/formula";
import type {
  SeedImprovementAction,
  SeedFramework,
  SeedIndicatorDefinition,
  SeedIndicatorValue,
  SeedLabel,
  SeedSurvey,
  SeedTarget,
} from "@/prisma/seed/data/types";
import type { KeyMap } from "./committees";

const isoDate = (d: string) => new Date(`${d}T00:00:00Z`);

export async function createFramework(tx: Tx, f: SeedFramework, keys: KeyMap) {
  const framework = await tx.framework.create({
    data: { code: f.code, kind: f.code, name: f.name },
  });
  const version = await tx.frameworkVersion.create({
    data: {
      frameworkId: framework.id,
      label: f.version.label,
      publishedOn: isoDate(f.version.publishedOn),
      updatedOn: f.version.updatedOn ? isoDate(f.version.updatedOn) : null,
      status: "ACTIVE",
    },
  });
  keys.set("frameworkVersion", f.code, version.id);
  for (const m of f.modules) {
    const moduleRow = await tx.module.create({
      data: {
        frameworkVersionId: version.id,
        number: m.number,
        title: m.title,
        requirement: m.requirement,
        condition: m.condition ?? null,
      },
    });
    keys.set("module", `${f.code}:${m.number}`, moduleRow.id);
    for (const e of m.engagements) {
      const row = await tx.engagement.create({
        data: { frameworkVersionId: version.id, moduleId: moduleRow.id, code: e.code, number: e.number, title: e.title },
      });
      keys.set("engagement", e.code, row.id);
    }
  }
  for (const e of f.engagements) {
    const row = await tx.engagement.create({
      data: { frameworkVersionId: version.id, code: e.code, number: e.number, title: e.title },
    });
    keys.set("engagement", e.code, row.id);
  }
}

/** Version 1 of each definition, effective from 2018 (before any seed figure). */
export async function createIndicatorDefinition(tx: Tx, d: SeedIndicatorDefinition, keys: KeyMap) {
  const definition = await tx.indicatorDefinition.create({ data: { code: d.code } });
  const version = await tx.indicatorDefinitionVersion.create({
    data: {
      definitionId: definition.id,
      versionNumber: 1,
      label: d.label,
      description: d.description ?? null,
      engagementId: d.engagementCode ? keys.get("engagement", d.engagementCode) : null,
      unit: d.unit,
      periodicity: d.periodicity,
      formula: d.formula,
      aggregation: d.aggregation,
      precision: d.precision,
      targetValue: d.target?.value ?? null,
      targetDirection: d.target?.direction ?? null,
      effectiveFrom: isoDate("2018-01-01"),
      components: {
        create: d.components.map((c, position) => ({ code: c.code, label: c.label, role: c.role, position })),
      },
    },
    include: { components: true },
  });
  keys.set("indicator", d.code, definition.id);
  keys.set("indicatorVersion", d.code, version.id);
  for (const c of version.components) keys.set("component", `${d.code}:${c.code}`, c.id);
}

export async function createIndicatorValue(
  tx: Tx,
  prefectureId: string,
  v: SeedIndicatorValue,
  definition: SeedIndicatorDefinition,
  keys: KeyMap,
) {
  // The portal always computes from components; the published figure is kept beside it.
  const computed = v.components ? computeValue(definition, v.components) : null;
  const isDirect = v.direct ?? !v.components;
  await tx.indicatorValue.create({
    data: {
      prefectureId,
      definitionId: keys.get("indicator", v.indicatorCode),
      definitionVersionId: keys.get("indicatorVersion", v.indicatorCode),
      scope: v.scope,
      periodicity: v.periodicity,
      year: v.year,
      period: v.period,
      isDirect,
      value: isDirect ? (v.published ?? null) : computed,
      publishedValue: v.published ?? null,
      source: "SEED",
      comment: `Source : document ${v.source}`,
      components: v.components
        ? {
            create: Object.entries(v.components).map(([code, amount]) => ({
              componentId: keys.get("component", `${v.indicatorCode}:${code}`),
              amount,
            })),
          }
        : undefined,
    },
  });
}

export async function createTarget(tx: Tx, prefectureId: string, t: SeedTarget, keys: KeyMap) {
  await tx.indicatorTarget.create({
    data: {
      prefectureId,
      definitionId: keys.get("indicator", t.indicatorCode),
      value: t.value,
      direction: t.direction,
    },
  });
}

export async function createSurvey(tx: Tx, prefectureId: string, s: SeedSurvey) {
  await tx.survey.create({
    data: {
      prefectureId,
      title: s.title,
      audience: s.audience,
      year: s.year,
      method: s.method ?? null,
      recipientsCount: s.recipients ?? null,
      respondentsCount: s.respondents,
      questions: {
        create: s.questions.map((q, position) => ({
          position,
          text: q.text,
          kind: q.kind,
          options: {
            create: q.options.map((o, oPos) => ({
              position: oPos,
              label: o.label,
              count: o.count ?? null,
              percent: o.percent ?? null,
            })),
          },
        })),
      },
    },
  });
}

export async function createImprovementAction(tx: Tx, prefectureId: string, a: SeedImprovementAction, keys: KeyMap) {
  await tx.improvementAction.create({
    data: {
      prefectureId,
      title: a.title,
      description: a.description ?? null,
      origin: a.origin,
      meetingId: a.meetingKey ? keys.opt("meeting", a.meetingKey) : null,
      ownerLabel: a.ownerLabel ?? null,
      dueOn: a.dueOn ? isoDate(a.dueOn) : null,
      status: a.status,
      engagements: {
        create: (a.engagementCodes ?? []).map((code) => ({ engagementId: keys.get("engagement", code) })),
      },
    },
  });
}

export async function createLabel(tx: Tx, prefectureId: string, l: SeedLabel, keys: KeyMap) {
  const label = await tx.label.create({
    data: {
      prefectureId,
      frameworkVersionId: keys.get("frameworkVersion", l.frameworkCode),
      status: "GRANTED",
      obtainedOn: isoDate(l.obtainedOn),
      validUntil: isoDate(l.validUntil),
      certifier: l.certifier ?? null,
      modules: {
        create: l.moduleNumbers.map((n) => ({ moduleId: keys.get("module", `${l.frameworkCode}:${n}`) })),
      },
    },
  });
  for (const a of l.audits) {
    await tx.audit.create({
      data: {
        prefectureId,
        labelId: label.id,
        kind: a.kind,
        heldOn: a.heldOn ? isoDate(a.heldOn) : null,
        dueBy: a.plannedBy ? isoDate(a.plannedBy) : null,
        auditor: a.auditor ?? null,
      },
    });
  }
}

/**
 * The indicators a prefecture follows: those it has seeded figures or targets for, in the
 * order of the national referential (`definitionCodes`), so the grid reads like the seeds.
 */
export async function followIndicators(tx: Tx, prefectureId: string, codes: ReadonlySet<string>, definitionCodes: readonly string[], keys: KeyMap) {
  let position = 0;
  for (const code of definitionCodes) {
    if (!codes.has(code)) continue;
    await tx.prefectureIndicator.create({
      data: { prefectureId, definitionId: keys.get("indicator", code), position: position++ },
    });
  }
}

/**
 * The years whose figures were presented to a committee: a year with seeded figures and a
 * seeded meeting of the prefecture in a later year, or in its own December (the end-of-year
 * committee that presents it — Vosges, 8 December 2022).
 */
export function presentedYears(valueYears: Iterable<number>, meetingStarts: readonly string[]): number[] {
  const meetings = meetingStarts.map((s) => ({ year: Number(s.slice(0, 4)), month: Number(s.slice(5, 7)) }));
  return [...new Set(valueYears)]
    .filter((year) => meetings.some((m) => m.year > year || (m.year === year && m.month === 12)))
    .sort((a, b) => a - b);
}

const PERIODS_OF: Record<"MONTHLY" | "QUARTERLY" | "SEMIANNUAL" | "YEARLY", number> = { MONTHLY: 12, QUARTERLY: 4, SEMIANNUAL: 2, YEARLY: 1 };

/** Locks every period (months, quarters, semesters and the year) of the given years. */
export async function lockYears(tx: Tx, prefectureId: string, years: readonly number[]) {
  const data = years.flatMap((year) =>
    (Object.keys(PERIODS_OF) as (keyof typeof PERIODS_OF)[]).flatMap((periodicity) =>
      Array.from({ length: PERIODS_OF[periodicity] }, (_, i) => ({ prefectureId, year, periodicity, period: i + 1 })),
    ),
  );
  if (data.length) await tx.indicatorPeriodLock.createMany({ data });
}

/** An event on a prefecture's indicator timeline (demo data and tests). */
export async function createIndicatorAnnotation(
  tx: Tx,
  prefectureId: string,
  seed: { on: string; label: string; indicatorCode?: string },
  keys?: KeyMap,
) {
  return tx.indicatorAnnotation.create({
    data: {
      prefectureId,
      on: new Date(`${seed.on}T00:00:00Z`),
      label: seed.label,
      definitionId: seed.indicatorCode && keys ? keys.get("indicator", seed.indicatorCode) : null,
    },
  });
}
