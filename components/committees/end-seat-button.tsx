"use client";
/**
 * "Mettre fin au mandat": asks for the last day (today by default) and a confirmation before
 * anything is saved; the seat then moves to "Membres sortis" once that day has passed.
 */
import { useId, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { endMember } from "@/lib/committees/actions";
import { parisDateParts } from "@/lib/format";

export function EndSeatButton({ memberId, version, holder }: { memberId: string; version: number; holder: string }) {
  const router = useRouter();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [endsOn, setEndsOn] = useState("");
  const [error, setError] = useState<string>();
  const [pending, start] = useTransition();
  const opener = useRef<HTMLButtonElement>(null);

  const close = () => {
    setOpen(false);
    setError(undefined);
    // Back to the button that opened it, so keyboard users do not lose their place.
    requestAnimationFrame(() => opener.current?.focus());
  };

  const confirm = () =>
    start(async () => {
      setError(undefined);
      const result = await endMember({ memberId, version, endsOn });
      if (!result.ok) {
        setError(result.fieldErrors?.endsOn?.[0] ?? result.error);
        return;
      }
      setOpen(false);
      router.refresh();
    });

  if (!open) {
    return (
      <Button
        ref={opener}
        size="small"
        priority="tertiary"
        onClick={() => {
          setEndsOn(parisDateParts(new Date()).date);
          setOpen(true);
        }}
      >
        Mettre fin au mandat<span className="fr-sr-only"> de {holder}</span>
      </Button>
    );
  }
  return (
    <div role="group" aria-label={`Fin du mandat de ${holder}`}>
      <Input
        label="Dernier jour du mandat"
        hintText="Le siège passe dans « Membres sortis » le lendemain de ce jour."
        nativeInputProps={{ id: `${id}-date`, type: "date", value: endsOn, onChange: (e) => setEndsOn(e.target.value), autoFocus: true }}
      />
      <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
        <li>
          <Button size="small" onClick={confirm} disabled={pending || !endsOn}>
            Confirmer la fin du mandat<span className="fr-sr-only"> de {holder}</span>
          </Button>
        </li>
        <li>
          <Button size="small" priority="secondary" onClick={close} disabled={pending}>
            Annuler
          </Button>
        </li>
      </ul>
      <div aria-live="polite">{error && <Alert severity="error" small description={error} className="fr-mt-1w" />}</div>
    </div>
  );
}
