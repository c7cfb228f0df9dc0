// Members CSV import (lib/committees/import/members-csv.ts) and export
// (lib/committees/export/members-export.ts): separators, encodings, header variants, every
// error kind with its line and column, the all-errors rule, and the export → import round trip.
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import {
  MAX_IMPORT_ROWS,
  detectDelimiter,
  parseFrenchDate,
  parseMembersCsv,
  type MemberRowData,
  type MembersCsvResult,
  type ParsedMemberRow,
} from "@/lib/committees/import/members-csv";
import { MEMBERS_EXPORT_HEADERS, membersToCsv, membersToXlsx } from "@/lib/committees/export/members-export";
import { CSV_IMPORT_MAX_CHARS, importMembersSchema } from "@/lib/committees/schemas";
import { MAX_IMPORT_BYTES } from "@/lib/committees/import/members-csv";

const fixture = (name: string) => readFileSync(path.join(__dirname, "../../fixtures", name));
const HEADER = "Civilité;Prénom;Nom;Fonction;Organisme;Type d'organisme;Adresse électronique;Téléphone;Collège;Mandat;Début;Fin";

function rowsOf(result: MembersCsvResult): ParsedMemberRow[] {
  if (!result.ok) throw new Error(`Expected a valid file, got:\n${result.errors.map((e) => e.message).join("\n")}`);
  return result.rows;
}
function errorsOf(result: MembersCsvResult) {
  if (result.ok) throw new Error("Expected errors");
  return result.errors;
}
const withoutLine = (rows: ParsedMemberRow[]): MemberRowData[] => rows.map(({ line: _line, ...row }) => row);

/** Re-writes a parsed CSV with another separator (and no BOM). */
function reSeparate(text: string, from: string, to: string): string {
  const { data } = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { delimiter: from, skipEmptyLines: true });
  return Papa.unparse(data, { delimiter: to, newline: "\n" });
}

