"use client";
/**
 * A year's SP+ self-assessment, one table per structure: each engagement with its level
 * (Atteint / Partiellement atteint / Non atteint) and a comment. Referents edit it and save
 * the whole year at once; each cell carries its version, so a cell changed meanwhile by
 * someone else is refused with what to do. Others read the same tables, levels in words.
 * Each cell also lists its evidence (EvidenceCell) and, when not (fully) met, offers
 * "Créer une action" to those who plan actions.
 */
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { saveSelfAssessment } from "@/lib/quality/actions";
import { selfAssessmentFieldsSchema, type SelfAssessmentFields, type SelfAssessmentFieldsInput } from "@/lib/quality/schemas";
import { ASSESSMENT_LEVEL_LABELS } from "@/lib/quality/vocabulary";
import type { EvidenceOptions, SelfAssessmentView } from "@/lib/quality/queries";
import { useHydrated } from "@/components/ui/use-hydrated";
import { EvidenceCell } from "./evidence-cell";
import { QualityActionLink } from "./quality-action-link";

type Props = Pick<SelfAssessmentView, "structures" | "engagements" | "cells" | "campaign"> & {
  prefectureId: string;
  code: string;
  canEdit: boolean;
  canPlanActions: boolean;
  /** what a referent may attach as evidence; null for readers */
  evidenceOptions: EvidenceOptions | null;
};

export function SelfAssessmentForm({ structures, engagements, cells, campaign, prefectureId, code, canEdit, canPlanActions, evidenceOptions }: Props) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [message, setMessage] = useState<{ severity: "error" | "success"; text: string }>();
  const byKey = new Map(cells.map((c) => [`${c.structureId}:${c.engagementId}`, c]));
  const grid = structures.flatMap((s) => engagements.map((e) => ({ structure: s, engagement: e, cell: byKey.get(`${s.id}:${e.id}`) })));
  const form = useForm<SelfAssessmentFieldsInput, unknown, SelfAssessmentFields>({
    resolver: zodResolver(selfAssessmentFieldsSchema),
    defaultValues: {
      cells: grid.map(({ structure, engagement, cell }) => ({
        structureId: structure.id,
        engagementId: engagement.id,
        level: cell?.level ?? "",
        comment: cell?.comment ?? "",
        version: cell?.version ?? null,
      })),
    },
  });
  const {
    register,
    handleSubmit,
    setValue,
    formState: { errors, isSubmitting },
  } = form;

  const onSubmit = handleSubmit(
    async (values) => {
      setMessage(undefined);
      const result = await saveSelfAssessment({ ...values, prefectureId, campaign });
      if (!result.ok) {
        setMessage({ severity: "error", text: result.error });
        return;
      }
      const versions = new Map(result.data.versions.map((v) => [`${v.structureId}:${v.engagementId}`, v.version]));
      grid.forEach(({ structure, engagement }, i) => setValue(`cells.${i}.version`, versions.get(`${structure.id}:${engagement.id}`) ?? null));
      setMessage({ severity: "success", text: `Autoévaluation ${campaign} enregistrée.` });
      router.refresh();
    },
    () => setMessage({ severity: "error", text: "Certains champs sont invalides : corrigez-les puis enregistrez à nouveau." }),
  );

  const tables = structures.map((s, si) => {
    const captionId = `sa-${si}-caption`;
    const levelId = `sa-${si}-level`;
    const commentId = `sa-${si}-comment`;
    return (
      <div className="fr-table" key={s.id}>
        <table>
          <caption id={captionId}>{s.name}</caption>
          <thead>
            <tr>
              <th scope="col">Engagement</th>
              <th scope="col" id={levelId}>
                Niveau
              </th>
              <th scope="col" id={commentId}>
                Commentaire
              </th>
              <th scope="col">Preuves et suites</th>
            </tr>
          </thead>
          <tbody>
            {engagements.map((e, ei) => {
              const i = si * engagements.length + ei;
              const rowId = `sa-${si}-${ei}`;
              const cell = byKey.get(`${s.id}:${e.id}`);
              const cellErrors = errors.cells?.[i];
              return (
                <tr key={e.id}>
                  <th scope="row" id={rowId}>
                    {e.number}. {e.title}
                  </th>
                  <td>
                    {canEdit ? (
                      <select className="fr-select" aria-labelledby={`${levelId} ${rowId} ${captionId}`} {...register(`cells.${i}.level`)}>
                        <option value="">Non évalué</option>
                        {Object.entries(ASSESSMENT_LEVEL_LABELS).map(([value, text]) => (
                          <option key={value} value={value}>
                            {text}
                          </option>
                        ))}
                      </select>
                    ) : cell?.level ? (
                      ASSESSMENT_LEVEL_LABELS[cell.level]
                    ) : (
                      "Non évalué"
                    )}
                  </td>
                  <td>
                    {canEdit ? (
                      <>
                        <input
                          className="fr-input"
                          aria-labelledby={`${commentId} ${rowId} ${captionId}`}
                          aria-invalid={cellErrors?.comment ? true : undefined}
                          aria-describedby={cellErrors?.comment ? `${rowId}-error` : undefined}
                          {...register(`cells.${i}.comment`)}
                        />
                        {cellErrors?.comment && (
                          <p className="fr-error-text" id={`${rowId}-error`}>
                            {cellErrors.comment.message}
                          </p>
                        )}
                      </>
                    ) : (
                      (cell?.comment ?? "")
                    )}
                  </td>
                  <td>
                    <EvidenceCell
                      code={code}
                      campaign={campaign}
                      selfAssessmentId={cell?.id ?? null}
                      evidence={cell?.evidence ?? []}
                      canEdit={canEdit}
                      options={evidenceOptions}
                      context={`engagement ${e.number}, ${s.shortName ?? s.name}`}
                    />
                    {cell && canPlanActions && (cell.level === "NOT_MET" || cell.level === "PARTLY_MET") && (
                      <div className="fr-mt-1w">
                        <QualityActionLink code={code} selfAssessmentId={cell.id} context={`– engagement ${e.number}, ${s.shortName ?? s.name} (${ASSESSMENT_LEVEL_LABELS[cell.level].toLowerCase()})`} />
                      </div>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    );
  });

  if (!canEdit) return <>{tables}</>;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Autoévaluation ${campaign}`}>
      {tables}
      <div aria-live="polite">{message && <Alert severity={message.severity} small description={message.text} className="fr-mb-2w" />}</div>
      <Button type="submit" disabled={isSubmitting || !hydrated}>
        Enregistrer l&apos;autoévaluation
      </Button>
    </form>
  );
}
