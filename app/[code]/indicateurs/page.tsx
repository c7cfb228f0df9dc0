import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requirePrefectureAccess } from "@/lib/prefectures/loaders";
import { can, rolesIn } from "@/lib/auth/policy";
import { lockedThrough, mayEnterIndicator } from "@/lib/indicators/domain";
import { getIndicatorYear } from "@/lib/indicators/queries";
import { dayOf } from "@/lib/periods";
import { MAX_YEAR, MIN_YEAR } from "@/lib/validation";
import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";
import { EntryGrid } from "@/components/indicators/entry-grid";
import { IndicatorImportForm } from "@/components/indicators/import-form";
import { PeriodLockForm } from "@/components/indicators/period-lock-form";
import { RegisterFiguresButton } from "@/components/indicators/register-figures-button";

export const metadata: Metadata = { title: "Indicateurs" };

const yearParam = z.coerce.number().int().min(MIN_YEAR).max(MAX_YEAR);

export default async function IndicatorsPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<{ annee?: string | string[] }>;
}) {
  const { code } = await params;
  const { actor, prefecture } = await requirePrefectureAccess(code, "results.read");
  const currentYear = dayOf(new Date()).getUTCFullYear();
  const asked = yearParam.safeParse((await searchParams).annee);
  const year = asked.success ? asked.data : currentYear;
  const data = await getIndicatorYear(prefecture.id, year);
  const canLock = can(actor, "prefecture.manage", { kind: "prefecture", prefectureId: prefecture.id });
  const canEnter = can(actor, "indicator.enter", { kind: "prefecture", prefectureId: prefecture.id });
  const who = { userId: actor.userId, isReferent: rolesIn(actor, prefecture.id).includes("REFERENT") };
  const enterableIds = canEnter ? data.indicators.filter((i) => mayEnterIndicator(who, i.assigneeIds)).map((i) => i.prefectureIndicatorId) : [];
  const years = [...new Set([...data.yearsWithValues, currentYear, year])].sort((a, b) => a - b);

  return (
    <>
      <PageBreadcrumb code={code} current="Indicateurs" />
      <h1>Indicateurs {year}</h1>
      <nav aria-label="Années" className="fr-mb-3w">
        <ul className="fr-tags-group">
          {years.map((y) => (
            <li key={y}>
              <Link className="fr-tag" href={`/${code}/indicateurs?annee=${y}`} aria-current={y === year ? "page" : undefined}>
                {y}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {!asked.success && (await searchParams).annee !== undefined && (
        <p className="fr-error-text">Année inconnue : voici l’année {year}.</p>
      )}
      <p>
        {canEnter
          ? "Saisissez les composantes de chaque période : la valeur est calculée et comparée à l’objectif. Flèches et Entrée pour vous déplacer, collage d’un bloc copié d’un tableur, Ctrl+Z pour annuler la dernière modification. Chaque période s’enregistre avec son bouton « Enregistrer »."
          : "Valeurs des indicateurs suivis par la préfecture, calculées à partir de leurs composantes et comparées à leur objectif."}
      </p>
      <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm fr-btns-group--icon-left fr-mb-2w">
        {year <= currentYear && (
          <li>
            <Link className="fr-btn fr-icon-file-text-line" href={`/${code}/bilan/${year}`}>
              Bilan annuel {year}
            </Link>
          </li>
        )}
        <li>
          <a className="fr-btn fr-btn--secondary fr-icon-download-line" href={`/${code}/indicateurs/export.csv?annee=${year}`}>
            Exporter (CSV)
          </a>
        </li>
        <li>
          <a className="fr-btn fr-btn--secondary fr-icon-download-line" href={`/${code}/indicateurs/export.xlsx?annee=${year}`}>
            Exporter (Excel)
          </a>
        </li>
      </ul>
      {canLock && (
        <p>
          <Link className="fr-link fr-icon-settings-5-line fr-link--icon-left" href={`/${code}/indicateurs/parametres`}>
            Réglages : indicateurs suivis, objectifs locaux, agents chargés de la saisie, événements
          </Link>
        </p>
      )}
      {canLock && <PeriodLockForm prefectureId={prefecture.id} year={year} lockedThrough={lockedThrough(data.locks)} />}
      {canEnter && data.indicators.some((i) => i.code === "EMAIL_ANSWER_RATE" || i.code === "COMPLAINTS_PROCESSED_RATE") && (
        <p>
          <RegisterFiguresButton prefectureId={prefecture.id} year={year} />
        </p>
      )}
      {canEnter && <IndicatorImportForm prefectureId={prefecture.id} year={year} />}
      <EntryGrid indicators={data.indicators} year={year} enterableIds={enterableIds} prefectureCode={code} />
    </>
  );
}
