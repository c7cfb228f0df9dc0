"use client";
/**
 * A button that runs one server action on its own (revoke a token, delete an event or a
 * document): optional confirmation, disabled until hydrated and while running, the page
 * refreshed after, the action's French error shown beside it. `context` completes the
 * visible label for screen readers ("Supprimer" + " l'événement « Confinement »").
 */
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { FrIconClassName } from "@codegouvfr/react-dsfr";
import { useHydrated } from "@/components/ui/use-hydrated";

const PRIORITY_CLASS = {
  primary: "",
  secondary: "fr-btn--secondary",
  tertiary: "fr-btn--tertiary",
  "tertiary no outline": "fr-btn--tertiary-no-outline",
} as const;

export function ActionButton<T = unknown>({
  label,
  context,
  confirm,
  iconId,
  priority = "secondary",
  run,
  done,
}: {
  label: string;
  context?: string;
  /** Asked before running (window.confirm) */
  confirm?: string;
  iconId?: FrIconClassName;
  priority?: keyof typeof PRIORITY_CLASS;
  run: () => Promise<{ ok: true; data?: T } | { ok: false; error: string }>;
  /** What to announce once it worked (a live region beside the button) */
  done?: (data: T | undefined) => string;
}) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [error, setError] = useState<string>();
  const [message, setMessage] = useState<string>();
  const [pending, start] = useTransition();
  return (
    <>
      <button
        type="button"
        className={["fr-btn fr-btn--sm", PRIORITY_CLASS[priority], iconId ? `${iconId} fr-btn--icon-left` : ""].filter(Boolean).join(" ")}
        disabled={pending || !hydrated}
        onClick={() => {
          if (confirm && !window.confirm(confirm)) return;
          start(async () => {
            const result = await run();
            setError(result.ok ? undefined : result.error);
            setMessage(result.ok && done ? done(result.data) : undefined);
            router.refresh();
          });
        }}
      >
        {label}
        {context && <span className="fr-sr-only"> {context}</span>}
      </button>
      {message && (
        <span className="fr-text--sm fr-ml-1w" role="status">
          {message}
        </span>
      )}
      {error && (
        <span className="fr-error-text fr-mt-0" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
