"use client";
/**
 * "Joindre à une séance": one select of the prefecture's meetings (newest first) and one
 * button; the server renders the PDF and files it as an annex of the chosen meeting, replacing
 * the annex of the same year attached before. The outcome is announced (aria-live).
 */
import { useState, useTransition } from "react";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { attachYearlyReport } from "@/lib/yearly-report/actions";
import type { AttachableMeeting } from "@/lib/yearly-report";
import { useHydrated } from "@/components/ui/use-hydrated";

type Outcome = { ok: true; meetingId: string; meetingLabel: string; replaced: number } | { ok: false; message: string };

export function AttachReportForm({ code, year, meetings }: { code: string; year: number; meetings: readonly AttachableMeeting[] }) {
  const hydrated = useHydrated();
  const [meetingId, setMeetingId] = useState(meetings[0]?.id ?? "");
  const [outcome, setOutcome] = useState<Outcome>();
  const [pending, start] = useTransition();

  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setOutcome(undefined);
    start(async () => {
      const result = await attachYearlyReport({ meetingId, year });
      if (!result.ok) {
        setOutcome({ ok: false, message: Object.values(result.fieldErrors ?? {}).flat()[0] ?? result.error });
        return;
      }
      setOutcome({ ok: true, meetingId, meetingLabel: meetings.find((m) => m.id === meetingId)?.label ?? "", replaced: result.data.replaced });
    });
  };

  return (
    <form onSubmit={submit} className="fr-no-print fr-mb-4w" aria-labelledby="joindre-titre">
      <h2 id="joindre-titre" className="fr-h5 fr-mb-1w">
        Joindre à une séance
      </h2>
      <div className="fr-select-group">
        <label className="fr-label" htmlFor="bilan-seance">
          Séance
          <span className="fr-hint-text">Le bilan {year} est joint en PDF aux annexes de la séance ; s’il y était déjà, il est remplacé.</span>
        </label>
        <select className="fr-select" id="bilan-seance" name="meetingId" value={meetingId} onChange={(e) => setMeetingId(e.target.value)}>
          {meetings.map((m) => (
            <option key={m.id} value={m.id}>
              {m.label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="fr-btn" disabled={!hydrated || pending || !meetingId}>
        {pending ? "Envoi en cours…" : "Joindre à la séance"}
      </button>
      <div aria-live="polite" className="fr-mt-2w">
        {outcome?.ok && (
          <Alert
            severity="success"
            small
            description={
              <>
                Le bilan {year} est joint à la séance « {outcome.meetingLabel} »{outcome.replaced ? " ; il remplace celui qui y était joint" : ""}.{" "}
                <a href={`/${code}/seances/${outcome.meetingId}`}>Voir la séance</a>
              </>
            }
          />
        )}
        {outcome && !outcome.ok && <Alert severity="error" small description={outcome.message} />}
      </div>
    </form>
  );
}
