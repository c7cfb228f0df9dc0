/**
 * Register reads (domain.md §7). Every query carries the prefecture in its where clause;
 * callers have checked "register.manage" (the register holds users' personal data: members
 * never read it). Deadlines, statuses and figures come from the domain — one rule for the
 * page, the overdue list and the indicators — and results are serialisable (ISO dates).
 */
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dayOf } from "@/lib/periods";
import {
  dateOfDayNumber,
  entryStatus,
  isoDay,
  lastReceivedDayPossiblyOverdue,
  monthlyFigures,
  statusInWords,
  type EntryStatus,
  type MonthlyRegisterFigures,
  type RegisterFacts,
} from "./domain";
import type { RequestChannel, RequestType } from "./vocabulary";

export type { MonthlyRegisterFigures } from "./domain";

/** Today in Paris as a calendar day (UTC midnight), the day statuses are judged on. */
export function registerToday(): Date {
  return dayOf(new Date());
}

export interface RegisterEntryView {
  id: string;
  version: number;
  reference: string | null;
  receivedOn: string;
  channel: RequestChannel;
  type: RequestType;
  subject: string;
  service: string | null;
  acknowledgedOn: string | null;
  holdingReplyOn: string | null;
  announcedDelayDays: number | null;
  answeredOn: string | null;
  deadline: string;
  deadlineExtended: boolean;
  status: EntryStatus["kind"];
  statusText: string;
}

const entrySelect = {
  id: true,
  version: true,
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
} satisfies Prisma.RequestRecordSelect;

type EntryRow = Prisma.RequestRecordGetPayload<{ select: typeof entrySelect }>;

const isoOrNull = (d: Date | null) => (d ? isoDay(d) : null);

function toView(row: EntryRow, today: Date): RegisterEntryView {
  const status = entryStatus(row, today);
  return {
    ...row,
    receivedOn: isoDay(row.receivedOn),
    acknowledgedOn: isoOrNull(row.acknowledgedOn),
    holdingReplyOn: isoOrNull(row.holdingReplyOn),
    answeredOn: isoOrNull(row.answeredOn),
    deadline: isoDay(status.deadline.date),
    deadlineExtended: status.deadline.extended,
    status: status.kind,
    statusText: statusInWords(status),
  };
}

export interface RegisterFilters {
  type?: RequestType;
  channel?: RequestChannel;
  service?: string;
  overdueOnly?: boolean;
}

export const REGISTER_PAGE_SIZE = 50;

const yearRange = (year: number) => ({ gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) });

/**
 * Unanswered entries received up to the last day that can be overdue: a superset of the
 * overdue ones (a holding reply may have moved a deadline), narrowed by the domain.
 */
function possiblyOverdueWhere(today: Date): Prisma.RequestRecordWhereInput {
  return { answeredOn: null, receivedOn: { lte: lastReceivedDayPossiblyOverdue(today) } };
}

/** Every overdue entry of the prefecture, whatever its year, oldest first (the list at the top of the register). */
export async function findOverdueEntries(prefectureId: string, today = registerToday()): Promise<RegisterEntryView[]> {
  const rows = await db.requestRecord.findMany({
    where: { prefectureId, ...possiblyOverdueWhere(today) },
    select: entrySelect,
    orderBy: [{ receivedOn: "asc" }, { createdAt: "asc" }],
  });
  return rows.map((r) => toView(r, today)).filter((v) => v.status === "OVERDUE");
}

export interface RegisterPage {
  entries: RegisterEntryView[];
  total: number;
  page: number;
  pageCount: number;
}

/** One page of a year's entries, newest first, filtered in SQL (overdue: narrowed by the domain before paging). */
export async function findRegisterPage(prefectureId: string, year: number, filters: RegisterFilters, page = 1, today = registerToday()): Promise<RegisterPage> {
  const where: Prisma.RequestRecordWhereInput = {
    prefectureId,
    receivedOn: yearRange(year),
    ...(filters.type ? { type: filters.type } : {}),
    ...(filters.channel ? { channel: filters.channel } : {}),
    ...(filters.service ? { service: filters.service } : {}),
  };
  const orderBy = [{ receivedOn: "desc" }, { createdAt: "desc" }] satisfies Prisma.RequestRecordOrderByWithRelationInput[];
  if (filters.overdueOnly) {
    const rows = await db.requestRecord.findMany({ where: { AND: [where, possiblyOverdueWhere(today)] }, select: entrySelect, orderBy });
    const overdue = rows.map((r) => toView(r, today)).filter((v) => v.status === "OVERDUE");
    const pageCount = Math.max(1, Math.ceil(overdue.length / REGISTER_PAGE_SIZE));
    const current = Math.min(Math.max(1, page), pageCount);
    return { entries: overdue.slice((current - 1) * REGISTER_PAGE_SIZE, current * REGISTER_PAGE_SIZE), total: overdue.length, page: current, pageCount };
  }
  const total = await db.requestRecord.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / REGISTER_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pageCount);
  const rows = await db.requestRecord.findMany({ where, select: entrySelect, orderBy, skip: (current - 1) * REGISTER_PAGE_SIZE, take: REGISTER_PAGE_SIZE });
  return { entries: rows.map((r) => toView(r, today)), total, page: current, pageCount };
}

