import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getActor } from "@/lib/auth/session";
import { safeCallbackPath } from "@/lib/auth/schemas";

export const metadata: Metadata = { title: "Connexion" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const callbackPath = safeCallbackPath(first(params.callbackUrl));
  if (await getActor()) redirect(callbackPath ?? "/connexion/suite");
  const error = first(params.error);
  return (
    <div className="fr-grid-row fr-grid-row--center">
      <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <h1>Connexion</h1>
        {first(params.deconnecte) && (
          <Alert severity="success" small description="Vous êtes déconnecté(e)." className="fr-mb-3w" />
        )}
        {first(params.motdepasse) && (
          <Alert
            severity="success"
            small
            description="Votre mot de passe a été modifié. Reconnectez-vous avec le nouveau mot de passe."
            className="fr-mb-3w"
          />
        )}
        <p>Connectez-vous avec l&apos;adresse électronique et le mot de passe de votre compte.</p>
        <SignInForm callbackPath={callbackPath} initialError={error === "CredentialsSignin" ? "INVALID" : error} />
      </div>
    </div>
  );
}
