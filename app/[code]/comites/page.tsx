import type { Metadata } from "next";
import { requirePrefectureAccess } from "@/lib/prefectures/loaders";
import { can } from "@/lib/auth/policy";
import { listCommittees } from "@/lib/committees/queries";
import { CommitteeList } from "@/components/committees/committee-list";
import { CommitteeForm } from "@/components/committees/committee-form";
import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";

export const metadata: Metadata = { title: "Comités" };

export default async function CommitteesPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const { actor, prefecture } = await requirePrefectureAccess(code);
  // A member sees only the committees they sit on (filtered by the policy in the query).
  const committees = await listCommittees(prefecture.id, actor);
  const canCreate = can(actor, "committee.manage", { kind: "prefecture", prefectureId: prefecture.id });
  return (
    <>
      <PageBreadcrumb code={code} current="Comités" />
      <h1>Comités</h1>
      <p className="fr-text--lead">Comités locaux des usagers et de l&apos;amélioration continue de la préfecture, et leurs membres.</p>
      <CommitteeList code={code} committees={committees} />
      {canCreate && (
        <section aria-labelledby="nouveau-comite" className="fr-mt-6w">
          <h2 id="nouveau-comite">Nouveau comité</h2>
          <div className="fr-grid-row">
            <div className="fr-col-12 fr-col-md-8">
              <CommitteeForm code={code} prefectureId={prefecture.id} />
            </div>
          </div>
        </section>
      )}
    </>
  );
}