describe("members CSV — reading", () => {
  const vienne = rowsOf(parseMembersCsv(fixture("members-vienne.csv")));

  it("reads the Vienne committee (French Excel: UTF-8 BOM, ';', CRLF)", () => {
    expect(vienne).toHaveLength(17);
    expect(vienne[0]).toEqual({
      line: 2,
      civility: "MME",
      firstName: "Chantal",
      lastName: "CASTELNOT",
      function: "Préfète de la Vienne",
      organization: "Préfecture de la Vienne",
      organizationKind: "STATE_SERVICE",
      email: "chantal.castelnot@example.org",
      phone: null,
      college: "STATE",
      mandate: "TITULAIRE",
      startsOn: "2021-05-06",
      endsOn: null,
      seatLabel: null,
    });
    // MASSÉ and MASSE of the same service are two persons, not a duplicate
    expect(vienne.filter((r) => r.lastName?.startsWith("MASS")).map((r) => r.lastName)).toEqual(["MASSÉ", "MASSE"]);
    const couret = vienne.find((r) => r.lastName === "COURET");
    expect(couret?.function).toBe("chargée de communication, mission locale Nord Vienne et d'insertion du Poitou");
    expect(couret?.organization).toBeNull();
    expect(vienne.find((r) => r.lastName === "COILLOT")?.college).toBe("USERS"); // "représentants des usagers"
    expect(vienne.find((r) => r.lastName === "BENTEYN")?.organizationKind).toBe("PROFESSIONAL_BODY");
    expect(vienne.find((r) => r.lastName === "BOSSEBOEUF")?.organizationKind).toBe("LOCAL_AUTHORITY");
  });

  it("reads the same data with ',' or tab separators, with or without BOM, as text or bytes", () => {
    const text = fixture("members-vienne.csv").toString("utf8");
    const comma = reSeparate(text, ";", ",");
    expect(detectDelimiter(comma)).toBe(",");
    expect(withoutLine(rowsOf(parseMembersCsv(comma)))).toEqual(withoutLine(vienne));
    expect(withoutLine(rowsOf(parseMembersCsv(Buffer.from(`\uFEFF${comma}`))))).toEqual(withoutLine(vienne));
    expect(withoutLine(rowsOf(parseMembersCsv(reSeparate(text, ";", "\t"))))).toEqual(withoutLine(vienne));
    expect(withoutLine(rowsOf(parseMembersCsv(text.replace(/^\uFEFF/, ""))))).toEqual(withoutLine(vienne));
  });

  it("honours Excel's « sep=; » first line and numbers lines as Excel shows them", () => {
    const result = parseMembersCsv("sep=;\r\nNom;Collège\r\nROSE, Eric;État\r\nMASSÉ;Usager\r\n");
    expect(errorsOf(result).map((e) => [e.line, e.column])).toEqual([[3, "Collège"]]);
    expect(rowsOf(parseMembersCsv("sep=;\nNom;Collège\nROSE, Eric;État\n"))[0]).toMatchObject({ line: 2, lastName: "ROSE, ERIC" });
  });

  it("reads Windows-1252 files (Excel's « CSV (séparateur : point-virgule) »)", () => {
    const latin = "Nom;Prénom;Collège\nMASSÉ;Anaïs;État\n";
    const bytes = Uint8Array.from([...latin].map((ch) => ch.charCodeAt(0))); // é, ï < 0x100
    expect(rowsOf(parseMembersCsv(bytes))).toMatchObject([{ lastName: "MASSÉ", firstName: "Anaïs", college: "STATE" }]);
  });

  it("accepts header variants: case, accents, synonyms, hints in brackets, any order", () => {
    const csv = [
      "COLLEGE;nom de famille;prenom;E-mail;Tél.;Date de début (jj/mm/aaaa);Date de fin;Organisation;Titulaire ou suppléant;civilite",
      "Élus;Roy;Jacky;JACKY.ROY@EXAMPLE.ORG;05 49 00 00 00;01/09/2020;2026-03-31;Commune d'Archigny;Suppléant;Monsieur",
    ].join("\n");
    expect(rowsOf(parseMembersCsv(csv))).toEqual([
      {
        line: 2,
        civility: "M",
        firstName: "Jacky",
        lastName: "ROY",
        function: null,
        organization: "Commune d'Archigny",
        organizationKind: null,
        email: "jacky.roy@example.org",
        phone: "05 49 00 00 00",
        college: "ELECTED",
        mandate: "SUPPLEANT",
        startsOn: "2020-09-01",
        endsOn: "2026-03-31",
        seatLabel: null,
      },
    ]);
  });

  it("accepts the colleges as the minutes print them", () => {
    const values: [string, string][] = [
      ["État", "STATE"],
      ["Etat", "STATE"],
      ["représentants des services de l'État", "STATE"],
      ["Représentants de l'administration", "STATE"],
      ["Usagers", "USERS"],
      ["représentants des usagers", "USERS"],
      ["Collège des usagers", "USERS"],
      ["ÉLUS", "ELECTED"],
      ["Professionnels", "PROFESSIONALS"],
    ];
    const csv = ["Organisme;Collège", ...values.map(([v], i) => `Org ${i};${v}`)].join("\n");
    expect(rowsOf(parseMembersCsv(csv)).map((r) => r.college)).toEqual(values.map(([, c]) => c));
  });

  it("accepts a seat held by an organisation without a person, or described by a label", () => {
    const csv = [
      "Nom;Organisme;Collège;Libellé du siège;Mandat",
      ";Union départementale des associations familiales de la Charente;Usagers;;",
      ";;Élus;Maire, représentant l'association des maires ruraux;suppléant",
    ].join("\n");
    expect(rowsOf(parseMembersCsv(csv))).toMatchObject([
      { lastName: null, organization: "Union départementale des associations familiales de la Charente", mandate: "TITULAIRE" },
      { lastName: null, organization: null, seatLabel: "Maire, représentant l'association des maires ruraux", mandate: "SUPPLEANT" },
    ]);
  });

  it("warns about unknown columns and ignores them", () => {
    const result = parseMembersCsv("Nom;Collège;Observations\nROSE;État;arrivé en 2020\n");
    expect(result.ok && result.warnings).toEqual([
      { line: 1, column: "Observations", message: "Ligne 1, colonne « Observations » : colonne non reconnue, ignorée." },
    ]);
  });

  it("parses French and ISO dates and refuses impossible ones", () => {
    expect(parseFrenchDate("31/12/2024")).toBe("2024-12-31");
    expect(parseFrenchDate("1/2/2024")).toBe("2024-02-01");
    expect(parseFrenchDate("29.02.2024")).toBe("2024-02-29");
    expect(parseFrenchDate("2024-12-31")).toBe("2024-12-31");
    expect(parseFrenchDate("29/02/2023")).toBeNull();
    expect(parseFrenchDate("12/31/2024")).toBeNull();
    expect(parseFrenchDate("31/12/24")).toBeNull();
    expect(parseFrenchDate("demain")).toBeNull();
  });

  it("holds dates to the portal's one rule: real days of 1990–2100, never rolled over", () => {
    expect(parseFrenchDate("31/02/2027")).toBeNull();
    expect(parseFrenchDate("2027-02-31")).toBeNull();
    expect(parseFrenchDate("00/00/0000")).toBeNull();
    expect(parseFrenchDate("99/99/9999")).toBeNull();
    expect(parseFrenchDate("31/12/1989")).toBeNull();
    expect(parseFrenchDate("01/01/2101")).toBeNull();
    expect(parseFrenchDate("2024-1-5")).toBe("2024-01-05");
  });
});

