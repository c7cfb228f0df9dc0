/**
 * The "Compte rendu" block of a meeting's page: where the minutes stand and the way to them
 * (read, write, download), or the invitation to start them once the meeting is held.
 */
import Link from "next/link";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { MINUTES_KIND_LABELS, MINUTES_STATUS_LABELS, type MinutesKind, type MinutesStatus } from "@/lib/minutes/vocabulary";

export function MeetingMinutesPanel({
  base,
  latest,
  meetingHeld,
  mayDraft,
}: {
  /** /{code}/seances/{meetingId} */
  base: string;
  latest: { kind: MinutesKind; status: MinutesStatus; revision: number } | null;
  meetingHeld: boolean;
  mayDraft: boolean;
}) {
  return (
    <section aria-labelledby="compte-rendu" className="fr-mt-4w">
      <h2 id="compte-rendu">Compte rendu</h2>
      {latest ? (
        <>
          <p>
            {MINUTES_KIND_LABELS[latest.kind]}{latest.revision > 1 ? ` (version ${latest.revision})` : ""} :{" "}
            <Badge noIcon small severity={latest.status === "PUBLISHED" || latest.status === "VALIDATED" ? "success" : "info"}>
              {MINUTES_STATUS_LABELS[latest.status]}
            </Badge>
          </p>
          <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
            <li>
              <Link className="fr-btn fr-btn--secondary fr-icon-file-text-line" href={`${base}/compte-rendu`}>
                Lire le compte rendu
              </Link>
            </li>
            <li>
              <a className="fr-btn fr-btn--tertiary fr-icon-download-line" href={`${base}/compte-rendu.docx`}>
                Word
              </a>
            </li>
            <li>
              <a className="fr-btn fr-btn--tertiary fr-icon-download-line" href={`${base}/compte-rendu.pdf`}>
                PDF
              </a>
            </li>
          </ul>
        </>
      ) : meetingHeld && mayDraft ? (
        <>
          <p>Le compte rendu n&apos;est pas encore commencé. Il sera pré-rempli avec l&apos;émargement et l&apos;ordre du jour.</p>
          <Link className="fr-btn fr-icon-edit-line fr-btn--icon-left" href={`${base}/compte-rendu`}>
            Rédiger le compte rendu
          </Link>
        </>
      ) : (
        <p>{meetingHeld ? "Le compte rendu n'est pas encore disponible." : "Le compte rendu se rédige une fois la séance tenue."}</p>
      )}
    </section>
  );
}
