/**
 * Quality reads: a prefecture's label with its modules and audits, the label path and the
 * next deadlines (page and dashboard), and a year's SP+ self-assessment with its shares of
 * engagements met beside the previous year's. Every query carries the prefecture in its where
 * clause; callers have checked the policy ("results.read"). Results are serialisable (dates
 * as ISO strings) so pages can hand them to client components.
 */
import "server-only";
import { db } from "@/lib/db";
import { formatDate, parisDateParts } from "@/lib/format";
import type { Tx } from "@/lib/db";
import {
  columnsToLevel,
  engagementShares,
  labelPath,
  qualityDeadlines,
  toIsoDate,
  type EngagementShares,
  type LabelPathStep,
  type PathAudit,
  type QualityDeadlines,
} from "./domain";
import type { AssessmentLevel, AuditKind, LabelStatus } from "./vocabulary";

type Client = Tx | typeof db;

const iso = (d: Date | null) => (d ? toIsoDate(d) : null);

export interface LabelView {
  id: string;
  version: number;
  status: LabelStatus;
  frameworkVersionId: string;
  frameworkName: string;
  frameworkVersionLabel: string;
  obtainedOn: string | null;
  validUntil: string | null;
  certifier: string | null;
  modules: { id: string; number: number; title: string }[];
}

export interface AuditView {
  id: string;
  version: number;
  kind: AuditKind;
  dueBy: string | null;
  heldOn: string | null;
  auditor: string | null;
  findings: string | null;
}

export interface FrameworkVersionOption {
  id: string;
  label: string;
  modules: { id: string; number: number; title: string }[];
}

export interface QualityOverview {
  label: LabelView | null;
  audits: AuditView[];
  path: LabelPathStep[];
  deadlines: QualityDeadlines;
  /** referentials a label may be recorded under (Qual-e-Pref, the prefecture's own) */
  frameworkVersions: FrameworkVersionOption[];
}

/** The prefecture's current label: the last obtained, else one in preparation (a renewal being prepared does not hide the valid label). */
async function findCurrentLabel(client: Client, prefectureId: string) {
  return client.label.findFirst({
    where: { prefectureId },
    orderBy: [{ obtainedOn: { sort: "desc", nulls: "last" } }],
    include: {
      frameworkVersion: { include: { framework: true } },
      modules: { include: { module: true } },
    },
  });
}

async function findAudits(client: Client, prefectureId: string): Promise<AuditView[]> {
  const rows = await client.audit.findMany({ where: { prefectureId } });
  return rows
    .map((a) => ({ id: a.id, version: a.version, kind: a.kind, dueBy: iso(a.dueBy), heldOn: iso(a.heldOn), auditor: a.auditor, findings: a.findings }))
    .sort((a, b) => ((a.heldOn ?? a.dueBy ?? "") < (b.heldOn ?? b.dueBy ?? "") ? -1 : 1));
}

/** Today in Paris, as the day the deadlines are counted from. */
export function parisToday(now: Date = new Date()): string {
  return parisDateParts(now).date;
}

export async function getQualityOverview(prefectureId: string, today: string): Promise<QualityOverview> {
  const [row, audits, versions] = await Promise.all([
    findCurrentLabel(db, prefectureId),
    findAudits(db, prefectureId),
    db.frameworkVersion.findMany({
      where: { framework: { OR: [{ kind: "QUAL_E_PREF" }, { kind: "LOCAL", prefectureId }] }, status: { not: "DRAFT" } },
      orderBy: { publishedOn: "desc" },
      include: { framework: true, modules: { orderBy: { number: "asc" } } },
    }),
  ]);
  const label: LabelView | null = row && {
    id: row.id,
    version: row.version,
    status: row.status,
    frameworkVersionId: row.frameworkVersionId,
    frameworkName: row.frameworkVersion.framework.name,
    frameworkVersionLabel: row.frameworkVersion.label,
    obtainedOn: iso(row.obtainedOn),
    validUntil: iso(row.validUntil),
    certifier: row.certifier,
    modules: row.modules.map((m) => ({ id: m.module.id, number: m.module.number, title: m.module.title })).sort((a, b) => a.number - b.number),
  };
  const pathLabel = label && { obtainedOn: label.obtainedOn, validUntil: label.validUntil };
  return {
    label,
    audits,
    path: labelPath(pathLabel, audits, today),
    deadlines: qualityDeadlines(pathLabel, audits, today),
    frameworkVersions: versions.map((v) => ({
      id: v.id,
      label: `${v.framework.name} — ${v.label}`,
      modules: v.modules.map((m) => ({ id: m.id, number: m.number, title: m.title })),
    })),
  };
}

