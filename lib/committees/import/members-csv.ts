/**
 * Members import, step 1: PURE parsing and validation of a CSV of committee members (no I/O,
 * no Prisma). Owns the column set shared with the export (lib/committees/export), so a file
 * exported by the portal imports back unchanged.
 *
 * What a prefecture actually sends: French Excel exports (";" separator, often Windows-1252
 * rather than UTF-8), headers typed by hand with or without accents, colleges written as the
 * minutes print them ("représentants des usagers"), dates as 31/12/2024. All of that is
 * accepted; anything ambiguous is an error, and EVERY error is reported at once with the
 * line number the user sees in the spreadsheet (header = line 1), because the import is
 * all-or-nothing and a user fixing one error per upload would give up.
 */
import Papa from "papaparse";
import { z } from "zod";
import { formatPersonName } from "@/lib/format";
import { checkIsoDate, dateProblemMessage, isCleanText, parseIsoDate } from "@/lib/validation";
import type { Civility, College, Mandate, OrganizationKind } from "@/lib/generated/prisma/enums";

export const MAX_IMPORT_ROWS = 2000;
export const MAX_IMPORT_BYTES = 1024 * 1024;

/** One seat as plain, serialisable data: what the import produces and the export consumes. */
export interface MemberRowData {
  civility: Civility | null;
  firstName: string | null;
  /** Upper case, as the minutes print names */
  lastName: string | null;
  function: string | null;
  /** Organisation holding the seat or employing the person */
  organization: string | null;
  /** null: not given (the import then derives it from the college) */
  organizationKind: OrganizationKind | null;
  /** Lower case */
  email: string | null;
  phone: string | null;
  college: College;
  mandate: Mandate;
  /** ISO date "2024-12-31" */
  startsOn: string | null;
  endsOn: string | null;
  /** For a seat described without person: "Maire, représentant l'association des maires ruraux" */
  seatLabel: string | null;
}

export interface ParsedMemberRow extends MemberRowData {
  /** Line in the user's spreadsheet (header = 1) */
  line: number;
}

export interface ImportError {
  /** Line in the user's spreadsheet (header = 1); 0 for the file as a whole (size, row count) */
  line: number;
  /** The column header as written in the file (or its standard name when the column is missing) */
  column?: string;
  /** Complete French sentence, ready to display */
  message: string;
}

export type MembersCsvResult =
  | { ok: true; rows: ParsedMemberRow[]; warnings: ImportError[]; delimiter: string }
  | { ok: false; errors: ImportError[] };

export type MemberField = keyof MemberRowData;

interface ColumnSpec {
  field: MemberField;
  /** Header written by the export, shown in messages */
  header: string;
  /** Accepted headers, normalised (see normalizeKey) */
  aliases: string[];
}

/** Columns in export order. */
export const MEMBER_COLUMNS: readonly ColumnSpec[] = [
  { field: "civility", header: "Civilité", aliases: ["civilite", "titre"] },
  { field: "firstName", header: "Prénom", aliases: ["prenom"] },
  { field: "lastName", header: "Nom", aliases: ["nom", "nom de famille", "nom d usage"] },
  { field: "function", header: "Fonction", aliases: ["fonction", "qualite", "poste"] },
  {
    field: "organization",
    header: "Organisme",
    aliases: ["organisme", "organisation", "structure", "nom de l organisme"],
  },
  {
    field: "organizationKind",
    header: "Type d'organisme",
    aliases: ["type d organisme", "type organisme", "type de l organisme", "type de structure"],
  },
  {
    field: "email",
    header: "Adresse électronique",
    aliases: [
      "adresse electronique",
      "courriel",
      "adresse courriel",
      "e mail",
      "email",
      "mail",
      "mel",
      "adresse mail",
      "adresse e mail",
      "adresse email",
    ],
  },
  { field: "phone", header: "Téléphone", aliases: ["telephone", "tel", "numero de telephone"] },
  { field: "college", header: "Collège", aliases: ["college"] },
  { field: "mandate", header: "Mandat", aliases: ["mandat", "titulaire suppleant", "titulaire ou suppleant"] },
  {
    field: "startsOn",
    header: "Début",
    aliases: ["debut", "date de debut", "debut du mandat", "date de debut du mandat"],
  },
  { field: "endsOn", header: "Fin", aliases: ["fin", "date de fin", "fin du mandat", "date de fin du mandat"] },
  { field: "seatLabel", header: "Libellé du siège", aliases: ["libelle du siege", "siege"] },
];

