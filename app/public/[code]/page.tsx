import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { findPublicPrefecture, listPublishedMinutes } from "@/lib/publication/queries";
import { publicPaths } from "@/lib/publication";
import { formatLongDate, prefectureOf } from "@/lib/format";

// Prerendered on first visit and kept 5 minutes (ADR 0005); publish and unpublish drop it at
// once (revalidatePublication). force-static: cookies() and headers() are empty here, so no
// session can leak into the shared copy.
export const dynamic = "force-static";
export const revalidate = 300;
export function generateStaticParams() {
  // Nothing at build time (no database then): each page is rendered by its first visit.
  return [];
}

type Params = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { code } = await params;
  const prefecture = await findPublicPrefecture(code);
  if (!prefecture) return { title: "Préfecture introuvable" };
  const name = `Comptes rendus — préfecture ${prefectureOf(prefecture)}`;
  return {
    title: name,
    description: `Comptes rendus publiés des comités locaux des usagers de la préfecture ${prefectureOf(prefecture)}.`,
    alternates: { types: { "application/atom+xml": [{ url: publicPaths.feed(prefecture.code), title: `${name} (flux Atom)` }] } },
  };
}

export default async function PublicPrefecturePage({ params }: Params) {
  const { code } = await params;
  const prefecture = await findPublicPrefecture(code);
  if (!prefecture) notFound();
  const minutes = await listPublishedMinutes(prefecture.id);
  return (
    <>
      <h1>Comités locaux des usagers — préfecture {prefectureOf(prefecture)}</h1>
      <p className="fr-text--lead">
        Les comptes rendus et relevés de conclusions publiés par la préfecture {prefectureOf(prefecture)} ({prefecture.code}), la
        séance la plus récente d&apos;abord.
      </p>
      <form action={publicPaths.search(prefecture.code)} method="get" role="search" className="fr-mb-4w">
        <div className="fr-search-bar" id="recherche-comptes-rendus">
          <label className="fr-label" htmlFor="recherche-q">
            Rechercher dans les comptes rendus
          </label>
          <input className="fr-input" id="recherche-q" name="q" type="search" placeholder="Rechercher" required minLength={2} />
          <button className="fr-btn" type="submit" title="Rechercher">
            Rechercher
          </button>
        </div>
      </form>
      <h2>Comptes rendus publiés</h2>
      {minutes.length === 0 ? (
        <p>Aucun compte rendu n&apos;est encore publié.</p>
      ) : (
        <ul className="fr-raw-list">
          {minutes.map((m) => (
            <li key={m.minutesId} className="fr-mb-3w">
              <h3 className="fr-h5 fr-mb-1v">
                <Link href={publicPaths.minutes(prefecture.code, m.minutesId)} prefetch={false}>
                  {m.title}
                </Link>
              </h3>
              <p className="fr-mb-1v">
                {m.kindLabel} · {m.committeeName} · séance du {formatLongDate(m.meetingStartsAt)}
                {m.revision > 1 ? ` · version corrigée n° ${m.revision}` : ""}
              </p>
              <p className="fr-text--sm">
                Publié le {formatLongDate(m.publishedAt)} — télécharger :{" "}
                <a href={publicPaths.minutesPdf(prefecture.code, m.minutesId)} download>
                  PDF<span className="fr-sr-only"> — {m.title}</span>
                </a>
                {" · "}
                <a href={publicPaths.minutesDocx(prefecture.code, m.minutesId)} download>
                  DOCX<span className="fr-sr-only"> — {m.title}</span>
                </a>
              </p>
            </li>
          ))}
        </ul>
      )}
      <p className="fr-text--sm">
        <a href={publicPaths.feed(prefecture.code)}>S&apos;abonner au flux Atom des comptes rendus</a>
        {" · "}
        <a href={publicPaths.apiMeetings(prefecture.code)}>Données ouvertes (JSON)</a>
        {" · "}
        <Link href="/connexion" prefetch={false}>
          Espace des membres : se connecter
        </Link>
      </p>
    </>
  );
}
