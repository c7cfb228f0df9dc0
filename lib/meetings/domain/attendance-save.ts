/**
 * Saving an attendance sheet without losing anything (domain.md §4). The form shows the lines
 * already recorded and, for the seats current on the meeting's day that have none yet, new
 * lines pre-filled from the replies. Saving:
 * - updates a recorded line column by column, only what the form edits (status, who
 *   represents, function on the day, remark) and only when it changed; the chair flag, the
 *   seat, college and organisation snapshots are never touched;
 * - keeps the link to the representing person when the representative shown is unchanged
 *   (a link stored without a label is shown as that person's name);
 * - creates the lines of seats that had none;
 * - never deletes a line the form did not send, and refuses an empty save over recorded lines.
 * Every refusal names its line ("Ligne 3 — Mme X : …") so the form can say where to look.
 */
import { validateAttendanceLine, type AttendanceStatus } from "./attendance";

export interface RecordedLine {
  id: string;
  memberId: string | null;
  personId: string | null;
  status: AttendanceStatus;
  representedByPersonId: string | null;
  representedByLabel: string | null;
  functionSnapshot: string | null;
  remark: string | null;
}

export interface OpenSeat {
  memberId: string;
  personId: string | null;
}

/** A line as the form sends it: a recorded line (attendanceId) or a seat without one (memberId). */
export interface SubmittedLine {
  attendanceId?: string | null;
  memberId?: string | null;
  status: AttendanceStatus | null;
  representedByLabel: string | null;
  functionSnapshot: string | null;
  remark: string | null;
  /** A seat the form offered as optional: left undecided, it is simply not added. */
  optional?: boolean;
}

/**
 * What the form sends for the lines it shows: a recorded line by its id, a new one by its seat,
 * the representative only for "représenté(e)" (a name typed before another choice is dropped).
 */
export function submittedLinesOf(
  lines: readonly {
    attendanceId: string | null;
    memberId: string | null;
    status: AttendanceStatus | null;
    representedByLabel: string | null;
    functionSnapshot: string | null;
    remark: string | null;
    optional?: boolean;
  }[],
): SubmittedLine[] {
  return lines.map((l) => ({
    attendanceId: l.attendanceId,
    memberId: l.attendanceId ? null : l.memberId,
    status: l.status,
    representedByLabel: l.status === "REPRESENTED" ? l.representedByLabel : null,
    functionSnapshot: l.functionSnapshot,
    remark: l.remark,
    optional: l.optional ?? false,
  }));
}

export interface LineChange {
  status: AttendanceStatus;
  representedByPersonId: string | null;
  representedByLabel: string | null;
  functionSnapshot: string | null;
  remark: string | null;
}

export interface LineProblem {
  index: number;
  field: "status" | "representedBy" | "line";
  message: string;
}

export type AttendancePlan =
  | { ok: true; updates: { id: string; data: LineChange }[]; creates: { memberId: string; data: LineChange }[]; unchanged: number }
  | { ok: false; message: string; problems: LineProblem[] };

function clean(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

export function lineLabel(index: number, name: string | undefined): string {
  return `Ligne ${index + 1}${name ? ` — ${name}` : ""}`;
}

/**
 * @param representativeName how a stored representing person is shown on the form, by person id
 * @param names the name shown on each submitted line, for the messages
 */
export function planAttendanceSave(
  recorded: readonly RecordedLine[],
  openSeats: readonly OpenSeat[],
  submitted: readonly SubmittedLine[],
  representativeName: (personId: string) => string | null,
  names: readonly (string | undefined)[] = [],
): AttendancePlan {
  if (submitted.length === 0 && recorded.length > 0) {
    return {
      ok: false,
      message: `L'émargement enregistré compte ${recorded.length} ligne${recorded.length > 1 ? "s" : ""} : un envoi vide ne peut pas l'effacer. Rechargez la page.`,
      problems: [],
    };
  }
  const byId = new Map(recorded.map((r) => [r.id, r]));
  const seats = new Map(openSeats.map((s) => [s.memberId, s]));
  const seen = new Set<string>();
  const problems: LineProblem[] = [];
  const updates: { id: string; data: LineChange }[] = [];
  const creates: { memberId: string; data: LineChange }[] = [];
  let unchanged = 0;

  submitted.forEach((line, index) => {
    const where = lineLabel(index, names[index]);
    const key = line.attendanceId ? `a:${line.attendanceId}` : line.memberId ? `m:${line.memberId}` : null;
    const stored = line.attendanceId ? byId.get(line.attendanceId) : undefined;
    const seat = !line.attendanceId && line.memberId ? seats.get(line.memberId) : undefined;
    if (!key || (!stored && !seat)) {
      problems.push({ index, field: "line", message: `${where} : cette ligne n'appartient pas à cette séance (rechargez la page).` });
      return;
    }
    if (seen.has(key)) {
      problems.push({ index, field: "line", message: `${where} : cette ligne apparaît deux fois.` });
      return;
    }
    seen.add(key);
    // An optional seat (recorded attendance of a held meeting) left undecided is not added.
    if (seat && line.optional && line.status === null) return;

    const label = clean(line.representedByLabel);
    // The representative shown for a stored link: the label if any, else the person's name.
    const shown = stored ? (stored.representedByLabel ?? (stored.representedByPersonId ? representativeName(stored.representedByPersonId) : null)) : null;
    const keepLink = !!stored && line.status === "REPRESENTED" && label !== null && label === clean(shown);
    const validation = validateAttendanceLine({
      status: line.status,
      personId: stored?.personId ?? seat?.personId ?? null,
      representedByPersonId: keepLink ? stored.representedByPersonId : null,
      representedByLabel: line.status === "REPRESENTED" ? (keepLink ? stored.representedByLabel : label) : null,
    });
    if (!validation.ok) {
      problems.push({ index, field: validation.field, message: `${where} : ${validation.reason}` });
      return;
    }
    const data: LineChange = {
      ...validation.line,
      functionSnapshot: clean(line.functionSnapshot),
      remark: clean(line.remark),
    };
    if (stored) {
      const same =
        stored.status === data.status &&
        stored.representedByPersonId === data.representedByPersonId &&
        stored.representedByLabel === data.representedByLabel &&
        stored.functionSnapshot === data.functionSnapshot &&
        stored.remark === data.remark;
      if (same) unchanged += 1;
      else updates.push({ id: stored.id, data });
    } else if (seat) {
      creates.push({ memberId: seat.memberId, data });
    }
  });

  if (problems.length) {
    const n = problems.length;
    return { ok: false, message: `${n} ligne${n > 1 ? "s" : ""} à corriger avant d'enregistrer.`, problems };
  }
  return { ok: true, updates, creates, unchanged };
}
