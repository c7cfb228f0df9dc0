import type { Metadata } from "next";
import { requireCommittee } from "@/lib/committees/loaders";
import { isUuid } from "@/lib/validation";
import { can } from "@/lib/auth/policy";
import {
  findPerson,
  getCommitteeSeats,
  listOrganizationNames,
  listPersonChoices,
} from "@/lib/committees/queries";
import { memberSearchSchema } from "@/lib/committees/schemas";
import { formatPersonName, parisDateParts } from "@/lib/format";
import { CommitteeMembers } from "@/components/committees/committee-members";
import { MemberForm } from "@/components/committees/member-form";
import { MembersImport } from "@/components/committees/members-import";
import { PersonForm } from "@/components/committees/person-form";
import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";

type Props = {
  params: Promise<{ code: string; committeeId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { code, committeeId } = await params;
  // The title is data too: the same loader (and its policy check) as the page.
  const { committee } = await requireCommittee(code, committeeId);
  return { title: committee.name };
}

export default async function CommitteePage({ params, searchParams }: Props) {
  const { code, committeeId } = await params;
  const query = await searchParams;
  const { actor, prefecture, committee, resource } = await requireCommittee(code, committeeId);
  const here = `/${code}/comites/${committee.id}`;
  const canManage = can(actor, "committee.manage", resource) && !committee.archivedAt;

  const q = memberSearchSchema.parse(typeof query.q === "string" ? query.q : "");
  const now = new Date();
  const seats = await getCommitteeSeats(prefecture.id, committee.id, { q, now });

  let personEditor: React.ReactNode = null;
  let persons: { id: string; label: string }[] = [];
  let organizationNames: string[] = [];
  if (canManage) {
    const [personRows, names] = await Promise.all([listPersonChoices(prefecture.id), listOrganizationNames(prefecture.id)]);
    organizationNames = names;
    persons = personRows.map((p) => ({
      id: p.id,
      label: [[p.lastName, p.firstName].filter(Boolean).join(" "), p.organization?.name].filter(Boolean).join(" — "),
    }));
    const editing = isUuid(query.personne) ? await findPerson(prefecture.id, query.personne) : null;
    if (editing) {
      personEditor = (
        <section aria-labelledby="fiche" className="fr-mb-6w fr-p-3w fr-background-alt--grey">
          <h2 id="fiche" tabIndex={-1}>
            Modifier la fiche de {formatPersonName(editing)}
          </h2>
          <p>La fiche est commune à tous les comités de la préfecture où cette personne siège.</p>
          <PersonForm
            key={`${editing.id}:${editing.version}`}
            backHref={here}
            organizationNames={organizationNames}
            person={{
              id: editing.id,
              version: editing.version,
              civility: editing.civility,
              firstName: editing.firstName,
              lastName: editing.lastName,
              function: editing.function,
              organizationName: editing.organization?.name ?? null,
              organizationKind: null,
              email: editing.email,
              phone: editing.phone,
            }}
          />
        </section>
      );
    }
  }

  return (
    <>
      <PageBreadcrumb code={code} segments={[{ label: "Comités", href: `/${code}/comites` }]} current={committee.name} />
      <CommitteeMembers
        code={code}
        committee={committee}
        seats={seats}
        q={q}
        canManage={canManage}
        personEditor={personEditor}
        addMember={
          canManage ? (
            <MemberForm committeeId={committee.id} persons={persons} organizationNames={organizationNames} today={parisDateParts(now).date} />
          ) : null
        }
        importMembers={canManage ? <MembersImport committeeId={committee.id} /> : null}
      />
    </>
  );
}
