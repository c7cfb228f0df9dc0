"use client";
/** Deletes an entry (after confirmation) under its version, then goes back to the register. */
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { deleteRegisterEntry } from "@/lib/register/actions";
import { useHydrated } from "@/components/ui/use-hydrated";

export function DeleteEntryButton({ code, id, version, year }: { code: string; id: string; version: number; year: string }) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [error, setError] = useState<string>();
  const [pending, start] = useTransition();
  return (
    <>
      <button
        type="button"
        className="fr-btn fr-btn--tertiary fr-icon-delete-line fr-btn--icon-left"
        disabled={pending || !hydrated}
        onClick={() => {
          if (!window.confirm("Supprimer définitivement cette demande du registre ?")) return;
          start(async () => {
            const result = await deleteRegisterEntry({ id, version });
            if (!result.ok) return setError(result.error);
            router.push(`/${code}/registre?annee=${year}`);
            router.refresh();
          });
        }}
      >
        Supprimer la demande
      </button>
      {error && (
        <p className="fr-error-text" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
