/**
 * How the minutes word what the portal knows (seeds 002, 003, 004): the title, the attendance
 * by status then college, "Présentation par … (diaporama pages …)", the closing sentence and
 * the signature block. Pure; the document builder (lib/minutes/document.ts) feeds it rows.
 */
import { COLLEGE_LABELS, COMMITTEE_KIND_LABELS, type College, type CommitteeKind } from "@/lib/committees/vocabulary";
import type { AttendanceStatus } from "@/lib/meetings/vocabulary";
import { formatDate, formatLongDate, formatTime } from "@/lib/format";
import type { MinutesAttendanceGroup, MinutesAttendanceLine } from "@/lib/minutes/domain/document-model";
import type { MinutesKind } from "@/lib/minutes/vocabulary";

/** "Compte rendu du Comité local des usagers du jeudi 6 mai 2021 à 14h30" */
export function minutesTitle(kind: MinutesKind, committee: { kind: CommitteeKind; name: string }, startsAt: Date, hasStartTime: boolean): string {
  const noun = kind === "COMPTE_RENDU" ? "Compte rendu" : "Relevé de conclusions";
  const name = committee.name.trim() || COMMITTEE_KIND_LABELS[committee.kind];
  // "Comité local…" → "comité local…", but an acronym stays ("CLU de la Vienne").
  const second = name.charAt(1);
  const lowered = second && second === second.toLowerCase() && second !== second.toUpperCase() ? name.charAt(0).toLowerCase() + name.slice(1) : name;
  const when = hasStartTime ? `${formatLongDate(startsAt)} à ${formatTime(startsAt)}` : formatLongDate(startsAt);
  return `${noun} du ${lowered} du ${when}`;
}

export interface AttendanceInput {
  name: string;
  function: string | null;
  organization: string | null;
  college: College | null;
  status: AttendanceStatus;
  representedBy: string | null;
  remark: string | null;
  isChair: boolean;
}

const GROUPS: readonly { heading: string; statuses: readonly AttendanceStatus[] }[] = [
  { heading: "Présents", statuses: ["PRESENT", "REMOTE"] },
  { heading: "Excusé(e)s", statuses: ["EXCUSED", "REPRESENTED"] },
  { heading: "Absent(e)s", statuses: ["ABSENT"] },
];

const COLLEGE_ORDER: readonly (College | null)[] = ["STATE", "USERS", "ELECTED", "PROFESSIONALS", null];

function lineOf(a: AttendanceInput): MinutesAttendanceLine {
  const detail = [a.function, a.organization && !a.function?.includes(a.organization) ? a.organization : null].filter(Boolean).join(", ") || null;
  const notes = [
    a.status === "REMOTE" ? "à distance" : null,
    a.status === "REPRESENTED" && a.representedBy ? `représenté(e) par ${a.representedBy}` : null,
    a.remark,
  ].filter(Boolean);
  return { name: a.name, detail, note: notes.length ? notes.join(" — ") : null };
}

/** Present, excused (with "représenté(e) par"), absent; each split by college as printed. The chair is printed apart. */
export function attendanceGroups(lines: readonly AttendanceInput[]): MinutesAttendanceGroup[] {
  const groups: MinutesAttendanceGroup[] = [];
  for (const group of GROUPS) {
    const inGroup = lines.filter((l) => !l.isChair && group.statuses.includes(l.status));
    if (!inGroup.length) continue;
    const colleges = COLLEGE_ORDER.map((college) => ({
      heading: college ? COLLEGE_LABELS[college] : inGroup.some((l) => l.college) ? "Autres participants" : null,
      lines: inGroup.filter((l) => l.college === college).map(lineOf),
    })).filter((c) => c.lines.length > 0);
    groups.push({ heading: group.heading, colleges });
  }
  return groups;
}

/** "Présentation par Mme SAUVAIRE et M. ROSE (diaporama pages 6 et 7)" */
export function presentationLine(presenters: readonly string[], slideReference: string | null): string | null {
  const names = presenters.filter(Boolean);
  if (!names.length && !slideReference) return null;
  const who = names.length === 0 ? null : names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} et ${names[names.length - 1]}`;
  const slides = slideReference ? slideReference.charAt(0).toLowerCase() + slideReference.slice(1) : null;
  if (!who) return `(${slides})`;
  return slides ? `Présentation par ${who} (${slides})` : `Présentation par ${who}`;
}

/** "L'ordre du jour étant épuisé, la séance est levée à 15h50." */
export function closingLine(closedAt: Date | null): string | null {
  return closedAt ? `L'ordre du jour étant épuisé, la séance est levée à ${formatTime(closedAt)}.` : null;
}

/** "Poitiers, le 14 juin 2021" */
export function issuedLine(place: string | null, issuedOn: Date | null): string | null {
  if (!place || !issuedOn) return null;
  return `${place}, le ${formatDate(issuedOn)}`;
}

/** "Version corrigée du 3 février 2023 : nom d'un participant rectifié." */
export function correctionLine(revision: number, createdAt: Date, note: string | null): string | null {
  if (revision <= 1) return null;
  return `Version corrigée (n° ${revision}) du ${formatDate(createdAt)}${note ? ` : ${note}` : "."}`;
}

/**
 * The delegation formula. "Pour la préfète et par délégation," when someone signs for the
 * prefect; nothing when the prefect signs herself (title starting "Le préfet"/"La préfète").
 */
export function signatureBlock(name: string | null, title: string | null, delegation: string | null) {
  if (!name?.trim() || !title?.trim()) return null;
  const prefectSigns = /^(la|le)\s+pr[ée]f[eè]te?\b/i.test(title.trim()) && !/secr[ée]taire|sous-pr[ée]f/i.test(title);
  return { delegation: prefectSigns ? null : delegation?.trim() || null, title: title.trim(), name: name.trim() };
}

/** "Pour la préfète et par délégation," from the State header ("PRÉFÈTE DE LA VIENNE" → la préfète). */
export function defaultDelegation(stateHeader: string): string {
  return /^PR[ÉE]F[EÈ]TE\b/i.test(stateHeader.trim()) ? "Pour la préfète et par délégation," : "Pour le préfet et par délégation,";
}
