"use client";
/**
 * Taking the attendance: one card per line, grouped by college — readable on a phone, usable
 * with the keyboard. The rule of a line (a status; a representative for "représenté(e)") is the
 * domain's validateAttendanceLine, checked here before sending and again by the action. Errors
 * are summarised at the top, focused, and each links to its line.
 */
import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { saveAttendance } from "@/lib/meetings/actions";
import { lineLabel, submittedLinesOf, validateAttendanceLine } from "@/lib/meetings/domain";
import type { AttendanceSheetLine } from "@/lib/meetings";
import { ATTENDANCE_STATUS_LABELS, ATTENDANCE_STATUSES, type AttendanceStatus } from "@/lib/meetings/vocabulary";
import { COLLEGE_LABELS } from "@/lib/committees/vocabulary";
import { formatCount } from "@/lib/format";

type Problem = { index: number; message: string };

const fieldId = (index: number) => `emargement-ligne-${index}`;

export function AttendanceForm({ code, meetingId, version, lines }: { code: string; meetingId: string; version: number; lines: AttendanceSheetLine[] }) {
  const router = useRouter();
  const [rows, setRows] = useState(lines);
  const [summary, setSummary] = useState<{ message: string; problems: Problem[] } | null>(null);
  const [saving, setSaving] = useState(false);
  const [bulk, setBulk] = useState<AttendanceStatus>("PRESENT");
  const summaryRef = useRef<HTMLDivElement>(null);

  const update = (index: number, patch: Partial<AttendanceSheetLine>) => setRows((r) => r.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const problemOf = (index: number) => summary?.problems.find((p) => p.index === index)?.message;

  const showSummary = (message: string, problems: Problem[]) => {
    setSummary({ message, problems });
    // Put the summary where the user is: focused, so it is read and scrolled into view.
    requestAnimationFrame(() => summaryRef.current?.focus());
  };

  const onSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    const problems: Problem[] = [];
    rows.forEach((r, index) => {
      // An optional seat left undecided is simply not added (see AttendanceSheetLine.optional).
      if (r.optional && r.status === null) return;
      const check = validateAttendanceLine({ status: r.status, representedByLabel: r.status === "REPRESENTED" ? r.representedByLabel : null });
      if (!check.ok) problems.push({ index, message: `${lineLabel(index, r.name)} : ${check.reason}` });
    });
    if (problems.length) {
      showSummary(`${formatCount(problems.length, "ligne", "lignes")} à corriger avant d'enregistrer.`, problems);
      return;
    }
    setSaving(true);
    const result = await saveAttendance({
      meetingId,
      version,
      lines: submittedLinesOf(rows),
    });
    setSaving(false);
    if (!result.ok) {
      const lineProblems = Object.entries(result.fieldErrors ?? {}).flatMap(([key, messages]) => {
        const index = Number(/^lines\.(\d+)\./.exec(key)?.[1]);
        return Number.isInteger(index) ? messages.map((message) => ({ index, message })) : [];
      });
      showSummary(result.error, lineProblems);
      return;
    }
    router.push(`/${code}/seances/${meetingId}#emargement`);
    router.refresh();
  };

  const colleges = [...new Set(rows.map((r) => r.college))];
  const undecided = rows.filter((r) => !r.status && !r.optional).length;
  return (
    <form onSubmit={onSubmit} noValidate>
      <div ref={summaryRef} tabIndex={-1} aria-live="assertive">
        {summary && (
          <Alert
            severity="error"
            title={summary.message}
            className="fr-mb-3w"
            description={
              summary.problems.length > 0 ? (
                <ul>
                  {summary.problems.map((p) => (
                    <li key={`${p.index}-${p.message}`}>
                      <a href={`#${fieldId(p.index)}`}>{p.message}</a>
                    </li>
                  ))}
                </ul>
              ) : undefined
            }
          />
        )}
      </div>
      {undecided > 0 && (
        <div className="fr-grid-row fr-grid-row--bottom fr-grid-row--gutters fr-mb-2w">
          <div className="fr-col-12 fr-col-md-auto">
            <label className="fr-label" htmlFor="bulk-status">
              Statut à appliquer {undecided > 1 ? `aux ${undecided} lignes` : "à la ligne"} « À confirmer »
            </label>
            <select id="bulk-status" className="fr-select" value={bulk} onChange={(e) => setBulk(e.target.value as AttendanceStatus)}>
              {(["PRESENT", "REMOTE", "EXCUSED", "ABSENT"] as const).map((s) => (
                <option key={s} value={s}>
                  {ATTENDANCE_STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </div>
          <div className="fr-col-12 fr-col-md-auto">
            <Button type="button" priority="secondary" onClick={() => setRows((r) => r.map((row) => (row.status || row.optional ? row : { ...row, status: bulk })))}>
              Appliquer
            </Button>
          </div>
        </div>
      )}
      {colleges.map((college) => (
        <section key={college ?? "none"} className="fr-mb-4w" aria-labelledby={`college-${college ?? "none"}`}>
          <h2 id={`college-${college ?? "none"}`} className="fr-h5">
            {college ? COLLEGE_LABELS[college] : "Autres participants"}
          </h2>
          <ul className="fr-raw-list">
            {rows.map((row, index) => {
              if (row.college !== college) return null;
              const problem = problemOf(index);
              return (
                <li key={row.attendanceId ?? row.memberId ?? index} className="fr-mb-2w">
                  <fieldset id={fieldId(index)} tabIndex={-1} className={`fr-fieldset fr-mx-0 fr-p-2w fr-background-alt--grey${problem ? " fr-fieldset--error" : ""}`} aria-describedby={problem ? `${fieldId(index)}-error` : undefined}>
                    <legend className="fr-fieldset__legend fr-text--md">
                      {index + 1}. {row.name}
                      {row.isChair && " (présidence)"}
                      {row.organization && <span className="fr-hint-text">{row.organization}</span>}
                      {row.fromReply && <span className="fr-hint-text">Statut d&apos;après sa réponse à la convocation</span>}
                      {row.optional && (
                        <span className="fr-hint-text">
                          Siège sans ligne dans l&apos;émargement enregistré : choisissez un statut pour l&apos;y ajouter, sinon il n&apos;est pas ajouté.
                        </span>
                      )}
                    </legend>
                    <div className="fr-fieldset__element fr-col-12 fr-col-md-3">
                      <label className="fr-label" htmlFor={`${fieldId(index)}-status`}>
                        Statut
                      </label>
                      <select
                        id={`${fieldId(index)}-status`}
                        className={`fr-select${problem && !row.status ? " fr-select--error" : ""}`}
                        aria-invalid={!!problem && !row.status}
                        value={row.status ?? ""}
                        onChange={(e) => update(index, { status: (e.target.value || null) as AttendanceStatus | null })}
                      >
                        <option value="">À confirmer</option>
                        {ATTENDANCE_STATUSES.map((s) => (
                          <option key={s} value={s}>
                            {ATTENDANCE_STATUS_LABELS[s]}
                          </option>
                        ))}
                      </select>
                    </div>
                    {row.status === "REPRESENTED" && (
                      <div className="fr-fieldset__element fr-col-12 fr-col-md-3">
                        <label className="fr-label" htmlFor={`${fieldId(index)}-representative`}>
                          Représenté(e) par
                        </label>
                        <input
                          id={`${fieldId(index)}-representative`}
                          className="fr-input"
                          value={row.representedByLabel ?? ""}
                          maxLength={200}
                          onChange={(e) => update(index, { representedByLabel: e.target.value })}
                        />
                      </div>
                    )}
                    <div className="fr-fieldset__element fr-col-12 fr-col-md-3">
                      <label className="fr-label" htmlFor={`${fieldId(index)}-function`}>
                        Fonction le jour de la séance
                      </label>
                      <input
                        id={`${fieldId(index)}-function`}
                        className="fr-input"
                        value={row.functionSnapshot ?? ""}
                        maxLength={300}
                        onChange={(e) => update(index, { functionSnapshot: e.target.value })}
                      />
                    </div>
                    <div className="fr-fieldset__element fr-col-12 fr-col-md-3">
                      <label className="fr-label" htmlFor={`${fieldId(index)}-remark`}>
                        Observation
                      </label>
                      <input
                        id={`${fieldId(index)}-remark`}
                        className="fr-input"
                        value={row.remark ?? ""}
                        maxLength={300}
                        onChange={(e) => update(index, { remark: e.target.value })}
                      />
                    </div>
                    {problem && (
                      <p id={`${fieldId(index)}-error`} className="fr-error-text fr-fieldset__element">
                        {problem}
                      </p>
                    )}
                  </fieldset>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      <Button type="submit" disabled={saving}>
        {saving ? "Enregistrement…" : "Enregistrer l'émargement"}
      </Button>
    </form>
  );
}
