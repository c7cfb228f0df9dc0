/**
 * The wording shared by every meeting document (convocation DOCX/PDF, attendance sheet, .ics):
 * one place for the sentences, so the Word file, the PDF and the calendar entry say the same
 * thing. Plain string functions, no library; the French formats themselves (dates, times,
 * labels) come from lib/format.ts and are only wrapped here.
 */
import {
  formatDate,
  formatLongDate,
  formatTime,
  prefectureOf,
} from "@/lib/format";
import type {
  DocumentAgendaItem,
  DocumentParticipant,
  MeetingDocumentData,
} from "@/lib/meetings";
import { COLLEGE_LABELS, COMMITTEE_KIND_LABELS, type College } from "@/lib/committees/vocabulary";

const TIME_ZONE = "Europe/Paris";

/** "jeudi 6 mai 2021", "mardi 1er juin 2021" (lib/format.ts writes the "1er"). */
export function documentLongDate(date: Date): string {
  return formatLongDate(date);
}

/** "jeudi 6 mai 2021 à 14h30", or the day alone when the start time is not known. */
export function meetingWhen(meeting: MeetingDocumentData["meeting"]): string {
  const day = documentLongDate(meeting.startsAt);
  return meeting.hasStartTime ? `${day} à ${formatTime(meeting.startsAt)}` : day;
}

/** "Poitiers, le 14 juin 2021" */
export function issuedLine(data: Pick<MeetingDocumentData, "issuedPlace" | "issuedOn">): string {
  return `${data.issuedPlace}, le ${formatDate(data.issuedOn)}`;
}

/** "PRÉFET DE LA VIENNE" → ["PRÉFET", "DE LA VIENNE"], as the Marianne block prints it. */
export function stateHeaderLines(stateHeader: string): string[] {
  const match = /^(PR[ÉE]F[EÈ]TE?)\s+(.+)$/iu.exec(stateHeader.trim());
  return match?.[1] && match[2] ? [match[1], match[2]] : [stateHeader.trim()];
}

