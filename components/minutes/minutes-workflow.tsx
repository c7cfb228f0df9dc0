"use client";
/**
 * The minutes' steps, as small forms: start the minutes, send for review (deadline, message),
 * back to draft, validate, publish, unpublish (a reason is required and logged), start a
 * correction. Each calls its server action and refreshes the page; errors are shown in French
 * where the user acted, and focus moves to them.
 */
import { useRef, useState, useTransition, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { useHydrated } from "@/components/ui/use-hydrated";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import {
  backToDraft,
  createMinutes,
  publishMinutes,
  sendMinutesForReview,
  startMinutesCorrection,
  unpublishMinutes,
  validateMinutes,
} from "@/lib/minutes/actions";
import type { ActionResult } from "@/lib/action-client";

function useStep() {
  const router = useRouter();
  const [error, setError] = useState<{ message: string; fields?: Record<string, string[]> }>();
  const [pending, start] = useTransition();
  const hydrated = useHydrated();
  const errorRef = useRef<HTMLDivElement>(null);
  function run<T>(call: () => Promise<ActionResult<T>>, then?: (data: T) => void) {
    start(async () => {
      const result = await call();
      if (!result.ok) {
        setError({ message: result.error, fields: result.fieldErrors });
        requestAnimationFrame(() => errorRef.current?.focus());
        return;
      }
      setError(undefined);
      then?.(result.data);
      router.refresh();
    });
  }
  const errorBlock = error ? (
    <div ref={errorRef} tabIndex={-1} className="fr-mb-2w">
      <Alert
        severity="error"
        small
        description={
          <>
            {error.message}
            {error.fields && Object.keys(error.fields).length > 0 && (
              <ul>
                {Object.entries(error.fields).flatMap(([field, messages]) => messages.map((m) => <li key={`${field}-${m}`}>{m}</li>))}
              </ul>
            )}
          </>
        }
      />
    </div>
  ) : null;
  return { run, pending: pending || !hydrated, errorBlock, fieldError: (name: string) => error?.fields?.[name]?.[0] };
}

function Panel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="fr-p-3w fr-mb-3w fr-background-alt--grey" aria-label={title}>
      <h2 className="fr-h5">{title}</h2>
      {children}
    </section>
  );
}

export function StartMinutes({ meetingId }: { meetingId: string }) {
  const { run, pending, errorBlock } = useStep();
  const router = useRouter();
  const [kind, setKind] = useState<"COMPTE_RENDU" | "RELEVE_DE_CONCLUSIONS">("COMPTE_RENDU");
  return (
    <Panel title="Rédiger le compte rendu">
      <p>
        Le document est pré-rempli avec ce que le portail connaît : en-tête, présidence, participants par collège et par présence, ordre du jour et
        intervenants de chaque point.
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          run(() => createMinutes({ meetingId, kind }), () => router.push("compte-rendu/rediger"));
        }}
      >
        <RadioButtons
          legend="Type de document"
          name="kind"
          options={[
            { label: "Compte rendu", hintText: "Déroulé de la séance, interventions et réponses", nativeInputProps: { checked: kind === "COMPTE_RENDU", onChange: () => setKind("COMPTE_RENDU") } },
            { label: "Relevé de conclusions", hintText: "Les conclusions et décisions de chaque point seulement", nativeInputProps: { checked: kind === "RELEVE_DE_CONCLUSIONS", onChange: () => setKind("RELEVE_DE_CONCLUSIONS") } },
          ]}
        />
        {errorBlock}
        <Button type="submit" disabled={pending} iconId="fr-icon-edit-line">
          Commencer la rédaction
        </Button>
      </form>
    </Panel>
  );
}

export function SendForReview({ minutesId, version, defaultDeadline }: { minutesId: string; version: number; defaultDeadline: string }) {
  const { run, pending, errorBlock, fieldError } = useStep();
  const [deadline, setDeadline] = useState(defaultDeadline);
  const [message, setMessage] = useState("");
  return (
    <Panel title="Envoyer en relecture">
      <p>
        Chaque participant inscrit à l&apos;émargement et ayant une adresse électronique reçoit un courriel avec le lien du projet. Un rappel part deux jours avant la
        date limite à ceux qui ne l&apos;ont pas ouvert.
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          run(() => sendMinutesForReview({ minutesId, version, deadline, message }));
        }}
      >
        <Input
          label="Date limite de relecture"
          state={fieldError("deadline") ? "error" : "default"}
          stateRelatedMessage={fieldError("deadline")}
          nativeInputProps={{ type: "date", value: deadline, onChange: (e) => setDeadline(e.target.value), required: true }}
        />
        <Input label="Message aux participants (facultatif)" textArea nativeTextAreaProps={{ value: message, onChange: (e) => setMessage(e.target.value), maxLength: 2000, rows: 3 }} />
        {errorBlock}
        <Button type="submit" disabled={pending} iconId="fr-icon-mail-line">
          Envoyer le projet aux participants
        </Button>
      </form>
    </Panel>
  );
}

export function SimpleStep({
  action,
  minutesId,
  version,
  label,
  explanation,
  priority = "primary",
}: {
  action: "validate" | "publish" | "backToDraft";
  minutesId: string;
  version: number;
  label: string;
  explanation?: string;
  priority?: "primary" | "secondary";
}) {
  const { run, pending, errorBlock } = useStep();
  const call = { validate: validateMinutes, publish: publishMinutes, backToDraft }[action];
  return (
    <form
      className="fr-mb-2w"
      onSubmit={(event) => {
        event.preventDefault();
        run(() => call({ minutesId, version }));
      }}
    >
      {explanation && <p className="fr-text--sm fr-mb-1w">{explanation}</p>}
      {errorBlock}
      <Button type="submit" priority={priority} disabled={pending}>
        {label}
      </Button>
    </form>
  );
}

export function ReasonStep({ action, minutesId, version }: { action: "unpublish" | "correct"; minutesId: string; version: number }) {
  const { run, pending, errorBlock, fieldError } = useStep();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  const label = action === "unpublish" ? "Dépublier" : "Créer une version corrigée";
  if (!open) {
    return (
      <Button priority="secondary" className="fr-mb-2w" onClick={() => setOpen(true)}>
        {label}
      </Button>
    );
  }
  return (
    <form
      className="fr-p-2w fr-mb-2w fr-background-alt--grey"
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        if (action === "unpublish") run(() => unpublishMinutes({ minutesId, version, reason: text }));
        else run(() => startMinutesCorrection({ minutesId, note: text }), () => router.push("compte-rendu/rediger"));
      }}
    >
      <Input
        label={action === "unpublish" ? "Raison de la dépublication (consignée dans l'historique)" : "Objet de la correction (imprimé sur la version corrigée)"}
        state={fieldError(action === "unpublish" ? "reason" : "note") ? "error" : "default"}
        stateRelatedMessage={fieldError(action === "unpublish" ? "reason" : "note")}
        nativeInputProps={{ value: text, onChange: (e) => setText(e.target.value), required: true, maxLength: action === "unpublish" ? 1000 : 500 }}
      />
      {errorBlock}
      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <Button type="submit" disabled={pending}>
            {action === "unpublish" ? "Confirmer la dépublication" : "Créer la version corrigée"}
          </Button>
        </li>
        <li>
          <Button type="button" priority="secondary" onClick={() => setOpen(false)}>
            Annuler
          </Button>
        </li>
      </ul>
    </form>
  );
}
