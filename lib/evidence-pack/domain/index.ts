/**
 * Public entry of the evidence pack's pure rules (issue 9 item 7): which files a prefecture's
 * pack holds for a year and under which names, the French manifest (LISEZMOI.txt), and the rows
 * of the files written here (action plan sheet, register extract, survey results). The figures
 * themselves are the features' (indicators, yearly report, register deadlines, survey rates):
 * nothing is recomputed here. No Prisma, no React, no Node: unit-tested as plain functions.
 */
import Papa from "papaparse";
import { formatCount, formatLongDate, formatNumber } from "@/lib/format";
import { MAX_YEAR, MIN_YEAR } from "@/lib/validation";
import { ACTION_ORIGIN_LABELS, ACTION_STATUS_LABELS, type ActionOrigin, type ActionStatus } from "@/lib/action-plan/vocabulary";
import { SURVEY_AUDIENCE_LABELS, type SurveyAudience } from "@/lib/surveys/vocabulary";

// ───────────────────────────── Period ─────────────────────────────

/**
 * The year a pack covers: `?annee=2022`, else the last complete year — an auditor asks for
 * the evidence of a year that is over. null when the value is not a year of the portal.
 */
export function parsePackYear(raw: string | null | undefined, currentYear: number): number | null {
  if (raw === null || raw === undefined || raw === "") return currentYear - 1;
  if (!/^\d{4}$/.test(raw)) return null;
  const year = Number(raw);
  return year >= MIN_YEAR && year <= Math.min(MAX_YEAR, currentYear) ? year : null;
}

/** The years offered in the page's select: from the current year back to `firstYear`, newest first. */
export function packYearChoices(currentYear: number, firstYear: number): number[] {
  const from = Math.max(MIN_YEAR, Math.min(firstYear, currentYear));
  return Array.from({ length: currentYear - from + 1 }, (_, i) => currentYear - i);
}

// ───────────────────────────── Files ─────────────────────────────

export type PackFileKind = "manifest" | "indicators" | "yearlyReport" | "minutes" | "actionPlan" | "register" | "surveys";

export interface PackFile {
  kind: PackFileKind;
  /** Path inside the ZIP ("comptes-rendus/…pdf") */
  name: string;
  /** What the file is, in French, for the page, the progress and the manifest */
  title: string;
  /** Already compressed formats (PDF, XLSX) are stored as is: deflating them again costs time for nothing */
  store: boolean;
  /** The minutes this entry renders (kind "minutes" only) */
  minutesId?: string;
}

export interface PackMinutes {
  id: string;
  /** File base of the minutes export ("compte-rendu-clu-vosges-2022-12-08") */
  fileBase: string;
  /** "Comité local des usagers, séance du jeudi 8 décembre 2022" */
  title: string;
}

/** What the pack's list and manifest are made of: counted before anything is built. */
export interface PackFacts {
  code: string;
  year: number;
  prefectureName: string;
  /** The yearly report's file base (lib/yearly-report's yearlyReportFileBase) */
  yearlyReportFileBase: string;
  indicatorCount: number;
  minutes: PackMinutes[];
  actionCount: number;
  registerEntryCount: number;
  surveyCount: number;
}

export const MANIFEST_FILE_NAME = "LISEZMOI.txt";
export const MINUTES_FOLDER = "comptes-rendus";

/** "dossier-preuves-88-2022.zip" */
export function evidencePackFileName(code: string, year: number): string {
  return `dossier-preuves-${code}-${year}.zip`;
}

/** Names made unique inside the ZIP: a second "x.pdf" becomes "x-2.pdf" (two meetings of one committee on one day). */
export function uniqueNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    let candidate = name;
    const dot = name.lastIndexOf(".");
    const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ""];
    for (let n = 2; taken.has(candidate); n += 1) candidate = `${stem}-${n}${extension}`;
    taken.add(candidate);
    return candidate;
  });
}

/**
 * The files of the pack, in the order they are built and written: the manifest first (an
 * auditor opens it first), then one file per kind of evidence. Known before building, so the
 * download can announce how many files it holds and the page can list them.
 */
export function packFiles(facts: PackFacts): PackFile[] {
  const { code, year } = facts;
  const minutesNames = uniqueNames(facts.minutes.map((m) => `${MINUTES_FOLDER}/${m.fileBase}.pdf`));
  return [
    { kind: "manifest", name: MANIFEST_FILE_NAME, title: "Présentation du dossier (ce fichier)", store: false },
    { kind: "indicators", name: `indicateurs-${code}-${year}.xlsx`, title: `Indicateurs de qualité ${year} (${formatCount(facts.indicatorCount, "indicateur suivi", "indicateurs suivis")})`, store: true },
    { kind: "yearlyReport", name: `${facts.yearlyReportFileBase}.pdf`, title: `Bilan des indicateurs ${year}`, store: true },
    ...facts.minutes.map((m, i): PackFile => ({ kind: "minutes", name: minutesNames[i] ?? `${MINUTES_FOLDER}/${m.fileBase}.pdf`, title: `Compte rendu : ${m.title}`, store: true, minutesId: m.id })),
    { kind: "actionPlan", name: `plan-actions-${code}-${year}.xlsx`, title: `Plan d'actions (${formatCount(facts.actionCount, "action", "actions")})`, store: true },
    { kind: "register", name: `registre-${code}-${year}.csv`, title: `Registre des demandes, suggestions et réclamations ${year} (${formatCount(facts.registerEntryCount, "demande", "demandes")})`, store: false },
    { kind: "surveys", name: `enquetes-${code}-${year}.csv`, title: `Résultats des enquêtes ${year} (${formatCount(facts.surveyCount, "enquête", "enquêtes")})`, store: false },
  ];
}

