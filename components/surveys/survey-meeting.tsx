"use client";
/**
 * The meeting a survey is attached to (an annex of that meeting), and for referents and staff
 * the choice of one of the prefecture's meetings (newest first) or the detaching.
 */
import { useState, useTransition } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { attachSurveyToMeeting, detachSurveyFromMeeting } from "@/lib/surveys/actions";
import { useHydrated } from "@/components/ui/use-hydrated";

export function SurveyMeeting({
  code,
  surveyId,
  version,
  meeting,
  meetings,
  canManage,
}: {
  code: string;
  surveyId: string;
  version: number;
  /** the attached meeting, its label computed on the server ("Séance du jeudi 6 mai 2021") */
  meeting: { id: string; label: string } | null;
  meetings: { id: string; label: string }[];
  canManage: boolean;
}) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [choice, setChoice] = useState(meetings[0]?.id ?? "");
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();
  const [pending, start] = useTransition();

  const run = (action: () => ReturnType<typeof detachSurveyFromMeeting>, success: string) =>
    start(async () => {
      const result = await action();
      if (!result.ok) {
        setDone(undefined);
        setError(result.fieldErrors?.meetingId?.[0] ?? result.error);
        return;
      }
      setError(undefined);
      setDone(success);
      router.refresh();
    });

  return (
    <section aria-labelledby="survey-meeting-title" className="fr-mb-3w">
      <h2 id="survey-meeting-title" className="fr-h5">
        Séance
      </h2>
      <p>
        {meeting ? (
          <>
            Jointe en annexe de la <Link href={`/${code}/seances/${meeting.id}`}>{meeting.label.replace(/^Séance/, "séance")}</Link>.
          </>
        ) : (
          "Cette enquête n'est jointe à aucune séance."
        )}
      </p>
      <div aria-live="polite">
        {error && <Alert severity="error" small description={error} className="fr-mb-2w" />}
        {done && <Alert severity="success" small description={done} className="fr-mb-2w" />}
      </div>
      {canManage && meeting && (
        <Button
          priority="secondary"
          size="small"
          disabled={pending || !hydrated}
          onClick={() => run(() => detachSurveyFromMeeting({ surveyId, version }), "L'enquête n'est plus jointe à la séance.")}
        >
          Détacher de la séance
        </Button>
      )}
      {canManage && !meeting && meetings.length === 0 && <p>La préfecture n&apos;a encore aucune séance.</p>}
      {canManage && !meeting && meetings.length > 0 && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            run(() => attachSurveyToMeeting({ surveyId, version, meetingId: choice }), "L'enquête est jointe à la séance.");
          }}
        >
          <Select label="Joindre à une séance" hint="Les séances de la préfecture, de la plus récente à la plus ancienne" nativeSelectProps={{ value: choice, onChange: (e) => setChoice(e.target.value) }}>
            {meetings.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label}
              </option>
            ))}
          </Select>
          <Button type="submit" size="small" disabled={pending || !hydrated}>
            Joindre à la séance
          </Button>
        </form>
      )}
    </section>
  );
}
