"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { PasswordInput } from "@codegouvfr/react-dsfr/blocks/PasswordInput";
import { signInSchema, type SignInInput } from "@/lib/auth/schemas";

const ERRORS: Record<string, string> = {
  INVALID: "Adresse électronique ou mot de passe incorrect.",
  // Same words whichever counter refused (this e-mail, or this network address): the
  // reason stays server-side. 15 minutes is LOCK_MS in lib/auth/throttle.ts (server-only).
  LOCKED:
    "Trop de tentatives infructueuses : la connexion est suspendue pendant 15 minutes. Réessayez plus tard.",
  SESSION: "Votre session a expiré. Veuillez vous reconnecter.",
};

export function SignInForm({ callbackPath, initialError }: { callbackPath: string | null; initialError?: string }) {
  const [error, setError] = useState<string | undefined>(initialError ? (ERRORS[initialError] ?? ERRORS.INVALID) : undefined);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<SignInInput>({ resolver: zodResolver(signInSchema) });

  const onSubmit = handleSubmit(async (values) => {
    setError(undefined);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (!result || result.error) {
      setError(ERRORS[result?.error ?? "INVALID"] ?? ERRORS.INVALID);
      return;
    }
    // A full navigation so server components read the new session cookie.
    window.location.assign(callbackPath ?? "/connexion/suite");
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-describedby={error ? "sign-in-error" : undefined}>
      <div aria-live="assertive" id="sign-in-error">
        {error && <Alert severity="error" title="Connexion impossible" description={error} small className="fr-mb-3w" />}
      </div>
      <Input
        label="Adresse électronique"
        hintText="Format attendu : nom@domaine.fr"
        state={errors.email ? "error" : "default"}
        stateRelatedMessage={errors.email?.message}
        nativeInputProps={{ ...register("email"), type: "email", autoComplete: "username", spellCheck: false }}
      />
      <PasswordInput
        label="Mot de passe"
        messages={errors.password?.message ? [{ message: errors.password.message, severity: "error" }] : []}
        messagesHint=""
        nativeInputProps={{ ...register("password"), autoComplete: "current-password" }}
      />
      <Button type="submit" disabled={isSubmitting} className="fr-mt-3w">
        {isSubmitting ? "Connexion…" : "Se connecter"}
      </Button>
    </form>
  );
}
