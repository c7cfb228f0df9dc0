/**
 * Survey reads: the surveys of a prefecture (list by year), one survey's results, the surveys
 * of a year (for the yearly report) and those attached to a meeting. Every query carries the
 * prefecture in its where clause; callers have checked the policy ("results.read"). Results are
 * shaped by the domain (percentages from counts, satisfaction rates) and serialisable.
 */
import "server-only";
import { db } from "@/lib/db";
import { formatLongDate } from "@/lib/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import { optionResults, responseRate, satisfactionRate, unansweredShare, type SurveyResult } from "./domain";

export type { SurveyResult, QuestionResult, OptionResult } from "./domain";

const surveyInclude = {
  meeting: { select: { id: true, title: true, startsAt: true } },
  questions: {
    orderBy: { position: "asc" },
    include: { options: { orderBy: { position: "asc" } } },
  },
} satisfies Prisma.SurveyInclude;

type SurveyRow = Prisma.SurveyGetPayload<{ include: typeof surveyInclude }>;

function toSurveyResult(s: SurveyRow): SurveyResult {
  return {
    id: s.id,
    title: s.title,
    audience: s.audience,
    year: s.year,
    method: s.method,
    respondentsCount: s.respondentsCount,
    recipientsCount: s.recipientsCount,
    responseRate: responseRate(s.respondentsCount, s.recipientsCount),
    meeting: s.meeting && { id: s.meeting.id, title: s.meeting.title, startsAt: s.meeting.startsAt.toISOString() },
    version: s.version,
    questions: s.questions.map((q) => {
      const options = optionResults(
        q.options.map((o) => ({ label: o.label, count: o.count, percent: o.percent === null ? null : o.percent.toNumber() })),
        s.respondentsCount,
      );
      const satisfaction = satisfactionRate(q.kind, options);
      return {
        id: q.id,
        position: q.position,
        text: q.text,
        kind: q.kind,
        options,
        satisfactionRate: satisfaction?.rate ?? null,
        topSatisfactionRate: satisfaction?.topRate ?? null,
        unansweredShare: unansweredShare(q.kind, options),
      };
    }),
  };
}

/** Every survey of a prefecture's year with its results (the yearly report's section). */
export async function findSurveysOfYear(prefectureId: string, year: number): Promise<SurveyResult[]> {
  const rows = await db.survey.findMany({
    where: { prefectureId, year },
    include: surveyInclude,
    orderBy: [{ title: "asc" }],
  });
  return rows.map(toSurveyResult);
}

/** One survey of the prefecture with its results, or null (another prefecture's id included). */
export async function findSurvey(prefectureId: string, surveyId: string): Promise<SurveyResult | null> {
  const row = await db.survey.findFirst({ where: { id: surveyId, prefectureId }, include: surveyInclude });
  return row && toSurveyResult(row);
}

export interface SurveyListItem {
  id: string;
  title: string;
  audience: SurveyResult["audience"];
  year: number;
  respondentsCount: number;
  recipientsCount: number | null;
  responseRate: number | null;
  meeting: SurveyResult["meeting"];
}

/** The prefecture's surveys, newest year first. */
export async function findSurveys(prefectureId: string): Promise<SurveyListItem[]> {
  const rows = await db.survey.findMany({
    where: { prefectureId },
    select: {
      id: true,
      title: true,
      audience: true,
      year: true,
      respondentsCount: true,
      recipientsCount: true,
      meeting: { select: { id: true, title: true, startsAt: true } },
    },
    orderBy: [{ year: "desc" }, { title: "asc" }],
  });
  return rows.map((s) => ({
    id: s.id,
    title: s.title,
    audience: s.audience,
    year: s.year,
    respondentsCount: s.respondentsCount,
    recipientsCount: s.recipientsCount,
    responseRate: responseRate(s.respondentsCount, s.recipientsCount),
    meeting: s.meeting && { id: s.meeting.id, title: s.meeting.title, startsAt: s.meeting.startsAt.toISOString() },
  }));
}

/** The surveys attached to a meeting (its page's "Enquêtes jointes"). */
export async function findSurveysOfMeeting(prefectureId: string, meetingId: string): Promise<{ id: string; title: string; year: number }[]> {
  return db.survey.findMany({
    where: { prefectureId, meetingId },
    select: { id: true, title: true, year: true },
    orderBy: [{ year: "desc" }, { title: "asc" }],
  });
}

/** The prefecture's meetings a survey may be attached to, newest first (cancelled ones left out). */
export async function findMeetingChoices(prefectureId: string): Promise<{ id: string; label: string }[]> {
  const rows = await db.meeting.findMany({
    where: { prefectureId, status: { not: "CANCELLED" } },
    select: { id: true, title: true, startsAt: true, committee: { select: { name: true } } },
    orderBy: { startsAt: "desc" },
    take: 200,
  });
  return rows.map((m) => ({
    id: m.id,
    label: `${formatLongDate(m.startsAt)} — ${m.title ?? m.committee.name}`,
  }));
}
