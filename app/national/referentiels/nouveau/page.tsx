import type { Metadata } from "next";
import { authorize } from "@/lib/auth/session";
import { listPrefectureChoices } from "@/lib/frameworks/queries";
import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";
import { referentialTrail } from "@/components/frameworks/referential-trail";
import { FrameworkForm } from "@/components/frameworks/framework-form";

export const metadata: Metadata = { title: "Nouveau référentiel qualité" };

export default async function NewFrameworkPage() {
  await authorize("national.manage", { kind: "national" }, "/national/referentiels/nouveau");
  const prefectures = await listPrefectureChoices();
  return (
    <>
      <PageBreadcrumb
        segments={referentialTrail()}
        current="Nouveau référentiel"
      />
      <h1>Nouveau référentiel qualité</h1>
      <p>Un programme national, ou le référentiel propre à une préfecture. Ses versions, modules et engagements s’ajoutent ensuite.</p>
      <FrameworkForm prefectures={prefectures} />
    </>
  );
}
