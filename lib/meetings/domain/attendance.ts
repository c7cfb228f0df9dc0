/**
 * The attendance of a meeting ("émargement"): what a line may say (a REPRESENTED member names
 * who stood in) and the counts per college that the minutes and the dashboard print
 * ("présents", "excusés", "représentés", "absents"). Lines are counted, not people standing
 * in: whoever represents an excused member is counted once, on their own line, if they have
 * one, and not at all otherwise.
 */

import { ATTENDANCE_STATUSES, type AttendanceStatus } from "@/lib/meetings/vocabulary";
import { COLLEGES, type College } from "@/lib/committees/vocabulary";

export type { AttendanceStatus, College };
/** Guests and staff presenting have no college. */
export type CollegeKey = College | "none";

export const COLLEGE_KEYS: readonly CollegeKey[] = [...COLLEGES, "none"];

/** Same limit as a reply's representative name: one name and a function, not a paragraph. */
export const REPRESENTED_BY_LABEL_MAX_LENGTH = 200;

export interface CountableLine {
  college: College | null;
  status: AttendanceStatus;
  personId?: string | null;
}

export interface AttendanceCounts {
  byStatus: Record<AttendanceStatus, number>;
  /** PRESENT + REMOTE: a member in the room or on the line took part */
  present: number;
  /** every line */
  total: number;
}

export interface AttendanceSummary {
  byCollege: Record<CollegeKey, AttendanceCounts>;
  total: AttendanceCounts;
  /**
   * People who took part, a person on two lines (a member also listed as a guest speaker)
   * counted once; a line without a person (a seat held by an organisation) counts one.
   */
  peoplePresent: number;
}

function emptyCounts(): AttendanceCounts {
  return { byStatus: { PRESENT: 0, REMOTE: 0, EXCUSED: 0, REPRESENTED: 0, ABSENT: 0 }, present: 0, total: 0 };
}

function add(counts: AttendanceCounts, status: AttendanceStatus): void {
  counts.byStatus[status] += 1;
  counts.total += 1;
  if (status === "PRESENT" || status === "REMOTE") counts.present += 1;
}

export function countByCollege(lines: readonly CountableLine[]): AttendanceSummary {
  const byCollege = { STATE: emptyCounts(), USERS: emptyCounts(), ELECTED: emptyCounts(), PROFESSIONALS: emptyCounts(), none: emptyCounts() };
  const total = emptyCounts();
  const people = new Set<string>();
  let anonymousPresent = 0;
  for (const line of lines) {
    add(byCollege[line.college ?? "none"], line.status);
    add(total, line.status);
    if (line.status === "PRESENT" || line.status === "REMOTE") {
      if (line.personId) people.add(line.personId);
      else anonymousPresent += 1;
    }
  }
  return { byCollege, total, peoplePresent: people.size + anonymousPresent };
}

// ───────────────────────────── Validation ─────────────────────────────

export interface AttendanceLineInput {
  /** null: not yet decided ("à confirmer" on a pre-filled sheet) */
  status: AttendanceStatus | null;
  personId?: string | null;
  representedByPersonId?: string | null;
  representedByLabel?: string | null;
}

export interface ValidAttendanceLine {
  status: AttendanceStatus;
  representedByPersonId: string | null;
  representedByLabel: string | null;
}

export type AttendanceLineValidation =
  | { ok: true; line: ValidAttendanceLine }
  | { ok: false; reason: string; field: "status" | "representedBy" };

function clean(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

export function validateAttendanceLine(line: AttendanceLineInput): AttendanceLineValidation {
  if (line.status === null || !ATTENDANCE_STATUSES.includes(line.status)) {
    return { ok: false, reason: "Indiquez si ce membre est présent, à distance, excusé, représenté ou absent.", field: "status" };
  }
  const personId = clean(line.representedByPersonId);
  const label = clean(line.representedByLabel);
  if (line.status !== "REPRESENTED") {
    if (personId !== null || label !== null) {
      return { ok: false, reason: "Seul un membre représenté peut avoir un représentant.", field: "representedBy" };
    }
    return { ok: true, line: { status: line.status, representedByPersonId: null, representedByLabel: null } };
  }
  if (personId === null && label === null) {
    return { ok: false, reason: "Indiquez la personne qui représente ce membre.", field: "representedBy" };
  }
  if (personId !== null && personId === clean(line.personId)) {
    return { ok: false, reason: "Une personne ne peut pas se représenter elle-même.", field: "representedBy" };
  }
  if (label !== null && label.length > REPRESENTED_BY_LABEL_MAX_LENGTH) {
    return {
      ok: false,
      reason: `Le nom du représentant ne doit pas dépasser ${REPRESENTED_BY_LABEL_MAX_LENGTH} caractères.`,
      field: "representedBy",
    };
  }
  return { ok: true, line: { status: "REPRESENTED", representedByPersonId: personId, representedByLabel: label } };
}
