"use client";
/**
 * Import of a year file (CSV or Excel, the export's shape) into the grid, in two steps:
 * "Prévisualiser" lists what the file holds per indicator, its cell errors and the rates that
 * disagree with their components, and writes nothing; "Importer" then stores exactly the file
 * that was previewed, all or nothing (a locked period refuses the whole file).
 *
 * The file goes to POST /{code}/indicateurs/import with XMLHttpRequest (fetch reports no upload
 * progress), whose NDJSON answer is read as it arrives: a visible label and bar follow the
 * upload, the reading and the storing; a polite live region says the same, throttled
 * (import-progress.ts), then the report, which is exactly what the action importIndicatorYear
 * returns.
 */
import { useEffect, useRef, useState } from "react";
import { useParams, useRouter } from "next/navigation";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import type { IndicatorImportStreamLine } from "@/lib/indicators/loaders";
import { MAX_IMPORT_BYTES } from "@/lib/indicators/schemas";
import { formatCount } from "@/lib/format";
import { createAnnouncer, createLineSplitter, readStreamLine, stepLabel, stepMeter, type ImportStep } from "./import-progress";
import styles from "./import-form.module.css";

type ImportResult = Extract<IndicatorImportStreamLine, { phase: "done" }>["result"];
type Report = Extract<ImportResult, { ok: true }>["data"];
type Counted = Exclude<Report, { status: "invalid" }>;
type Outcome =
  | { kind: "errors"; title: string; messages: string[] }
  | { kind: "preview"; report: Counted }
  | { kind: "done"; report: Counted };

type Answer = { kind: "result"; result: ImportResult } | { kind: "failed"; status: number; message: string };

const UNREACHABLE = "Le serveur n'a pas répondu : vérifiez votre connexion et réessayez. Aucun chiffre n'a été importé.";
const CUT_SHORT = "La réponse du serveur a été interrompue avant la fin : rechargez la page pour voir ce qui est enregistré (un import est complet ou n'a rien changé).";

/** The error of a JSON answer (401, 403, 413…), else a sentence for its status. */
function errorOf(status: number, text: string): string {
  try {
    const body = JSON.parse(text) as { error?: unknown };
    if (typeof body.error === "string") return body.error;
  } catch {
    // not JSON: a proxy's page
  }
  return status === 413 ? "Le fichier dépasse 4 Mo : découpez-le ou retirez les feuilles inutiles." : UNREACHABLE;
}

/** Sends the form, reporting each step; resolves with the action's result or the HTTP error. */
function postImport(url: string, body: FormData, onStep: (step: ImportStep) => void): Promise<Answer> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    const lines = createLineSplitter();
    let read = 0;
    let result: ImportResult | null = null;
    const take = (raw: string) => {
      const line = readStreamLine(raw);
      if (!line) return;
      if (line.phase === "done") result = line.result;
      else onStep(line);
    };
    const readNew = () => {
      if (xhr.status !== 200) return;
      const text = xhr.responseText;
      lines.push(text.slice(read)).forEach(take);
      read = text.length;
    };
    xhr.open("POST", url);
    xhr.responseType = "text";
    xhr.setRequestHeader("Accept", "application/x-ndjson");
    xhr.upload.addEventListener("progress", (e) => onStep({ phase: "upload", loaded: e.loaded, total: e.lengthComputable ? e.total : 0 }));
    xhr.addEventListener("progress", readNew);
    xhr.addEventListener("load", () => {
      if (xhr.status !== 200) {
        resolve({ kind: "failed", status: xhr.status, message: errorOf(xhr.status, xhr.responseText) });
        return;
      }
      readNew();
      lines.end().forEach(take);
      resolve(result ? { kind: "result", result } : { kind: "failed", status: 200, message: CUT_SHORT });
    });
    xhr.addEventListener("error", () => resolve({ kind: "failed", status: 0, message: UNREACHABLE }));
    xhr.addEventListener("abort", () => resolve({ kind: "failed", status: 0, message: UNREACHABLE }));
    xhr.send(body);
  });
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
          <li key={`${d.indicatorCode}-${d.scope}-${d.periodicity}-${d.period}`}>
            {d.indicatorCode} — {d.message}
          </li>
        ))}
      </ul>
    </>
  );
}

