/** Previous / next pages of the register's list, keeping its filters (plain links). */
export function RegisterPagination({ code, query, page, pageCount }: { code: string; query: string; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const href = (p: number) => `/${code}/registre?${query}&page=${p}`;
  const link = (p: number, label: string, kind: "prev" | "next", enabled: boolean) =>
    enabled ? (
      <a className={`fr-pagination__link fr-pagination__link--${kind} fr-pagination__link--lg-label`} href={href(p)}>
        {label}
      </a>
    ) : (
      <a className={`fr-pagination__link fr-pagination__link--${kind} fr-pagination__link--lg-label`} aria-disabled="true" role="link">
        {label}
      </a>
    );
  return (
    <nav role="navigation" aria-label="Pages du registre" className="fr-pagination fr-mt-2w">
      <ul className="fr-pagination__list">
        <li>{link(page - 1, "Demandes plus récentes", "prev", page > 1)}</li>
        <li>{link(page + 1, "Demandes plus anciennes", "next", page < pageCount)}</li>
      </ul>
    </nav>
  );
}
