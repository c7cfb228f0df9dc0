"use client";
/**
 * Locking a year's periods once presented to the committee ("jusqu'à fin juin"), and
 * unlocking from a month with a reason (kept in the audit log). Referents only; the months,
 * quarters and semesters concerned are the domain's (periodsThrough / periodsFrom).
 */
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { lockIndicatorPeriods, unlockIndicatorPeriods } from "@/lib/indicators/actions";
import { periodsFrom, periodsThrough } from "@/lib/indicators/domain";
import { FRENCH_MONTHS } from "@/lib/validation";
import { useHydrated } from "@/components/ui/use-hydrated";

export function PeriodLockForm({ prefectureId, year, lockedThrough }: { prefectureId: string; year: number; lockedThrough: number }) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [through, setThrough] = useState(Math.min(12, Math.max(lockedThrough + 1, 1)));
  const [from, setFrom] = useState(Math.max(1, lockedThrough));
  const [reason, setReason] = useState("");
  const [message, setMessage] = useState<{ severity: "success" | "error"; text: string }>();
  const [pending, start] = useTransition();
  const busy = pending || !hydrated;

  const state =
    lockedThrough === 0
      ? `Aucun mois de ${year} n’est verrouillé.`
      : lockedThrough === 12
        ? `Toute l’année ${year} est verrouillée.`
        : `Verrouillé de janvier à ${FRENCH_MONTHS[lockedThrough - 1]} ${year}.`;

  return (
    <section className="fr-p-3w fr-mb-4w fr-background-alt--grey" aria-labelledby="verrouillage-titre">
      <h2 id="verrouillage-titre" className="fr-h5">
        Verrouillage des périodes présentées au comité
      </h2>
      <p className="fr-text--sm">
        {state} Une période verrouillée ne se modifie plus ; ses valeurs sont publiées en données ouvertes.
      </p>
      <form
        className="fr-mb-3w"
        onSubmit={(event) => {
          event.preventDefault();
          start(async () => {
            const result = await lockIndicatorPeriods({ prefectureId, year, periods: periodsThrough(through) });
            if (!result.ok) return setMessage({ severity: "error", text: result.error });
            setMessage({ severity: "success", text: `Périodes verrouillées jusqu’à fin ${FRENCH_MONTHS[through - 1]} ${year}.` });
            router.refresh();
          });
        }}
      >
        <Select
          label="Verrouiller jusqu’à la fin de"
          hint="Les mois, trimestres et semestres terminés à cette date"
          nativeSelectProps={{ value: String(through), onChange: (e) => setThrough(Number(e.target.value)) }}
        >
          {FRENCH_MONTHS.map((month, i) => (
            <option key={month} value={i + 1}>
              {month} {year}
            </option>
          ))}
        </Select>
        <Button type="submit" size="small" iconId="fr-icon-lock-line" disabled={busy}>
          Verrouiller
        </Button>
      </form>
      {lockedThrough > 0 && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            start(async () => {
              const result = await unlockIndicatorPeriods({ prefectureId, year, periods: periodsFrom(from), reason });
              if (!result.ok) return setMessage({ severity: "error", text: result.fieldErrors?.reason?.[0] ?? result.error });
              setReason("");
              setMessage({ severity: "success", text: `Périodes déverrouillées à partir de ${FRENCH_MONTHS[from - 1]} ${year} ; le motif est conservé au journal.` });
              router.refresh();
            });
          }}
        >
          <Select label="Déverrouiller à partir de" nativeSelectProps={{ value: String(from), onChange: (e) => setFrom(Number(e.target.value)) }}>
            {FRENCH_MONTHS.slice(0, lockedThrough).map((month, i) => (
              <option key={month} value={i + 1}>
                {month} {year}
              </option>
            ))}
          </Select>
          <div className="fr-input-group">
            <label className="fr-label" htmlFor="motif-deverrouillage">
              Motif du déverrouillage
              <span className="fr-hint-text">Obligatoire : il est conservé au journal des modifications.</span>
            </label>
            <textarea id="motif-deverrouillage" className="fr-input" rows={2} maxLength={1000} required value={reason} onChange={(e) => setReason(e.target.value)} />
          </div>
          <Button type="submit" size="small" priority="secondary" iconId="fr-icon-lock-unlock-line" disabled={busy}>
            Déverrouiller
          </Button>
        </form>
      )}
      {message && <Alert severity={message.severity} small description={message.text} className="fr-mt-2w" role={message.severity === "error" ? "alert" : "status"} />}
    </section>
  );
}
