/**
 * The minutes search form and its results, shared by the members' page and the public one.
 * A server component without script (the public pages run none): a GET form, results as
 * HTML. Excerpts arrive as segments, so highlighted words become <mark> elements and the
 * text of a compte rendu is never interpreted as markup.
 */
import type { MinutesSearchOutcome, MinutesSearchResult } from "@/lib/minutes";
import { formatCount, formatDateTime, formatLongDate } from "@/lib/format";

export function MinutesSearchForm({ action, query, label }: { action: string; query: string; label: string }) {
  return (
    <form action={action} method="get" role="search" className="fr-mb-4w">
      <div className="fr-search-bar fr-search-bar--lg">
        <label className="fr-label" htmlFor="recherche-comptes-rendus-q">
          {label}
        </label>
        <input
          className="fr-input"
          id="recherche-comptes-rendus-q"
          name="q"
          type="search"
          defaultValue={query}
          placeholder="Un mot, une expression…"
          maxLength={200}
        />
        <button className="fr-btn" type="submit" title="Rechercher">
          Rechercher
        </button>
      </div>
    </form>
  );
}

export function MinutesSearchResults({
  outcome,
  hrefFor,
  pageHref,
  pageSize,
  showStatus,
}: {
  outcome: MinutesSearchOutcome;
  /** Where a result leads: the section of the minutes page. */
  hrefFor: (result: MinutesSearchResult) => string;
  /** The address of another page of the same search. */
  pageHref: (page: number) => string;
  pageSize: number;
  /** Members see "En relecture" beside a result; the public reads published minutes only. */
  showStatus: boolean;
}) {
  if (outcome.status === "invalid") {
    return (
      <div role="status" className="fr-alert fr-alert--info fr-alert--sm fr-mb-4w">
        <p>{outcome.message}</p>
      </div>
    );
  }
  const page = Math.floor(outcome.offset / pageSize) + 1;
  // The URL accepts 50 pages (minutesSearchPageSchema): past them, refine the search.
  const lastPage = Math.min(50, Math.max(1, Math.ceil(outcome.total / pageSize)));
  return (
    <section aria-labelledby="resultats-recherche">
      <h2 id="resultats-recherche">Résultats de la recherche</h2>
      <p role="status">
        {outcome.total === 0
          ? `Aucun résultat pour « ${outcome.query} ».`
          : `${formatCount(outcome.total, "section trouvée", "sections trouvées")} pour « ${outcome.query} »${lastPage > 1 ? ` — page ${page} sur ${lastPage}` : ""}.`}
      </p>
      {outcome.results.length > 0 && (
        <ol className="fr-raw-list" start={outcome.offset + 1}>
          {outcome.results.map((r) => (
            <li key={r.sectionId} className="fr-mb-3w">
              <h3 className="fr-h6 fr-mb-1v">
                <a href={hrefFor(r)}>{r.sectionTitle || "Section sans titre"}</a>
              </h3>
              <p className="fr-text--sm fr-mb-1v">
                {r.kindLabel} · {r.committeeName} · séance du{" "}
                {r.meetingHasStartTime ? formatDateTime(r.meetingStartsAt) : formatLongDate(r.meetingStartsAt)}
                {showStatus ? ` · ${r.statusLabel}` : ""}
              </p>
              <p className="fr-mb-0">
                {r.excerpt.map((segment, i) => (segment.highlighted ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>))}
              </p>
            </li>
          ))}
        </ol>
      )}
      {lastPage > 1 && (
        <nav role="navigation" aria-label="Pages de résultats" className="fr-pagination">
          <ul className="fr-pagination__list">
            <li>
              {page > 1 ? (
                <a className="fr-pagination__link fr-pagination__link--prev fr-pagination__link--lg-label" href={pageHref(page - 1)}>
                  Résultats précédents
                </a>
              ) : (
                <a className="fr-pagination__link fr-pagination__link--prev fr-pagination__link--lg-label" aria-disabled="true" role="link">
                  Résultats précédents
                </a>
              )}
            </li>
            <li>
              {page < lastPage ? (
                <a className="fr-pagination__link fr-pagination__link--next fr-pagination__link--lg-label" href={pageHref(page + 1)}>
                  Résultats suivants
                </a>
              ) : (
                <a className="fr-pagination__link fr-pagination__link--next fr-pagination__link--lg-label" aria-disabled="true" role="link">
                  Résultats suivants
                </a>
              )}
            </li>
          </ul>
        </nav>
      )}
    </section>
  );
}
