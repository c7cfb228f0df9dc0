/**
 * The open data answers (/api/v1): plain JSON built from the publication queries, the shapes
 * openapi.ts describes (a test checks the routes' JSON against that document).
 */
import "server-only";
import type { PublicPrefecture, PublishedMinutesSummary } from "./queries";
import { absoluteUrl, publicPaths } from "./urls";

export interface OpenDataPrefecture {
  code: string;
  name: string;
  links: { page: string; meetings: string; feed: string };
}

export interface OpenDataMeeting {
  id: string;
  committee: string;
  date: string;
  title: string;
  minutes: {
    id: string;
    kind: "COMPTE_RENDU" | "RELEVE_DE_CONCLUSIONS";
    revision: number;
    publishedAt: string;
  };
  links: { html: string; pdf: string; docx: string };
}

export function prefecturesJson(prefectures: PublicPrefecture[]): { prefectures: OpenDataPrefecture[] } {
  return {
    prefectures: prefectures.map((p) => ({
      code: p.code,
      name: p.name,
      links: {
        page: absoluteUrl(publicPaths.prefecture(p.code)),
        meetings: absoluteUrl(publicPaths.apiMeetings(p.code)),
        feed: absoluteUrl(publicPaths.feed(p.code)),
      },
    })),
  };
}

export function meetingsJson(
  prefecture: PublicPrefecture,
  minutes: PublishedMinutesSummary[],
): { prefecture: { code: string; name: string }; meetings: OpenDataMeeting[] } {
  return {
    prefecture: { code: prefecture.code, name: prefecture.name },
    meetings: minutes.map((m) => ({
      id: m.meetingId,
      committee: m.committeeName,
      date: m.meetingStartsAt.toISOString(),
      title: m.title,
      minutes: { id: m.minutesId, kind: m.kind, revision: m.revision, publishedAt: m.publishedAt.toISOString() },
      links: {
        html: absoluteUrl(publicPaths.minutes(prefecture.code, m.minutesId)),
        pdf: absoluteUrl(publicPaths.minutesPdf(prefecture.code, m.minutesId)),
        docx: absoluteUrl(publicPaths.minutesDocx(prefecture.code, m.minutesId)),
      },
    })),
  };
}
