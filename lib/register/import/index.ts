/**
 * Reading an existing register from a French CSV (`;` separator, dates JJ/MM/AAAA, the
 * columns of REGISTER_CSV_COLUMNS named in French, as Excel saves them — UTF-8 or
 * Windows-1252). PURE: no I/O, no Prisma. Every line goes through the form's own schema
 * (registerEntryFieldsSchema), so a line refused here would be refused in the form, with the
 * same words, prefixed by its line ("Ligne 4 : date de réception invalide — …"). The caller
 * writes the entries only when there is no error at all (all or nothing).
 */
import Papa from "papaparse";
import { checkIsoDate, dateProblemMessage } from "@/lib/validation";
import { repeatedLines } from "@/lib/register/domain";
import { datesAfterToday, registerEntryFieldsSchema, type RegisterEntryFields } from "@/lib/register/schemas";
import { REQUEST_CHANNEL_LABELS, REQUEST_TYPE_LABELS, type RequestChannel, type RequestType } from "@/lib/register/vocabulary";

type Field = "reference" | "receivedOn" | "channel" | "type" | "subject" | "service" | "acknowledgedOn" | "holdingReplyOn" | "announcedDelayDays" | "answeredOn";

export interface RegisterCsvColumn {
  field: Field;
  header: string;
  required: boolean;
  /** What the page says the column holds */
  description: string;
  /** What a line's error calls the field ("date de réception") */
  noun: string;
  isDate?: boolean;
}

/** The columns of the file, in the order the page documents them and an export would write them. */
export const REGISTER_CSV_COLUMNS: readonly RegisterCsvColumn[] = [
  { field: "reference", header: "Référence", required: false, noun: "référence", description: "Numéro ou référence interne (facultatif)." },
  { field: "receivedOn", header: "Date de réception", required: true, noun: "date de réception", isDate: true, description: "JJ/MM/AAAA, par exemple 29/04/2021." },
  {
    field: "channel",
    header: "Canal",
    required: true,
    noun: "canal",
    description: `${Object.values(REQUEST_CHANNEL_LABELS).join(", ")} (« Mail », « E-mail » et « Guichet » sont aussi compris).`,
  },
  { field: "type", header: "Type", required: true, noun: "type", description: `${Object.values(REQUEST_TYPE_LABELS).join(", ")} (« Information » et « Plainte » sont aussi compris).` },
  { field: "subject", header: "Objet", required: true, noun: "objet", description: "L'objet de la demande, 300 caractères au plus." },
  { field: "service", header: "Service", required: false, noun: "service", description: "Le service qui traite la demande (facultatif)." },
  { field: "acknowledgedOn", header: "Date d'accusé de réception", required: false, noun: "date d'accusé de réception", isDate: true, description: "JJ/MM/AAAA (facultatif)." },
  { field: "holdingReplyOn", header: "Date de réponse d'attente", required: false, noun: "date de réponse d'attente", isDate: true, description: "JJ/MM/AAAA, quand le sujet demande plus de 5 jours ouvrés (facultatif)." },
  { field: "announcedDelayDays", header: "Délai annoncé (jours)", required: false, noun: "délai annoncé", description: "Nombre de jours annoncé dans la réponse d'attente (obligatoire avec elle)." },
  { field: "answeredOn", header: "Date de réponse", required: false, noun: "date de réponse", isDate: true, description: "JJ/MM/AAAA ; vide tant que la demande n'a pas reçu de réponse." },
];

export const MAX_REGISTER_IMPORT_ERRORS = 200;
export const MAX_REGISTER_IMPORT_ROWS = 20_000;

export interface RegisterImportError {
  /** Line in the file, header = 1; 0 for the file as a whole */
  line: number;
  message: string;
}

export interface ParsedRegisterLine {
  line: number;
  entry: RegisterEntryFields;
}

/** A line without reference identical to an earlier one (same date, channel, type, subject, service): imported, but said. */
export interface RepeatedRegisterLine {
  line: number;
  sameAs: number;
}

