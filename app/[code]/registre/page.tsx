import type { Metadata } from "next";
import Link from "next/link";
import { formatCount } from "@/lib/format";
import { requirePrefectureAccess } from "@/lib/prefectures/loaders";
import { findOverdueEntries, findRegisterPage, findRegisterServices, findRegisterYears, registerMonthlyFigures, registerToday } from "@/lib/register/queries";
import { registerSearchSchema } from "@/lib/register/schemas";
import { findOriginActionLinks } from "@/lib/action-plan/queries";
import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";
import { RegisterFilters } from "@/components/register/register-filters";
import { RegisterTable } from "@/components/register/register-table";
import { MonthlyFiguresTable } from "@/components/register/monthly-figures-table";
import { RegisterPagination } from "@/components/register/register-pagination";

/** Beyond this, the overdue list is browsed through the year's "overdue only" filter. */
const OVERDUE_SHOWN = 50;

export const metadata: Metadata = { title: "Registre des demandes et réclamations" };

export default async function RegisterPage({ params, searchParams }: { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { code } = await params;
  // The register holds users' personal data: referents and staff only, members never.
  const { actor, prefecture } = await requirePrefectureAccess(code, "register.manage");
  const search = registerSearchSchema.parse(await searchParams);
  const today = registerToday();
  const year = search.annee ?? today.getUTCFullYear();
  const filters = { type: search.type, channel: search.canal, service: search.service || undefined, overdueOnly: search.retard === "1" };
  const [overdue, page, figures, services, stored] = await Promise.all([
    findOverdueEntries(prefecture.id, today),
    findRegisterPage(prefecture.id, year, filters, search.page ?? 1, today),
    registerMonthlyFigures(prefecture.id, year, today),
    findRegisterServices(prefecture.id),
    findRegisterYears(prefecture.id),
  ]);
  const years = [...new Set([...stored, today.getUTCFullYear(), year])].sort((a, b) => b - a);
  const actionLinks = await findOriginActionLinks(code, prefecture.id, actor, { requestRecordIds: [...overdue.slice(0, OVERDUE_SHOWN), ...page.entries].map((e) => e.id) });
  const query = new URLSearchParams();
  query.set("annee", String(year));
  if (search.type) query.set("type", search.type);
  if (search.canal) query.set("canal", search.canal);
  if (search.service) query.set("service", search.service);
  if (search.retard) query.set("retard", "1");

  return (
    <>
      <PageBreadcrumb code={code} current="Registre" />
      <h1>Registre des demandes, suggestions et réclamations</h1>
      <p>
        Chaque demande d&apos;information, suggestion et réclamation est tracée avec sa date de réception, son canal, son service et ses dates de traitement. L&apos;engagement
        est une réponse dans les 5 jours ouvrés, hors samedis, dimanches et jours fériés (lundi de Pâques, Ascension et lundi de Pentecôte compris).
      </p>
      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <Link className="fr-btn fr-icon-add-line fr-btn--icon-left" href={`/${code}/registre/nouvelle`}>
            Nouvelle demande
          </Link>
        </li>
        <li>
          <Link className="fr-btn fr-btn--secondary fr-icon-upload-line fr-btn--icon-left" href={`/${code}/registre/import`}>
            Importer un registre (CSV)
          </Link>
        </li>
      </ul>

      <section aria-labelledby="registre-retard" className="fr-mb-6w">
        <h2 id="registre-retard">Demandes en retard</h2>
        {overdue.length === 0 ? (
          <p>Aucune demande n&apos;a dépassé son échéance sans réponse.</p>
        ) : (
          <>
            <p>
              {formatCount(overdue.length, "demande attend", "demandes attendent")} une réponse au-delà de l&apos;échéance, toutes années confondues.
              {overdue.length > OVERDUE_SHOWN && ` Les ${OVERDUE_SHOWN} plus anciennes sont listées ici ; cochez « En retard seulement » ci-dessous pour parcourir les autres année par année.`}
            </p>
            <RegisterTable
              code={code}
              entries={overdue.slice(0, OVERDUE_SHOWN)}
              caption="Demandes en retard, la plus ancienne d'abord"
              captionId="registre-retard-tableau"
              actionLinks={actionLinks}
            />
          </>
        )}
      </section>

      <section aria-labelledby="registre-annee" className="fr-mb-6w">
        <h2 id="registre-annee">Registre {year}</h2>
        <RegisterFilters code={code} year={year} years={years} services={services} search={search} />
        <p role="status">
          {formatCount(page.total, "demande", "demandes")}
          {page.pageCount > 1 ? ` — page ${page.page} sur ${page.pageCount}` : ""}, de la plus récente à la plus ancienne.
        </p>
        {page.entries.length > 0 && <RegisterTable code={code} entries={page.entries} caption={`Demandes de ${year}`} captionId="registre-annee-tableau" actionLinks={actionLinks} />}
        <RegisterPagination code={code} query={query.toString()} page={page.page} pageCount={page.pageCount} />
        <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm fr-mt-2w" aria-label={`Exporter le registre ${year}`}>
          <li>
            <a className="fr-btn fr-btn--tertiary fr-icon-download-line fr-btn--icon-left" href={`/${code}/registre/export.csv?${query.toString()}`} download>
              Exporter ces demandes (CSV)
            </a>
          </li>
          <li>
            <a className="fr-btn fr-btn--tertiary fr-icon-download-line fr-btn--icon-left" href={`/${code}/registre/export.xlsx?${query.toString()}`} download>
              Exporter ces demandes (Excel)
            </a>
          </li>
        </ul>
        <p className="fr-text--sm">Le fichier CSV a les colonnes de l&apos;import : réimporté, il n&apos;ajoute aucune demande.</p>
      </section>

      <section aria-labelledby="registre-indicateurs">
        <h2 id="registre-indicateurs">Indicateurs du registre {year}</h2>
        <p>
          Courriels de demande d&apos;information répondus dans le délai ÷ courriels reçus ; réclamations traitées ÷ réclamations reçues. Chaque demande compte dans le
          mois de sa réception, telle qu&apos;elle est enregistrée aujourd&apos;hui.
        </p>
        <MonthlyFiguresTable year={year} figures={figures} />
      </section>
    </>
  );
}