const HEADER_OF = Object.fromEntries(MEMBER_COLUMNS.map((c) => [c.field, c.header])) as Record<MemberField, string>;

// ───────────── Labels (export) and accepted values (import) ─────────────

export const CIVILITY_LABEL: Record<Civility, string> = { M: "M.", MME: "Mme" };
export const COLLEGE_LABEL: Record<College, string> = {
  STATE: "État",
  USERS: "Usagers",
  ELECTED: "Élus",
  PROFESSIONALS: "Professionnels",
};
export const MANDATE_LABEL: Record<Mandate, string> = { TITULAIRE: "titulaire", SUPPLEANT: "suppléant" };
export const ORGANIZATION_KIND_LABEL: Record<OrganizationKind, string> = {
  STATE_SERVICE: "service de l'État",
  ASSOCIATION: "association",
  LOCAL_AUTHORITY: "collectivité",
  PROFESSIONAL_BODY: "organisme professionnel",
  OTHER: "autre",
};

/** Lower case, no accents, punctuation as single spaces, no "(jj/mm/aaaa)" hints. */
export function normalizeKey(value: string): string {
  return value
    .replace(/\([^)]*\)/g, " ")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const CIVILITY_VALUES: Record<string, Civility> = {
  m: "M",
  mr: "M",
  monsieur: "M",
  mme: "MME",
  madame: "MME",
  mlle: "MME",
  mademoiselle: "MME",
};

const MANDATE_VALUES: Record<string, Mandate> = {
  titulaire: "TITULAIRE",
  tit: "TITULAIRE",
  t: "TITULAIRE",
  suppleant: "SUPPLEANT",
  suppleante: "SUPPLEANT",
  suppl: "SUPPLEANT",
  s: "SUPPLEANT",
};

const ORGANIZATION_KIND_VALUES: Record<string, OrganizationKind> = {
  "service de l etat": "STATE_SERVICE",
  "services de l etat": "STATE_SERVICE",
  etat: "STATE_SERVICE",
  association: "ASSOCIATION",
  collectivite: "LOCAL_AUTHORITY",
  "collectivite territoriale": "LOCAL_AUTHORITY",
  "collectivite locale": "LOCAL_AUTHORITY",
  "organisme professionnel": "PROFESSIONAL_BODY",
  "organisation professionnelle": "PROFESSIONAL_BODY",
  autre: "OTHER",
};

/** After the "collège des représentants des…" prefixes are removed (collegeCore). */
const COLLEGE_VALUES: Record<string, College> = {
  etat: "STATE",
  "services de l etat": "STATE",
  "service de l etat": "STATE",
  administration: "STATE",
  "services de l administration": "STATE",
  usagers: "USERS",
  elus: "ELECTED",
  "elus locaux": "ELECTED",
  professionnels: "PROFESSIONALS",
  "organismes professionnels": "PROFESSIONALS",
};

const COLLEGE_PREFIXES = ["college", "representants", "representant", "des", "de la", "de l", "du", "d", "les", "l"];

/** "Collège des représentants de l'État" → "etat"; "représentants des usagers" → "usagers". */
function collegeCore(value: string): string {
  let core = normalizeKey(value);
  for (let changed = true; changed; ) {
    changed = false;
    for (const prefix of COLLEGE_PREFIXES) {
      if (core.startsWith(`${prefix} `)) {
        core = core.slice(prefix.length + 1);
        changed = true;
      }
    }
  }
  return core;
}

// ───────────── Cell values ─────────────

/** Excel's CSV keeps line breaks inside quoted cells; names and labels are one line. */
function clean(value: string): string {
  return unescapeFormula(value).replace(/\s+/g, " ").trim();
}

/**
 * The export prefixes "'" to cells that a spreadsheet would run as a formula (CSV injection);
 * the import removes it so the round trip is exact.
 */