/**
 * The dashboard's hook: when the label expires and when the next audit is due, with the days
 * left (negative once passed), counted from `today` in Paris.
 */
export async function getQualityDeadlines(prefectureId: string, today: Date = new Date()): Promise<QualityDeadlines> {
  const [row, audits] = await Promise.all([findCurrentLabel(db, prefectureId), findAudits(db, prefectureId)]);
  const label = row && { obtainedOn: iso(row.obtainedOn), validUntil: iso(row.validUntil) };
  return qualityDeadlines(label, audits satisfies PathAudit[], parisToday(today));
}

/* ---------- SP+ self-assessment ---------- */

/** What backs a cell: an indicator the prefecture follows, or one of its documents. */
export type EvidenceView =
  | { id: string; kind: "indicator"; indicatorCode: string; label: string }
  | { id: string; kind: "document"; documentId: string; label: string };

export interface AssessmentCellView {
  /** the row's id: evidence and actions hang on it */
  id: string;
  evidence: EvidenceView[];
  structureId: string;
  engagementId: string;
  level: AssessmentLevel | null;
  comment: string | null;
  version: number;
}

export interface SelfAssessmentView {
  campaign: number;
  frameworkVersion: { id: string; label: string } | null;
  structures: { id: string; name: string; shortName: string | null }[];
  engagements: { id: string; code: string; number: number; title: string }[];
  cells: AssessmentCellView[];
  shares: EngagementShares;
  /** the previous campaign's shares, when it has any assessment */
  previous: EngagementShares | null;
  /** campaigns with at least one assessment, most recent first */
  campaigns: number[];
}

/**
 * The SP+ version a campaign is assessed against: the last one published by the end of the
 * year (the programme revises its engagements; a past campaign keeps its own list).
 */
export async function findSpPlusVersion(client: Client, campaign: number) {
  return client.frameworkVersion.findFirst({
    where: { framework: { kind: "SP_PLUS" }, status: { not: "DRAFT" }, publishedOn: { lte: new Date(Date.UTC(campaign, 11, 31)) } },
    orderBy: { publishedOn: "desc" },
    include: { engagements: { orderBy: { number: "asc" } } },
  });
}

const latestLabel = { versions: { orderBy: { versionNumber: "desc" }, take: 1, select: { label: true } } } as const;
// Deleted documents drop out of the evidence (documents are only ever soft-deleted).
const evidenceInclude = {
  indicatorDefinition: { select: { code: true, ...latestLabel } },
  document: { select: { id: true, title: true, fileName: true, deletedAt: true } },
} as const;

function evidenceView(e: {
  id: string;
  indicatorDefinition: { code: string; versions: { label: string }[] } | null;
  document: { id: string; title: string; fileName: string; deletedAt: Date | null } | null;
}): EvidenceView[] {
  if (e.indicatorDefinition) {
    const d = e.indicatorDefinition;
    return [{ id: e.id, kind: "indicator", indicatorCode: d.code, label: d.versions[0]?.label ?? d.code }];
  }
  if (e.document && !e.document.deletedAt) {
    const d = e.document;
    return [{ id: e.id, kind: "document", documentId: d.id, label: d.title || d.fileName }];
  }
  return [];
}

export interface EvidenceOptions {
  indicators: { id: string; code: string; label: string }[];
  documents: { id: string; label: string }[];
}

/**
 * The documents that may back a self-assessment (getEvidenceOptions says why), for the picker
 * and the action alike: the prefecture's, not deleted, either its own (outside any meeting,
 * uploaded as evidence) or on one of its meetings no longer in preparation.
 */
export function evidenceDocumentWhere(prefectureId: string) {
  return { prefectureId, deletedAt: null, OR: [{ meetingId: null }, { meeting: { status: { not: "DRAFT" as const } } }] };
}

