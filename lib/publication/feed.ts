/** The Atom feed of a prefecture's published comptes rendus: one entry per published revision. */
import "server-only";
import { Feed } from "feed";
import { formatLongDate, prefectureOf } from "@/lib/format";
import type { PublicPrefecture, PublishedMinutesSummary } from "./queries";
import { absoluteUrl, publicPaths } from "./urls";

export function renderPublicationFeed(prefecture: PublicPrefecture, revisions: PublishedMinutesSummary[]): string {
  const pageUrl = absoluteUrl(publicPaths.prefecture(prefecture.code));
  const feed = new Feed({
    // Stable across deployments and host names: readers key their history on it.
    id: pageUrl,
    title: `Comptes rendus des comités locaux des usagers — préfecture ${prefectureOf(prefecture)}`,
    description: `Comptes rendus et relevés de conclusions publiés par la préfecture ${prefectureOf(prefecture)} (${prefecture.code}).`,
    link: pageUrl,
    language: "fr",
    // No revision yet: the feed is as old as nothing; a fixed date keeps the XML stable.
    updated: revisions[0]?.publishedAt ?? new Date(0),
    generator: "Portail des comités locaux des usagers",
    feedLinks: { atom: absoluteUrl(publicPaths.feed(prefecture.code)) },
    author: { name: `Préfecture ${prefectureOf(prefecture)}` },
    copyright: "Licence Ouverte / Open Licence version 2.0",
  });
  for (const r of revisions) {
    const link = absoluteUrl(publicPaths.minutes(prefecture.code, r.minutesId));
    const corrected = r.revision > 1 ? ` Version corrigée n° ${r.revision}${r.correctionNote ? ` : ${r.correctionNote}` : "."}` : "";
    feed.addItem({
      // One id per revision: a correction is a new entry, not an edit of the old one.
      id: `urn:uuid:${r.minutesId}`,
      title: r.revision > 1 ? `${r.title} (version corrigée n° ${r.revision})` : r.title,
      link,
      date: r.publishedAt,
      published: r.publishedAt,
      description: `${r.kindLabel} de la séance du ${formatLongDate(r.meetingStartsAt)} — ${r.committeeName}.${corrected}`,
    });
  }
  return feed.atom1();
}
