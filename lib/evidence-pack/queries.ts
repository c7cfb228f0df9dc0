/**
 * The evidence pack's reads. Every query carries the prefecture in its where clause (the
 * caller's loader established it); the features' own reads are reused wherever they exist
 * (indicator year, yearly report, action plan list, surveys of a year), so the pack shows the
 * figures and words the portal shows.
 */
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/policy";
import { documentFileBase } from "@/lib/exports";
import { getIndicatorYear, type IndicatorYear } from "@/lib/indicators/queries";
import { findActionPlan } from "@/lib/action-plan/queries";
import { OPEN_STATUSES } from "@/lib/action-plan/vocabulary";
import { entryStatus, isoDay, statusInWords } from "@/lib/register/domain";
import { registerToday } from "@/lib/register/queries";
import { yearlyReportFileBase } from "@/lib/yearly-report";
import { formatLongDate, parisLocalToDate } from "@/lib/format";
import { packFiles, type PackAction, type PackFacts, type PackFile, type PackMinutes } from "./domain";
import type { PackRegisterEntry } from "./register-extract";

/** A year as instants, on Paris' calendar: a meeting at 00:30 on 1 January belongs to the new year. */
export function yearInstants(year: number) {
  return { gte: parisLocalToDate(`${year}-01-01T00:00`), lt: parisLocalToDate(`${year + 1}-01-01T00:00`) };
}

/** A year as calendar days (date columns are stored at UTC midnight). */
function yearDays(year: number) {
  return { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) };
}

/**
 * The minutes that are evidence of a year: those of the meetings held in it, validated or
 * published (drafts and minutes still in review are work in progress, not evidence); for a
 * corrected compte rendu, its latest such revision.
 */
async function findMinutesOfYear(prefectureId: string, year: number): Promise<PackMinutes[]> {
  const rows = await db.minutes.findMany({
    where: { status: { in: ["VALIDATED", "PUBLISHED"] }, meeting: { prefectureId, startsAt: yearInstants(year) } },
    orderBy: [{ meeting: { startsAt: "asc" } }, { meetingId: "asc" }, { revision: "desc" }],
    select: {
      id: true,
      meetingId: true,
      revision: true,
      kind: true,
      meeting: { select: { startsAt: true, committee: { select: { kind: true, name: true } }, prefecture: { select: { name: true } } } },
    },
  });
  const seen = new Set<string>();
  const minutes: PackMinutes[] = [];
  for (const m of rows) {
    if (seen.has(m.meetingId)) continue;
    seen.add(m.meetingId);
    // The same base as the minutes download (lib/minutes/loaders' minutesFileBase): a correction gets "-v2".
    const base = documentFileBase(m.kind === "COMPTE_RENDU" ? "compte-rendu" : "releve-de-conclusions", {
      committee: { kind: m.meeting.committee.kind, name: m.meeting.committee.name },
      prefecture: { name: m.meeting.prefecture.name },
      meeting: { startsAt: m.meeting.startsAt },
    } as Parameters<typeof documentFileBase>[1]);
    minutes.push({
      id: m.id,
      fileBase: m.revision > 1 ? `${base}-v${m.revision}` : base,
      title: `${m.meeting.committee.name}, séance du ${formatLongDate(m.meeting.startsAt)}`,
    });
  }
  return minutes;
}

/**
 * The actions that belong to a year's evidence: created, adopted at a meeting, due or followed
 * (a progress note) in it, and those still open that existed by its end — the plan as the
 * committee followed it that year.
 */
function actionsOfYearWhere(prefectureId: string, year: number): Prisma.ImprovementActionWhereInput {
  const instants = yearInstants(year);
  return {
    prefectureId,
    OR: [
      { createdAt: instants },
      { dueOn: yearDays(year) },
      { meeting: { startsAt: instants } },
      { progressNotes: { some: { createdAt: instants } } },
      { status: { in: [...OPEN_STATUSES] }, createdAt: { lt: instants.lt } },
    ],
  };
}

const registerWhere = (prefectureId: string, year: number): Prisma.RequestRecordWhereInput => ({ prefectureId, receivedOn: yearDays(year) });

export interface EvidencePackPlan {
  prefecture: { id: string; code: string; name: string };
  year: number;
  facts: PackFacts;
  files: PackFile[];
  /** Read while counting, kept: the indicators file is built from it */
  indicatorYear: IndicatorYear;
}