export type RegisterCsvResult =
  | { ok: true; lines: ParsedRegisterLine[]; ignoredColumns: string[]; repeated: RepeatedRegisterLine[] }
  | { ok: false; errors: RegisterImportError[]; truncated: boolean };

/** Case, accents, apostrophes, parentheses and spaces ignored: "date d’accuse de reception" matches. */
export function normalizeKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’'`()\-_.:]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const CHANNEL_WORDS: Record<string, RequestChannel> = {
  ...Object.fromEntries(Object.entries(REQUEST_CHANNEL_LABELS).map(([k, v]) => [normalizeKey(v), k as RequestChannel])),
  mail: "EMAIL",
  "e mail": "EMAIL",
  email: "EMAIL",
  courriel: "EMAIL",
  "courrier postal": "MAIL",
  formulaire: "WEB_FORM",
  "formulaire web": "WEB_FORM",
  "formulaire de contact": "WEB_FORM",
  "boite a idees": "SUGGESTION_BOX",
  telephone: "PHONE",
  accueil: "COUNTER",
  guichet: "COUNTER",
};

const TYPE_WORDS: Record<string, RequestType> = {
  ...Object.fromEntries(Object.entries(REQUEST_TYPE_LABELS).map(([k, v]) => [normalizeKey(v), k as RequestType])),
  information: "INFORMATION",
  "demande de renseignement": "INFORMATION",
  renseignement: "INFORMATION",
  plainte: "COMPLAINT",
};

const HEADERS = new Map(REGISTER_CSV_COLUMNS.map((c) => [normalizeKey(c.header), c]));

/** "29/04/2021" → "2021-04-29" (also 29-04-2021, 29.04.2021; one-digit day and month accepted); the reason otherwise. */
export function frenchDateToIso(text: string): { ok: true; iso: string } | { ok: false; message: string } {
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  if (!match) return { ok: false, message: "attendu au format JJ/MM/AAAA, par exemple 29/04/2021" };
  const iso = `${match[3]}-${match[2]!.padStart(2, "0")}-${match[1]!.padStart(2, "0")}`;
  const check = checkIsoDate(iso);
  return check.ok ? { ok: true, iso } : { ok: false, message: dateProblemMessage(check.problem).replace(/\.$/, "") };
}