describe("members CSV — errors", () => {
  it("reports every error of the file at once, each at its spreadsheet line and column", () => {
    const errors = errorsOf(parseMembersCsv(fixture("members-errors.csv")));
    expect(errors.map((e) => [e.line, e.column ?? null])).toEqual([
      [3, "Collège"], // "Usager"
      [4, "Adresse électronique"], // no domain suffix
      [4, "Début"], // 31/02/2021
      [5, null], // neither name nor organisation
      [6, "Civilité"], // "Docteur"
      [6, "Mandat"], // "remplaçant"
      // line 7 is blank: skipped, but counted so line numbers match the spreadsheet
      [8, "Adresse électronique"], // same person as line 2
      [9, "Fin"], // ends before it starts
      [10, "Collège"], // missing
      [11, "Nom"], // first name and function without a name
      [12, "Téléphone"], // not a number
    ]);
    expect(errors[0]?.message).toBe(
      "Ligne 3, colonne « Collège » : valeur « Usager » inconnue. Valeurs acceptées : État, Usagers, Élus, Professionnels.",
    );
    expect(errors[1]?.message).toBe(
      "Ligne 4, colonne « Adresse électronique » : adresse « angelique.sauvaire@example » invalide.",
    );
    expect(errors[3]?.message).toBe(
      "Ligne 5 : il faut au moins un « Nom » ou un « Organisme » : la ligne ne désigne aucun membre.",
    );
    expect(errors[6]?.message).toBe(
      "Ligne 8, colonne « Adresse électronique » : doublon : Mme Nathalie MASSÉ figure déjà ligne 2 pour ce comité.",
    );
    expect(errors[7]?.message).toBe(
      "Ligne 9, colonne « Fin » : la date de fin (01/01/2022) précède la date de début (31/12/2024).",
    );
  });

  it("rejects the whole file even when a single line is wrong (all-or-nothing)", () => {
    const text = fixture("members-vienne.csv").toString("utf8");
    const broken = text.replace("gilles.chatain@example.org;;Usagers", "gilles.chatain@example.org;;Usager");
    const errors = errorsOf(parseMembersCsv(broken));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 15, column: "Collège" });
  });

  it("uses the column header as written in the file", () => {
    const errors = errorsOf(parseMembersCsv("Nom;Courriel;COLLEGE\nROSE;eric.rose@;usagerz\n"));
    expect(errors.map((e) => e.message)).toEqual([
      "Ligne 2, colonne « Courriel » : adresse « eric.rose@ » invalide.",
      "Ligne 2, colonne « COLLEGE » : valeur « usagerz » inconnue. Valeurs acceptées : État, Usagers, Élus, Professionnels.",
    ]);
  });

  it("detects the same person twice without e-mail (name + organisation), and the same organisation seat twice", () => {
    const csv = [
      "Prénom;Nom;Organisme;Collège",
      "Eric;ROSE;OFII;État",
      "Magali;MASSE;SGC;État",
      "eric;Rose;OFII;Usagers",
      ";;UDAF 86;Usagers",
      ";;udaf 86;Usagers",
    ].join("\n");
    expect(errorsOf(parseMembersCsv(csv)).map((e) => [e.line, e.column])).toEqual([
      [4, "Nom"],
      [6, "Organisme"],
    ]);
  });

  it("keeps namesakes with different e-mails apart", () => {
    const csv = "Prénom;Nom;Organisme;Adresse électronique;Collège\nMichel;MARTIN;UDAF;m1@example.org;Usagers\nMichel;MARTIN;UDAF;m2@example.org;Usagers\n";
    expect(rowsOf(parseMembersCsv(csv))).toHaveLength(2);
  });

  it("checks the header line: required columns, columns given twice", () => {
    expect(errorsOf(parseMembersCsv("Nom;Prénom\nROSE;Eric\n")).slice(0, 1)).toEqual([
      { line: 1, column: "Collège", message: "Ligne 1, colonne « Collège » : colonne obligatoire absente." },
    ]);
    expect(errorsOf(parseMembersCsv("Prénom;Collège\nEric;État\n"))[0]?.message).toBe(
      "Ligne 1 : il faut au moins une colonne « Nom » ou « Organisme ».",
    );
    expect(errorsOf(parseMembersCsv("Nom;Collège;Courriel;E-mail\nROSE;État;a@example.org;b@example.org\n"))[0]).toEqual({
      line: 1,
      column: "E-mail",
      message: "Ligne 1, colonne « E-mail » : fait double emploi avec la colonne « Courriel ».",
    });
  });

  it("refuses empty files and files with a header only", () => {
    expect(errorsOf(parseMembersCsv(""))[0]?.line).toBe(0);
    expect(errorsOf(parseMembersCsv("\uFEFF"))[0]?.message).toContain("Le fichier est vide");
    expect(errorsOf(parseMembersCsv(`${HEADER}\n\n`))[0]?.message).toBe(
      "Le fichier ne contient aucun membre sous la ligne d'en-têtes.",
    );
  });

  it("reports an unclosed quote and a line with more values than columns", () => {
    expect(errorsOf(parseMembersCsv('Nom;Collège\nROSE;État\n"MASSÉ;État\n')).map((e) => e.line)).toContain(3);
    expect(errorsOf(parseMembersCsv("Nom;Collège\nROSE;État;en trop\n"))[0]?.message).toBe(
      "Ligne 2 : 3 valeurs pour 2 colonnes (vérifiez le séparateur et les guillemets).",
    );
    // Trailing empty cells, as spreadsheets write them, are not an error
    expect(rowsOf(parseMembersCsv("Nom;Collège\nROSE;État;;\n"))).toHaveLength(1);
  });

  it("limits an import to 2 000 members and 1 MB", () => {
    const many = ["Organisme;Collège", ...Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `Org ${i};Usagers`)];
    expect(errorsOf(parseMembersCsv(many.join("\n")))).toEqual([
      {
        line: 0,
        message: "Le fichier contient 2 001 membres : un import en accepte 2 000 au plus. Découpez-le en plusieurs fichiers.",
      },
    ]);
    expect(rowsOf(parseMembersCsv(many.slice(0, -1).join("\n")))).toHaveLength(MAX_IMPORT_ROWS);
    const big = `Organisme;Collège;Fonction\n${"Org;Usagers;x\n".repeat(1)}${"x".repeat(1024 * 1024)}`;
    expect(errorsOf(parseMembersCsv(big))[0]?.message).toMatch(/^Le fichier pèse 1 025 Ko : un import accepte 1 Mo au plus\.$/);
  });

  it("says why a date does not exist, as the forms do", () => {
    const errors = errorsOf(parseMembersCsv("Nom;Collège;Début;Fin\nROSE;État;31/02/2027;\nMASSÉ;État;06/05/2021;00/00/0000\n"));
    expect(errors.map((e) => e.message)).toEqual([
      "Ligne 2, colonne « Début » : date « 31/02/2027 » invalide. Le 31 février 2027 n'existe pas : février 2027 compte 28 jours.",
      "Ligne 3, colonne « Fin » : date « 00/00/0000 » invalide. Cette date n'existe pas : le mois doit être compris entre 01 et 12.",
    ]);
    expect(errorsOf(parseMembersCsv("Nom;Collège;Début\nROSE;État;demain\n"))[0]?.message).toBe(
      "Ligne 2, colonne « Début » : date « demain » invalide. Formats acceptés : 31/12/2024 ou 2024-12-31.",
    );
  });

  it("refuses a NUL or a lone surrogate in a cell, once, at its line and column", () => {
    const errors = errorsOf(parseMembersCsv("Nom;Fonction;Collège\nRO\u0000SE;Présidente\uD800;État\n"));
    expect(errors.map((e) => e.message)).toEqual([
      "Ligne 2, colonne « Nom » : ce texte contient un caractère invalide.",
      "Ligne 2, colonne « Fonction » : ce texte contient un caractère invalide.",
    ]);
  });

  it("does not refuse a Windows-1252 file within 1 Mo because its text is longer in UTF-8", () => {
    // 1 Mio of bytes in Windows-1252, mostly accents (an ignored "Notes" column): each is 2 bytes in UTF-8.
    const head = "Organisme;Collège;Notes\nOrg;Usagers;";
    const text = `${head}${"é".repeat(MAX_IMPORT_BYTES - head.length - 1)}\n`;
    expect(text.length).toBe(MAX_IMPORT_BYTES);
    expect(new TextEncoder().encode(text).byteLength).toBeGreaterThan(MAX_IMPORT_BYTES);
    expect(parseMembersCsv(text).ok).toBe(true);
    // The form's schema and the parser announce and apply the same limit.
    expect(CSV_IMPORT_MAX_CHARS).toBe(MAX_IMPORT_BYTES);
    expect(importMembersSchema.shape.csv.safeParse(text).success).toBe(true);
    expect(importMembersSchema.shape.csv.safeParse(`${text}x`).error?.issues[0]?.message).toBe(
      "Le fichier est trop volumineux : un import accepte 1 Mo au plus.",
    );
  });

  it("refuses over-long texts", () => {
    const errors = errorsOf(parseMembersCsv(`Nom;Collège\n${"A".repeat(101)};État\n`));
    expect(errors[0]?.message).toBe("Ligne 2, colonne « Nom » : texte trop long (101 caractères, 100 au plus).");
  });
});

