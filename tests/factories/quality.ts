/**
 * Quality demo data and fixtures: a year's SP+ self-assessment of one structure and a label
 * path under way (label in preparation with its planned audits). Engagements, modules and
 * structures are looked up by their natural keys (code, number, name), so the same functions
 * serve the demo seed, integration tests and e2e preparation.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { levelToColumns } from "@/lib/quality/domain";
import type { SeedLabelRoadmap } from "@/prisma/seed/data/label-roadmaps";
import { labelRoadmaps } from "@/prisma/seed/data/label-roadmaps";
import type { SeedSelfAssessment } from "@/prisma/seed/data/self-assessments";
import { selfAssessments } from "@/prisma/seed/data/self-assessments";

const isoDate = (d: string) => new Date(`${d}T00:00:00Z`);

/** The SP+ version a campaign is assessed against (the last published by the year's end). */
async function spPlusVersion(tx: Tx | PrismaClient, campaign: number) {
  const version = await tx.frameworkVersion.findFirst({
    where: { framework: { kind: "SP_PLUS" }, status: { not: "DRAFT" }, publishedOn: { lte: new Date(Date.UTC(campaign, 11, 31)) } },
    orderBy: { publishedOn: "desc" },
    include: { engagements: true },
  });
  if (!version) throw new Error(`No SP+ version published by ${campaign}`);
  return version;
}

export async function createSelfAssessments(tx: Tx | PrismaClient, prefectureId: string, s: SeedSelfAssessment) {
  const version = await spPlusVersion(tx, s.campaign);
  const structure = await tx.structure.findUniqueOrThrow({ where: { prefectureId_name: { prefectureId, name: s.structureName } } });
  const byCode = new Map(version.engagements.map((e) => [e.code, e.id]));
  await tx.selfAssessment.createMany({
    data: Object.entries(s.levels).map(([code, level]) => {
      const engagementId = byCode.get(code);
      if (!engagementId) throw new Error(`Unknown SP+ engagement ${code}`);
      return {
        prefectureId,
        structureId: structure.id,
        engagementId,
        campaign: s.campaign,
        ...levelToColumns(level),
        comment: s.comments?.[code] ?? null,
        assessedOn: isoDate(`${s.campaign}-12-31`),
      };
    }),
    // Two preparations of the same database at once (parallel test workers) add nothing twice.
    skipDuplicates: true,
  });
}

export async function createLabelRoadmap(tx: Tx | PrismaClient, prefectureId: string, r: SeedLabelRoadmap) {
  const version = await tx.frameworkVersion.findFirstOrThrow({
    where: { framework: { code: r.frameworkCode } },
    orderBy: { publishedOn: "desc" },
    include: { modules: true },
  });
  const moduleIds = r.moduleNumbers.map((n) => {
    const m = version.modules.find((x) => x.number === n);
    if (!m) throw new Error(`Unknown module ${r.frameworkCode}:${n}`);
    return m.id;
  });
  const label = await tx.label.create({
    data: { prefectureId, frameworkVersionId: version.id, status: "IN_PREPARATION", modules: { create: moduleIds.map((moduleId) => ({ moduleId })) } },
  });
  for (const a of r.audits) {
    await tx.audit.create({
      data: {
        prefectureId,
        labelId: label.id,
        kind: a.kind,
        heldOn: a.heldOn ? isoDate(a.heldOn) : null,
        dueBy: a.dueBy ? isoDate(a.dueBy) : null,
        auditor: a.auditor ?? null,
        findings: a.findings ?? null,
      },
    });
  }
}

/**
 * Adds the quality demo data to a database seeded before it existed (tests, e2e), once:
 * a prefecture that already has self-assessments or a label path is left alone.
 */
export async function ensureQualityDemoData(db: PrismaClient) {
  for (const code of new Set(selfAssessments.map((s) => s.prefectureCode))) {
    const prefecture = await db.prefecture.findUnique({ where: { code } });
    if (!prefecture || (await db.selfAssessment.count({ where: { prefectureId: prefecture.id } })) > 0) continue;
    await db.$transaction(async (tx) => {
      for (const s of selfAssessments.filter((x) => x.prefectureCode === code)) await createSelfAssessments(tx, prefecture.id, s);
    });
  }
  for (const r of labelRoadmaps) {
    const prefecture = await db.prefecture.findUnique({ where: { code: r.prefectureCode } });
    if (!prefecture || (await db.label.count({ where: { prefectureId: prefecture.id } })) > 0) continue;
    await db.$transaction((tx) => createLabelRoadmap(tx, prefecture.id, r));
  }
}
