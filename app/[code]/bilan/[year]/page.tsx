import type { Metadata } from "next";
import { can } from "@/lib/auth/policy";
import { prefectureOf } from "@/lib/format";
import { requireYearlyReport } from "@/lib/yearly-report/loaders";
import { listAttachableMeetings } from "@/lib/yearly-report/queries";
import { yearlyReportTitle } from "@/lib/yearly-report";
import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";
import { YearlyReportView } from "@/components/yearly-report/yearly-report-view";
import { PrintButton } from "@/components/yearly-report/print-button";
import { AttachReportForm } from "@/components/yearly-report/attach-form";

type Props = { params: Promise<{ code: string; year: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { code, year } = await params;
  const { report } = await requireYearlyReport(code, year);
  return { title: `${yearlyReportTitle(report.year)} — ${report.prefecture.name}` };
}

export default async function YearlyReportPage({ params }: Props) {
  const { code, year: segment } = await params;
  const { actor, prefecture, year, report } = await requireYearlyReport(code, segment);
  const meetings = can(actor, "meeting.manage", { kind: "prefecture", prefectureId: prefecture.id }) ? await listAttachableMeetings(prefecture.id, actor) : [];

  return (
    <div className="yearly-report">
      <PageBreadcrumb code={code} segments={[{ label: "Indicateurs", href: `/${code}/indicateurs?annee=${year}` }]} current={`Bilan ${year}`} />
      <h1>{yearlyReportTitle(year)}</h1>
      <p className="fr-text--lead">
        Préfecture {prefectureOf(report.prefecture)} : les résultats de {year} de chaque indicateur suivi, comparés à leur objectif et à {year - 1}. Les
        taux annuels sont calculés à partir des composantes cumulées sur l’année.
      </p>
      <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--icon-left fr-no-print fr-mb-3w">
        <li>
          <PrintButton />
        </li>
        <li>
          <a className="fr-btn fr-btn--secondary fr-icon-download-line" href={`/${code}/bilan/${year}/bilan.pdf`}>
            Télécharger le PDF
          </a>
        </li>
      </ul>
      {meetings.length > 0 && <AttachReportForm code={code} year={year} meetings={meetings} />}
      <YearlyReportView report={report} />
    </div>
  );
}