/**
 * LISEZMOI.txt: what the pack holds, for which prefecture and year, and how each file was
 * chosen — an auditor reads the evidence without the portal at hand. CRLF line ends: the
 * file is opened in Windows' Notepad as often as anywhere else.
 */
export function evidencePackManifest(facts: PackFacts, files: readonly PackFile[], generatedAt: Date): string {
  const lines = [
    `Dossier de preuves — ${facts.prefectureName} (${facts.code}) — année ${facts.year}`,
    "",
    `Période couverte : du 1er janvier au 31 décembre ${facts.year}.`,
    `Produit par le portail des comités locaux des usagers le ${formatLongDate(generatedAt)}.`,
    "",
    `Contenu (${formatCount(files.length, "fichier", "fichiers")}) :`,
    ...files.map((f) => `- ${f.name} : ${f.title}`),
    "",
    "Comment les pièces ont été choisies :",
    `- Indicateurs : les indicateurs suivis par la préfecture en ${facts.year}, période par période, au format de l'import du portail.`,
    `- Bilan : le bilan annuel des indicateurs ${facts.year} (objectifs, comparaison avec ${facts.year - 1}).`,
    `- Comptes rendus : ceux des séances tenues en ${facts.year}, validés ou publiés (${formatNumber(facts.minutes.length)}) ; les brouillons et les comptes rendus en relecture n'en font pas partie.`,
    `- Plan d'actions : les actions encore ouvertes, et celles créées, adoptées en séance, à échéance ou suivies en ${facts.year}, avec leur dernier point d'avancement.`,
    `- Registre : les demandes reçues en ${facts.year} ; l'échéance de 5 jours ouvrés et l'état sont ceux du jour de l'export.`,
    `- Enquêtes : les résultats des enquêtes de ${facts.year}, une ligne par réponse proposée.`,
    "",
    "Les fichiers CSV sont séparés par des points-virgules et encodés en UTF-8 (Excel les ouvre directement).",
    "",
  ];
  return lines.join("\r\n");
}

// ───────────────────────────── Action plan sheet ─────────────────────────────

export interface PackAction {
  title: string;
  origin: ActionOrigin;
  /** Where it came from, in words ("Question de Mme X, séance du …"), when known */
  source: string | null;
  engagements: { code: string; title: string }[];
  owner: string | null;
  /** "YYYY-MM-DD" */
  dueOn: string | null;
  status: ActionStatus;
  result: string | null;
  lastNote: { at: Date; body: string } | null;
}

export const ACTION_PLAN_HEADERS = ["Action", "Origine", "Source", "Engagements", "Responsable", "Échéance", "Statut", "Résultat", "Dernier point d'avancement", "Date du point"] as const;

/** "2022-05-31" → a date cell at UTC midnight (Excel shows the day, whatever the reader's zone). */
const dayCell = (iso: string | null): Date | null => (iso ? new Date(`${iso}T00:00:00Z`) : null);

/** One row per action, in ACTION_PLAN_HEADERS' order: text for words, dates as dates. */
export function actionPlanRows(actions: readonly PackAction[]): (string | Date | null)[][] {
  return actions.map((a) => [
    a.title,
    ACTION_ORIGIN_LABELS[a.origin],
    a.source,
    a.engagements.map((e) => `${e.code} ${e.title}`).join("\n") || null,
    a.owner,
    dayCell(a.dueOn),
    ACTION_STATUS_LABELS[a.status],
    a.result,
    a.lastNote?.body ?? null,
    a.lastNote ? dayCell(a.lastNote.at.toISOString().slice(0, 10)) : null,
  ]);
}

// ───────────────────────────── CSV (register, surveys) ─────────────────────────────

/** French CSV lines: ";" separator, CRLF, quotes where needed. A file starts with a BOM (see csvStart). */
export function csvLines(rows: readonly (readonly (string | number | null)[])[]): string {
  if (rows.length === 0) return "";
  const text = rows.map((row) => row.map((cell) => (cell === null ? "" : typeof cell === "number" ? String(cell).replace(".", ",") : cell)));
  return `${Papa.unparse(text, { delimiter: ";", newline: "\r\n" })}\r\n`;
}

/** The first chunk of a CSV file: the BOM French Excel needs to read UTF-8, and the header line. */
export function csvStart(headers: readonly string[]): string {
  return `\uFEFF${csvLines([headers])}`;
}

/** What the survey extract needs of lib/surveys' SurveyResult (structurally the same). */
export interface PackSurvey {
  title: string;
  audience: SurveyAudience;
  method: string | null;
  respondentsCount: number;
  responseRate: number | null;
  questions: {
    position: number;
    text: string;
    satisfactionRate: number | null;
    options: { label: string; count: number | null; percent: number | null }[];
  }[];
}

export const SURVEY_HEADERS = ["Enquête", "Public", "Méthode", "Répondants", "Taux de réponse (%)", "N°", "Question", "Réponse", "Nombre", "Part (%)", "Taux de satisfaction (%)"] as const;

/** Percentages rounded to one decimal, as the survey pages print them. */
const oneDecimal = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

/** One line per proposed answer (an open question without options: one line for the question). */
export function surveyRows(surveys: readonly PackSurvey[]): (string | number | null)[][] {
  return surveys.flatMap((s) =>
    s.questions.flatMap((q) => {
      const head = [s.title, SURVEY_AUDIENCE_LABELS[s.audience], s.method, s.respondentsCount, oneDecimal(s.responseRate), q.position, q.text];
      const options = q.options.length > 0 ? q.options : [null];
      return options.map((o) => [...head, o?.label ?? null, o?.count ?? null, oneDecimal(o?.percent ?? null), oneDecimal(q.satisfactionRate)]);
    }),
  );
}
