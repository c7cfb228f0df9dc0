/**
 * Yearly report reads. The figures are the entry grid's (lib/indicators/queries.ts
 * `getIndicatorYear`, this year and the one before): the report adds the trend, the statuses
 * and the words, never a formula of its own. Every read carries the prefecture.
 */
import "server-only";
import { db } from "@/lib/db";
import { can, type Actor } from "@/lib/auth/policy";
import { getIndicatorYears } from "@/lib/indicators/queries";
import { listMeetings } from "@/lib/meetings/queries";
import { findSurveysOfYear, type SurveyResult } from "@/lib/surveys/queries";
import { COMMITTEE_KIND_LABELS } from "@/lib/committees/vocabulary";
import { formatLongDate } from "@/lib/format";
import { buildYearlyReport, type YearlyReportData } from "./domain";

export interface YearlyReport extends YearlyReportData {
  prefecture: { id: string; code: string; name: string; stateHeader: string };
  /** The year's surveys with their results (lib/surveys) */
  surveys: SurveyResult[];
}

/** The report of one prefecture for one year, or null when the prefecture does not exist. */
export async function getYearlyReport(prefectureId: string, year: number): Promise<YearlyReport | null> {
  const [prefecture, [current, previous], surveys] = await Promise.all([
    db.prefecture.findUnique({ where: { id: prefectureId }, select: { id: true, code: true, name: true, stateHeader: true } }),
    getIndicatorYears(prefectureId, [year, year - 1]),
    findSurveysOfYear(prefectureId, year),
  ]);
  if (!prefecture || !current || !previous) return null;
  return { ...buildYearlyReport(current, previous), prefecture, surveys };
}

export interface AttachableMeeting {
  id: string;
  /** "Comité local des usagers — jeudi 6 mai 2021" */
  label: string;
}

/**
 * The meetings of the prefecture the actor may attach the report to (meeting.manage, not
 * cancelled), newest first.
 */
export async function listAttachableMeetings(prefectureId: string, actor: Actor): Promise<AttachableMeeting[]> {
  const meetings = await listMeetings(prefectureId, actor);
  return meetings
    .filter((m) => m.status !== "CANCELLED")
    .filter((m) => can(actor, "meeting.manage", { kind: "meeting", prefectureId, committeeId: m.committeeId, status: m.status }))
    .map((m) => ({
      id: m.id,
      label: `${COMMITTEE_KIND_LABELS[m.committee.kind]} — ${formatLongDate(m.startsAt)}${m.status === "DRAFT" ? " (en préparation)" : ""}`,
    }));
}
