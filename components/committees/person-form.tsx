"use client";
/**
 * A person's details: the fields (shared with "Ajouter un membre" when the person is new)
 * and the form that corrects an existing person. Saved with the version that was loaded: if
 * someone else saved in between, the form keeps what was typed and says so.
 */
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, type UseFormRegisterReturn } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { updatePerson } from "@/lib/committees/actions";
import {
  personFieldsSchema,
  type PersonFields,
  type PersonFieldsInput,
} from "@/lib/committees/schemas";
import { applyServerErrors } from "@/components/ui/form-errors";
import { CIVILITY_LABELS, ORGANIZATION_KIND_LABELS } from "@/lib/committees/vocabulary";

export type PersonFieldName = keyof PersonFieldsInput;

const state = (message?: string) => (message ? ({ state: "error", stateRelatedMessage: message } as const) : {});

/** The organisations of the prefecture, offered while typing (a new name creates one). */
export function OrganizationList({ id, names }: { id: string; names: string[] }) {
  return (
    <datalist id={id}>
      {names.map((name) => (
        <option key={name} value={name} />
      ))}
    </datalist>
  );
}

export function PersonFieldset({
  field,
  errors,
  organizationListId,
}: {
  field: (name: PersonFieldName) => UseFormRegisterReturn;
  errors: Partial<Record<PersonFieldName, { message?: string } | undefined>>;
  organizationListId: string;
}) {
  return (
    <>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-3">
          <Select label="Civilité" {...state(errors.civility?.message)} nativeSelectProps={field("civility")}>
            <option value="">Non précisée</option>
            {Object.entries(CIVILITY_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Input label="Prénom" {...state(errors.firstName?.message)} nativeInputProps={{ ...field("firstName"), autoComplete: "off" }} />
        </div>
        <div className="fr-col-12 fr-col-md-5">
          <Input
            label="Nom"
            hintText="Enregistré en majuscules, comme dans les comptes rendus"
            {...state(errors.lastName?.message)}
            nativeInputProps={{ ...field("lastName"), autoComplete: "off" }}
          />
        </div>
      </div>
      <Input
        label="Fonction (facultatif)"
        hintText="Par exemple : cheffe de bureau du pôle accueils"
        {...state(errors.function?.message)}
        nativeInputProps={field("function")}
      />
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-7">
          <Input
            label="Organisme (facultatif)"
            hintText="Choisissez dans la liste ou saisissez le nom d'un nouvel organisme"
            {...state(errors.organizationName?.message)}
            nativeInputProps={{ ...field("organizationName"), list: organizationListId, autoComplete: "off" }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-5">
          <Select
            label="Type d'organisme"
            hint="Utilisé seulement si l'organisme est nouveau"
            {...state(errors.organizationKind?.message)}
            nativeSelectProps={field("organizationKind")}
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
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-7">
          <Input
            label="Adresse électronique (facultatif)"
            hintText="Pour recevoir les convocations, par exemple : prenom.nom@exemple.fr"
            {...state(errors.email?.message)}
            nativeInputProps={{ ...field("email"), type: "email", autoComplete: "off" }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-5">
          <Input
            label="Téléphone (facultatif)"
            hintText="Par exemple : 05 49 00 00 00"
            {...state(errors.phone?.message)}
            nativeInputProps={{ ...field("phone"), type: "tel", autoComplete: "off" }}
          />
        </div>
      </div>
    </>
  );
}

export interface PersonFormProps {
  /** Where to go once saved or cancelled (the committee page) */
  backHref: string;
  organizationNames: string[];
  person: PersonFieldsInput & { id: string; version: number };
}

export function PersonForm({ backHref, organizationNames, person }: PersonFormProps) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const { id, version, ...initial } = person;
  const form = useForm<PersonFieldsInput, unknown, PersonFields>({
    resolver: zodResolver(personFieldsSchema),
    defaultValues: initial,
  });
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = form;

  const onSubmit = handleSubmit(async (values) => {
    setError(undefined);
    const result = await updatePerson({ ...values, id, version });
    if (!result.ok) {
      setError(result.error);
      applyServerErrors(form, result.fieldErrors);
      return;
    }
    router.push(backHref);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Modifier la fiche">
      <div aria-live="assertive">
        {error && <Alert severity="error" title="Enregistrement impossible" description={error} className="fr-mb-3w" />}
      </div>
      <PersonFieldset field={(name) => register(name)} errors={errors} organizationListId="organismes-fiche" />
      <OrganizationList id="organismes-fiche" names={organizationNames} />
      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <Button type="submit" disabled={isSubmitting}>
            Enregistrer la fiche
          </Button>
        </li>
        <li>
          <Link className="fr-btn fr-btn--secondary" href={backHref}>
            Annuler
          </Link>
        </li>
      </ul>
    </form>
  );
}
