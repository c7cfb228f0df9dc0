"use client";
/**
 * Importing a register kept elsewhere: choose a CSV, read its preview (how many requests of
 * each type, the first lines as read, or every refused line in French), then import — all
 * the lines or none. The server reads the file with the same rules as the form.
 */
import { useState } from "react";
import { useRouter } from "next/navigation";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { importRegister, type RegisterImportReport } from "@/lib/register/actions";
import { MAX_REGISTER_IMPORT_BYTES } from "@/lib/register/schemas";
import { REQUEST_CHANNEL_LABELS, REQUEST_TYPE_LABELS } from "@/lib/register/vocabulary";
import { formatCount } from "@/lib/format";
import { useHydrated } from "@/components/ui/use-hydrated";
import { ScrollTable } from "@/components/ui/scroll-table";

function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const frenchDate = (iso: string | null) => (iso ? iso.split("-").reverse().join("/") : "—");

export function RegisterImportForm({ code, prefectureId }: { code: string; prefectureId: string }) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [file, setFile] = useState<{ name: string; base64: string }>();
  const [report, setReport] = useState<RegisterImportReport>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function run(confirm: boolean) {
    if (!file) return setError("Choisissez un fichier CSV.");
    setBusy(true);
    setError(undefined);
    const result = await importRegister({ prefectureId, fileName: file.name, fileBase64: file.base64, confirm });
    setBusy(false);
    if (!result.ok) {
      setReport(undefined);
      return setError(Object.values(result.fieldErrors ?? {})[0]?.[0] ?? result.error);
    }
    setReport(result.data);
    if (result.data.status === "imported") router.refresh();
  }

  return (
    <div>
      <form
        aria-label="Importer un registre"
        onSubmit={(event) => {
          event.preventDefault();
          void run(false);
        }}
      >
        <div className="fr-upload-group fr-mb-3w">
          <label className="fr-label" htmlFor="register-file">
            Fichier CSV du registre
            <span className="fr-hint-text">Séparateur point-virgule, dates JJ/MM/AAAA, 2 Mo au plus.</span>
          </label>
          <input
            className="fr-upload"
            type="file"
            id="register-file"
            accept=".csv,text/csv"
            onChange={async (event) => {
              setReport(undefined);
              setError(undefined);
              const chosen = event.target.files?.[0];
              if (!chosen) return setFile(undefined);
              if (chosen.size > MAX_REGISTER_IMPORT_BYTES) {
                setFile(undefined);
                return setError("Le fichier dépasse 2 Mo : découpez-le par année.");
              }
              setFile({ name: chosen.name, base64: toBase64(await chosen.arrayBuffer()) });
            }}
          />
        </div>
        <button type="submit" className="fr-btn fr-btn--secondary" disabled={!hydrated || busy || !file}>
          Vérifier le fichier
        </button>
      </form>

      <div aria-live="polite" className="fr-mt-4w">
        {error && <Alert severity="error" title="Import impossible" description={error} small />}
        {report?.status === "invalid" && (
          <section aria-labelledby="import-errors-title">
            <h2 id="import-errors-title" className="fr-h5">
              Le fichier n&apos;a pas été importé : {report.errors.length} erreur{report.errors.length > 1 ? "s" : ""}
              {report.truncated ? " (liste tronquée)" : ""}
            </h2>
            <p>Corrigez ces lignes puis choisissez à nouveau le fichier. Aucune demande n&apos;est enregistrée tant qu&apos;une ligne est refusée.</p>
            <ul>
              {report.errors.map((e, i) => (
                <li key={i}>{e.message}</li>
              ))}
            </ul>
          </section>
        )}
        {report && report.status !== "invalid" && (
          <section aria-labelledby="import-report-title">
            <h2 id="import-report-title" className="fr-h5">
              {report.count === 0
                ? "Aucune nouvelle demande à importer"
                : report.status === "imported"
                  ? `${formatCount(report.count, "demande importée", "demandes importées")}`
                  : `${formatCount(report.count, "demande prête", "demandes prêtes")} à être importée${report.count > 1 ? "s" : ""}`}
            </h2>
            {report.count > 0 && (
              <p>
                {REQUEST_TYPE_LABELS.INFORMATION} : {report.byType.INFORMATION} ; {REQUEST_TYPE_LABELS.SUGGESTION} : {report.byType.SUGGESTION} ; {REQUEST_TYPE_LABELS.COMPLAINT} :{" "}
                {report.byType.COMPLAINT}. Années : {report.years.join(", ")}.
              </p>
            )}
            {report.ignoredColumns.length > 0 && <p>Colonnes ignorées : {report.ignoredColumns.map((c) => `« ${c} »`).join(", ")}.</p>}
            {report.presentCount > 0 && (
              <details className="fr-mb-2w">
                <summary>
                  {formatCount(report.presentCount, "ligne déjà présente", "lignes déjà présentes")} dans le registre (ignorée{report.presentCount > 1 ? "s" : ""})
                </summary>
                <p className="fr-text--sm fr-mb-1w">Même référence, ou, sans référence, même date de réception, canal, type, objet et service qu&apos;une demande déjà enregistrée.</p>
                <ul className="fr-text--sm">
                  {report.present.map((l) => (
                    <li key={l.line}>
                      Ligne {l.line} : {l.reference ? `${l.reference} — ` : ""}
                      {l.subject} (reçue le {frenchDate(l.receivedOn)})
                    </li>
                  ))}
                  {report.presentCount > report.present.length && <li>… et {formatCount(report.presentCount - report.present.length, "autre ligne", "autres lignes")}.</li>}
                </ul>
              </details>
            )}
            {report.repeated.length > 0 && (
              <div className="fr-alert fr-alert--info fr-alert--sm fr-mb-2w">
                <p>
                  {formatCount(report.repeated.length, "ligne sans référence répète", "lignes sans référence répètent")} une ligne précédente du fichier ; chacune est comptée comme une
                  demande distincte :
                </p>
                <ul>
                  {report.repeated.map((r) => (
                    <li key={r.line}>
                      Ligne {r.line} : identique à la ligne {r.sameAs}.
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {report.status === "preview" && report.count > 0 ? (
              <>
                <ScrollTable captionId="import-apercu" caption="Premières lignes lues">
                  <thead>
                    <tr>
                      <th scope="col">Ligne</th>
                      <th scope="col">Reçue le</th>
                      <th scope="col">Canal</th>
                      <th scope="col">Type</th>
                      <th scope="col">Objet</th>
                      <th scope="col">Service</th>
                      <th scope="col">Réponse</th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.sample.map((l) => (
                      <tr key={l.line}>
                        <td>{l.line}</td>
                        <td>{frenchDate(l.receivedOn)}</td>
                        <td>{REQUEST_CHANNEL_LABELS[l.channel]}</td>
                        <td>{REQUEST_TYPE_LABELS[l.type]}</td>
                        <td>{l.subject}</td>
                        <td>{l.service ?? "—"}</td>
                        <td>{frenchDate(l.answeredOn)}</td>
                      </tr>
                    ))}
                  </tbody>
                </ScrollTable>
                <button type="button" className="fr-btn" disabled={!hydrated || busy} onClick={() => void run(true)}>
                  Importer {report.count > 1 ? `les ${report.count} demandes` : "la demande"}
                </button>
              </>
            ) : (
              report.status === "imported" && (
                <p>
                  <a className="fr-link" href={`/${code}/registre?annee=${report.years[report.years.length - 1] ?? ""}`}>
                    Voir le registre
                  </a>
                </p>
              )
            )}
          </section>
        )}
      </div>
    </div>
  );
}
