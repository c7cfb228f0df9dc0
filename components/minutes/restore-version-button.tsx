"use client";
/**
 * « Restaurer cette version » of a section's history: asks for a confirmation, then replaces
 * the section's content with that version (the restore is itself a new version, so nothing is
 * lost). Sent with the section's current version: if someone saved it meanwhile, the action
 * answers with its French conflict message, shown here. On success the history page is shown
 * again with the restored version compared to the one it replaced.
 */
import { useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { restoreMinutesSection } from "@/lib/minutes/actions";

export function RestoreVersionButton({
  sectionId,
  versionId,
  versionNumber,
  currentVersion,
  returnHref,
}: {
  sectionId: string;
  versionId: string;
  versionNumber: number;
  /** The section's version as the page read it (optimistic lock). */
  currentVersion: number;
  /** Where to go once restored. */
  returnHref: string;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string>();
  const [pending, start] = useTransition();
  const opener = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);

  const close = () => {
    setOpen(false);
    setError(undefined);
    // Back to the button that opened it, so keyboard users do not lose their place.
    requestAnimationFrame(() => opener.current?.focus());
  };

  const confirm = () =>
    start(async () => {
      setError(undefined);
      const result = await restoreMinutesSection({ sectionId, versionId, version: currentVersion });
      if (!result.ok) {
        setError(result.error);
        return;
      }
      setOpen(false);
      router.push(returnHref);
      router.refresh();
    });

  if (!open) {
    return (
      <Button
        ref={opener}
        size="small"
        priority="secondary"
        iconId="fr-icon-arrow-go-back-line"
        onClick={() => {
          setOpen(true);
          requestAnimationFrame(() => confirmRef.current?.focus());
        }}
      >
        Restaurer cette version<span className="fr-sr-only"> (version {versionNumber})</span>
      </Button>
    );
  }
  return (
    <div role="group" aria-label={`Restauration de la version ${versionNumber}`}>
      <p className="fr-text--sm fr-mb-1w">
        Le contenu actuel de la section sera remplacé par celui de la version {versionNumber}. Le contenu actuel reste dans l&apos;historique.
      </p>
      <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
        <li>
          <Button ref={confirmRef} size="small" onClick={confirm} disabled={pending}>
            Confirmer la restauration<span className="fr-sr-only"> de la version {versionNumber}</span>
          </Button>
        </li>
        <li>
          <Button size="small" priority="tertiary" onClick={close} disabled={pending}>
            Annuler
          </Button>
        </li>
      </ul>
      <div aria-live="polite">{error && <Alert severity="error" small description={error} className="fr-mt-1w" />}</div>
    </div>
  );
}