/** "Secrétariat Général Commun — Pôle … — Bureau …" → one line per level. */
export function issuingServiceLines(issuingService: string | null): string[] {
  if (!issuingService) return [];
  return issuingService
    .split(/\s+[—–]\s+|\r?\n/u)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The "Affaire suivie par" block: name, role, "Tél : …", "Mél : …". */
export function contactLines(contact: MeetingDocumentData["contact"]): {
  name: string;
  role: string | null;
  phone: string | null;
  email: string | null;
} | null {
  if (!contact) return null;
  return {
    name: `Affaire suivie par : ${contact.name}`,
    role: contact.role,
    phone: contact.phone ? `Tél : ${contact.phone}` : null,
    email: contact.email ? `Mél : ${contact.email}` : null,
  };
}

/** "comité local des usagers" (lower-case, for running text). */
export function committeeKindText(kind: MeetingDocumentData["committee"]["kind"]): string {
  const label: string = COMMITTEE_KIND_LABELS[kind];
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** "Comité local des usagers — Vienne" (calendar entry title, attendance sheet footer). */
export function meetingTitle(data: Pick<MeetingDocumentData, "committee" | "prefecture">): string {
  return `${COMMITTEE_KIND_LABELS[data.committee.kind]} — ${data.prefecture.name}`;
}

/** "Convocation — Comité local des usagers — jeudi 6 mai 2021" (document title property). */
export function convocationTitle(data: MeetingDocumentData): string {
  return `Convocation — ${COMMITTEE_KIND_LABELS[data.committee.kind]} ${prefectureOf(data.prefecture)} — ${documentLongDate(data.meeting.startsAt)}`;
}

export function attendanceSheetTitle(data: MeetingDocumentData): string {
  return `Feuille d'émargement — ${COMMITTEE_KIND_LABELS[data.committee.kind]} ${prefectureOf(data.prefecture)} — ${documentLongDate(data.meeting.startsAt)}`;
}

/** "convocation à la séance du comité local des usagers du jeudi 6 mai 2021 à 14h30" */
export function convocationSubject(data: MeetingDocumentData): string {
  return `convocation à la séance du ${committeeKindText(data.committee.kind)} du ${meetingWhen(data.meeting)}`;
}

export function addresseeLine(data: MeetingDocumentData): string {
  return `Mesdames et Messieurs les membres du ${committeeKindText(data.committee.kind)}`;
}

/** "Salle Marzellier, Préfecture de la Vienne, 7 place Aristide Briand, Poitiers" */
export function meetingLocation(meeting: MeetingDocumentData["meeting"]): string | null {
  const parts = [meeting.room, meeting.place].map((p) => p?.trim()).filter((p): p is string => !!p);
  return parts.length > 0 ? parts.join(", ") : null;
}

/** How to attend, in generic words: the data carries no dial-in number or link. */
export function modeSentence(meeting: MeetingDocumentData["meeting"]): string | null {
  switch (meeting.mode) {
    case "IN_PERSON":
      return null;
    case "AUDIOCONFERENCE":
      return "Le numéro d'appel et le code d'accès de l'audioconférence vous seront communiqués par courriel avant la séance : il vous suffira de composer ce numéro depuis un téléphone quelques minutes avant l'heure de début.";
    case "VIDEOCONFERENCE":
      return "Le lien de connexion à la visioconférence vous sera communiqué par courriel avant la séance : il vous suffira de l'ouvrir depuis un ordinateur, une tablette ou un téléphone quelques minutes avant l'heure de début.";
    case "HYBRID":
      return "Les membres qui ne peuvent se déplacer pourront participer à distance : le lien de connexion à la visioconférence leur sera communiqué par courriel avant la séance.";
  }
}

/** The line under the date: where (room, place) or how (audio/visio). */
export function meetingWhereLine(meeting: MeetingDocumentData["meeting"]): string | null {
  const location = meetingLocation(meeting);
  switch (meeting.mode) {
    case "AUDIOCONFERENCE":
      return location ? `en audioconférence (${location})` : "en audioconférence";
    case "VIDEOCONFERENCE":
      return location ? `en visioconférence (${location})` : "en visioconférence";
    case "HYBRID":
      return location ? `${location}, et en visioconférence` : "en présentiel et en visioconférence";
    case "IN_PERSON":
      return location;
  }
}

/** "La fin de la séance est prévue à 16h30." when an end time is known. */
export function endSentence(meeting: MeetingDocumentData["meeting"]): string | null {
  if (!meeting.hasStartTime || !meeting.endsAt) return null;
  return `La fin de la séance est prévue à ${formatTime(meeting.endsAt)}.`;
}

export function invitationSentence(data: MeetingDocumentData): string {
  return `J'ai l'honneur de vous inviter à participer à la prochaine séance du ${committeeKindText(data.committee.kind)} de la préfecture ${prefectureOf(data.prefecture)}, qui se tiendra le :`;
}

export function replySentence(data: MeetingDocumentData): string {
  const contact = data.contact;
  const how = contact
    ? `auprès de ${contact.name}${[contact.email, contact.phone].some(Boolean) ? ` (${[contact.email, contact.phone].filter(Boolean).join(", ")})` : ""}`
    : "auprès du secrétariat du comité";
  return `Je vous remercie de bien vouloir confirmer votre participation ou, en cas d'empêchement, m'indiquer le nom de la personne qui vous représentera, ${how}.`;
}

export const CLOSING_FORMULA =
  "Je vous prie d'agréer, Mesdames, Messieurs, l'assurance de ma considération distinguée.";

/** "A", "A et B", "A, B et C" ("; " between items that already contain commas). */
export function joinFrench(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  const separator = items.some((i) => i.includes(",")) ? " ; " : ", ";
  return `${items.slice(0, -1).join(separator)} et ${items[items.length - 1]}`;
}

/** 15 → "15 min", 60 → "1 h", 90 → "1 h 30" */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${String(m).padStart(2, "0")}`;
}

/** "Présentation par Mme SAUVAIRE (Diaporama pages 6 et 7)", "Durée prévue : 15 min" */
export function agendaItemDetails(item: DocumentAgendaItem): string[] {
  const lines: string[] = [];
  const slide = item.slideReference?.trim() ? `(${item.slideReference.trim()})` : null;
  if (item.presenters.length > 0) {
    lines.push([`Présentation par ${joinFrench(item.presenters)}`, slide].filter(Boolean).join(" "));
  } else if (slide) {
    lines.push(slide);
  }
  if (item.plannedMinutes != null && item.plannedMinutes > 0) {
    lines.push(`Durée prévue : ${formatMinutes(item.plannedMinutes)}`);
  }
  return lines;
}

/** "I – Titre", "a) Titre", "Point 1 : Titre" — for plain-text renderings (.ics). */
export function agendaItemLabel(item: DocumentAgendaItem): string {
  const number = item.number.trim();
  if (!number) return item.title;
  return /[).:–—-]$/u.test(number) ? `${number} ${item.title}` : `${number} – ${item.title}`;
}

/** The agenda as indented plain text, one line per item and detail. */
export function agendaAsText(items: readonly DocumentAgendaItem[], depth = 0): string[] {
  const indent = "   ".repeat(depth);
  return items.flatMap((item) => [
    `${indent}${agendaItemLabel(item)}`,
    ...agendaItemDetails(item).map((d) => `${indent}   ${d}`),
    ...agendaAsText(item.children, depth + 1),
  ]);
}

/** Deepest nesting of the agenda (1 for a flat list). */
export function agendaDepth(items: readonly DocumentAgendaItem[]): number {
  return items.reduce((max, item) => Math.max(max, 1 + agendaDepth(item.children)), 0);
}

/**
 * Who the prefect is, for the delegation formula: "Pour la préfète et par délégation" needs
 * the prefect's gender, which the signatory's line does not give (the secretary general
 * signs). The State header is invariable ("PRÉFET DE LA VIENNE" under a préfète, seed 002),
 * so it only tells when it says "PRÉFÈTE"; callers that know the prefect pass it explicitly.
 */
export type PrefectTitle = "préfet" | "préfète";

export function prefectTitleFromHeader(stateHeader: string | null | undefined): PrefectTitle {
  return /^\s*PR[ÉE]F[EÈ]TE\b/iu.test(stateHeader ?? "") ? "préfète" : "préfet";
}

/** "Préfète de la Vienne", "préfet des Vosges", "Préfète": the prefect of the department herself. */
const PREFECT_ROLE = /^pr[ée]f[eè]te?(\s+(de|du|des)\s.*|\s+d['’].*)?$/iu;
const ARTICLE = /^(le|la|les)\s|^l['’]/iu;

/**
 * "secrétaire générale" → "La secrétaire générale", after the delegation formula as the
 * seeds print it. The article follows the signatory's civility (the role's grammatical
 * gender); a role that already has one, or a signatory without civility, is left as written.
 */
function roleWithArticle(role: string, civility: string | null): string {
  const capitalised = `${role.charAt(0).toUpperCase()}${role.slice(1)}`;
  if (ARTICLE.test(role) || !civility) return capitalised;
  const lower = `${role.charAt(0).toLowerCase()}${role.slice(1)}`;
  if (/^[aeiouyhàâäéèêëîïôöûüœ]/iu.test(lower)) return `L'${lower}`;
  return `${civility === "M." ? "Le" : "La"} ${lower}`;
}

/**
 * The signature block, from the chair line ("Mme Chantal CASTELNOT, Préfète de la Vienne"):
 * the prefect signing herself signs "La préfète," / "Chantal CASTELNOT" — no delegation
 * formula, she delegates to no one. Anyone else signs for the prefect: "Pour la préfète et
 * par délégation," / "La secrétaire générale," / name, "la préfète" or "le préfet" as the
 * prefect is (see prefectTitleFromHeader). Without a chair, the delegation formula over an
 * empty signature space.
 */
export function signatureLines(
  chair: string | null,
  prefect: PrefectTitle = "préfet",
): { lines: string[]; name: string | null } {
  const delegation = `Pour ${prefect === "préfète" ? "la préfète" : "le préfet"} et par délégation,`;
  if (!chair?.trim()) return { lines: [delegation], name: null };
  const [rawName = "", ...rest] = chair.split(",");
  const role = rest.join(",").trim() || null;
  const civility = /^(M\.|Mme|Mlle)\s+/u.exec(rawName.trim())?.[1] ?? null;
  const name = rawName.trim().replace(/^(M\.|Mme|Mlle)\s+/u, "");
  if (role && PREFECT_ROLE.test(role)) {
    const female = civility === "Mme" || civility === "Mlle" || /^pr[ée]f[eè]te\b/iu.test(role);
    return { lines: [female ? "La préfète," : "Le préfet,"], name };
  }
  if (!role) return { lines: [delegation], name };
  return { lines: [delegation, `${roleWithArticle(role, civility)},`], name };
}

/** The signature of a meeting document: the chair, for the prefect the State header names. */
export function meetingSignature(data: Pick<MeetingDocumentData, "meeting" | "prefecture">) {
  return signatureLines(data.meeting.chair, prefectTitleFromHeader(data.prefecture.stateHeader));
}

/** "directeur, office français de l'immigration et de l'intégration (OFII)" */
export function participantDetail(p: DocumentParticipant): string {
  return [p.function, p.organization]
    .map((s) => s?.trim())
    .filter((s): s is string => !!s)
    .join(", ");
}

export interface CollegeGroup {
  college: College | null;
  title: string;
  participants: DocumentParticipant[];
}

/** Participants grouped by college, colleges in order of first appearance, print order kept. */
export function groupByCollege(participants: readonly DocumentParticipant[]): CollegeGroup[] {
  const groups = new Map<College | null, CollegeGroup>();
  for (const p of participants) {
    let group = groups.get(p.college);
    if (!group) {
      group = {
        college: p.college,
        title: p.college ? COLLEGE_LABELS[p.college] : "Autres participants",
        participants: [],
      };
      groups.set(p.college, group);
    }
    group.participants.push(p);
  }
  // Members without a college come last whatever their position.
  return [...groups.values()].sort((a, b) => Number(a.college === null) - Number(b.college === null));
}

/** Calendar day of an instant in Paris: [2021, 5, 6]. */
export function parisCalendarDay(date: Date): [number, number, number] {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return [get("year"), get("month"), get("day")];
}

/**
 * Text for the PDF fonts: Marianne (and the Helvetica fallback's WinAnsi encoding) has French
 * letters, « », œ, ’, – and —, but no narrow or thin spaces, non-breaking hyphen, check mark
 * or minus sign: those are mapped to characters it has, so they do not come out as blanks or
 * garbage.
 */
export function pdfSafe(text: string): string {
  return text
    .replace(/[\u202f\u2007\u2009\u200a]/gu, "\u00a0")
    .replace(/[\u2010\u2011]/gu, "-")
    .replace(/[\u2713\u2714\u2022\u25aa\u25cf]/gu, "•")
    .replace(/\u2212/gu, "-");
}

/**
 * "convocation-clu-vienne-2021-05-06": the file name of a meeting document (without its
 * extension), ASCII only so every mail client and file system keeps it. The day is the
 * meeting's day in Paris: a meeting known only by its day is stored at midnight Paris time,
 * which is the previous day in UTC.
 */
export function documentFileBase(kind: string, data: Pick<MeetingDocumentData, "committee" | "prefecture" | "meeting">): string {
  const [year, month, day] = parisCalendarDay(data.meeting.startsAt);
  const date = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const slug = (s: string) =>
    s
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "");
  return [slug(kind), slug(data.committee.kind), slug(data.prefecture.name), date].filter(Boolean).join("-");
}