/** One entry of the prefecture (another prefecture's id: null). */
export async function findRegisterEntry(prefectureId: string, id: string, today = registerToday()): Promise<RegisterEntryView | null> {
  const row = await db.requestRecord.findFirst({ where: { id, prefectureId }, select: entrySelect });
  return row && toView(row, today);
}

/** The services named in the register (the service filter's choices). */
export async function findRegisterServices(prefectureId: string): Promise<string[]> {
  const rows = await db.requestRecord.findMany({
    where: { prefectureId, service: { not: null } },
    distinct: ["service"],
    select: { service: true },
    orderBy: { service: "asc" },
  });
  return rows.flatMap((r) => (r.service ? [r.service] : []));
}

/** Years with entries, newest first. */
export async function findRegisterYears(prefectureId: string): Promise<number[]> {
  const rows = await db.$queryRaw<{ year: number }[]>`
    SELECT DISTINCT extract(year FROM received_on)::int AS year FROM request_records WHERE prefecture_id = ${prefectureId}::uuid ORDER BY year DESC`;
  return rows.map((r) => r.year);
}

interface FactsRow {
  r: number;
  h: number | null;
  a: number | null;
  w: number | null;
  c: RequestChannel;
  t: RequestType;
  n: number;
}

/**
 * The monthly figures of a year for the e-mail and complaint indicators (months 1–12, then
 * the year's total as month 0), as the register stands on `asOf`. The indicators module
 * calls this instead of having the figures typed. The rule is the domain's (monthlyFigures);
 * SQL only hands it identical entries grouped with their count, dates as day numbers
 * (PostgreSQL's date − date), and the entries the two indicators do not look at as one row
 * per month, channel and type — so 10 000 entries a year are a few thousand rows.
 */
export async function registerMonthlyFigures(prefectureId: string, year: number, asOf = registerToday()): Promise<MonthlyRegisterFigures[]> {
  const range = yearRange(year);
  const rows = await db.$queryRaw<FactsRow[]>`
    WITH y AS (
      SELECT received_on, holding_reply_on, announced_delay_days, answered_on, channel, type,
        (type = 'COMPLAINT' OR (type = 'INFORMATION' AND channel = 'EMAIL')) AS measured
      FROM request_records
      WHERE prefecture_id = ${prefectureId}::uuid AND received_on >= ${isoDay(range.gte)}::date AND received_on < ${isoDay(range.lt)}::date
    )
    SELECT received_on - DATE '1970-01-01' AS r, holding_reply_on - DATE '1970-01-01' AS h, announced_delay_days AS a,
      answered_on - DATE '1970-01-01' AS w, channel::text AS c, type::text AS t, count(*)::int AS n
    FROM y WHERE measured
    GROUP BY received_on, holding_reply_on, announced_delay_days, answered_on, channel, type
    UNION ALL
    SELECT min(received_on) - DATE '1970-01-01', NULL, NULL, NULL, channel::text, type::text, count(*)::int
    FROM y WHERE NOT measured
    GROUP BY date_trunc('month', received_on), channel, type`;
  const facts = rows.map(
    (row): RegisterFacts => ({
      receivedOn: dateOfDayNumber(row.r),
      holdingReplyOn: row.h === null ? null : dateOfDayNumber(row.h),
      announcedDelayDays: row.a,
      answeredOn: row.w === null ? null : dateOfDayNumber(row.w),
      channel: row.c,
      type: row.t,
      count: row.n,
    }),
  );
  return monthlyFigures(facts, year, asOf);
}

export interface RegisterExportFilters extends RegisterFilters {
  /** "YYYY-MM-DD", inclusive; null: from the first entry */
  from: string | null;
  /** "YYYY-MM-DD", inclusive; null: up to the last entry */
  to: string | null;
}

/**
 * The entries of an export (lib/register/export), oldest first, with the list's filters and a
 * range of days of receipt: the same columns the import reads, ISO dates. Overdue only is
 * narrowed by the domain, as on the page.
 */
export async function findRegisterExport(prefectureId: string, filters: RegisterExportFilters, today = registerToday()): Promise<RegisterEntryView[]> {
  const where: Prisma.RequestRecordWhereInput = {
    prefectureId,
    ...(filters.from || filters.to ? { receivedOn: { ...(filters.from ? { gte: new Date(`${filters.from}T00:00:00Z`) } : {}), ...(filters.to ? { lte: new Date(`${filters.to}T00:00:00Z`) } : {}) } } : {}),
    ...(filters.type ? { type: filters.type } : {}),
    ...(filters.channel ? { channel: filters.channel } : {}),
    ...(filters.service ? { service: filters.service } : {}),
  };
  const rows = await db.requestRecord.findMany({
    where: filters.overdueOnly ? { AND: [where, possiblyOverdueWhere(today)] } : where,
    select: entrySelect,
    orderBy: [{ receivedOn: "asc" }, { createdAt: "asc" }],
  });
  const views = rows.map((r) => toView(r, today));
  return filters.overdueOnly ? views.filter((v) => v.status === "OVERDUE") : views;
}
