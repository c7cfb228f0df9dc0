"use client";
/**
 * Record an audit, or edit one: kind, deadline, date held, auditor, findings. One schema
 * (lib/quality/schemas) for the form and the action; an edit made meanwhile is refused.
 */
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { saveAudit } from "@/lib/quality/actions";
import { auditFieldsSchema, type AuditFields, type AuditFieldsInput } from "@/lib/quality/schemas";
import { AUDIT_KIND_LABELS } from "@/lib/quality/vocabulary";
import type { AuditView } from "@/lib/quality/queries";
import { applyServerErrors } from "@/components/ui/form-errors";
import { useHydrated } from "@/components/ui/use-hydrated";

const state = (message?: string) => (message ? ({ state: "error", stateRelatedMessage: message } as const) : {});

export function AuditForm({ prefectureId, audit, idPrefix }: { prefectureId: string; audit?: AuditView; idPrefix: string }) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [message, setMessage] = useState<{ severity: "error" | "success"; text: string }>();
  const [version, setVersion] = useState(audit?.version ?? null);
  const empty = { kind: "FOLLOW_UP", dueBy: "", heldOn: "", auditor: "", findings: "" } as const;
  const form = useForm<AuditFieldsInput, unknown, AuditFields>({
    resolver: zodResolver(auditFieldsSchema),
    defaultValues: audit
      ? { kind: audit.kind, dueBy: audit.dueBy ?? "", heldOn: audit.heldOn ?? "", auditor: audit.auditor ?? "", findings: audit.findings ?? "" }
      : empty,
  });
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = form;

  const onSubmit = handleSubmit(
    async (values) => {
      setMessage(undefined);
      const result = await saveAudit({ ...values, prefectureId, id: audit?.id ?? null, version });
      if (!result.ok) {
        setMessage({ severity: "error", text: result.error });
        applyServerErrors(form, result.fieldErrors);
        return;
      }
      if (audit) setVersion(result.data.version);
      else reset(empty);
      setMessage({ severity: "success", text: audit ? "L'audit est modifié." : "L'audit est enregistré." });
      router.refresh();
    },
    () => setMessage({ severity: "error", text: "Certains champs sont invalides : corrigez-les puis enregistrez à nouveau." }),
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-label={audit ? `Modifier : ${AUDIT_KIND_LABELS[audit.kind]}` : "Enregistrer un audit"} id={idPrefix}>
      <div aria-live="polite">{message && <Alert severity={message.severity} small description={message.text} className="fr-mb-2w" />}</div>
      <Select label="Type d'audit" {...state(errors.kind?.message)} nativeSelectProps={{ ...register("kind"), id: `${idPrefix}-kind` }}>
        {Object.entries(AUDIT_KIND_LABELS).map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </Select>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          <Input label="Date limite" hintText="Facultatif si l'audit a eu lieu" {...state(errors.dueBy?.message)} nativeInputProps={{ type: "date", ...register("dueBy"), id: `${idPrefix}-due` }} />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Input label="Réalisé le" hintText="Vide tant que l'audit n'a pas eu lieu" {...state(errors.heldOn?.message)} nativeInputProps={{ type: "date", ...register("heldOn"), id: `${idPrefix}-held` }} />
        </div>
      </div>
      <Input label="Auditeur" hintText="Organisme ou personne, par exemple : SOCOTEC Environnement" {...state(errors.auditor?.message)} nativeInputProps={{ ...register("auditor"), id: `${idPrefix}-auditor` }} />
      <Input label="Constats" textArea {...state(errors.findings?.message)} nativeTextAreaProps={{ ...register("findings"), id: `${idPrefix}-findings`, rows: 4 }} />
      <Button type="submit" disabled={isSubmitting || !hydrated}>
        {audit ? "Enregistrer les modifications" : "Enregistrer l'audit"}
      </Button>
    </form>
  );
}