export function escapeFormula(value: string): string {
  if (/^[=@\t\r]/.test(value)) return `'${value}`;
  // "+33 5 49 …" and "-" alone are data, not formulas; "+A1" or "-2+3" would be evaluated.
  if (/^[+-]/.test(value) && !/^[+-][\d\s().]*$/.test(value)) return `'${value}`;
  return value;
}

function unescapeFormula(value: string): string {
  return /^'[=@+\-\t\r]/.test(value) ? value.slice(1) : value;
}

/**
 * "31/12/2024", "1/2/2024", "31.12.2024", "2024-12-31" → the canonical "YYYY-MM-DD" it names,
 * which lib/validation then checks like any date of the portal (a real day, 1990–2100); null
 * when the cell is not written as a date at all.
 */
function canonicalDate(value: string): string | null {
  const fr = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const [y, m, d] = fr ? [fr[3], fr[2], fr[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (!y || !m || !d) return null;
  return `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
}

/** "31/12/2024", "31.12.2024", "2024-12-31" → "2024-12-31"; null when not a real date of 1990–2100. */
export function parseFrenchDate(value: string): string | null {
  const iso = canonicalDate(value);
  return iso && parseIsoDate(iso) ? iso : null;
}

/** "2024-12-31" → "31/12/2024" */
export function formatFrenchDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

const MAX_LENGTH: Partial<Record<MemberField, number>> = {
  firstName: 100,
  lastName: 100,
  function: 300,
  organization: 200,
  email: 254,
  phone: 30,
  seatLabel: 200,
};

const PHONE_PATTERN = /^\+?[0-9][0-9 .()-]{3,28}$/;
const emailSchema = z.email();

const accepted = (labels: readonly string[]) => `Valeurs acceptées : ${labels.join(", ")}.`;

// ───────────── The row schema ─────────────

const rawRowShape = Object.fromEntries(MEMBER_COLUMNS.map((c) => [c.field, z.string()])) as Record<
  MemberField,
  z.ZodString
>;

/**
 * One zod schema per row: raw cells (strings, "" when empty or when the column is absent) in,
 * a MemberRowData out. Every field is checked even when another one fails, so a line with
 * three mistakes gets three messages; issues carry the field in their path.
 */
export const memberRowSchema = z.object(rawRowShape).transform((raw, ctx): MemberRowData => {
  const issue = (field: MemberField | null, message: string) =>
    ctx.addIssue({ code: "custom", message, path: field ? [field] : [] });
  const v = Object.fromEntries(Object.entries(raw).map(([k, s]) => [k, clean(s)])) as Record<MemberField, string>;
  // A NUL (PostgreSQL refuses it) or a lone surrogate: said once; the cell's own checks (value
  // list, date, address) are skipped so it raises no second message about the same mistake.
  const invalid = new Set<MemberField>();
  for (const field of Object.keys(v) as MemberField[]) {
    if (!isCleanText(v[field])) {
      issue(field, "ce texte contient un caractère invalide.");
      invalid.add(field);
    }
  }

  const text = (field: MemberField): string | null => {
    const value = v[field];
    if (!value) return null;
    const max = MAX_LENGTH[field];
    if (max && value.length > max) {
      issue(field, `texte trop long (${value.length} caractères, ${max} au plus).`);
    }
    return value;
  };
  const oneOf = <T>(field: MemberField, values: Record<string, T>, labels: readonly string[], key = normalizeKey) => {
    if (!v[field] || invalid.has(field)) return null;
    const found = values[key(v[field])];
    if (found === undefined) issue(field, `valeur « ${v[field]} » inconnue. ${accepted(labels)}`);
    return found ?? null;
  };
  const date = (field: MemberField) => {
    if (!v[field] || invalid.has(field)) return null;
    const iso = canonicalDate(v[field]);
    const check = iso ? checkIsoDate(iso) : null;
    if (!check) issue(field, `date « ${v[field]} » invalide. Formats acceptés : 31/12/2024 ou 2024-12-31.`);
    // The same sentence as the forms: "Le 31 février 2021 n'existe pas : février 2021 compte 28 jours."
    else if (!check.ok) issue(field, `date « ${v[field]} » invalide. ${dateProblemMessage(check.problem)}`);
    return check?.ok ? iso : null;
  };

  const civility = oneOf("civility", CIVILITY_VALUES, ["M.", "Mme", "Monsieur", "Madame"]);
  const firstName = text("firstName");
  const lastNameText = text("lastName");
  const lastName = lastNameText ? lastNameText.toLocaleUpperCase("fr-FR") : null;
  const fn = text("function");
  const organization = text("organization");
  const organizationKind = oneOf(
    "organizationKind",
    ORGANIZATION_KIND_VALUES,
    Object.values(ORGANIZATION_KIND_LABEL),
  );
  const emailText = text("email");
  const email = emailText ? emailText.toLowerCase() : null;
  if (email && !invalid.has("email") && !emailSchema.safeParse(email).success) issue("email", `adresse « ${emailText} » invalide.`);
  const phone = text("phone");
  if (phone && !invalid.has("phone") && !PHONE_PATTERN.test(phone)) {
    issue("phone", `numéro « ${phone} » invalide (chiffres, espaces, points, tirets et « + » seulement).`);
  }
  const collegeLabels = Object.values(COLLEGE_LABEL);
  let college: College | null = null;
  if (!v.college) issue("college", `valeur obligatoire. ${accepted(collegeLabels)}`);
  else college = oneOf("college", COLLEGE_VALUES, collegeLabels, collegeCore);
  const mandate = oneOf("mandate", MANDATE_VALUES, Object.values(MANDATE_LABEL)) ?? "TITULAIRE";
  const startsOn = date("startsOn");
  const endsOn = date("endsOn");
  if (startsOn && endsOn && endsOn < startsOn) {
    issue(
      "endsOn",
      `la date de fin (${formatFrenchDate(endsOn)}) précède la date de début (${formatFrenchDate(startsOn)}).`,
    );
  }
  const seatLabel = text("seatLabel");

  if (!lastName && !organization && !seatLabel) {
    issue(null, "il faut au moins un « Nom » ou un « Organisme » : la ligne ne désigne aucun membre.");
  } else if (!lastName && (firstName || civility || fn || email || phone)) {
    issue(
      "lastName",
      "le nom est obligatoire dès que la ligne décrit une personne (prénom, civilité, fonction, adresse électronique ou téléphone).",
    );
  }

  return {
    civility,
    firstName,
    lastName,
    function: fn,
    organization,
    organizationKind,
    email,
    phone,
    college: college ?? "USERS", // never used: the row has an issue, the parse result is discarded
    mandate,
    startsOn,
    endsOn,
    seatLabel,
  };
});

/**
 * The shape of rows handed back by a client between preview and confirmation: the server
 * action re-validates them with this before applying.
 */
const isoDateSchema = z.string().refine((s) => parseIsoDate(s) !== null, "Date invalide");
const cleanCell = (max: number) => z.string().min(1).max(max).refine(isCleanText, "Texte invalide");
export const parsedMemberRowSchema = z.object({
  line: z.number().int().positive(),
  civility: z.enum(["M", "MME"]).nullable(),
  firstName: cleanCell(100).nullable(),
  lastName: cleanCell(100).nullable(),
  function: cleanCell(300).nullable(),
  organization: cleanCell(200).nullable(),
  organizationKind: z.enum(["STATE_SERVICE", "ASSOCIATION", "LOCAL_AUTHORITY", "PROFESSIONAL_BODY", "OTHER"]).nullable(),
  email: z.email().nullable(),
  phone: cleanCell(30).nullable(),
  college: z.enum(["STATE", "USERS", "ELECTED", "PROFESSIONALS"]),
  mandate: z.enum(["TITULAIRE", "SUPPLEANT"]),
  startsOn: isoDateSchema.nullable(),
  endsOn: isoDateSchema.nullable(),
  seatLabel: cleanCell(200).nullable(),
}) satisfies z.ZodType<ParsedMemberRow>;
export const parsedMemberRowsSchema = z.array(parsedMemberRowSchema).max(MAX_IMPORT_ROWS);

// ───────────── The file ─────────────

/** Bytes → text: UTF-8 (with or without BOM); otherwise Windows-1252, Excel's "CSV (;)". */
export function decodeCsvBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** The separator used in the header line (outside quotes): ";" (French Excel), "," or tab. */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [";", 0],
    [",", 0],
    ["\t", 0],
  ]);
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ";";
  let bestCount = 0;
  for (const [delimiter, count] of counts) {
    if (count > bestCount) [best, bestCount] = [delimiter, count];
  }
  return best;
}

const at = (line: number, column: string | undefined, message: string): ImportError =>
  column
    ? { line, column, message: `Ligne ${line}, colonne « ${column} » : ${message}` }
    : { line, message: `Ligne ${line} : ${message}` };

const fileError = (message: string): ImportError => ({ line: 0, message });

const formatCount = (n: number) => new Intl.NumberFormat("fr-FR").format(n).replace(/\u202f|\u00a0/g, " ");

/** Identity of a person inside one file, to catch the same person listed twice. */
function personKeys(row: MemberRowData) {
  const name = row.lastName
    ? [row.firstName ?? "", row.lastName, row.organization ?? ""].map((s) => s.toLocaleLowerCase("fr-FR")).join("|")
    : null;
  return { email: row.email, name };
}

function seatKey(row: MemberRowData): string {
  return [row.organization?.toLocaleLowerCase("fr-FR") ?? "", row.seatLabel?.toLocaleLowerCase("fr-FR") ?? "", row.college, row.mandate].join("|");
}

function describeRow(row: MemberRowData): string {
  if (row.lastName) return formatPersonName({ civility: row.civility, firstName: row.firstName, lastName: row.lastName });
  return [row.organization, row.seatLabel].filter(Boolean).join(" — ");
}

/** Parses and validates a members CSV: all rows, or every error found. */
export function parseMembersCsv(input: string | Uint8Array): MembersCsvResult {
  // Text (what the form sends) is measured in characters, never re-encoded: a Windows-1252
  // file of 1 Mo has 1 Mi characters but up to 3 Mo once in UTF-8, and must not be refused for
  // a size the user's file does not have. A file's characters never outnumber its bytes.
  const size = typeof input === "string" ? input.length : input.byteLength;
  if (size > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      errors: [fileError(`Le fichier pèse ${formatCount(Math.ceil(size / 1024))} Ko : un import accepte 1 Mo au plus.`)],
    };
  }
  const text = (typeof input === "string" ? input : decodeCsvBytes(input)).replace(/^\uFEFF/, "");
  if (text.trim() === "") {
    return {
      ok: false,
      errors: [fileError("Le fichier est vide : la ligne 1 doit contenir les en-têtes (Nom, Organisme, Collège…).")],
    };
  }

  // Excel writes (and hides when it opens the file) a "sep=;" first line: honour it and
  // number lines as Excel shows them, without it.
  const sepLine = /^sep=(.)\r?\n/i.exec(text);
  const body = sepLine ? text.slice(sepLine[0].length) : text;
  const delimiter = sepLine?.[1] ?? detectDelimiter(body);
  const parsed = Papa.parse<string[]>(body, { delimiter, header: false, skipEmptyLines: false });
  const records = parsed.data;
  const errors: ImportError[] = [];
  const warnings: ImportError[] = [];

  for (const e of parsed.errors) {
    // Papa's row index counts records from 0, the header included.
    const line = (e.row ?? 0) + 1;
    if (e.type === "Quotes") errors.push(at(line, undefined, "guillemet ouvrant sans guillemet fermant."));
  }

  // Header line → fields
  const header = records[0] ?? [];
  const columnOf = new Map<MemberField, number>();
  const headerText: string[] = header.map((h) => clean(h));
  headerText.forEach((label, index) => {
    if (!label) return;
    const key = normalizeKey(label);
    const spec = MEMBER_COLUMNS.find((c) => c.aliases.includes(key));
    if (!spec) {
      warnings.push(at(1, label, "colonne non reconnue, ignorée."));
      return;
    }
    const previous = columnOf.get(spec.field);
    if (previous !== undefined) {
      errors.push(at(1, label, `fait double emploi avec la colonne « ${headerText[previous]} ».`));
      return;
    }
    columnOf.set(spec.field, index);
  });
  if (!columnOf.has("college")) {
    errors.push(at(1, HEADER_OF.college, "colonne obligatoire absente."));
  }
  if (!columnOf.has("lastName") && !columnOf.has("organization") && !columnOf.has("seatLabel")) {
    errors.push(at(1, undefined, "il faut au moins une colonne « Nom » ou « Organisme »."));
  }
  const expected = MEMBER_COLUMNS.map((c) => c.header).join(", ");
  if (errors.length > 0) {
    errors.push(fileError(`En-têtes attendus en ligne 1 : ${expected}.`));
    return { ok: false, errors };
  }

  // Data lines; blank lines are skipped but still counted, as the spreadsheet shows them.
  const dataLines = records
    .map((cells, index) => ({ cells, line: index + 1 }))
    .slice(1)
    .filter(({ cells }) => cells.some((c) => c.trim() !== ""));
  if (dataLines.length > MAX_IMPORT_ROWS) {
    return {
      ok: false,
      errors: [
        fileError(
          `Le fichier contient ${formatCount(dataLines.length)} membres : un import en accepte ` +
            `${formatCount(MAX_IMPORT_ROWS)} au plus. Découpez-le en plusieurs fichiers.`,
        ),
      ],
    };
  }

  const rows: ParsedMemberRow[] = [];
  const byEmail = new Map<string, number>();
  const byName = new Map<string, { line: number; email: string | null }>();
  const bySeat = new Map<string, number>();
  const columnLabel = (f: MemberField) => headerText[columnOf.get(f) ?? -1] ?? HEADER_OF[f];

  for (const { cells, line } of dataLines) {
    const extra = cells.slice(header.length).filter((c) => c.trim() !== "");
    if (extra.length > 0) {
      errors.push(
        at(line, undefined, `${cells.length} valeurs pour ${header.length} colonnes (vérifiez le séparateur et les guillemets).`),
      );
      continue;
    }
    const raw = Object.fromEntries(
      MEMBER_COLUMNS.map((c) => {
        const index = columnOf.get(c.field);
        return [c.field, index === undefined ? "" : (cells[index] ?? "")];
      }),
    );
    const result = memberRowSchema.safeParse(raw);
    if (!result.success) {
      for (const i of result.error.issues) {
        const f = i.path[0] as MemberField | undefined;
        errors.push(at(line, f ? columnLabel(f) : undefined, i.message));
      }
      continue;
    }
    const row = result.data;

    // The same person twice, or the same seat without a person twice
    const keys = personKeys(row);
    let duplicateOf: { line: number; column: MemberField } | null = null;
    if (keys.email && byEmail.has(keys.email)) {
      duplicateOf = { line: byEmail.get(keys.email) as number, column: "email" };
    } else if (keys.name) {
      const other = byName.get(keys.name);
      // Two namesakes of one organisation with different addresses are two persons.
      if (other && !(other.email && keys.email && other.email !== keys.email)) {
        duplicateOf = { line: other.line, column: "lastName" };
      }
    } else {
      const other = bySeat.get(seatKey(row));
      if (other !== undefined) duplicateOf = { line: other, column: "organization" };
    }
    if (duplicateOf) {
      errors.push(
        at(
          line,
          columnLabel(duplicateOf.column),
          `doublon : ${describeRow(row)} figure déjà ligne ${duplicateOf.line} pour ce comité.`,
        ),
      );
      continue;
    }
    if (keys.email) byEmail.set(keys.email, line);
    if (keys.name) byName.set(keys.name, { line, email: keys.email });
    if (!keys.name) bySeat.set(seatKey(row), line);
    rows.push({ line, ...row });
  }

  if (errors.length > 0) return { ok: false, errors };
  if (rows.length === 0) {
    return { ok: false, errors: [fileError("Le fichier ne contient aucun membre sous la ligne d'en-têtes.")] };
  }
  return { ok: true, rows, warnings, delimiter };
}