/** What a prefecture's pack for a year will hold, counted before anything is built. null: no such prefecture. */
export async function planEvidencePack(prefectureId: string, year: number): Promise<EvidencePackPlan | null> {
  const [prefecture, indicatorYear, minutes, actionCount, registerEntryCount, surveyCount] = await Promise.all([
    db.prefecture.findUnique({ where: { id: prefectureId }, select: { id: true, code: true, name: true } }),
    getIndicatorYear(prefectureId, year),
    findMinutesOfYear(prefectureId, year),
    db.improvementAction.count({ where: actionsOfYearWhere(prefectureId, year) }),
    db.requestRecord.count({ where: registerWhere(prefectureId, year) }),
    db.survey.count({ where: { prefectureId, year } }),
  ]);
  if (!prefecture) return null;
  const facts: PackFacts = {
    code: prefecture.code,
    year,
    prefectureName: prefecture.name,
    yearlyReportFileBase: yearlyReportFileBase(year, prefecture.name),
    indicatorCount: indicatorYear.indicators.length,
    minutes,
    actionCount,
    registerEntryCount,
    surveyCount,
  };
  return { prefecture, year, facts, files: packFiles(facts), indicatorYear };
}

/** The first year a prefecture has anything to put in a pack (the page's year choices start there). */
export async function findFirstEvidenceYear(prefectureId: string): Promise<number | null> {
  const [meeting, record, value] = await Promise.all([
    db.meeting.findFirst({ where: { prefectureId }, orderBy: { startsAt: "asc" }, select: { startsAt: true } }),
    db.requestRecord.findFirst({ where: { prefectureId }, orderBy: { receivedOn: "asc" }, select: { receivedOn: true } }),
    db.indicatorValue.findFirst({ where: { prefectureId }, orderBy: { year: "asc" }, select: { year: true } }),
  ]);
  const years = [meeting?.startsAt.getUTCFullYear(), record?.receivedOn.getUTCFullYear(), value?.year].filter((y): y is number => y !== undefined);
  return years.length > 0 ? Math.min(...years) : null;
}

/**
 * The year's actions for the sheet: the action plan's own list (its words for the source and
 * the owner, and the caller's reading scope), narrowed to the year, with the result and the
 * last progress note.
 */
export async function findPackActions(code: string, prefectureId: string, actor: Actor, year: number): Promise<PackAction[]> {
  const extra = await db.improvementAction.findMany({
    where: actionsOfYearWhere(prefectureId, year),
    select: { id: true, result: true, progressNotes: { orderBy: { createdAt: "desc" }, take: 1, select: { body: true, createdAt: true } } },
  });
  const byId = new Map(extra.map((a) => [a.id, a]));
  const listed = await findActionPlan(code, prefectureId, actor);
  return listed.flatMap((a) => {
    const more = byId.get(a.id);
    if (!more) return [];
    const note = more.progressNotes[0];
    return [
      {
        title: a.title,
        origin: a.origin,
        source: a.source?.text ?? null,
        engagements: a.engagements.map((e) => ({ code: e.code, title: e.title })),
        owner: a.owner,
        dueOn: a.dueOn,
        status: a.status,
        result: more.result,
        lastNote: note ? { at: note.createdAt, body: note.body } : null,
      },
    ];
  });
}

const REGISTER_BATCH = 2_000;

/**
 * The register entries received in a year, oldest first, in batches (keyset on received day
 * and id): a year of 10 000 entries never sits in memory at once. Deadline and status are the
 * register's rule, on the day of the export.
 */
export async function* registerEntriesOfYear(prefectureId: string, year: number, today = registerToday()): AsyncGenerator<PackRegisterEntry[]> {
  let after: { receivedOn: Date; id: string } | null = null;
  for (;;) {
    const cursor: Prisma.RequestRecordWhereInput = after
      ? { OR: [{ receivedOn: { gt: after.receivedOn } }, { receivedOn: after.receivedOn, id: { gt: after.id } }] }
      : {};
    const rows = await db.requestRecord.findMany({
      where: { AND: [registerWhere(prefectureId, year), cursor] },
      orderBy: [{ receivedOn: "asc" }, { id: "asc" }],
      take: REGISTER_BATCH,
      select: {
        id: true,
        reference: true,
        receivedOn: true,
        channel: true,
        type: true,
        subject: true,
        service: true,
        acknowledgedOn: true,
        holdingReplyOn: true,
        announcedDelayDays: true,
        answeredOn: true,
      },
    });
    if (rows.length === 0) return;
    yield rows.map((r) => {
      const status = entryStatus(r, today);
      const day = (d: Date | null) => (d ? isoDay(d) : null);
      return {
        reference: r.reference,
        receivedOn: isoDay(r.receivedOn),
        channel: r.channel,
        type: r.type,
        subject: r.subject,
        service: r.service,
        acknowledgedOn: day(r.acknowledgedOn),
        holdingReplyOn: day(r.holdingReplyOn),
        announcedDelayDays: r.announcedDelayDays,
        answeredOn: day(r.answeredOn),
        deadline: isoDay(status.deadline.date),
        statusText: statusInWords(status),
      };
    });
    const last = rows[rows.length - 1]!;
    after = { receivedOn: last.receivedOn, id: last.id };
    if (rows.length < REGISTER_BATCH) return;
  }
}
