"use client";
/** Create or edit a meeting. On a conflict the form keeps what was typed and shows what changed. */
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { createMeeting, updateMeeting } from "@/lib/meetings/actions";
import { meetingFieldsSchema, type MeetingFields, type MeetingFieldsInput } from "@/lib/meetings/schemas";
import { applyServerErrors } from "@/components/ui/form-errors";
import { MEETING_MODE_LABELS, NUMBERING_STYLE_LABELS } from "@/lib/meetings/vocabulary";

export interface MeetingFormProps {
  code: string;
  committees: { id: string; name: string }[];
  previousMeetings?: { id: string; label: string }[];
  initial?: MeetingFieldsInput & { id: string; version: number };
}

export function MeetingForm({ code, committees, previousMeetings = [], initial }: MeetingFormProps) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [duplicateFromId, setDuplicateFromId] = useState("");
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
    formState: { errors, isSubmitting },
  } = form;

  const onSubmit = handleSubmit(async (values) => {
    setError(undefined);
    const result = initial
      ? await updateMeeting({ ...values, id: initial.id, version: initial.version })
      : await createMeeting({ ...values, ...(duplicateFromId ? { duplicateFromId } : {}) });
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
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-4">
          <Input label="Date" {...state(errors.date?.message)} nativeInputProps={{ ...register("date"), type: "date" }} />
        </div>
        <div className="fr-col-6 fr-col-md-4">
          <Input label="Heure de début" hintText="Format 14:30" {...state(errors.startTime?.message)} nativeInputProps={{ ...register("startTime"), type: "time" }} />
        </div>
        <div className="fr-col-6 fr-col-md-4">
          <Input label="Heure de fin prévue" hintText="Facultatif" {...state(errors.endTime?.message)} nativeInputProps={{ ...register("endTime"), type: "time" }} />
        </div>
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
      <Input
        label="Présidence de séance"
        hintText="Par exemple : Mme Chantal CASTELNOT, préfète de la Vienne"
        {...state(errors.chairLabel?.message)}
        nativeInputProps={register("chairLabel")}
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
