"use client";
/**
 * Change an action's status: marking it done asks for the result, dropping it for the reason
 * (kept as a dated note). The rule is the domain's; the server says it on the field.
 */
import { useState } from "react";
import { useRouter } from "next/navigation";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { changeImprovementActionStatus } from "@/lib/action-plan/actions";
import { nextStatuses } from "@/lib/action-plan/domain";
import { ACTION_STATUS_LABELS, type ActionStatus } from "@/lib/action-plan/vocabulary";
import { useHydrated } from "@/components/ui/use-hydrated";

const state = (message?: string) => (message ? ({ state: "error", stateRelatedMessage: message } as const) : {});

export function StatusForm({ id, version, status }: { id: string; version: number; status: ActionStatus }) {
  const router = useRouter();
  const hydrated = useHydrated();
  const options = nextStatuses(status);
  const [to, setTo] = useState<ActionStatus>(options.includes("DONE") ? "DONE" : (options[0] ?? "PLANNED"));
  const [result, setResult] = useState("");
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setFieldErrors({});
    const outcome = await changeImprovementActionStatus({ id, version, to, result: to === "DONE" ? result : null, reason: to === "DROPPED" ? reason : null });
    setBusy(false);
    if (!outcome.ok) {
      setError(outcome.error);
      setFieldErrors(outcome.fieldErrors ?? {});
      return;
    }
    setResult("");
    setReason("");
    router.refresh();
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label="Changer le statut">
      <div aria-live="assertive">{error && <Alert severity="error" small description={error} className="fr-mb-3w" />}</div>
      <Select label="Nouveau statut" {...state(fieldErrors.to?.[0])} nativeSelectProps={{ value: to, onChange: (e) => setTo(e.target.value as ActionStatus) }}>
        {options.map((s) => (
          <option key={s} value={s}>
            {ACTION_STATUS_LABELS[s]}
          </option>
        ))}
      </Select>
      {to === "DONE" && (
        <Input label="Résultat obtenu" hintText="Obligatoire pour marquer l'action comme réalisée" textArea {...state(fieldErrors.result?.[0])} nativeTextAreaProps={{ value: result, onChange: (e) => setResult(e.target.value), rows: 3 }} />
      )}
      {to === "DROPPED" && (
        <Input label="Motif de l'abandon" hintText="Obligatoire ; conservé dans l'historique d'avancement" textArea {...state(fieldErrors.reason?.[0])} nativeTextAreaProps={{ value: reason, onChange: (e) => setReason(e.target.value), rows: 3 }} />
      )}
      <Button type="submit" disabled={busy || !hydrated}>
        Changer le statut
      </Button>
    </form>
  );
}
