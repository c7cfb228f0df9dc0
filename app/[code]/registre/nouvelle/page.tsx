import type { Metadata } from "next";
import { requirePrefectureAccess } from "@/lib/prefectures/loaders";
import { isoDay } from "@/lib/register/domain";
import { registerToday } from "@/lib/register/queries";
import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";
import { RegisterEntryForm } from "@/components/register/register-entry-form";

export const metadata: Metadata = { title: "Nouvelle demande" };

export default async function NewRegisterEntryPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const { prefecture } = await requirePrefectureAccess(code, "register.manage");
  return (
    <>
      <PageBreadcrumb code={code} segments={[{ label: "Registre", href: `/${code}/registre` }]} current="Nouvelle demande" />
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-lg-8">
          <h1>Nouvelle demande</h1>
          <RegisterEntryForm code={code} prefectureId={prefecture.id} today={isoDay(registerToday())} />
        </div>
      </div>
    </>
  );
}
