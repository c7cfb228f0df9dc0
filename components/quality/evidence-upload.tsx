"use client";
/**
 * Upload a new document as the evidence of one self-assessment cell (a document of the
 * prefecture, outside any meeting), posted to the evidence route as multipart with fetch, like
 * the meetings' upload form; the server checks everything again and answers a French error.
 * No <form> and no named fields: the cell sits inside the self-assessment's form, and Enter in
 * the title uploads instead of saving the whole year.
 */
import { useId, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { DOCUMENT_TOO_LARGE_MESSAGE, MAX_DOCUMENT_BYTES } from "@/lib/documents/schemas";
import { useHydrated } from "@/components/ui/use-hydrated";

export function EvidenceUpload({ code, campaign, selfAssessmentId, context }: { code: string; campaign: number; selfAssessmentId: string; context: string }) {
  const id = useId();
  const router = useRouter();
  const hydrated = useHydrated();
  const fileRef = useRef<HTMLInputElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ severity: "success" | "error"; text: string }>();
  const [busy, setBusy] = useState(false);

  const upload = async () => {
    setMessage(undefined);
    const file = fileRef.current?.files?.[0];
    if (!file || file.size === 0) {
      setMessage({ severity: "error", text: "Choisissez un fichier." });
      return;
    }
    if (file.size > MAX_DOCUMENT_BYTES) {
      setMessage({ severity: "error", text: DOCUMENT_TOO_LARGE_MESSAGE });
      return;
    }
    const data = new FormData();
    data.set("selfAssessmentId", selfAssessmentId);
    data.set("title", titleRef.current?.value ?? "");
    data.set("file", file);
    setBusy(true);
    try {
      const response = await fetch(`/${code}/demarche-qualite/auto-evaluation/${campaign}/preuves`, { method: "POST", body: data }).catch(() => null);
      if (!response) {
        setMessage({ severity: "error", text: "Le document n'a pas pu être envoyé : vérifiez votre connexion, puis réessayez." });
        return;
      }
      const body = (await response.json().catch(() => ({}))) as { error?: string; title?: string };
      if (!response.ok) {
        setMessage({ severity: "error", text: body.error ?? "Le document n'a pas pu être déposé." });
        return;
      }
      setMessage({ severity: "success", text: `Document « ${body.title ?? file.name} » déposé et joint.` });
      if (fileRef.current) fileRef.current.value = "";
      if (titleRef.current) titleRef.current.value = "";
      router.refresh();
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset className="fr-fieldset fr-mb-1w" aria-labelledby={`${id}-legend`}>
      <legend className="fr-fieldset__legend fr-text--sm fr-mb-1w" id={`${id}-legend`}>
        Déposer un nouveau document<span className="fr-sr-only"> – {context}</span>
      </legend>
      <div className="fr-upload-group fr-mb-1w">
        <label className="fr-label fr-text--sm" htmlFor={`${id}-file`}>
          Fichier<span className="fr-sr-only"> – {context}</span>
          <span className="fr-hint-text">PDF, DOCX, XLSX, ODT, PNG ou JPEG ; 20 Mo au maximum.</span>
        </label>
        <input ref={fileRef} className="fr-upload" type="file" id={`${id}-file`} accept=".pdf,.docx,.xlsx,.odt,.png,.jpg,.jpeg" />
      </div>
      <div className="fr-input-group fr-mb-1w">
        <label className="fr-label fr-text--sm" htmlFor={`${id}-title`}>
          Titre (facultatif)<span className="fr-sr-only"> – {context}</span>
          <span className="fr-hint-text">Par défaut, le nom du fichier</span>
        </label>
        <input
          ref={titleRef}
          className="fr-input"
          id={`${id}-title`}
          maxLength={200}
          onKeyDown={(event) => {
            if (event.key !== "Enter") return;
            event.preventDefault();
            if (!busy && hydrated) void upload();
          }}
        />
      </div>
      <button type="button" className="fr-btn fr-btn--sm fr-btn--secondary fr-icon-upload-line fr-btn--icon-left" disabled={busy || !hydrated} onClick={() => void upload()}>
        {busy ? "Dépôt en cours…" : "Déposer la preuve"}
        <span className="fr-sr-only"> – {context}</span>
      </button>
      <div aria-live="polite">
        {message && (
          <p className={message.severity === "error" ? "fr-error-text" : "fr-valid-text"} role={message.severity === "error" ? "alert" : undefined}>
            {message.text}
          </p>
        )}
      </div>
    </fieldset>
  );
}
