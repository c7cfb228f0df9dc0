"use client";
/** Upload a document to a meeting or one of its agenda items (checked again on the server). */
import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { DOCUMENT_TOO_LARGE_MESSAGE, MAX_DOCUMENT_BYTES } from "@/lib/documents/schemas";

export function DocumentUpload({ code, meetingId, items }: { code: string; meetingId: string; items: { id: string; label: string }[] }) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [message, setMessage] = useState<{ severity: "success" | "error"; text: string }>();
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMessage(undefined);
    const data = new FormData(event.currentTarget);
    const file = data.get("file");
    if (!(file instanceof File) || file.size === 0) {
      setMessage({ severity: "error", text: "Choisissez un fichier." });
      return;
    }
    if (file.size > MAX_DOCUMENT_BYTES) {
      setMessage({ severity: "error", text: DOCUMENT_TOO_LARGE_MESSAGE });
      return;
    }
    setBusy(true);
    try {
      const response = await fetch(`/${code}/seances/${meetingId}/documents`, { method: "POST", body: data }).catch(() => null);
      if (!response) {
        // The network failed, or the server closed the connection while the file was still being sent.
        setMessage({ severity: "error", text: "Le document n'a pas pu être envoyé : vérifiez votre connexion, puis réessayez." });
        return;
      }
      const body = (await response.json().catch(() => ({}))) as { error?: string; title?: string };
      if (!response.ok) {
        setMessage({ severity: "error", text: body.error ?? "Le document n'a pas pu être déposé." });
        return;
      }
      setMessage({ severity: "success", text: `Document « ${body.title ?? file.name} » déposé.` });
      formRef.current?.reset();
      router.refresh();
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="fr-mt-2w" aria-label="Déposer un document">
      <div className="fr-upload-group fr-mb-2w">
        <label className="fr-label" htmlFor="document-file">
          Fichier
          <span className="fr-hint-text">PDF, DOCX, XLSX, ODT, PNG ou JPEG ; 20 Mo au maximum.</span>
        </label>
        <input className="fr-upload" type="file" id="document-file" name="file" accept=".pdf,.docx,.xlsx,.odt,.png,.jpg,.jpeg" />
      </div>
      <Input label="Titre (facultatif)" hintText="Par défaut, le nom du fichier" nativeInputProps={{ name: "title", maxLength: 200 }} />
      <Select label="Rattacher à" nativeSelectProps={{ name: "agendaItemId", defaultValue: "" }}>
        <option value="">La séance</option>
        {items.map((i) => (
          <option key={i.id} value={i.id}>
            {i.label}
          </option>
        ))}
      </Select>
      <Button type="submit" disabled={busy} iconId="fr-icon-upload-line">
        {busy ? "Dépôt en cours…" : "Déposer le document"}
      </Button>
      <div aria-live="polite">{message && <Alert severity={message.severity} small description={message.text} className="fr-mt-2w" />}</div>
    </form>
  );
}
