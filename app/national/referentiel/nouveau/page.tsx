import type { Metadata } from "next";
import { authorize } from "@/lib/auth/session";
import { listEngagementChoices } from "@/lib/indicators/queries";
import { dayOf } from "@/lib/periods";
import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";
import { DefinitionForm } from "@/components/indicators/definition-form";

export const metadata: Metadata = { title: "Nouvel indicateur du référentiel" };

export default async function NewIndicatorDefinitionPage() {
  await authorize("national.manage", { kind: "national" }, "/national/referentiel/nouveau");
  const engagements = await listEngagementChoices();
  return (
    <>
      <PageBreadcrumb
        segments={[
          { label: "Administration nationale", href: "/national" },
          { label: "Référentiel des indicateurs", href: "/national/referentiel" },
        ]}
        current="Nouvel indicateur"
      />
      <h1>Nouvel indicateur du référentiel</h1>
      <DefinitionForm mode="definition" engagements={engagements} today={dayOf(new Date()).toISOString().slice(0, 10)} />
    </>
  );
}
