// The fingerprint that keeps a re-imported register from doubling (pure): the reference
// identifies an entry when present, otherwise date + channel + type + subject + service
// compared without case, accents, apostrophe style or extra spaces; look-alike entries are
// counted, not merged; a repeated reference in one file is told apart from repeated content.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { classifyImportLines, normalizeForFingerprint, registerFingerprint, repeatedLines, type FingerprintFields } from "@/lib/register/domain";
import { REQUEST_CHANNELS, REQUEST_TYPES } from "@/lib/register/vocabulary";

const entry = (over: Partial<FingerprintFields> = {}): FingerprintFields => ({
  reference: null,
  receivedOn: "2021-05-10",
  channel: "EMAIL",
  type: "INFORMATION",
  subject: "Horaires de l'accueil général",
  service: "Accueil",
  ...over,
});

describe("registerFingerprint", () => {
  it("uses the reference alone when there is one (other fields edited since do not matter)", () => {
    expect(registerFingerprint(entry({ reference: "2021-001" }))).toBe("ref:2021-001");
    expect(registerFingerprint(entry({ reference: " 2021-001 ", subject: "Autre objet", receivedOn: "2021-06-01" }))).toBe(registerFingerprint(entry({ reference: "2021-001" })));
    expect(registerFingerprint(entry({ reference: "r-1" }))).toBe(registerFingerprint(entry({ reference: "R-1" })));
    expect(registerFingerprint(entry({ reference: "2021-001" }))).not.toBe(registerFingerprint(entry({ reference: "2021-002" })));
  });

  it("without reference: the same request retyped (case, accents, apostrophes, spaces) has the same fingerprint", () => {
    const a = registerFingerprint(entry());
    expect(registerFingerprint(entry({ subject: "  HORAIRES de l’accueil   general ", service: "accueil" }))).toBe(a);
    expect(registerFingerprint(entry({ reference: "" }))).toBe(a);
    expect(normalizeForFingerprint("L’Été  à Poitiers")).toBe("l'ete a poitiers");
  });

  it("without reference: each of date, channel, type, subject and service tells two requests apart", () => {
    const a = registerFingerprint(entry());
    for (const over of [{ receivedOn: "2021-05-11" }, { channel: "MAIL" as const }, { type: "COMPLAINT" as const }, { subject: "Horaires de l'accueil des étrangers" }, { service: null }]) {
      expect(registerFingerprint(entry(over))).not.toBe(a);
    }
    // a missing service and an empty one are the same
    expect(registerFingerprint(entry({ service: null }))).toBe(registerFingerprint(entry({ service: "" })));
  });
});

describe("classifyImportLines", () => {
  const lines = [
    { line: 2, entry: entry({ reference: "2021-001" }) },
    { line: 3, entry: entry() },
    { line: 4, entry: entry() },
    { line: 5, entry: entry({ subject: "Nouvelle demande" }) },
  ];

  it("ignores what the register holds, keeps the rest", () => {
    const { fresh, present } = classifyImportLines(lines, [registerFingerprint(entry({ reference: "2021-001" })), registerFingerprint(entry())]);
    expect(present.map((l) => l.line)).toEqual([2, 3]);
    // the register holds one look-alike: the file's second one is a request of its own
    expect(fresh.map((l) => l.line)).toEqual([4, 5]);
  });

  it("an empty register: everything is new; a register holding the whole file: nothing is", () => {
    expect(classifyImportLines(lines, []).fresh).toHaveLength(4);
    expect(classifyImportLines(lines, lines.map((l) => registerFingerprint(l.entry))).fresh).toEqual([]);
  });

  it("property: importing a file then importing it again adds nothing, and fresh + present is the file", () => {
    const arbEntry = fc.record({
      reference: fc.option(fc.constantFrom("A-1", "A-2", "a-1", "B-7"), { nil: null }),
      receivedOn: fc.constantFrom("2021-01-04", "2021-01-05"),
      channel: fc.constantFrom(...REQUEST_CHANNELS),
      type: fc.constantFrom(...REQUEST_TYPES),
      subject: fc.constantFrom("Carte grise", "carte  GRISE", "Permis"),
      service: fc.option(fc.constantFrom("Accueil", "Titres"), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(arbEntry, { maxLength: 30 }), fc.array(arbEntry, { maxLength: 30 }), (register, file) => {
        const fileLines = file.map((e, i) => ({ line: i + 2, entry: e }));
        const existing = register.map(registerFingerprint);
        const first = classifyImportLines(fileLines, existing);
        expect([...first.fresh, ...first.present].map((l) => l.line).sort((a, b) => a - b)).toEqual(fileLines.map((l) => l.line));
        const after = [...existing, ...first.fresh.map((l) => registerFingerprint(l.entry))];
        expect(classifyImportLines(fileLines, after).fresh).toEqual([]);
      }),
    );
  });
});

describe("repeatedLines", () => {
  it("says which earlier line a line repeats, and whether by reference", () => {
    const result = repeatedLines([
      { line: 2, entry: entry({ reference: "R-1" }) },
      { line: 3, entry: entry() },
      { line: 4, entry: entry({ reference: "r-1", subject: "Autre" }) },
      { line: 5, entry: entry({ subject: "HORAIRES DE L'ACCUEIL GÉNÉRAL" }) },
      { line: 6, entry: entry({ subject: "Autre" }) },
    ]);
    expect(result).toEqual([
      { line: 4, sameAs: 2, byReference: true },
      { line: 5, sameAs: 3, byReference: false },
    ]);
  });
});
