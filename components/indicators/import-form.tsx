"use client";
/**
 * Import of a year file (CSV or Excel, the export's shape) into the grid, in two steps:
 * "Prévisualiser" lists what the file holds per indicator, its cell errors and the rates that
 * disagree with their components, and writes nothing; "Importer" then stores exactly the file
 * that was previewed, all or nothing (a locked period refuses the whole file).
 */
import { useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { importIndicatorYear } from "@/lib/indicators/actions";
import { MAX_IMPORT_BYTES } from "@/lib/indicators/schemas";
import { formatCount } from "@/lib/format";

type ImportResult = Awaited<ReturnType<typeof importIndicatorYear>>;
type Report = Extract<ImportResult, { ok: true }>["data"];
type Counted = Exclude<Report, { status: "invalid" }>;
type Outcome =
  | { kind: "errors"; title: string; messages: string[] }
  | { kind: "preview"; report: Counted }
  | { kind: "done"; report: Counted };

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function Discrepancies({ report }: { report: Counted }) {
  if (report.discrepancies.length === 0) return <p>Aucun écart entre les taux publiés et les taux recalculés.</p>;
  return (
    <>
      <p>
        {formatCount(report.discrepancies.length, "écart", "écarts")} entre le taux publié et le taux recalculé à partir des composantes
        (les composantes sont enregistrées, le taux publié est conservé à côté) :
      </p>
      <ul>
        {report.discrepancies.map((d) => (
          <li key={`${d.indicatorCode}-${d.period}`}>
            {d.indicatorCode} — {d.message}
          </li>
        ))}
      </ul>
    </>
  );
}

export function IndicatorImportForm({ prefectureId, year }: { prefectureId: string; year: number }) {
  const router = useRouter();
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [outcome, setOutcome] = useState<Outcome>();
  const [pending, start] = useTransition();
  const input = useRef<HTMLInputElement>(null);

  const onFile = async (event: React.ChangeEvent<HTMLInputElement>) => {
    setOutcome(undefined);
    setFile(null);
    const chosen = event.target.files?.[0];
    if (!chosen) return;
    if (chosen.size > MAX_IMPORT_BYTES) {
      setOutcome({ kind: "errors", title: "Fichier trop volumineux", messages: [`Le fichier pèse ${Math.ceil(chosen.size / 1024)} Ko : un import accepte 4 Mo au plus.`] });
      return;
    }
    setFile({ name: chosen.name, base64: toBase64(new Uint8Array(await chosen.arrayBuffer())) });
  };

  const send = (confirm: boolean) => {
    if (!file) {
      setOutcome({ kind: "errors", title: "Aucun fichier", messages: ["Choisissez un fichier CSV ou Excel."] });
      return;
    }
    start(async () => {
      const result = await importIndicatorYear({ prefectureId, year, fileName: file.name, fileBase64: file.base64, confirm });
      if (!result.ok) {
        const messages = Object.values(result.fieldErrors ?? {}).flat();
        setOutcome({ kind: "errors", title: confirm ? "Import impossible : aucun chiffre n'a été importé" : "Prévisualisation impossible", messages: messages.length ? messages : [result.error] });
        return;
      }
      const report = result.data;
      if (report.status === "invalid") {
        setOutcome({
          kind: "errors",
          title: `${formatCount(report.errors.length, "erreur", "erreurs")} : aucun chiffre n'a été importé`,
          messages: report.errors.map((e) => (e.line > 0 ? `Ligne ${e.line}${e.column ? `, colonne « ${e.column} »` : ""} : ${e.message}` : e.message)),
        });
        return;
      }
      if (report.status === "preview") {
        setOutcome({ kind: "preview", report });
        return;
      }
      setOutcome({ kind: "done", report });
      setFile(null);
      if (input.current) input.current.value = "";
      router.refresh();
    });
  };

  return (
    <section className="fr-mb-4w" aria-labelledby="indicator-import-title">
      <h2 id="indicator-import-title" className="fr-h4">
        Importer l’année {year}
      </h2>
      <div className="fr-upload-group fr-mb-2w">
        <label className="fr-label" htmlFor="indicator-import-file">
          Fichier CSV ou Excel
          <span className="fr-hint-text">
            Le fichier exporté ci-dessus convient : une colonne par période, une ligne par composante et une ligne pour le taux. 4 Mo au
            plus. Les périodes vides du fichier ne changent pas.
          </span>
        </label>
        <input
          ref={input}
          className="fr-upload"
          type="file"
          id="indicator-import-file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => void onFile(e)}
        />
      </div>
      <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
        <li>
          <Button type="button" priority="secondary" iconId="fr-icon-search-line" disabled={pending || !file} onClick={() => send(false)}>
            Prévisualiser
          </Button>
        </li>
        {outcome?.kind === "preview" && (
          <li>
            <Button type="button" iconId="fr-icon-upload-line" disabled={pending} onClick={() => send(true)}>
              Importer
            </Button>
          </li>
        )}
      </ul>
      <div aria-live="polite">
        {outcome?.kind === "errors" && (
          <Alert
            severity="error"
            small={false}
            title={outcome.title}
            description={
              <ul>
                {outcome.messages.map((m, i) => (
                  <li key={i}>{m}</li>
                ))}
              </ul>
            }
          />
        )}
        {(outcome?.kind === "preview" || outcome?.kind === "done") && (
          <Alert
            severity={outcome.kind === "done" ? "success" : "info"}
            small={false}
            title={outcome.kind === "done" ? "Import terminé" : "Prévisualisation : rien n'est encore enregistré"}
            description={
              <>
                <ul>
                  {outcome.report.indicators.map((i) => (
                    <li key={i.code}>
                      {i.label} : {formatCount(i.periods, "période", "périodes")} dans le fichier
                      {i.changed !== undefined ? `, ${formatCount(i.changed, "modifiée", "modifiées")}` : ""}
                    </li>
                  ))}
                </ul>
                <Discrepancies report={outcome.report} />
              </>
            }
          />
        )}
      </div>
    </section>
  );
}
