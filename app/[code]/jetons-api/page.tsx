import type { Metadata } from "next";
import { requirePrefectureAccess } from "@/lib/prefectures/loaders";
import { listApiTokens, rolesHeldIn } from "@/lib/api-tokens/queries";
import { ROLE_LABELS } from "@/lib/auth/vocabulary";
import { formatDateTime } from "@/lib/format";
import { CreateApiToken, RevokeApiToken } from "@/components/api-tokens/api-token-forms";
import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";

type Props = { params: Promise<{ code: string }> };

export const metadata: Metadata = { title: "Jetons d'accès à l'API" };

export default async function ApiTokensPage({ params }: Props) {
  const { code } = await params;
  const { actor, prefecture } = await requirePrefectureAccess(code, "prefecture.manage");
  const [tokens, roles] = await Promise.all([listApiTokens(prefecture.id), rolesHeldIn(actor.userId, prefecture.id)]);
  return (
    <>
      <PageBreadcrumb code={code} current="Jetons d'accès à l'API" />
      <h1>Jetons d&apos;accès à l&apos;API</h1>
      <p>
        Un jeton permet à un logiciel d&apos;envoyer des indicateurs au portail (en-tête <code>Authorization: Bearer …</code>). Il porte un seul rôle,
        dans cette préfecture seulement, et jamais plus de droits que son titulaire. Il n&apos;est affiché qu&apos;une fois : le portail n&apos;en
        garde qu&apos;une empreinte.
      </p>
      {roles.length > 0 && <CreateApiToken prefectureId={prefecture.id} roles={roles} />}
      <div className="fr-table">
        <table>
          <caption>Jetons de la préfecture</caption>
          <thead>
            <tr>
              <th scope="col">Nom</th>
              <th scope="col">Titulaire</th>
              <th scope="col">Rôle</th>
              <th scope="col">Créé</th>
              <th scope="col">Dernière utilisation</th>
              <th scope="col">État</th>
            </tr>
          </thead>
          <tbody>
            {tokens.length === 0 && (
              <tr>
                <td colSpan={6}>Aucun jeton.</td>
              </tr>
            )}
            {tokens.map((t) => (
              <tr key={t.id}>
                <td>{t.name}</td>
                <td>{t.user.name}</td>
                <td>{ROLE_LABELS[t.role]}</td>
                <td>{formatDateTime(t.createdAt)}</td>
                <td>{t.lastUsedAt ? formatDateTime(t.lastUsedAt) : "jamais"}</td>
                <td>{t.revokedAt ? `révoqué le ${formatDateTime(t.revokedAt)}` : <RevokeApiToken id={t.id} name={t.name} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
