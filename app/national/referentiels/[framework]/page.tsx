import type { Metadata } from "next";
import { requireFramework } from "@/lib/frameworks/loaders";
import { latestOf, todayIso } from "@/lib/frameworks/queries";
import { FRAMEWORK_KIND_LABELS, spanInWords } from "@/lib/frameworks";
import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";
import { referentialTrail } from "@/components/frameworks/referential-trail";
import { VersionList } from "@/components/frameworks/version-list";
import { VersionForm } from "@/components/frameworks/version-form";

type Params = { params: Promise<{ framework: string }>; searchParams: Promise<{ enregistre?: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { framework } = await requireFramework((await params).framework);
  return { title: `${framework.name} — référentiels qualité` };
}

/** One framework: its versions, and a new version after the latest. */
export default async function FrameworkPage({ params, searchParams }: Params) {
  const { framework, canManage } = await requireFramework((await params).framework);
  const latest = latestOf(framework);
  const saved = (await searchParams).enregistre === "referentiel";
  return (
    <>
      <PageBreadcrumb
        segments={referentialTrail()}
        current={framework.name}
      />
      <h1>{framework.name}</h1>
      {saved && (
        <div className="fr-alert fr-alert--success fr-alert--sm fr-mb-3w" role="status">
          <p>Référentiel créé : ajoutez sa première version.</p>
        </div>
      )}
      <p>
        Code <code>{framework.code}</code> — {FRAMEWORK_KIND_LABELS[framework.kind]}
        {framework.prefecture && ` de la préfecture ${framework.prefecture.name} (${framework.prefecture.code})`}.
      </p>
      <VersionList framework={framework} />
      {canManage && (
        <section aria-labelledby="nouvelle-version-titre" className="fr-mt-4w">
          <h2 id="nouvelle-version-titre">Nouvelle version</h2>
          {latest && (
            <p>
              La version « {latest.label} » est en vigueur {spanInWords(latest)} : si elle l’est encore au premier jour de la nouvelle version,
              elle prendra fin la veille.
            </p>
          )}
          <VersionForm mode="create" frameworkId={framework.id} frameworkCode={framework.code} previous={latest && { label: latest.label }} today={todayIso()} />
        </section>
      )}
    </>
  );
}
