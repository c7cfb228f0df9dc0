/**
 * Reads of the referentials for the national administration: the frameworks, one framework's
 * versions, and one version with its modules and engagements — and, read-only, what refers to
 * them (the indicators and improvement actions linked to each engagement, the prefectures
 * labelled on each module). National data: callers have checked "national.read". Dates come
 * back as ISO days so the screens (client forms included) get serialisable values.
 */
import "server-only";
import { db } from "@/lib/db";
import { dayOf } from "@/lib/periods";
import { isInForceOn, latestVersion } from "./domain";
import type { LabelStatus } from "@/lib/quality/vocabulary";
import type { FrameworkKind, FrameworkVersionStatus, ModuleRequirement } from "./vocabulary";

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** Today in Paris, as an ISO day (what "in force" is measured against). */
export function todayIso(): string {
  return isoDay(dayOf(new Date()));
}

export interface FrameworkVersionSummary {
  id: string;
  label: string;
  publishedOn: string;
  validUntil: string | null;
  status: FrameworkVersionStatus;
  inForce: boolean;
  modules: number;
  engagements: number;
  labels: number;
}

export interface FrameworkSummary {
  id: string;
  code: string;
  kind: FrameworkKind;
  name: string;
  prefecture: { code: string; name: string } | null;
  /** In order of first day in force */
  versions: FrameworkVersionSummary[];
}

const summarySelect = {
  id: true,
  code: true,
  kind: true,
  name: true,
  prefecture: { select: { code: true, name: true } },
  versions: {
    orderBy: { publishedOn: "asc" as const },
    select: {
      id: true,
      label: true,
      publishedOn: true,
      validUntil: true,
      status: true,
      _count: { select: { modules: true, engagements: true, labels: true } },
    },
  },
};

type SummaryRow = {
  id: string;
  code: string;
  kind: FrameworkKind;
  name: string;
  prefecture: { code: string; name: string } | null;
  versions: {
    id: string;
    label: string;
    publishedOn: Date;
    validUntil: Date | null;
    status: FrameworkVersionStatus;
    _count: { modules: number; engagements: number; labels: number };
  }[];
};

function toSummary(row: SummaryRow, today: string): FrameworkSummary {
  return {
    id: row.id,
    code: row.code,
    kind: row.kind,
    name: row.name,
    prefecture: row.prefecture,
    versions: row.versions.map((v) => {
      const span = { publishedOn: isoDay(v.publishedOn), validUntil: iso(v.validUntil) };
      return {
        id: v.id,
        label: v.label,
        ...span,
        status: v.status,
        inForce: v.status === "ACTIVE" && isInForceOn(span, today),
        modules: v._count.modules,
        engagements: v._count.engagements,
        labels: v._count.labels,
      };
    }),
  };
}

/** Every framework: national programmes first, then the prefectures' own, by code. */
export async function listFrameworks(today = todayIso()): Promise<FrameworkSummary[]> {
  const rows = await db.framework.findMany({ orderBy: [{ kind: "asc" }, { code: "asc" }], select: summarySelect });
  return rows.map((r) => toSummary(r, today));
}

/** One framework by its code, with its versions; null when there is none. */
export async function findFramework(code: string, today = todayIso()): Promise<FrameworkSummary | null> {
  const row = await db.framework.findUnique({ where: { code }, select: summarySelect });
  return row && toSummary(row, today);
}

/** The latest version of a framework (the one a new version starts from), or null. */
export function latestOf(framework: FrameworkSummary): FrameworkVersionSummary | null {
  return latestVersion(framework.versions);
}

export interface ModuleView {
  id: string;
  number: number;
  title: string;
  requirement: ModuleRequirement;
  condition: string | null;
  engagements: number;
  /** Prefectures whose label covers this module, by code */
  labelledPrefectures: { code: string; name: string; labelStatus: LabelStatus }[];
}

export interface EngagementView {
  id: string;
  code: string;
  number: number;
  title: string;
  description: string | null;
  module: { id: string; number: number } | null;
  /** Indicators whose versions prove this engagement: definition code, latest label, version numbers */
  indicators: { code: string; label: string; versionNumbers: number[] }[];
  actions: number;
  selfAssessments: number;
}

export interface FrameworkVersionDetail {
  framework: { id: string; code: string; name: string; kind: FrameworkKind; prefecture: { code: string; name: string } | null };
  version: FrameworkVersionSummary;
  modules: ModuleView[];
  engagements: EngagementView[];
}

/** One version of a framework (both must match: a version id under another code is not found). */
export async function findFrameworkVersion(code: string, versionId: string, today = todayIso()): Promise<FrameworkVersionDetail | null> {
  const framework = await findFramework(code, today);
  const version = framework?.versions.find((v) => v.id === versionId);
  if (!framework || !version) return null;
  const [modules, engagements] = await Promise.all([
    db.module.findMany({
      where: { frameworkVersionId: versionId },
      orderBy: { number: "asc" },
      select: {
        id: true,
        number: true,
        title: true,
        requirement: true,
        condition: true,
        _count: { select: { engagements: true } },
        labelModules: {
          select: { label: { select: { status: true, prefecture: { select: { code: true, name: true } } } } },
          orderBy: { label: { prefecture: { code: "asc" } } },
        },
      },
    }),
    db.engagement.findMany({
      where: { frameworkVersionId: versionId },
      orderBy: [{ module: { number: "asc" } }, { number: "asc" }, { code: "asc" }],
      select: {
        id: true,
        code: true,
        number: true,
        title: true,
        description: true,
        module: { select: { id: true, number: true } },
        indicatorVersions: {
          orderBy: [{ definition: { code: "asc" } }, { versionNumber: "asc" }],
          select: { versionNumber: true, label: true, definition: { select: { code: true } } },
        },
        _count: { select: { improvementActions: true, selfAssessments: true } },
      },
    }),
  ]);
  return {
    framework: { id: framework.id, code: framework.code, name: framework.name, kind: framework.kind, prefecture: framework.prefecture },
    version,
    modules: modules.map((m) => ({
      id: m.id,
      number: m.number,
      title: m.title,
      requirement: m.requirement,
      condition: m.condition,
      engagements: m._count.engagements,
      labelledPrefectures: m.labelModules.map((lm) => ({ code: lm.label.prefecture.code, name: lm.label.prefecture.name, labelStatus: lm.label.status })),
    })),
    engagements: engagements.map((e) => {
      const byCode = new Map<string, { code: string; label: string; versionNumbers: number[] }>();
      for (const v of e.indicatorVersions) {
        const entry = byCode.get(v.definition.code) ?? { code: v.definition.code, label: v.label, versionNumbers: [] };
        entry.label = v.label; // the latest version's label (ordered by version number)
        entry.versionNumbers.push(v.versionNumber);
        byCode.set(v.definition.code, entry);
      }
      return {
        id: e.id,
        code: e.code,
        number: e.number,
        title: e.title,
        description: e.description,
        module: e.module,
        indicators: [...byCode.values()],
        actions: e._count.improvementActions,
        selfAssessments: e._count.selfAssessments,
      };
    }),
  };
}

/** The prefectures a LOCAL framework may belong to, by code. */
export async function listPrefectureChoices(): Promise<{ id: string; label: string }[]> {
  const rows = await db.prefecture.findMany({ orderBy: { code: "asc" }, select: { id: true, code: true, name: true } });
  return rows.map((p) => ({ id: p.id, label: `${p.name} (${p.code})` }));
}
