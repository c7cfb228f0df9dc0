import type { Metadata } from "next";
import { requireEngagement } from "@/lib/frameworks/loaders";
import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";
import { referentialTrail } from "@/components/frameworks/referential-trail";
import { EngagementForm } from "@/components/frameworks/engagement-form";

type Params = { params: Promise<{ framework: string; versionId: string; engagementId: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { framework, versionId, engagementId } = await params;
  const { engagement, version } = await requireEngagement(framework, versionId, engagementId);
  return { title: `Engagement ${engagement.code}, ${version.label} — référentiels qualité` };
}

export default async function EditEngagementPage({ params }: Params) {
  const { framework: code, versionId, engagementId } = await params;
  const { framework, version, engagement, modules, path } = await requireEngagement(code, versionId, engagementId);
  return (
    <>
      <PageBreadcrumb
        segments={referentialTrail(framework, { label: version.label, path })}
        current={`Engagement ${engagement.code}`}
      />
      <h1>
        Modifier l’engagement {engagement.code} — {framework.name}, {version.label}
      </h1>
      <EngagementForm versionId={version.id} versionPath={path} modules={modules} engagement={engagement} />
    </>
  );
}
