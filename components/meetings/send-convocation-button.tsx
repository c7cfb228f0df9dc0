"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { sendConvocation } from "@/lib/meetings/actions";
import { formatCount } from "@/lib/format";

export function SendConvocationButton({ meetingId, version, alreadySent }: { meetingId: string; version: number; alreadySent: boolean }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ severity: "success" | "error" | "warning"; text: string }>();
  const [pending, start] = useTransition();
  const onClick = () => {
    const question = alreadySent
      ? "Une convocation a déjà été envoyée. Envoyer une nouvelle convocation (rectificative) à tous les membres ?"
      : "Envoyer la convocation par courriel à chaque membre du comité ?";
    if (!window.confirm(question)) return;
    start(async () => {
      const result = await sendConvocation({ meetingId, version });
      if (!result.ok) {
        setMessage({ severity: "error", text: result.error });
        return;
      }
      const { recipients, unreachable, smtpConfigured } = result.data;
      const base = smtpConfigured
        ? `Convocation envoyée à ${formatCount(recipients, "membre", "membres")}.`
        : `Convocation enregistrée pour ${formatCount(recipients, "membre", "membres")}. Aucun serveur de courriel n'est configuré : les messages sont dans la boîte d'envoi, à transmettre vous-même.`;
      const missing = unreachable.length ? ` Sans adresse électronique (à convoquer autrement) : ${unreachable.join(", ")}.` : "";
      setMessage({ severity: unreachable.length || !smtpConfigured ? "warning" : "success", text: base + missing });
      router.refresh();
    });
  };
  return (
    <div>
      <Button iconId="fr-icon-mail-line" onClick={onClick} disabled={pending}>
        {pending ? "Envoi en cours…" : alreadySent ? "Renvoyer la convocation" : "Envoyer la convocation"}
      </Button>
      <div aria-live="polite">{message && <Alert severity={message.severity} small description={message.text} className="fr-mt-2w" />}</div>
    </div>
  );
}
