import type { Metadata } from "next";
import { requireFrameworkVersion } from "@/lib/frameworks/loaders";
import { FRAMEWORK_VERSION_STATUS_LABELS, spanInWords } from "@/lib/frameworks";
import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";
import { referentialTrail } from "@/components/frameworks/referential-trail";
import { VersionForm } from "@/components/frameworks/version-form";
import { ModuleForm } from "@/components/frameworks/module-form";
import { EngagementForm } from "@/components/frameworks/engagement-form";
import { EngagementTable, ModuleTable } from "@/components/frameworks/version-contents";

type Params = { params: Promise<{ framework: string; versionId: string }>; searchParams: Promise<{ enregistre?: string }> };

const SAVED: Record<string, string> = {
  version: "La version est créée.",
  module: "Le module est enregistré.",
  engagement: "L’engagement est enregistré.",
};

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { framework, versionId } = await params;
  const detail = await requireFrameworkVersion(framework, versionId);
  return { title: `${detail.framework.name}, ${detail.version.label} — référentiels qualité` };
}

/** One version: its dates and status, its modules and engagements, and who refers to them. */
export default async function FrameworkVersionPage({ params, searchParams }: Params) {
  const { framework: code, versionId } = await params;
  const detail = await requireFrameworkVersion(code, versionId);
  const { framework, version, canManage, path } = detail;
  const saved = SAVED[(await searchParams).enregistre ?? ""];
  return (
    <>
      <PageBreadcrumb
        segments={referentialTrail(framework)}
        current={version.label}
      />
      <h1>
        {framework.name} — {version.label}
      </h1>
      {saved && (
        <div className="fr-alert fr-alert--success fr-alert--sm fr-mb-3w" role="status">
          <p>{saved}</p>
        </div>
      )}
      <p>
        En vigueur {spanInWords(version)} — {FRAMEWORK_VERSION_STATUS_LABELS[version.status].toLowerCase()}
        {version.inForce ? ", version en vigueur aujourd’hui." : "."}
      </p>

      <h2>Modules</h2>
      <ModuleTable detail={detail} versionPath={path} canManage={canManage} />
      <h2>Engagements</h2>
      <EngagementTable detail={detail} versionPath={path} canManage={canManage} />

      {canManage && (
        <>
          <section aria-labelledby="ajouter-engagement-titre" className="fr-mt-4w">
            <h2 id="ajouter-engagement-titre">Ajouter un engagement</h2>
            <EngagementForm versionId={version.id} versionPath={path} modules={detail.modules} />
          </section>
          <section aria-labelledby="ajouter-module-titre" className="fr-mt-4w">
            <h2 id="ajouter-module-titre">Ajouter un module</h2>
            <ModuleForm versionId={version.id} versionPath={path} />
          </section>
          <section aria-labelledby="modifier-version-titre" className="fr-mt-4w">
            <h2 id="modifier-version-titre">Libellé, dates et statut</h2>
            <VersionForm mode="edit" version={version} />
          </section>
        </>
      )}
    </>
  );
}
