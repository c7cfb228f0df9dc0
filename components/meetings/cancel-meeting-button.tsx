"use client";
/** « Annuler la séance »: asks for confirmation and an optional reason sent to the members. */
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { cancelMeeting } from "@/lib/meetings/actions";

export function CancelMeetingButton({ meetingId, version, convened }: { meetingId: string; version: number; convened: boolean }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string>();
  const [pending, start] = useTransition();
  if (!open) {
    return (
      <Button priority="tertiary" iconId="fr-icon-close-circle-line" onClick={() => setOpen(true)}>
        Annuler la séance
      </Button>
    );
  }
  return (
    <form
      className="fr-p-2w fr-background-alt--grey"
      aria-label="Annuler la séance"
      onSubmit={(event) => {
        event.preventDefault();
        start(async () => {
          const result = await cancelMeeting({ meetingId, version, reason });
          if (!result.ok) {
            setError(result.error);
            return;
          }
          router.refresh();
        });
      }}
    >
      <p>
        {convened
          ? "Les membres convoqués recevront un courriel d'annulation. Cette action est définitive."
          : "La séance sera marquée comme annulée. Cette action est définitive."}
      </p>
      <Input label="Motif (facultatif, repris dans le courriel)" nativeInputProps={{ value: reason, onChange: (e) => setReason(e.target.value), maxLength: 500 }} />
      {error && <Alert severity="error" small description={error} className="fr-mb-2w" />}
      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <Button type="submit" disabled={pending}>
            Confirmer l&apos;annulation
          </Button>
        </li>
        <li>
          <Button type="button" priority="secondary" onClick={() => setOpen(false)}>
            Ne pas annuler
          </Button>
        </li>
      </ul>
    </form>
  );
}
