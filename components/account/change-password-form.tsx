"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { signOut } from "next-auth/react";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { PasswordInput } from "@codegouvfr/react-dsfr/blocks/PasswordInput";
import { changePassword } from "@/lib/account/actions";
import { PASSWORD_MIN_LENGTH, changePasswordSchema, type ChangePasswordInput } from "@/lib/account/schemas";
import { applyServerErrors } from "@/components/ui/form-errors";

export function ChangePasswordForm() {
  const [error, setError] = useState<string>();
  const form = useForm<ChangePasswordInput>({ resolver: zodResolver(changePasswordSchema) });
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = form;

  const onSubmit = handleSubmit(async (values) => {
    setError(undefined);
    const result = await changePassword(values);
    if (!result.ok) {
      setError(result.error);
      applyServerErrors(form, result.fieldErrors);
      return;
    }
    // Every session opened with the old password has ended, this one included.
    await signOut({ callbackUrl: "/connexion?motdepasse=1" });
  });

  const messages = (message?: string) => (message ? [{ message, severity: "error" as const }] : []);

  return (
    <form onSubmit={onSubmit} noValidate>
      <div aria-live="assertive">
        {error && <Alert severity="error" small description={error} className="fr-mb-3w" />}
      </div>
      <PasswordInput
        label="Mot de passe actuel"
        messages={messages(errors.currentPassword?.message)}
        messagesHint=""
        nativeInputProps={{ ...register("currentPassword"), autoComplete: "current-password" }}
      />
      <PasswordInput
        label="Nouveau mot de passe"
        hintText={`Au moins ${PASSWORD_MIN_LENGTH} caractères.`}
        messages={messages(errors.newPassword?.message)}
        messagesHint=""
        nativeInputProps={{ ...register("newPassword"), autoComplete: "new-password" }}
      />
      <PasswordInput
        label="Confirmer le nouveau mot de passe"
        messages={messages(errors.confirmPassword?.message)}
        messagesHint=""
        nativeInputProps={{ ...register("confirmPassword"), autoComplete: "new-password" }}
      />
      <Button type="submit" disabled={isSubmitting} className="fr-mt-3w">
        Changer le mot de passe
      </Button>
    </form>
  );
}
