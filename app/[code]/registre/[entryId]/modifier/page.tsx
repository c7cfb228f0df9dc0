import type { Metadata } from "next";
import { formatLongDate } from "@/lib/format";
import { requireRegisterEntry } from "@/lib/register/loaders";
import { isoDay, utcDate } from "@/lib/register/domain";
import { registerToday } from "@/lib/register/queries";
import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";
import { RegisterEntryForm } from "@/components/register/register-entry-form";
import { RegisterStatus } from "@/components/register/register-status";
import { DeleteEntryButton } from "@/components/register/delete-entry-button";
import { can } from "@/lib/auth/policy";
import { findOriginActionLinks } from "@/lib/action-plan/queries";
import { ActionLinks } from "@/components/action-plan/action-links";
import { CreateActionLink } from "@/components/action-plan/create-action-link";

export const metadata: Metadata = { title: "Modifier la demande" };

export default async function EditRegisterEntryPage({ params }: { params: Promise<{ code: string; entryId: string }> }) {
  const { code, entryId } = await params;
  const { actor, prefecture, entry } = await requireRegisterEntry(code, entryId);
  const links = await findOriginActionLinks(code, prefecture.id, actor, { requestRecordIds: [entry.id] });
  const canPlan = can(actor, "actionPlan.manage", { kind: "prefecture", prefectureId: prefecture.id });
  return (
    <>
      <PageBreadcrumb code={code} segments={[{ label: "Registre", href: `/${code}/registre?annee=${entry.receivedOn.slice(0, 4)}` }]} current="Modifier la demande" />
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-lg-8">
          <h1>Modifier la demande</h1>
          <p>
            Échéance : {formatLongDate(utcDate(entry.deadline))}
            {entry.deadlineExtended ? " (reportée par la réponse d'attente)" : ""}.
          </p>
          <RegisterStatus entry={entry} />
          <section aria-labelledby="demande-actions" className="fr-my-4w">
            <h2 id="demande-actions" className="fr-h5">
              Plan d&apos;actions
            </h2>
            {links.length === 0 ? <p className="fr-text--sm fr-mb-1w">Aucune action n&apos;a été créée depuis cette demande.</p> : <ActionLinks links={links} />}
            {canPlan && <CreateActionLink code={code} requestRecordId={entry.id} context="depuis cette demande" />}
          </section>
          <RegisterEntryForm
            code={code}
            prefectureId={prefecture.id}
            today={isoDay(registerToday())}
            initial={{
              id: entry.id,
              version: entry.version,
              values: {
                reference: entry.reference ?? "",
                receivedOn: entry.receivedOn,
                channel: entry.channel,
                type: entry.type,
                subject: entry.subject,
                service: entry.service ?? "",
                acknowledgedOn: entry.acknowledgedOn ?? "",
                holdingReplyOn: entry.holdingReplyOn ?? "",
                announcedDelayDays: entry.announcedDelayDays === null ? "" : String(entry.announcedDelayDays),
                answeredOn: entry.answeredOn ?? "",
              },
            }}
          />
          <div className="fr-mt-6w">
            <DeleteEntryButton code={code} id={entry.id} version={entry.version} year={entry.receivedOn.slice(0, 4)} />
          </div>
        </div>
      </div>
    </>
  );
}
