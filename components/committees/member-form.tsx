"use client";
/**
 * "Ajouter un membre": a seat held by a person already known in the prefecture, by a person
 * typed in here, or by an organisation without a named person; then the college, the
 * mandate and the start date.
 */
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { addMember } from "@/lib/committees/actions";
import {
  HOLDERS,
  HOLDER_LABELS,
  addMemberSchema,
  type AddMemberFields,
  type AddMemberInput,
} from "@/lib/committees/schemas";

import { applyServerErrors } from "@/components/ui/form-errors";
import { OrganizationList, PersonFieldset } from "./person-form";
import { COLLEGE_LABELS, MANDATE_LABELS, ORGANIZATION_KIND_LABELS, MANDATES } from "@/lib/committees/vocabulary";

export interface MemberFormProps {
  committeeId: string;
  /** Persons of the prefecture: "MASSÉ Nathalie — Secrétariat général commun" */
  persons: { id: string; label: string }[];
  organizationNames: string[];
  /** Today in Paris, decided by the server (no hydration mismatch around midnight) */
  today: string;
}

const state = (message?: string) => (message ? ({ state: "error", stateRelatedMessage: message } as const) : {});

export function MemberForm({ committeeId, persons, organizationNames, today }: MemberFormProps) {
  const router = useRouter();
  const [message, setMessage] = useState<{ severity: "success" | "error"; text: string }>();
  const defaults: AddMemberInput = { committeeId, holder: "NEW_PERSON", college: "USERS", mandate: "TITULAIRE", startsOn: today };
  const form = useForm<AddMemberInput, unknown, AddMemberFields>({
    resolver: zodResolver(addMemberSchema),
    defaultValues: defaults,
    // Fields of the other kinds of holder are hidden: their values must not be sent or checked.
    shouldUnregister: true,
  });
  const {
    register,
    handleSubmit,
    control,
    reset,
    formState: { errors, isSubmitting },
  } = form;
  const holder = useWatch({ control, name: "holder" });

  const onSubmit = handleSubmit(async (values) => {
    setMessage(undefined);
    const result = await addMember(values);
    if (!result.ok) {
      setMessage({ severity: "error", text: result.error });
      applyServerErrors(form, result.fieldErrors);
      return;
    }
    const who =
      values.holder === "PERSON"
        ? (persons.find((p) => p.id === values.personId)?.label ?? "Le membre")
        : values.holder === "NEW_PERSON"
          ? [values.firstName, values.lastName].filter(Boolean).join(" ")
          : (values.seatLabel ?? values.organizationName ?? "Le siège");
    setMessage({ severity: "success", text: `${who} : siège ajouté au collège « ${COLLEGE_LABELS[values.college]} ».` });
    reset({ ...defaults, holder: values.holder, college: values.college, mandate: values.mandate, startsOn: values.startsOn });
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Ajouter un membre">
      {/* Registered so that shouldUnregister keeps it among the values the schema checks */}
      <input type="hidden" {...register("committeeId")} />
      <RadioButtons
        legend="Qui occupe le siège ?"
        orientation="horizontal"
        {...state(errors.holder?.message)}
        options={HOLDERS.map((value) => ({
          label: HOLDER_LABELS[value],
          nativeInputProps: { ...register("holder"), value },
        }))}
      />
      {holder === "PERSON" && (
        <Select label="Personne" {...state(errors.personId?.message)} nativeSelectProps={register("personId")}>
          <option value="">Choisir une personne</option>
          {persons.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </Select>
      )}
      {holder === "NEW_PERSON" && (
        <PersonFieldset field={(name) => register(name)} errors={errors} organizationListId="organismes-membre" />
      )}
      {holder === "ORGANIZATION" && (
        <>
          <div className="fr-grid-row fr-grid-row--gutters">
            <div className="fr-col-12 fr-col-md-7">
              <Input
                label="Organisme"
                hintText="Choisissez dans la liste ou saisissez le nom d'un nouvel organisme"
                {...state(errors.organizationName?.message)}
                nativeInputProps={{ ...register("organizationName"), list: "organismes-membre", autoComplete: "off" }}
              />
            </div>
            <div className="fr-col-12 fr-col-md-5">
              <Select
                label="Type d'organisme"
                hint="Utilisé seulement si l'organisme est nouveau"
                {...state(errors.organizationKind?.message)}
                nativeSelectProps={register("organizationKind")}
              >
                <option value="">Déduit du collège</option>
                {Object.entries(ORGANIZATION_KIND_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </Select>
            </div>
          </div>
          <Input
            label="Libellé du siège (facultatif)"
            hintText="Par exemple : Maire, représentant l'association des maires ruraux"
            {...state(errors.seatLabel?.message)}
            nativeInputProps={register("seatLabel")}
          />
        </>
      )}
      <OrganizationList id="organismes-membre" names={organizationNames} />
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-5">
          <Select label="Collège" {...state(errors.college?.message)} nativeSelectProps={register("college")}>
            {Object.entries(COLLEGE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <RadioButtons
            legend="Mandat"
            orientation="horizontal"
            {...state(errors.mandate?.message)}
            options={MANDATES.map((value) => ({
              label: MANDATE_LABELS[value],
              nativeInputProps: { ...register("mandate"), value },
            }))}
          />
        </div>
        <div className="fr-col-12 fr-col-md-3">
          <Input
            label="Début du mandat"
            {...state(errors.startsOn?.message)}
            nativeInputProps={{ ...register("startsOn"), type: "date" }}
          />
        </div>
      </div>
      <Button type="submit" iconId="fr-icon-user-add-line" disabled={isSubmitting}>
        Ajouter le membre
      </Button>
      <div aria-live="polite">
        {message && <Alert severity={message.severity} small description={message.text} className="fr-mt-2w" />}
      </div>
    </form>
  );
}