// prefectureId: still passed by the page; the route finds the prefecture from the URL code.
export function IndicatorImportForm({ year }: { prefectureId: string; year: number }) {
  const router = useRouter();
  const { code } = useParams<{ code: string }>();
  const [file, setFile] = useState<File | null>(null);
  const [outcome, setOutcome] = useState<Outcome>();
  const [pending, setPending] = useState(false);
  const [step, setStep] = useState<ImportStep | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const input = useRef<HTMLInputElement>(null);
  const results = useRef<HTMLDivElement>(null);

  // The clicked button is disabled while the file is sent, which drops the keyboard focus:
  // it is given to the report, where the user reads what happened.
  useEffect(() => {
    if (outcome && results.current && (document.activeElement === document.body || document.activeElement === null)) results.current.focus();
  }, [outcome]);

  const onFile = (event: React.ChangeEvent<HTMLInputElement>) => {
    setOutcome(undefined);
    setFile(null);
    const chosen = event.target.files?.[0];
    if (!chosen) return;
    if (chosen.size > MAX_IMPORT_BYTES) {
      setOutcome({ kind: "errors", title: "Fichier trop volumineux", messages: [`Le fichier pèse ${Math.ceil(chosen.size / 1024)} Ko : un import accepte 4 Mo au plus.`] });
      return;
    }
    setFile(chosen);
  };

  const send = async (confirm: boolean) => {
    if (!file) {
      setOutcome({ kind: "errors", title: "Aucun fichier", messages: ["Choisissez un fichier CSV ou Excel."] });
      return;
    }
    const form = new FormData();
    form.set("file", file, file.name);
    form.set("year", String(year));
    form.set("preview", confirm ? "false" : "true");
    const announce = createAnnouncer();
    const onStep = (next: ImportStep) => {
      setStep(next);
      const text = announce(next, Date.now());
      if (text) setAnnouncement(text);
    };
    setPending(true);
    if (!confirm) setOutcome(undefined);
    onStep({ phase: "upload", loaded: 0, total: file.size });
    const answer = await postImport(`/${encodeURIComponent(code)}/indicateurs/import`, form, onStep);
    setPending(false);
    setStep(null);
    setAnnouncement("");
    const failedTitle = confirm ? "Import impossible : aucun chiffre n'a été importé" : "Prévisualisation impossible";
    if (answer.kind === "failed") {
      setOutcome({ kind: "errors", title: failedTitle, messages: [answer.message] });
      return;
    }
    const result = answer.result;
    if (!result.ok) {
      const messages = Object.values(result.fieldErrors ?? {}).flat();
      setOutcome({ kind: "errors", title: failedTitle, messages: messages.length ? messages : [result.error] });
      return;
    }
    const report = result.data;
    if (report.status === "invalid") {
      setOutcome({
        kind: "errors",
        title: `${formatCount(report.errors.length, "erreur", "erreurs")} : aucun chiffre n'a été importé`,
        messages: report.errors.map((e) => e.message),
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
  };

  const meter = step && stepMeter(step);
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
          disabled={pending}
          onChange={onFile}
        />
      </div>
      <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
        <li>
          <Button type="button" priority="secondary" iconId="fr-icon-search-line" disabled={pending || !file} onClick={() => void send(false)}>
            Prévisualiser
          </Button>
        </li>
        {outcome?.kind === "preview" && (
          <li>
            <Button type="button" iconId="fr-icon-upload-line" disabled={pending} onClick={() => void send(true)}>
              Importer
            </Button>
          </li>
        )}
      </ul>
      {step && (
        <div className="fr-mb-2w">
          <p id="indicator-import-progress-label" className="fr-mb-1v">
            {stepLabel(step)}
          </p>
          {/* Without a value the bar is indeterminate: while reading, the number of rows is not known ahead. */}
          <progress className={styles.progress} aria-labelledby="indicator-import-progress-label" max={meter?.max ?? undefined} value={meter?.value ?? undefined} />
        </div>
      )}
      {/* The visible label changes at every event; this says it at most every 10 % or 2 s. */}
      <p className="fr-sr-only" aria-live="polite">
        {announcement}
      </p>
      <div aria-live="polite" ref={results} tabIndex={-1}>
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
                      {/* A series the prefecture has no figure under yet: new, or a misspelt scope. */}
                      {i.newScopes.length > 0 ? ` — nouveau périmètre : ${i.newScopes.map((scope) => `« ${scope} »`).join(", ")}` : ""}
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
