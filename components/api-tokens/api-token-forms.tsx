"use client";
/** Create a token (shown once, with a copy button) and revoke one. */
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { createApiToken, revokeApiToken } from "@/lib/api-tokens/actions";
import { ROLE_LABELS, type Role } from "@/lib/auth/vocabulary";
import { ActionButton } from "@/components/ui/action-button";
import { useHydrated } from "@/components/ui/use-hydrated";

export function CreateApiToken({ prefectureId, roles }: { prefectureId: string; roles: Exclude<Role, "NATIONAL_ADMIN">[] }) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [name, setName] = useState("");
  const [role, setRole] = useState<Exclude<Role, "NATIONAL_ADMIN">>(roles.includes("STAFF") ? "STAFF" : (roles[0] ?? "REFERENT"));
  const [error, setError] = useState<string>();
  const [token, setToken] = useState<string>();
  const [pending, start] = useTransition();
  return (
    <form
      className="fr-p-3w fr-mb-4w fr-background-alt--grey"
      aria-labelledby="create-token-title"
      onSubmit={(event) => {
        event.preventDefault();
        start(async () => {
          const result = await createApiToken({ prefectureId, name, role });
          if (!result.ok) {
            setError(result.fieldErrors?.name?.[0] ?? result.fieldErrors?.role?.[0] ?? result.error);
            return;
          }
          setError(undefined);
          setName("");
          setToken(result.data.token);
          router.refresh();
        });
      }}
    >
      <h2 id="create-token-title" className="fr-h5">
        Créer un jeton
      </h2>
      <Input label="Nom du jeton" hintText="À quoi il sert : « Import mensuel du standard »" nativeInputProps={{ value: name, onChange: (e) => setName(e.target.value), maxLength: 100, required: true }} />
      <Select label="Rôle du jeton" hint="Jamais plus que le vôtre dans cette préfecture" nativeSelectProps={{ value: role, onChange: (e) => setRole(e.target.value as typeof role) }}>
        {roles.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </Select>
      {error && <Alert severity="error" small description={error} className="fr-mb-2w" role="alert" />}
      {token && (
        <Alert
          severity="success"
          className="fr-mb-2w"
          title="Jeton créé : copiez-le maintenant, il ne sera plus affiché"
          description={
            <>
              <code className="fr-text--sm" style={{ wordBreak: "break-all" }}>
                {token}
              </code>{" "}
              <Button size="small" priority="secondary" type="button" onClick={() => void navigator.clipboard?.writeText(token)}>
                Copier le jeton
              </Button>
            </>
          }
        />
      )}
      <Button type="submit" disabled={pending || !hydrated}>
        Créer le jeton
      </Button>
    </form>
  );
}

export function RevokeApiToken({ id, name }: { id: string; name: string }) {
  return <ActionButton label="Révoquer" context={`le jeton « ${name} »`} run={() => revokeApiToken({ id })} />;
}
