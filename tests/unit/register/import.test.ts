// The register's CSV import (pure): the fixture of a Vienne register read whole, French
// line errors for every refused line, headers matched without case or accents, Windows-1252
// files decoded, the form's rules applied line by line.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { decodeCsv, frenchDateToIso, parseRegisterCsv, REGISTER_CSV_COLUMNS } from "@/lib/register/import";

const fixture = (name: string) => decodeCsv(readFileSync(`tests/fixtures/register/${name}`));
const HEADER = REGISTER_CSV_COLUMNS.map((c) => c.header).join(";");

describe("parseRegisterCsv", () => {
  it("reads the fixture: 12 entries with their channels, types and dates", () => {
    const result = parseRegisterCsv(fixture("registre-2021.csv"));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.lines).toHaveLength(12);
    expect(result.ignoredColumns).toEqual([]);
    expect(result.lines[0]).toEqual({
      line: 2,
      entry: {
        reference: "2021-001",
        receivedOn: "2021-01-04",
        channel: "EMAIL",
        type: "INFORMATION",
        subject: "Pièces à fournir pour un permis de conduire international",
        service: "Bureau des titres",
        acknowledgedOn: "2021-01-04",
        holdingReplyOn: null,
        announcedDelayDays: null,
        answeredOn: "2021-01-06",
      },
    });
    expect(result.lines.map((l) => l.entry.channel)).toContain("COUNTER");
    expect(result.lines[5]?.entry).toMatchObject({ holdingReplyOn: "2021-03-03", announcedDelayDays: 30 });
  });

  it("lists every refused line with its number and the reason, in French", () => {
    const result = parseRegisterCsv(fixture("registre-erreurs.csv"));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.message)).toEqual([
      "Ligne 3 : date de réception invalide (« 31/02/2021 ») — le 31 février 2021 n'existe pas : février 2021 compte 28 jours.",
      expect.stringMatching(/^Ligne 4 : canal inconnu \(« Pigeon voyageur »\) : indiquez Courrier, Courriel/),
      "Ligne 5 : la date de réponse ne peut pas précéder la date de réception.",
      "Ligne 6 : saisissez l'objet de la demande.",
      "Ligne 7 : indiquez la date de la réponse d'attente qui annonce ce délai.",
    ]);
    expect(result.errors.map((e) => e.line)).toEqual([3, 4, 5, 6, 7]);
  });

  it("matches headers without case, accents or apostrophe style, and says which columns it ignores", () => {
    const text = "date de reception;CANAL;type;objet;Commentaire\n03/05/2021;mail;Plainte;Accueil désagréable;à revoir\n";
    const result = parseRegisterCsv(text);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.lines[0]?.entry).toMatchObject({ receivedOn: "2021-05-03", channel: "EMAIL", type: "COMPLAINT", service: null, answeredOn: null });
    expect(result.ignoredColumns).toEqual(["Commentaire"]);
  });

  it("refuses a file without its required columns, a comma-separated one and an empty one", () => {
    expect(parseRegisterCsv("Date de réception;Canal;Objet\n01/01/2021;Courriel;x")).toEqual({
      ok: false,
      truncated: false,
      errors: [{ line: 1, message: "Ligne 1 : la colonne « Type » manque." }],
    });
    const comma = parseRegisterCsv("Date de réception,Canal,Type,Objet\n01/01/2021,Courriel,Suggestion,x");
    expect(comma.ok ? "" : comma.errors[0]?.message).toContain("points-virgules");
    const empty = parseRegisterCsv(`${HEADER}\n\n`);
    expect(empty.ok ? "" : empty.errors[0]?.message).toContain("aucune demande");
  });

  it("refuses, given today, a line with a date after it", () => {
    const text = `${HEADER}\n;29/04/2021;Courriel;Demande d'information;Objet;;;;;06/05/2021\n`;
    expect(parseRegisterCsv(text, "2021-05-05")).toEqual({
      ok: false,
      truncated: false,
      errors: [{ line: 2, message: "Ligne 2 : la date de réponse ne peut pas être postérieure à aujourd'hui." }],
    });
    expect(parseRegisterCsv(text, "2021-05-06").ok).toBe(true);
  });

  it("decodes a Windows-1252 file (Excel in France)", () => {
    const latin1 = Uint8Array.from([...Buffer.from("Date de r"), 0xe9, ...Buffer.from("ception;Canal;Type;Objet\n01/02/2021;T"), 0xe9, ...Buffer.from("l"), 0xe9, ...Buffer.from("phone;R"), 0xe9, ...Buffer.from("clamation;Attente\n")]);
    const result = parseRegisterCsv(decodeCsv(latin1));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.lines[0]?.entry).toMatchObject({ channel: "PHONE", type: "COMPLAINT" });
  });
});

describe("frenchDateToIso", () => {
  it("reads JJ/MM/AAAA and refuses what is not a real day", () => {
    expect(frenchDateToIso("06/05/2021")).toEqual({ ok: true, iso: "2021-05-06" });
    expect(frenchDateToIso("6/5/2021")).toEqual({ ok: true, iso: "2021-05-06" });
    expect(frenchDateToIso("2021-05-06").ok).toBe(false);
    expect(frenchDateToIso("29/02/2021").ok).toBe(false);
    expect(frenchDateToIso("29/02/2024").ok).toBe(true);
  });

  it("property: every real day written JJ/MM/AAAA comes back as itself", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1990-01-01"), max: new Date("2100-12-31"), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10);
        const [y, m, d] = iso.split("-");
        expect(frenchDateToIso(`${d}/${m}/${y}`)).toEqual({ ok: true, iso });
      }),
    );
  });
});

describe("parseRegisterCsv: lines repeated inside the file", () => {
  const line = (ref: string, subject: string) => `${ref};04/01/2021;Courriel;Demande d'information;${subject};Accueil;;;;`;
  it("a reference given twice is a line error naming the first line", () => {
    const result = parseRegisterCsv([HEADER, line("R-1", "Carte grise"), line("R-2", "Permis"), line("r-1", "Autre objet")].join("\n"));
    expect(result).toEqual({ ok: false, truncated: false, errors: [{ line: 4, message: "Ligne 4 : la référence « r-1 » figure déjà ligne 2." }] });
  });

  it("the same request twice without reference is imported twice, and flagged", () => {
    const result = parseRegisterCsv([HEADER, line("", "Carte grise"), line("", "Permis"), line("", "carte GRISE")].join("\n"));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.lines).toHaveLength(3);
    expect(result.repeated).toEqual([{ line: 4, sameAs: 2 }]);
  });
});