/** UTF-8 (BOM or not) or, when it is not valid UTF-8, Windows-1252 — what Excel writes in France. */
export function decodeCsv(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder("windows-1252").decode(bytes);
  }
  return text.replace(/^\uFEFF/, "");
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** `today` ("YYYY-MM-DD"): lines with a date after it are refused; omitted, dates are not compared with today. */
export function parseRegisterCsv(text: string, today?: string): RegisterCsvResult {
  const parsed = Papa.parse<string[]>(text, { delimiter: ";", skipEmptyLines: false });
  const rows = parsed.data;
  const errors: RegisterImportError[] = [];
  const fail = (truncated = false): RegisterCsvResult => ({ ok: false, errors, truncated });
  const header = rows[0];
  if (!header || header.every((c) => c.trim() === "")) {
    errors.push({ line: 0, message: "Le fichier est vide : la première ligne doit nommer les colonnes (Date de réception;Canal;Type;Objet…)." });
    return fail();
  }
  if (header.length === 1 && header[0]!.includes(",")) {
    errors.push({ line: 1, message: "Les colonnes doivent être séparées par des points-virgules (« ; »), comme Excel les enregistre en français." });
    return fail();
  }
  const columns: (RegisterCsvColumn | null)[] = header.map((h) => HEADERS.get(normalizeKey(h)) ?? null);
  const ignoredColumns = header.filter((h, i) => !columns[i] && h.trim() !== "");
  for (const c of REGISTER_CSV_COLUMNS) {
    const count = columns.filter((x) => x === c).length;
    if (c.required && count === 0) errors.push({ line: 1, message: `Ligne 1 : la colonne « ${c.header} » manque.` });
    if (count > 1) errors.push({ line: 1, message: `Ligne 1 : la colonne « ${c.header} » figure ${count} fois.` });
  }
  if (errors.length) return fail();

  const lines: ParsedRegisterLine[] = [];
  let dataRows = 0;
  for (let r = 1; r < rows.length; r += 1) {
    const row = rows[r]!;
    const line = r + 1;
    if (row.every((c) => c.trim() === "")) continue;
    dataRows += 1;
    if (dataRows > MAX_REGISTER_IMPORT_ROWS) {
      errors.push({ line, message: `Le fichier compte plus de ${MAX_REGISTER_IMPORT_ROWS} demandes : découpez-le par année.` });
      return fail(true);
    }
    const lineErrors: string[] = [];
    const raw: Record<string, string | null> = {};
    columns.forEach((c, i) => {
      if (!c) return;
      const cell = (row[i] ?? "").trim();
      if (c.isDate && cell !== "") {
        const date = frenchDateToIso(cell);
        if (date.ok) raw[c.field] = date.iso;
        else lineErrors.push(`${c.noun} invalide (« ${cell} ») — ${lowerFirst(date.message)}`);
        return;
      }
      if (c.field === "channel" && cell !== "") {
        const channel = CHANNEL_WORDS[normalizeKey(cell)];
        if (channel) raw.channel = channel;
        else lineErrors.push(`canal inconnu (« ${cell} ») : indiquez ${Object.values(REQUEST_CHANNEL_LABELS).join(", ")}`);
        return;
      }
      if (c.field === "type" && cell !== "") {
        const type = TYPE_WORDS[normalizeKey(cell)];
        if (type) raw.type = type;
        else lineErrors.push(`type inconnu (« ${cell} ») : indiquez ${Object.values(REQUEST_TYPE_LABELS).join(", ")}`);
        return;
      }
      raw[c.field] = cell;
    });
    // A cell already refused above is not checked again by the schema (one message per cell).
    const refused = new Set(lineErrors.length ? REGISTER_CSV_COLUMNS.filter((c) => raw[c.field] === undefined && (row[columns.indexOf(c)] ?? "").trim() !== "").map((c) => c.field as string) : []);
    const result = registerEntryFieldsSchema.safeParse({ ...raw, receivedOn: raw.receivedOn ?? (refused.has("receivedOn") ? "1990-01-01" : "") });
    if (result.success && today) for (const p of datesAfterToday(result.data, today)) lineErrors.push(lowerFirst(p.message.replace(/\.$/, "")));
    if (result.success && lineErrors.length === 0) {
      lines.push({ line, entry: result.data });
    } else {
      if (!result.success) {
        for (const issue of result.error.issues) {
          const field = String(issue.path[0] ?? "");
          if (refused.has(field)) continue;
          lineErrors.push(lowerFirst(issue.message.replace(/\.$/, "")));
        }
      }
      for (const message of lineErrors) {
        errors.push({ line, message: `Ligne ${line} : ${message}.` });
        if (errors.length >= MAX_REGISTER_IMPORT_ERRORS) return fail(true);
      }
    }
  }
  // A reference names one request: the same one twice in a file is a mistake to fix there.
  const repeated: RepeatedRegisterLine[] = [];
  const byLine = new Map(lines.map((l) => [l.line, l.entry]));
  for (const r of repeatedLines(lines)) {
    if (!r.byReference) {
      repeated.push({ line: r.line, sameAs: r.sameAs });
      continue;
    }
    const reference = byLine.get(r.line)?.reference ?? "";
    errors.push({ line: r.line, message: `Ligne ${r.line} : la référence « ${reference} » figure déjà ligne ${r.sameAs}.` });
  }
  if (errors.length) {
    errors.sort((a, b) => a.line - b.line);
    const truncated = errors.length > MAX_REGISTER_IMPORT_ERRORS;
    return { ok: false, errors: errors.slice(0, MAX_REGISTER_IMPORT_ERRORS), truncated };
  }
  if (lines.length === 0) {
    errors.push({ line: 0, message: "Le fichier ne contient aucune demande sous sa ligne d'en-tête." });
    return fail();
  }
  return { ok: true, lines, ignoredColumns, repeated };
}
