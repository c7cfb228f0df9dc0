import type { Metadata } from "next";
import { requirePrefectureAccess } from "@/lib/prefectures/loaders";
import { getDashboard } from "@/lib/prefectures/queries";
import { Dashboard } from "@/components/dashboard/dashboard";
import { prefectureOf } from "@/lib/format";
import { can } from "@/lib/auth/policy";
import { getIndicatorYear } from "@/lib/indicators/queries";
import { dayOf } from "@/lib/periods";
import { BelowTarget } from "@/components/indicators/below-target";
import { getQualityDeadlines } from "@/lib/quality/queries";
import { QualityDeadlinesView } from "@/components/quality/quality-deadlines";

export async function generateMetadata({ params }: { params: Promise<{ code: string }> }): Promise<Metadata> {
  const { code } = await params;
  const { prefecture } = await requirePrefectureAccess(code);
  return { title: `Tableau de bord — ${prefecture.name}` };
}

export default async function PrefectureDashboardPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const { actor, prefecture } = await requirePrefectureAccess(code);
  const dashboard = await getDashboard(prefecture.id, actor);
  const manages = can(actor, "prefecture.manage", { kind: "prefecture", prefectureId: prefecture.id });
  const readsResults = can(actor, "results.read", { kind: "prefecture", prefectureId: prefecture.id });
  // The latest year with figures, up to this one (a far year entered ahead is not "now").
  const thisYear = dayOf(new Date()).getUTCFullYear();
  const current = readsResults ? await getIndicatorYear(prefecture.id, thisYear) : null;
  const latestYear = current ? [...current.yearsWithValues].reverse().find((y) => y <= thisYear) : undefined;
  const quality = readsResults ? await getQualityDeadlines(prefecture.id) : null;
  const grid = current && latestYear !== undefined ? (latestYear === thisYear ? current : await getIndicatorYear(prefecture.id, latestYear)) : null;
  return (
    <>
      <Dashboard title={`Préfecture ${prefectureOf(prefecture)}`} code={code} dashboard={dashboard} />
      {readsResults && <BelowTarget code={code} grid={grid} />}
      {quality && (
        <div className="fr-mt-6w">
          <QualityDeadlinesView deadlines={quality} />
          <p>
            <a href={`/${code}/demarche-qualite`}>Démarche qualité : label, audits et auto-évaluation Services Publics+</a>
          </p>
        </div>
      )}
      {manages && (
        <section className="fr-mt-6w" aria-labelledby="administration">
          <h2 id="administration" className="fr-h5">
            Administration
          </h2>
          <ul>
            <li>
              <a href={`/${code}/boite-envoi`}>Boîte d&apos;envoi</a>
            </li>
            <li>
              <a href={`/${code}/jetons-api`}>Jetons d&apos;accès à l&apos;API</a>
            </li>
          </ul>
        </section>
      )}
    </>
  );
}
