"use client";
/** Taking the attendance: one row per seat, grouped by college, keyboard-friendly selects. */
import { useState } from "react";
import { useRouter } from "next/navigation";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { saveAttendance } from "@/lib/meetings/actions";
import { COLLEGE_LABELS } from "@/lib/committees/vocabulary";


type Status = "PRESENT" | "REMOTE" | "EXCUSED" | "REPRESENTED" | "ABSENT";
const STATUS_LABELS: Record<Status, string> = {
  PRESENT: "Présent(e)",
  REMOTE: "À distance",
  EXCUSED: "Excusé(e)",
  REPRESENTED: "Représenté(e) par…",
  ABSENT: "Absent(e)",
};

export interface AttendanceFormLine {
  memberId: string;
  name: string;
  organization: string | null;
  college: keyof typeof COLLEGE_LABELS;
  functionSnapshot: string | null;
  status: Status | null;
  representedByLabel: string | null;
  fromReply: boolean;
}

export function AttendanceForm({ code, meetingId, version, lines }: { code: string; meetingId: string; version: number; lines: AttendanceFormLine[] }) {
  const router = useRouter();
  const [rows, setRows] = useState(lines);
  const [error, setError] = useState<string>();
  const [rowErrors, setRowErrors] = useState<Record<number, string>>({});
  const [saving, setSaving] = useState(false);

  const update = (index: number, patch: Partial<AttendanceFormLine>) => setRows((r) => r.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  const onSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    const missing: Record<number, string> = {};
    rows.forEach((r, i) => {
      if (!r.status) missing[i] = "Choisissez un statut.";
      else if (r.status === "REPRESENTED" && !r.representedByLabel?.trim()) missing[i] = "Indiquez qui représente ce membre.";
    });
    setRowErrors(missing);
    if (Object.keys(missing).length) {
      setError(`${Object.keys(missing).length} ligne(s) à compléter avant d'enregistrer.`);
      return;
    }
    setSaving(true);
    setError(undefined);
    const result = await saveAttendance({
      meetingId,
      version,
      lines: rows.map((r) => ({
        memberId: r.memberId,
        status: r.status as Status,
        representedByLabel: r.status === "REPRESENTED" ? r.representedByLabel : null,
        functionSnapshot: r.functionSnapshot,
      })),
    });
    setSaving(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    router.push(`/${code}/seances/${meetingId}#emargement`);
    router.refresh();
  };

  const colleges = [...new Set(rows.map((r) => r.college))];
  const undecided = rows.filter((r) => !r.status).length;
  const [bulk, setBulk] = useState<Status>("PRESENT");
  return (
    <form onSubmit={onSubmit} noValidate>
      <div aria-live="assertive">{error && <Alert severity="error" small description={error} className="fr-mb-2w" />}</div>
      {undecided > 0 && (
        <div className="fr-grid-row fr-grid-row--bottom fr-grid-row--gutters fr-mb-2w">
          <div className="fr-col-auto">
            <label className="fr-label" htmlFor="bulk-status">
              Statut à appliquer aux {undecided} ligne(s) « À confirmer »
            </label>
            <select id="bulk-status" className="fr-select" value={bulk} onChange={(e) => setBulk(e.target.value as Status)}>
              {(["PRESENT", "REMOTE", "EXCUSED", "ABSENT"] as Status[]).map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </div>
          <div className="fr-col-auto">
            <Button type="button" priority="secondary" onClick={() => setRows((r) => r.map((row) => (row.status ? row : { ...row, status: bulk })))}>
              Appliquer
            </Button>
          </div>
        </div>
      )}
      {colleges.map((college) => (
        <div className="fr-table" key={college}>
          <table>
            <caption>{COLLEGE_LABELS[college]}</caption>
            <thead>
              <tr>
                <th scope="col">Membre</th>
                <th scope="col">Fonction le jour de la séance</th>
                <th scope="col">Statut</th>
                <th scope="col">Représenté(e) par</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) =>
                row.college !== college ? null : (
                  <tr key={row.memberId}>
                    <th scope="row">
                      {row.name}
                      {row.organization && <span className="fr-text--xs" style={{ display: "block" }}>{row.organization}</span>}
                      {row.fromReply && <span className="fr-text--xs" style={{ display: "block" }}>d&apos;après sa réponse</span>}
                    </th>
                    <td>
                      <input
                        className="fr-input"
                        aria-label={`Fonction de ${row.name}`}
                        value={row.functionSnapshot ?? ""}
                        maxLength={300}
                        onChange={(e) => update(index, { functionSnapshot: e.target.value })}
                      />
                    </td>
                    <td>
                      <select
                        className={`fr-select${rowErrors[index] && !row.status ? " fr-select--error" : ""}`}
                        aria-label={`Statut de ${row.name}`}
                        aria-invalid={!!rowErrors[index] && !row.status}
                        value={row.status ?? ""}
                        onChange={(e) => update(index, { status: (e.target.value || null) as Status | null })}
                      >
                        <option value="">À confirmer</option>
                        {(Object.keys(STATUS_LABELS) as Status[]).map((s) => (
                          <option key={s} value={s}>
                            {STATUS_LABELS[s]}
                          </option>
                        ))}
                      </select>
                      {rowErrors[index] && <p className="fr-error-text">{rowErrors[index]}</p>}
                    </td>
                    <td>
                      {row.status === "REPRESENTED" ? (
                        <input
                          className="fr-input"
                          aria-label={`Personne qui représente ${row.name}`}
                          value={row.representedByLabel ?? ""}
                          maxLength={200}
                          onChange={(e) => update(index, { representedByLabel: e.target.value })}
                        />
                      ) : (
                        "—"
                      )}
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </div>
      ))}
      <Button type="submit" disabled={saving}>
        {saving ? "Enregistrement…" : "Enregistrer l'émargement"}
      </Button>
    </form>
  );
}
