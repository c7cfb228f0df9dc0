import type { Metadata } from "next";
import { requireModule } from "@/lib/frameworks/loaders";
import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";
import { referentialTrail } from "@/components/frameworks/referential-trail";
import { ModuleForm } from "@/components/frameworks/module-form";

type Params = { params: Promise<{ framework: string; versionId: string; moduleId: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { framework, versionId, moduleId } = await params;
  const { module, version } = await requireModule(framework, versionId, moduleId);
  return { title: `Module ${module.number}, ${version.label} — référentiels qualité` };
}

export default async function EditModulePage({ params }: Params) {
  const { framework: code, versionId, moduleId } = await params;
  const { framework, version, module, path } = await requireModule(code, versionId, moduleId);
  return (
    <>
      <PageBreadcrumb
        segments={referentialTrail(framework, { label: version.label, path })}
        current={`Module ${module.number}`}
      />
      <h1>
        Modifier le module {module.number} — {framework.name}, {version.label}
      </h1>
      <ModuleForm versionId={version.id} versionPath={path} module={module} />
    </>
  );
}