/** Documents offered as evidence: the most recent ones. */
const EVIDENCE_DOCUMENTS_OFFERED = 300;

/**
 * What a referent may attach as evidence: the indicators the prefecture follows, and its
 * documents: those uploaded as evidence (outside any meeting, so one upload may back several
 * cells) and those of its meetings, not deleted, on meetings no longer in preparation
 * (members read the evidence, and a draft's documents are hidden from them). Both open through
 * the documents' download route (/{code}/documents/{id}), which applies the same visibility.
 */
export async function getEvidenceOptions(prefectureId: string): Promise<EvidenceOptions> {
  const [followed, documents] = await Promise.all([
    db.prefectureIndicator.findMany({
      where: { prefectureId, active: true },
      orderBy: { position: "asc" },
      select: { definition: { select: { id: true, code: true, ...latestLabel } } },
    }),
    db.document.findMany({
      where: evidenceDocumentWhere(prefectureId),
      orderBy: { createdAt: "desc" },
      take: EVIDENCE_DOCUMENTS_OFFERED,
      select: { id: true, title: true, fileName: true, createdAt: true },
    }),
  ]);
  return {
    indicators: followed.map(({ definition: d }) => ({ id: d.id, code: d.code, label: d.versions[0]?.label ?? d.code })),
    documents: documents.map((d) => ({ id: d.id, label: `${d.title || d.fileName} (${formatDate(d.createdAt)})` })),
  };
}

const STRUCTURE_ORDER = { PREFECTURE: 0, SOUS_PREFECTURE: 1, DDI: 2, OTHER: 3 } as const;

async function campaignShares(prefectureId: string, campaign: number, structureIds: string[]) {
  const version = await findSpPlusVersion(db, campaign);
  if (!version) return { version, rows: [], shares: engagementShares(structureIds, [], []) };
  const rows = await db.selfAssessment.findMany({
    where: { prefectureId, campaign, engagement: { frameworkVersionId: version.id } },
    include: { evidence: { include: evidenceInclude, orderBy: { createdAt: "asc" } } },
  });
  const cells = rows.map((r) => ({
    id: r.id,
    evidence: r.evidence.flatMap(evidenceView),
    structureId: r.structureId,
    engagementId: r.engagementId,
    level: columnsToLevel({ met: r.met, score: r.score === null ? null : Number(r.score) }),
    comment: r.comment,
    version: r.version,
  }));
  return { version, rows: cells, shares: engagementShares(structureIds, version.engagements.map((e) => e.id), cells) };
}

export async function getSelfAssessment(prefectureId: string, campaign: number): Promise<SelfAssessmentView> {
  const structures = (await db.structure.findMany({ where: { prefectureId }, orderBy: { name: "asc" } })).sort(
    (a, b) => STRUCTURE_ORDER[a.kind] - STRUCTURE_ORDER[b.kind],
  );
  const structureIds = structures.map((s) => s.id);
  const [current, previous, campaigns] = await Promise.all([
    campaignShares(prefectureId, campaign, structureIds),
    campaignShares(prefectureId, campaign - 1, structureIds),
    db.selfAssessment.findMany({ where: { prefectureId }, distinct: ["campaign"], select: { campaign: true }, orderBy: { campaign: "desc" } }),
  ]);
  return {
    campaign,
    frameworkVersion: current.version && { id: current.version.id, label: current.version.label },
    structures: structures.map((s) => ({ id: s.id, name: s.name, shortName: s.shortName })),
    engagements: (current.version?.engagements ?? []).map((e) => ({ id: e.id, code: e.code, number: e.number, title: e.title })),
    cells: current.rows,
    shares: current.shares,
    previous: previous.shares.overall.assessed > 0 ? previous.shares : null,
    campaigns: campaigns.map((c) => c.campaign),
  };
}

/** The campaign a page without a year opens: the last assessed, else the current year. */
export async function latestCampaign(prefectureId: string, today: string): Promise<number> {
  const last = await db.selfAssessment.findFirst({ where: { prefectureId }, orderBy: { campaign: "desc" }, select: { campaign: true } });
  return last?.campaign ?? Number(today.slice(0, 4));
}
