import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { requirePrefectureAccess } from "@/lib/prefectures/loaders";
import { listReadableMinutes, minutesSearchPageSchema, MINUTES_SEARCH_PAGE_SIZE, searchMinutes } from "@/lib/minutes";
import type { MinutesStatus } from "@/lib/minutes/vocabulary";
import { formatDateTime, formatLongDate } from "@/lib/format";
import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";
import { MinutesSearchForm, MinutesSearchResults } from "@/components/minutes/search-results";

export const metadata: Metadata = { title: "Comptes rendus" };

const STATUS_SEVERITY: Record<MinutesStatus, "info" | "new" | "success" | undefined> = {
  DRAFT: undefined,
  IN_REVIEW: "new",
  VALIDATED: "info",
  PUBLISHED: "success",
};

type Props = {
  params: Promise<{ code: string }>;
  searchParams: Promise<{ q?: string | string[]; page?: string | string[] }>;
};

export default async function MinutesListPage({ params, searchParams }: Props) {
  const { code } = await params;
  const { actor, prefecture } = await requirePrefectureAccess(code);
  const { q, page: pageParam } = await searchParams;
  const page = minutesSearchPageSchema.parse(pageParam);
  // No `q` in the address: the list only. A `q`, even blank, is a search (blank says why not).
  const searching = q !== undefined;
  const [minutes, outcome] = await Promise.all([
    listReadableMinutes(actor, prefecture.id),
    searching
      ? searchMinutes(actor, prefecture.id, q, { limit: MINUTES_SEARCH_PAGE_SIZE, offset: (page - 1) * MINUTES_SEARCH_PAGE_SIZE })
      : null,
  ]);
  const minutesHref = (meetingId: string) => `/${code}/seances/${meetingId}/compte-rendu`;
  return (
    <>
      <PageBreadcrumb code={code} current="Comptes rendus" />
      <h1>Comptes rendus</h1>
      <MinutesSearchForm action={`/${code}/comptes-rendus`} query={typeof q === "string" ? q : ""} label="Rechercher dans les comptes rendus" />
      {outcome && (
        <MinutesSearchResults
          outcome={outcome}
          hrefFor={(r) => `${minutesHref(r.meetingId)}#section-${r.sectionId}`}
          pageHref={(n) => `/${code}/comptes-rendus?${new URLSearchParams({ q: outcome.query, page: String(n) }).toString()}`}
          pageSize={MINUTES_SEARCH_PAGE_SIZE}
          showStatus
        />
      )}
      <h2>Tous les comptes rendus</h2>
      {minutes.length === 0 ? (
        <p>Aucun compte rendu à afficher.</p>
      ) : (
        <div className="fr-table">
          <table>
            <caption>Comptes rendus des séances ({minutes.length}), la plus récente d&apos;abord</caption>
            <thead>
              <tr>
                <th scope="col">Séance</th>
                <th scope="col">Comité</th>
                <th scope="col">Document</th>
                <th scope="col">État</th>
              </tr>
            </thead>
            <tbody>
              {minutes.map((m) => (
                <tr key={m.id}>
                  <th scope="row">
                    <Link href={minutesHref(m.meetingId)}>
                      {m.meetingHasStartTime ? formatDateTime(m.meetingStartsAt) : formatLongDate(m.meetingStartsAt)}
                    </Link>
                  </th>
                  <td>{m.committeeName}</td>
                  <td>
                    {m.kindLabel}
                    {m.revision > 1 ? ` (version corrigée n° ${m.revision})` : ""}
                  </td>
                  <td>
                    <Badge small noIcon severity={STATUS_SEVERITY[m.status]}>
                      {m.statusLabel}
                    </Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
