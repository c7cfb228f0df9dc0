"use client";
/** A member's answer to a convocation, signed in or through the personal link. */
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { replyAsMember, replyByToken } from "@/lib/meetings/actions";
import { replyChoicesFor } from "@/lib/meetings/domain";
import { REPLY_RESPONSE_LABELS } from "@/lib/meetings/vocabulary";

type Response = "IN_PERSON" | "REMOTE" | "EXCUSED" | "REPRESENTED";
type Mode = "IN_PERSON" | "AUDIOCONFERENCE" | "VIDEOCONFERENCE" | "HYBRID";

export function MemberReplyForm({
  meetingId,
  token,
  mode,
  current,
  preselected,
  started,
}: {
  meetingId?: string;
  token?: string;
  mode: Mode;
  current: { response: Response; representativeName: string | null } | null;
  preselected?: Response | null;
  /** The meeting has started (decided on the server, at render time) */
  started: boolean;
}) {
  const router = useRouter();
  const [response, setResponse] = useState<Response | null>(preselected ?? current?.response ?? null);
  const [representative, setRepresentative] = useState(current?.representativeName ?? "");
  const [message, setMessage] = useState<{ severity: "success" | "error"; text: string }>();
  const [fieldError, setFieldError] = useState<string>();
  const [pending, start] = useTransition();

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setMessage(undefined);
    setFieldError(undefined);
    if (!response) {
      setMessage({ severity: "error", text: "Choisissez votre réponse." });
      return;
    }
    start(async () => {
      // A name typed before choosing another answer is not part of that answer.
      const input = { response, representativeName: response === "REPRESENTED" ? representative : null, comment: null };
      const result = token ? await replyByToken({ ...input, token }) : await replyAsMember({ ...input, meetingId: meetingId ?? "" });
      if (!result.ok) {
        setFieldError(result.fieldErrors?.representativeName?.[0]);
        setMessage({ severity: "error", text: result.error });
        return;
      }
      setMessage({ severity: "success", text: "Votre réponse est enregistrée. Vous pouvez la modifier jusqu'au début de la séance." });
      router.refresh();
    });
  };

  if (started) return <p>La séance a commencé : la réponse ne peut plus être modifiée.</p>;

  return (
    <form onSubmit={submit} noValidate>
      <RadioButtons
        legend="Votre réponse"
        name="response"
        options={replyChoicesFor(mode).map((choice) => ({
          label: REPLY_RESPONSE_LABELS[choice],
          nativeInputProps: { value: choice, checked: response === choice, onChange: () => setResponse(choice) },
        }))}
      />
      {response === "REPRESENTED" && (
        <Input
          label="Nom de la personne qui vous représentera"
          hintText="Prénom, NOM et fonction, par exemple : Mme Nathalie BRIONNET, adjointe à la cheffe de bureau"
          state={fieldError ? "error" : "default"}
          stateRelatedMessage={fieldError}
          nativeInputProps={{ value: representative, onChange: (e) => setRepresentative(e.target.value), maxLength: 200 }}
        />
      )}
      <Button type="submit" disabled={pending}>
        Enregistrer ma réponse
      </Button>
      <div aria-live="polite">{message && <Alert severity={message.severity} small description={message.text} className="fr-mt-2w" />}</div>
    </form>
  );
}
