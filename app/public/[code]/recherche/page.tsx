import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { findPublicPrefecture } from "@/lib/publication/queries";
import { publicPaths } from "@/lib/publication";
import { minutesSearchPageSchema, MINUTES_SEARCH_PAGE_SIZE, searchPublishedMinutes } from "@/lib/minutes";
import { prefectureOf } from "@/lib/format";
import { MinutesSearchForm, MinutesSearchResults } from "@/components/minutes/search-results";

// Unlike the other public pages this one depends on the query, so it is rendered per request;
// it reads only published minutes of a public prefecture and nothing of the visitor.

type Props = {
  params: Promise<{ code: string }>;
  searchParams: Promise<{ q?: string | string[]; page?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { code } = await params;
  const prefecture = await findPublicPrefecture(code);
  if (!prefecture) return { title: "Préfecture introuvable" };
  return { title: `Recherche dans les comptes rendus — préfecture ${prefectureOf(prefecture)}`, robots: { index: false } };
}

export default async function PublicMinutesSearchPage({ params, searchParams }: Props) {
  const { code } = await params;
  const prefecture = await findPublicPrefecture(code);
  if (!prefecture) notFound();
  const { q, page: pageParam } = await searchParams;
  const page = minutesSearchPageSchema.parse(pageParam);
  const outcome =
    q === undefined
      ? null
      : await searchPublishedMinutes(prefecture.id, q, { limit: MINUTES_SEARCH_PAGE_SIZE, offset: (page - 1) * MINUTES_SEARCH_PAGE_SIZE });
  const searchPath = publicPaths.search(prefecture.code);
  return (
    <>
      <nav role="navigation" className="fr-breadcrumb fr-mt-0 fr-mb-3w" aria-label="vous êtes ici :">
        <ol className="fr-breadcrumb__list">
          <li>
            <a className="fr-breadcrumb__link" href={publicPaths.prefecture(prefecture.code)}>
              Comptes rendus — préfecture {prefectureOf(prefecture)}
            </a>
          </li>
          <li>
            <a className="fr-breadcrumb__link" aria-current="page">
              Recherche
            </a>
          </li>
        </ol>
      </nav>
      <h1>Rechercher dans les comptes rendus publiés</h1>
      <p>
        Les comptes rendus publiés par la préfecture {prefectureOf(prefecture)} ({prefecture.code}) : les mots sont cherchés
        sans tenir compte des accents ni des accords (« préfecture » trouve « prefectures »).
      </p>
      <MinutesSearchForm action={searchPath} query={typeof q === "string" ? q : ""} label="Rechercher dans les comptes rendus publiés" />
      {outcome && (
        <MinutesSearchResults
          outcome={outcome}
          hrefFor={(r) => `${publicPaths.minutes(prefecture.code, r.minutesId)}#section-${r.sectionId}`}
          pageHref={(n) => `${searchPath}?${new URLSearchParams({ q: outcome.query, page: String(n) }).toString()}`}
          pageSize={MINUTES_SEARCH_PAGE_SIZE}
          showStatus={false}
        />
      )}
    </>
  );
}
