"use client";
/**
 * The review comments under one section: the list (open ones first), a form to comment while
 * the review is open, and « Traiter » for whoever drafts the minutes (with an optional answer).
 */
import { useId, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useHydrated } from "@/components/ui/use-hydrated";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { commentMinutes, resolveMinutesComment } from "@/lib/minutes/actions";

export interface SectionComment {
  id: string;
  author: string;
  /** "le 3 juin 2021 à 10h12" */
  when: string;
  body: string;
  resolved: { by: string | null; resolution: string | null } | null;
}

export function SectionComments({
  minutesId,
  sectionId,
  sectionTitle,
  comments,
  canComment,
  canResolve,
}: {
  minutesId: string;
  sectionId: string | null;
  sectionTitle: string;
  comments: SectionComment[];
  canComment: boolean;
  canResolve: boolean;
}) {
  const router = useRouter();
  const [body, setBody] = useState("");
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState("");
  const [pending, start] = useTransition();
  const hydrated = useHydrated();
  const fieldId = useId();
  if (!comments.length && !canComment) return null;
  return (
    <div className="fr-mt-2w fr-p-2w fr-background-alt--blue-france">
      <h3 className="fr-text--md fr-mb-1w">
        Commentaires de relecture{comments.length ? ` (${comments.length})` : ""}
      </h3>
      {comments.length > 0 && (
        <ul className="fr-raw-list">
          {comments.map((c) => (
            <li key={c.id} className="fr-mb-2w">
              <p className="fr-mb-0">
                <strong>{c.author}</strong>, {c.when}{" "}
                {c.resolved ? <Badge severity="success" small noIcon>Traité</Badge> : <Badge severity="new" small noIcon>À traiter</Badge>}
              </p>
              <p className="fr-mb-0" style={{ whiteSpace: "pre-wrap" }}>
                {c.body}
              </p>
              {c.resolved?.resolution && (
                <p className="fr-text--sm fr-mb-0">
                  Réponse{c.resolved.by ? ` de ${c.resolved.by}` : ""} : {c.resolved.resolution}
                </p>
              )}
              {!c.resolved && canResolve && <ResolveComment commentId={c.id} />}
            </li>
          ))}
        </ul>
      )}
      {canComment && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            // Read from the form, not only from state: text typed before the page finished
            // loading (hydration) is in the field but was never seen by React.
            const typed = String(new FormData(event.currentTarget).get("body") ?? body);
            start(async () => {
              const result = await commentMinutes({ minutesId, sectionId, body: typed });
              if (!result.ok) {
                setError(result.fieldErrors?.body?.[0] ?? result.error);
                return;
              }
              setError(undefined);
              setBody("");
              setStatus("Commentaire enregistré.");
              router.refresh();
            });
          }}
        >
          <Input
            label={`Commenter « ${sectionTitle} »`}
            textArea
            state={error ? "error" : "default"}
            stateRelatedMessage={error}
            nativeTextAreaProps={{ id: fieldId, name: "body", value: body, onChange: (e) => setBody(e.target.value), rows: 3, maxLength: 3000, required: true }}
          />
          <Button type="submit" size="small" disabled={pending || !hydrated}>
            Envoyer le commentaire
          </Button>
          <p role="status" className="fr-sr-only">
            {status}
          </p>
        </form>
      )}
    </div>
  );
}

function ResolveComment({ commentId }: { commentId: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [resolution, setResolution] = useState("");
  const [error, setError] = useState<string>();
  const [pending, start] = useTransition();
  const hydrated = useHydrated();
  if (!open) {
    return (
      <Button size="small" priority="secondary" onClick={() => setOpen(true)}>
        Traiter ce commentaire
      </Button>
    );
  }
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        start(async () => {
          const result = await resolveMinutesComment({ commentId, resolution });
          if (!result.ok) {
            setError(result.error);
            return;
          }
          router.refresh();
        });
      }}
    >
      <Input label="Réponse (facultatif) : intégré, non retenu parce que…" nativeInputProps={{ value: resolution, onChange: (e) => setResolution(e.target.value), maxLength: 1000 }} />
      {error && <Alert severity="error" small description={error} className="fr-mb-1w" />}
      <Button type="submit" size="small" disabled={pending || !hydrated}>
        Marquer comme traité
      </Button>
    </form>
  );
}
