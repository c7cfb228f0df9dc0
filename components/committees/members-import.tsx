"use client";
/**
 * CSV import of members, in two steps: "Vérifier le fichier" shows what would be created and
 * skipped (or every error, by line and column, and nothing is written); "Confirmer l'import"
 * then applies exactly the text that was checked, all or nothing. The file is read here, in
 * the browser, and sent as text.
 */
import { useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { importMembers } from "@/lib/committees/actions";
import { importMembersSchema } from "@/lib/committees/schemas";
import { formatCount } from "@/lib/format";

const csvSchema = importMembersSchema.pick({ csv: true });
type CsvInput = { csv: string };

type ImportResult = Awaited<ReturnType<typeof importMembers>>;
type ImportData = Extract<ImportResult, { ok: true }>["data"];
type Preview = Extract<ImportData, { status: "preview" }>;
type Outcome =
  | { kind: "errors"; title: string; messages: string[] }
  | { kind: "preview"; csv: string; preview: Preview }
  | { kind: "done"; text: string; details: string[] };

const MAX_BYTES = 1024 * 1024;

/** UTF-8 (with or without BOM) when it is valid, otherwise Windows-1252: Excel's "CSV (;)". */
function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

export function MembersImport({ committeeId }: { committeeId: string }) {
  const router = useRouter();
  const [outcome, setOutcome] = useState<Outcome>();
  const [pending, start] = useTransition();
  const fileInput = useRef<HTMLInputElement>(null);
  const form = useForm<CsvInput>({ resolver: zodResolver(csvSchema), defaultValues: { csv: "" } });
  const {
    register,
    handleSubmit,
    setValue,
    control,
    reset,
    formState: { errors },
  } = form;
  const csv = useWatch({ control, name: "csv" });
  // A preview is only confirmed for the very text it was computed from.
  const preview = outcome?.kind === "preview" && outcome.csv === csv ? outcome.preview : null;

  const onFile = async (event: React.ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setOutcome({
        kind: "errors",
        title: "Fichier trop volumineux",
        messages: [`Le fichier pèse ${Math.ceil(file.size / 1024)} Ko : un import accepte 1 Mo au plus.`],
      });
      return;
    }
    setValue("csv", decode(new Uint8Array(await file.arrayBuffer())), { shouldValidate: true });
    setOutcome(undefined);
  };

  const check = handleSubmit((values) =>
    start(async () => {
      setOutcome(undefined);
      const result = await importMembers({ committeeId, csv: values.csv, confirm: false });
      if (!result.ok) {
        setOutcome({ kind: "errors", title: "Vérification impossible", messages: result.fieldErrors?.csv ?? [result.error] });
        return;
      }
      if (result.data.status === "invalid") {
        const n = result.data.errors.length;
        setOutcome({
          kind: "errors",
          title: `${formatCount(n, "erreur", "erreurs")} : aucun membre n'a été importé`,
          messages: result.data.errors.map((e) => e.message),
        });
        return;
      }
      if (result.data.status === "preview") setOutcome({ kind: "preview", csv: values.csv, preview: result.data });
    }),
  );

  const confirm = () => {
    if (!preview) return;
    const text = csv;
    start(async () => {
      const result = await importMembers({ committeeId, csv: text, confirm: true });
      if (!result.ok) {
        setOutcome({ kind: "errors", title: "Import impossible : rien n'a été importé", messages: result.fieldErrors?.csv ?? [result.error] });
        return;
      }
      if (result.data.status !== "imported") return;
      const { created, skipped } = result.data.report;
      setOutcome({
        kind: "done",
        text:
          `Import terminé : ${formatCount(created.members, "membre ajouté", "membres ajoutés")}, ` +
          `${formatCount(created.persons, "personne créée", "personnes créées")}, ` +
          `${formatCount(created.organizations, "organisme créé", "organismes créés")}` +
          (skipped.length ? `, ${formatCount(skipped.length, "ligne ignorée", "lignes ignorées")}.` : "."),
        details: skipped.map((s) => s.message),
      });
      reset({ csv: "" });
      if (fileInput.current) fileInput.current.value = "";
      router.refresh();
    });
  };

  return (
    <>
      <form onSubmit={check} noValidate aria-label="Importer des membres">
        <div className="fr-upload-group fr-mb-3w">
          <label className="fr-label" htmlFor="members-csv-file">
            Fichier CSV
            <span className="fr-hint-text">
              Séparateur « ; » ou « , », encodage UTF-8 ou celui d&apos;Excel. Colonnes : Civilité, Prénom, Nom, Fonction,
              Organisme, Type d&apos;organisme, Adresse électronique, Téléphone, Collège (obligatoire), Mandat, Début, Fin,
              Libellé du siège. Le fichier exporté ci-dessus convient.
            </span>
          </label>
          <input
            ref={fileInput}
            className="fr-upload"
            type="file"
            id="members-csv-file"
            accept=".csv,text/csv"
            onChange={(e) => void onFile(e)}
          />
        </div>
        <Input
          textArea
          label="Contenu du fichier"
          hintText="Rempli par le fichier choisi, ou collez ici les lignes du tableur, en-têtes compris"
          {...(errors.csv?.message ? { state: "error" as const, stateRelatedMessage: errors.csv.message } : {})}
          nativeTextAreaProps={{ ...register("csv"), rows: 6, spellCheck: false }}
        />
        <Button type="submit" priority="secondary" iconId="fr-icon-search-line" disabled={pending}>
          {pending && !preview ? "Vérification…" : "Vérifier le fichier"}
        </Button>
      </form>

      <div aria-live="polite" className="fr-mt-3w">
        {outcome?.kind === "errors" && (
          <Alert
            severity="error"
            title={outcome.title}
            description={
              <>
                <span>Corrigez le fichier puis vérifiez-le à nouveau : l&apos;import ne se fait que si toutes les lignes sont valides.</span>
                <ul className="fr-mt-1w">
                  {outcome.messages.map((m) => (
                    <li key={m}>{m}</li>
                  ))}
                </ul>
              </>
            }
          />
        )}
        {outcome?.kind === "done" && (
          <Alert
            severity="success"
            title="Import terminé"
            description={
              <>
                <span>{outcome.text}</span>
                {outcome.details.length > 0 && (
                  <ul className="fr-mt-1w">
                    {outcome.details.map((m) => (
                      <li key={m}>{m}</li>
                    ))}
                  </ul>
                )}
              </>
            }
          />
        )}
        {preview && (
          <Alert
            severity={preview.report.created.members > 0 ? "info" : "warning"}
            title="Aperçu de l'import : rien n'est encore enregistré"
            description={
              `${formatCount(preview.report.created.members, "membre à ajouter", "membres à ajouter")}, ` +
              `${formatCount(preview.report.created.persons, "nouvelle personne", "nouvelles personnes")}, ` +
              `${formatCount(preview.report.created.organizations, "nouvel organisme", "nouveaux organismes")}, ` +
              `${formatCount(preview.report.skipped.length, "ligne ignorée", "lignes ignorées")}.`
            }
          />
        )}
      </div>

      {preview && (
        <>
          {preview.warnings.length > 0 && (
            <ul className="fr-mt-2w">
              {preview.warnings.map((w) => (
                <li key={w.message}>{w.message}</li>
              ))}
            </ul>
          )}
          <div className="fr-table fr-mt-2w">
            <table>
              <caption>Aperçu ligne par ligne ({preview.report.lines.length})</caption>
              <thead>
                <tr>
                  <th scope="col">Ligne</th>
                  <th scope="col">Membre</th>
                  <th scope="col">Résultat</th>
                </tr>
              </thead>
              <tbody>
                {preview.report.lines.map((line) => (
                  <tr key={line.line}>
                    <td>{line.line}</td>
                    <th scope="row">{line.label}</th>
                    <td>
                      <ul className="fr-badges-group">
                        <li>
                          <Badge small noIcon severity={line.action === "CREATE" ? "success" : "warning"}>
                            {line.action === "CREATE" ? "Sera ajouté" : "Ignoré"}
                          </Badge>
                        </li>
                        {line.newPerson && (
                          <li>
                            <Badge small noIcon>Nouvelle personne</Badge>
                          </li>
                        )}
                        {line.newOrganization && (
                          <li>
                            <Badge small noIcon>Nouvel organisme</Badge>
                          </li>
                        )}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {preview.report.skipped.length > 0 && (
            <>
              <h3 className="fr-h6">Lignes ignorées</h3>
              <ul>
                {preview.report.skipped.map((s) => (
                  <li key={s.line}>{s.message}</li>
                ))}
              </ul>
            </>
          )}
          {preview.report.created.members > 0 ? (
            <Button iconId="fr-icon-check-line" onClick={confirm} disabled={pending}>
              {pending ? "Import en cours…" : "Confirmer l'import"}
            </Button>
          ) : (
            <p>Aucun nouveau membre dans ce fichier : il n&apos;y a rien à importer.</p>
          )}
        </>
      )}
    </>
  );
}
