"use client";
/**
 * The evidence of one self-assessment cell, in a disclosure so the grid stays compact: links to
 * the indicators and documents that back the level; for referents, remove one, or attach an
 * indicator the prefecture follows or one of its documents, or upload a new document
 * (EvidenceUpload); the pickers are only rendered once the disclosure is opened: a year has
 * dozens of cells. Plain buttons, no <form>: the cell sits inside the self-assessment's form.
 */
import { useId, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { addEvidence, removeEvidence } from "@/lib/quality/actions";
import type { EvidenceOptions, EvidenceView } from "@/lib/quality/queries";
import { ActionButton } from "@/components/ui/action-button";
import { useHydrated } from "@/components/ui/use-hydrated";
import { EvidenceUpload } from "./evidence-upload";

export function evidenceHref(code: string, e: EvidenceView): string {
  if (e.kind === "indicator") return `/${code}/indicateurs/${encodeURIComponent(e.indicatorCode)}`;
  // The documents' own download route: it checks the caller may read the document's meeting, or
  // the prefecture's results for a document uploaded as evidence (outside any meeting).
  return `/${code}/documents/${e.documentId}`;
}

function EvidenceList({ code, evidence, canEdit, context }: { code: string; evidence: EvidenceView[]; canEdit: boolean; context: string }) {
  if (evidence.length === 0) return <p className="fr-text--sm fr-mb-1w">Aucune preuve jointe.</p>;
  return (
    <ul className="fr-text--sm fr-mb-1w">
      {evidence.map((e) => (
        <li key={e.id}>
          <a href={evidenceHref(code, e)} className="fr-link fr-text--sm">
            {e.kind === "indicator" ? `Indicateur : ${e.label}` : `Document : ${e.label}`}
          </a>{" "}
          {canEdit && <ActionButton label="Retirer" context={`la preuve « ${e.label} » – ${context}`} priority="tertiary no outline" run={() => removeEvidence({ id: e.id })} />}
        </li>
      ))}
    </ul>
  );
}

function Picker({ label, options, button, context, onAdd }: { label: string; options: { id: string; label: string }[]; button: string; context: string; onAdd: (id: string) => Promise<string | null> }) {
  const id = useId();
  const hydrated = useHydrated();
  const [value, setValue] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  if (options.length === 0) return null;
  return (
    <div className="fr-mb-1w">
      <label className="fr-label fr-text--sm" htmlFor={id}>
        {label}
        <span className="fr-sr-only"> – {context}</span>
      </label>
      <div className="fr-grid-row fr-grid-row--middle">
        <select className="fr-select fr-mr-1w" id={id} value={value} onChange={(event) => setValue(event.target.value)} style={{ maxWidth: "22rem" }}>
          <option value="">Choisir…</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="fr-btn fr-btn--sm fr-btn--secondary"
          disabled={!value || pending || !hydrated}
          onClick={() =>
            start(async () => {
              const problem = await onAdd(value);
              setError(problem);
              if (!problem) setValue("");
            })
          }
        >
          {button}
        </button>
      </div>
      {error && (
        <p className="fr-error-text" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

export function EvidenceCell({
  code,
  campaign,
  selfAssessmentId,
  evidence,
  canEdit,
  options,
  context,
}: {
  code: string;
  campaign: number;
  /** null: the cell has no row yet (neither level nor comment saved) */
  selfAssessmentId: string | null;
  evidence: EvidenceView[];
  canEdit: boolean;
  options: EvidenceOptions | null;
  /** "engagement 2, DDT": completes labels for screen readers */
  context: string;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  if (!canEdit) return evidence.length ? <EvidenceList code={code} evidence={evidence} canEdit={false} context={context} /> : <span className="fr-text--sm">—</span>;
  const add = async (input: { indicatorDefinitionId?: string; documentId?: string }) => {
    if (!selfAssessmentId) return "Enregistrez d'abord le niveau de cet engagement.";
    const result = await addEvidence({ selfAssessmentId, ...input });
    if (!result.ok) return result.error;
    router.refresh();
    return null;
  };
  const attachedIndicators = new Set(evidence.flatMap((e) => (e.kind === "indicator" ? [e.indicatorCode] : [])));
  const attachedDocuments = new Set(evidence.flatMap((e) => (e.kind === "document" ? [e.documentId] : [])));
  return (
    <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="fr-text--sm">
        Preuves ({evidence.length})<span className="fr-sr-only"> – {context}</span>
      </summary>
      <EvidenceList code={code} evidence={evidence} canEdit context={context} />
      {open &&
        (selfAssessmentId === null ? (
          <p className="fr-text--sm">Enregistrez d&apos;abord le niveau ou un commentaire de cet engagement pour y joindre des preuves.</p>
        ) : (
          <>
            <Picker
              label="Joindre un indicateur suivi"
              button="Joindre l'indicateur"
              context={context}
              options={(options?.indicators ?? []).filter((i) => !attachedIndicators.has(i.code)).map((i) => ({ id: i.id, label: i.label }))}
              onAdd={(indicatorDefinitionId) => add({ indicatorDefinitionId })}
            />
            <Picker
              label="Joindre un document de la préfecture"
              button="Joindre le document"
              context={context}
              options={(options?.documents ?? []).filter((d) => !attachedDocuments.has(d.id))}
              onAdd={(documentId) => add({ documentId })}
            />
            <EvidenceUpload code={code} campaign={campaign} selfAssessmentId={selfAssessmentId} context={context} />
          </>
        ))}
    </details>
  );
}
