import type { Metadata } from "next";
import { authorize } from "@/lib/auth/session";

import { ChangePasswordForm } from "@/components/account/change-password-form";
import { ROLE_LABELS } from "@/lib/auth/vocabulary";
import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";

export const metadata: Metadata = { title: "Mon compte" };

export default async function AccountPage() {
  const actor = await authorize("account.manage", { kind: "self" }, "/mon-compte");
  return (
    <>
      <PageBreadcrumb current="Mon compte" />
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-md-8">
          <h1>Mon compte</h1>
          <dl>
            <dt className="fr-text--bold">Nom</dt>
            <dd className="fr-mb-2w">{actor.name}</dd>
            <dt className="fr-text--bold">Adresse électronique</dt>
            <dd className="fr-mb-2w">{actor.email}</dd>
            <dt className="fr-text--bold">Rôles</dt>
            <dd className="fr-mb-4w">
              <ul>
                {actor.roles.map((r) => (
                  <li key={`${r.role}-${r.prefectureCode ?? "national"}`}>
                    {ROLE_LABELS[r.role]}
                    {r.prefectureCode ? ` — préfecture ${r.prefectureCode}` : ""}
                  </li>
                ))}
              </ul>
            </dd>
          </dl>
          <h2 className="fr-h4">Changer de mot de passe</h2>
          <ChangePasswordForm />
        </div>
      </div>
    </>
  );
}