const sample: MemberRowData[] = [
  {
    civility: "MME",
    firstName: "Nathalie",
    lastName: "MASSÉ",
    function: "chargée de mission qualité; « référente »",
    organization: "Secrétariat général commun",
    organizationKind: "STATE_SERVICE",
    email: "nathalie.masse@example.org",
    phone: "+33 5 00 00 00 01",
    college: "STATE",
    mandate: "TITULAIRE",
    startsOn: "2021-05-06",
    endsOn: "2024-12-31",
    seatLabel: null,
  },
  {
    civility: null,
    firstName: null,
    lastName: null,
    function: null,
    organization: 'Association "Min\'de Rien", Poitiers',
    organizationKind: "ASSOCIATION",
    email: null,
    phone: null,
    college: "USERS",
    mandate: "SUPPLEANT",
    startsOn: null,
    endsOn: null,
    seatLabel: null,
  },
  {
    civility: "M",
    firstName: "Jacky",
    lastName: "ROY",
    function: "=HYPERLINK(\"http://evil.example\")",
    organization: "Commune d'Archigny",
    organizationKind: null,
    email: "jacky.roy@example.org",
    phone: "05 49 00 00 00",
    college: "ELECTED",
    mandate: "TITULAIRE",
    startsOn: null,
    endsOn: "2026-03-31",
    seatLabel: null,
  },
  {
    civility: null,
    firstName: null,
    lastName: null,
    function: null,
    organization: null,
    organizationKind: null,
    email: null,
    phone: null,
    college: "PROFESSIONALS",
    mandate: "TITULAIRE",
    startsOn: null,
    endsOn: null,
    seatLabel: "Représentant des professions de l'automobile",
  },
];

