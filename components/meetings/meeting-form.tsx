"use client";
/**
 * Create or edit a meeting. On a conflict the form keeps what was typed and shows what changed.
 * While typing: the end time follows the start time (same duration, or two hours), and
 * warnings that do not block the save (a past date, another meeting of the committee that day)
 * come from the domain's meetingWarnings, with the prefecture's meetings given by the page.
 */
import { useMemo, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { createMeeting, updateMeeting } from "@/lib/meetings/actions";
import { meetingFieldsSchema, type MeetingFields, type MeetingFieldsInput } from "@/lib/meetings/schemas";
import { applyServerErrors } from "@/components/ui/form-errors";
import { MEETING_MODE_LABELS, NUMBERING_STYLE_LABELS } from "@/lib/meetings/vocabulary";
import { followingEndTime, meetingWarnings, type ExistingMeetingStart } from "@/lib/meetings/domain";

export interface MeetingFormProps {
  code: string;
  committees: { id: string; name: string }[];
  previousMeetings?: { id: string; label: string }[];
  /** The prefecture's meetings that are not cancelled, for the "same day" warning. */
  existingMeetings?: ExistingMeetingStart[];
  /** The prefecture's persons, to name who chairs */
  persons?: { id: string; label: string }[];
  initial?: MeetingFieldsInput & { id: string; version: number };
}

export function MeetingForm({ code, committees, previousMeetings = [], existingMeetings = [], persons = [], initial }: MeetingFormProps) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [duplicateFromId, setDuplicateFromId] = useState("");
  // Ticked by default: the next meeting reviews the commitments of the last one (issue 9 item 6).
  const [withActionPlanReview, setWithActionPlanReview] = useState(true);
  const form = useForm<MeetingFieldsInput, unknown, MeetingFields>({
    resolver: zodResolver(meetingFieldsSchema),
    defaultValues: initial ?? {
      committeeId: committees[0]?.id ?? "",
      mode: "IN_PERSON",
      numberingStyle: "ROMAN_LETTERS",
      startTime: "14:30",
      endTime: "16:30",
    },
  });
  const {
    register,
    handleSubmit,
    getValues,
    setValue,
    formState: { errors, isSubmitting, isSubmitted },
  } = form;

  // Warnings, recomputed as the committee, the date or the start time change.
  const [now] = useState(() => new Date());
  const [committeeId, date, startTime] = useWatch({ control: form.control, name: ["committeeId", "date", "startTime"] });
  const warnings = useMemo(
    () =>
      meetingWarnings({ committeeId: committeeId ?? "", date: date ?? "", startTime: startTime ?? "" }, existingMeetings, now, {
        meetingId: initial?.id,
        saved: initial ? { date: initial.date ?? "", startTime: initial.startTime ?? "" } : undefined,
      }),
    [committeeId, date, startTime, existingMeetings, now, initial],
  );

  // The end time follows the start time; the last valid start gives the duration to keep.
  const lastStart = useRef(initial?.startTime ?? "14:30");
  const [endNotice, setEndNotice] = useState("");
  const followStart = () => {
    const start = getValues("startTime") ?? "";
    const end = followingEndTime(lastStart.current, start, getValues("endTime") ?? "");
    if (end) {
      setValue("endTime", end, { shouldValidate: isSubmitted, shouldDirty: true });
      setEndNotice(`Heure de fin prévue ajustée à ${end.replace(":", "h")}.`);
    }
    if (/^\d{2}:\d{2}$/.test(start)) lastStart.current = start;
  };
  const startField = register("startTime");
  const endField = register("endTime");

  const onSubmit = handleSubmit(async (values) => {
    setError(undefined);
    const result = initial
      ? await updateMeeting({ ...values, id: initial.id, version: initial.version })
      : await createMeeting({ ...values, withActionPlanReview, ...(duplicateFromId ? { duplicateFromId } : {}) });
    if (!result.ok) {
      setError(result.error);
      applyServerErrors(form, result.fieldErrors);
      return;
    }
    const corrective = "correctiveConvocation" in result.data && result.data.correctiveConvocation;
    router.push(`/${code}/seances/${result.data.id}${corrective ? "?rectificatif=1" : ""}`);
    router.refresh();
  });

  const state = (message?: string) => (message ? ({ state: "error", stateRelatedMessage: message } as const) : {});

  return (
    <form onSubmit={onSubmit} noValidate>
      <div aria-live="assertive">
        {error && <Alert severity="error" title="Enregistrement impossible" description={error} className="fr-mb-3w" />}
      </div>
      <Select label="Comité" {...state(errors.committeeId?.message)} nativeSelectProps={register("committeeId")}>
        {committees.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </Select>
      {!initial && previousMeetings.length > 0 && (
        <Select
          label="Reprendre l'ordre du jour d'une séance précédente (facultatif)"
          hint="Les points et leurs intervenants sont copiés ; vous pourrez les modifier."
          nativeSelectProps={{ value: duplicateFromId, onChange: (e) => setDuplicateFromId(e.target.value), name: "duplicateFromId" }}
        >
          <option value="">Ne rien reprendre</option>
          {previousMeetings.map((m) => (
            <option key={m.id} value={m.id}>
              {m.label}
            </option>
          ))}
        </Select>
      )}
      {!initial && (
        <div className="fr-checkbox-group fr-mb-3w">
          <input type="checkbox" id="meeting-action-plan-review" name="withActionPlanReview" checked={withActionPlanReview} onChange={(e) => setWithActionPlanReview(e.target.checked)} />
          <label className="fr-label" htmlFor="meeting-action-plan-review">
            Inscrire le point « Suivi du plan d&apos;actions » en tête de l&apos;ordre du jour
            <span className="fr-hint-text">
              Il se remplit avec les actions ouvertes, suivies ou closes depuis la séance précédente et les questions restées sans réponse.
            </span>
          </label>
        </div>
      )}
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-4">
          <Input label="Date" {...state(errors.date?.message)} nativeInputProps={{ ...register("date"), type: "date" }} />
        </div>
        <div className="fr-col-6 fr-col-md-4">
          <Input label="Heure de début" hintText="Format 14:30" {...state(errors.startTime?.message)} nativeInputProps={{
              ...startField,
              type: "time",
              onChange: (event) => void startField.onChange(event).then(followStart),
            }} />
        </div>
        <div className="fr-col-6 fr-col-md-4">
          <Input
            label="Heure de fin prévue"
            hintText="Facultatif ; suit l'heure de début"
            {...state(errors.endTime?.message)}
            nativeInputProps={{
              ...endField,
              type: "time",
              onChange: (event) => {
                setEndNotice("");
                void endField.onChange(event);
              },
            }}
          />
        </div>
      </div>
      <div aria-live="polite">
        {endNotice && <p className="fr-text--sm fr-mb-2w">{endNotice}</p>}
      </div>
      <div aria-live="polite">
        {warnings.map((w) => (
          <Alert key={w.kind} severity="warning" small description={w.message} className="fr-mb-3w" />
        ))}
      </div>
      <Select label="Modalité" {...state(errors.mode?.message)} nativeSelectProps={register("mode")}>
        {Object.entries(MEETING_MODE_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </Select>
      <Input label="Salle" hintText="Par exemple : Salle Marzellier" {...state(errors.room?.message)} nativeInputProps={register("room")} />
      <Input label="Lieu" hintText="Adresse ou site, par exemple : Préfecture de la Vienne, Poitiers" {...state(errors.place?.message)} nativeInputProps={register("place")} />
      <Select
        label="Président(e) de séance"
        hint="La personne qui préside ; sa fonction à la séance dans le champ suivant."
        {...state(errors.chairPersonId?.message)}
        nativeSelectProps={register("chairPersonId")}
      >
        <option value="">Personne non enregistrée dans le portail</option>
        {persons.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
          </option>
        ))}
      </Select>
      <Input
        label="Fonction à la séance (présidence)"
        hintText="Par exemple : préfète de la Vienne — ou, sans personne choisie : M. le secrétaire général"
        {...state(errors.chairLabel?.message)}
        nativeInputProps={register("chairLabel")}
      />
      <Input
        label="Séance levée à (facultatif)"
        hintText="À renseigner après la séance, au format HH:MM, par exemple 15:50."
        {...state(errors.closingTime?.message)}
        nativeInputProps={{ ...register("closingTime"), type: "time" }}
      />
      <Select label="Numérotation de l'ordre du jour" {...state(errors.numberingStyle?.message)} nativeSelectProps={register("numberingStyle")}>
        {Object.entries(NUMBERING_STYLE_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </Select>
      <Button type="submit" disabled={isSubmitting}>
        {initial ? "Enregistrer les modifications" : "Créer la séance"}
      </Button>
    </form>
  );
}