describe("members export", () => {
  it("writes a UTF-8 CSV with BOM, ';' and the import's headers", () => {
    const csv = membersToCsv(sample);
    expect(csv.startsWith(`\uFEFF${MEMBERS_EXPORT_HEADERS.join(";")}\r\n`)).toBe(true);
    expect(MEMBERS_EXPORT_HEADERS.slice(0, 12).join(";")).toBe(HEADER);
    expect(csv).toContain('Mme;Nathalie;MASSÉ;"chargée de mission qualité; « référente »"');
    expect(csv).toContain(";06/05/2021;31/12/2024;");
    expect(csv).toContain(";État;titulaire;");
    expect(csv).toContain(";Usagers;suppléant;");
  });

  it("neutralises cells a spreadsheet would run as formulas, but not phone numbers", () => {
    const csv = membersToCsv(sample);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(csv).toContain(";+33 5 00 00 00 01;");
  });

  it("re-imports its own CSV unchanged (round trip)", () => {
    expect(withoutLine(rowsOf(parseMembersCsv(membersToCsv(sample))))).toEqual(sample);
    const vienne = withoutLine(rowsOf(parseMembersCsv(fixture("members-vienne.csv"))));
    expect(withoutLine(rowsOf(parseMembersCsv(Buffer.from(membersToCsv(vienne), "utf8"))))).toEqual(vienne);
  });

  it("round-trips any well-formed rows (property)", () => {
    const word = fc.stringMatching(/^[A-Za-zÀ-ÿ0-9';,"«»=+@.()-]{1,12}$/);
    const textArb = fc
      .array(word, { minLength: 1, maxLength: 4 })
      .map((w) => w.join(" "))
      .filter((s) => !/^'[=@+-]/.test(s));
    const nullable = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
    const isoArb = fc
      .date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    const rowArb: fc.Arbitrary<MemberRowData> = fc
      .record({
        civility: nullable(fc.constantFrom("M" as const, "MME" as const)),
        firstName: nullable(textArb),
        lastName: textArb.map((s) => s.toLocaleUpperCase("fr-FR")),
        function: nullable(textArb),
        organization: nullable(textArb),
        organizationKind: nullable(fc.constantFrom("STATE_SERVICE" as const, "ASSOCIATION" as const, "OTHER" as const)),
        email: nullable(fc.constantFrom("a@example.org", "jean-pierre.coillot@example.org")),
        phone: nullable(fc.constantFrom("05 49 00 00 00", "+33 5 49 00 00 00", "0549000000")),
        college: fc.constantFrom("STATE" as const, "USERS" as const, "ELECTED" as const, "PROFESSIONALS" as const),
        mandate: fc.constantFrom("TITULAIRE" as const, "SUPPLEANT" as const),
        startsOn: nullable(isoArb),
        endsOn: nullable(isoArb),
        seatLabel: nullable(textArb),
      })
      .map((r) => (r.startsOn && r.endsOn && r.endsOn < r.startsOn ? { ...r, endsOn: r.startsOn } : r));
    fc.assert(
      fc.property(rowArb, (row) => {
        expect(withoutLine(rowsOf(parseMembersCsv(membersToCsv([row]))))).toEqual([row]);
      }),
      { numRuns: 200 },
    );
  });

  it("writes an XLSX sheet with a bold frozen header, filters, sized columns and real dates", async () => {
    const buffer = await membersToXlsx(sample);
    expect(buffer.subarray(0, 2).toString("latin1")).toBe("PK");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Membres");
    if (!sheet) throw new Error("no sheet");
    expect(sheet.getRow(1).values).toEqual([undefined, ...MEMBERS_EXPORT_HEADERS]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.rowCount).toBe(1 + sample.length);
    expect(sheet.getColumn(4).width).toBeGreaterThan(sheet.getColumn(1).width ?? 0);

    const row2 = sheet.getRow(2);
    expect(row2.getCell(1).value).toBe("Mme");
    expect(row2.getCell(3).value).toBe("MASSÉ");
    expect(row2.getCell(8).value).toBe("+33 5 00 00 00 01");
    expect(row2.getCell(9).value).toBe("État");
    expect(row2.getCell(11).value).toEqual(new Date("2021-05-06T00:00:00Z"));
    expect(row2.getCell(11).numFmt).toBe("dd/mm/yyyy");
    // Formulas are written as text, never as formulas
    expect(sheet.getRow(4).getCell(4).value).toBe('=HYPERLINK("http://evil.example")');
    expect(sheet.getRow(5).getCell(13).value).toBe("Représentant des professions de l'automobile");
    expect(sheet.getRow(3).getCell(3).value).toBeNull();
  });
});
