import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MAX_AGENDA_DEPTH,
  actionPlanReviewItem,
  agendaDuration,
  buildAgendaTree,
  durationWarning,
  formatAgendaHeading,
  formatDuration,
  fromRoman,
  indent,
  moveDown,
  moveTo,
  moveUp,
  normalizeAgenda,
  numberAgenda,
  outdent,
  toLetters,
  toRoman,
  type AgendaNode,
  type AgendaNumberingStyle,
  type AgendaResult,
} from "@/lib/meetings/domain";
import { NUMBERING_STYLES } from "@/lib/meetings/vocabulary";

type Item = AgendaNode & { theme?: string };

/** Builds flat rows from an outline: [title, minutes, [sub-titles…]] in order. */
function flatFrom(outline: readonly (readonly [string, number | null, readonly string[]])[]): Item[] {
  const items: Item[] = [];
  outline.forEach(([title, minutes, subs], i) => {
    const id = `p${i + 1}`;
    items.push({ id, parentId: null, position: i, title, plannedMinutes: minutes });
    subs.forEach((sub, j) => items.push({ id: `${id}.${j + 1}`, parentId: id, position: j, title: sub, plannedMinutes: null }));
  });
  return items;
}

function headings(flat: readonly Item[], style: AgendaNumberingStyle): string[] {
  const out: string[] = [];
  type N = ReturnType<typeof numberAgenda<ReturnType<typeof buildAgendaTree<Item>>[number]>>[number];
  const walk = (nodes: N[]) =>
    nodes.forEach((n) => {
      out.push(formatAgendaHeading(n.number, n.title, style));
      walk(n.children);
    });
  walk(numberAgenda(buildAgendaTree(flat), style));
  return out;
}

/** 002 Vienne, CLU of 6 May 2021 */
const seed002 = flatFrom([
  ["Le Comité Local des Usagers : quels sont ses objectifs ?", 10, []],
  [
    "L'accueil en préfecture",
    null,
    ["L'accueil physique", "L'accueil téléphonique", "Les demandes d'information générale, les suggestions et réclamations"],
  ],
  ["La délivrance de titres", null, ["Information CIV et permis", "CNI/Passeport", "Ressortissants étrangers"]],
  [
    "La dématérialisation des procédures",
    null,
    ["Les points numériques", "Les France Services", "Les ressortissants étrangers", "Les armes"],
  ],
  ["La communication à travers les réseaux web", null, []],
  ["La Direction Départementale de l'Emploi, du Travail et des Solidarités (DDETS)", null, []],
]);

/** 004 Vosges, CLU of 8 December 2022 */
const seed004 = flatFrom([
  ["labellisation Qual-e-pref : engagements et plan d'actions", null, []],
  ["2 démarches d'amélioration de l'accueil du public menées à la préfecture", null, []],
  ["déploiement de la dématérialisation des demandes de titres de séjour des étrangers", null, []],
  ["stratégie de communication de la préfecture et des services de l'Etat", null, []],
  ["résultats de l'enquête de satisfaction et des indicateurs de qualité", null, []],
  ["Point sur les Maisons France Services", null, []],
  ["Suggestions d'amélioration du service au public", null, []],
]);

/** 000 Vienne, CLU-CLAC of 24 January 2023 (titles as extracted, trailing space included) */
const seed000 = flatFrom([
  ["La dématérialisation des procédures ", null, ["Les France Services", "Les Points d'Accès Numérique (PAN) des démarches en ligne"]],
  ["La démarche QUAL-E-PREF", null, ["Les chiffres clés", "La stratégie éditoriale : retour sur l'enquête"]],
  ["La démarche Services Publics + (SP+)", null, ["Présentation du dispositif", "Présentation de « Je donne mon avis » (JDMA)", "Plan d'actions"]],
]);

const ok = <T,>(result: AgendaResult<T>): T[] => {
  if (!result.ok) throw new Error(`expected success, got: ${result.reason}`);
  return result.items;
};

/** "id@parent#position" per row, in output order: compact to compare. */
const shape = (items: readonly AgendaNode[]) => items.map((i) => `${i.id}@${i.parentId ?? "-"}#${i.position}`);

describe("numbering the seeds' agendas", () => {
  it("002: roman numerals with lettered sub-items, II with three sub-items", () => {
    expect(headings(seed002, "ROMAN_LETTERS")).toEqual([
      "I – Le Comité Local des Usagers : quels sont ses objectifs ?",
      "II – L'accueil en préfecture",
      "a) L'accueil physique",
      "b) L'accueil téléphonique",
      "c) Les demandes d'information générale, les suggestions et réclamations",
      "III – La délivrance de titres",
      "a) Information CIV et permis",
      "b) CNI/Passeport",
      "c) Ressortissants étrangers",
      "IV – La dématérialisation des procédures",
      "a) Les points numériques",
      "b) Les France Services",
      "c) Les ressortissants étrangers",
      "d) Les armes",
      "V – La communication à travers les réseaux web",
      "VI – La Direction Départementale de l'Emploi, du Travail et des Solidarités (DDETS)",
    ]);
    const tree = numberAgenda(buildAgendaTree(seed002), "ROMAN_LETTERS");
    expect(tree[1]?.number).toBe("II");
    expect(tree[1]?.depth).toBe(0);
    expect(tree[1]?.children.map((c) => [c.number, c.depth])).toEqual([
      ["a)", 1],
      ["b)", 1],
      ["c)", 1],
    ]);
  });

  it("004: Point 1 … Point 7", () => {
    expect(headings(seed004, "POINTS")).toEqual([
      "Point 1 : labellisation Qual-e-pref : engagements et plan d'actions",
      "Point 2 : 2 démarches d'amélioration de l'accueil du public menées à la préfecture",
      "Point 3 : déploiement de la dématérialisation des demandes de titres de séjour des étrangers",
      "Point 4 : stratégie de communication de la préfecture et des services de l'Etat",
      "Point 5 : résultats de l'enquête de satisfaction et des indicateurs de qualité",
      "Point 6 : Point sur les Maisons France Services",
      "Point 7 : Suggestions d'amélioration du service au public",
    ]);
  });

  it("POINTS letters its sub-items", () => {
    expect(headings(seed000, "POINTS").slice(0, 3)).toEqual([
      "Point 1 : La dématérialisation des procédures",
      "a) Les France Services",
      "b) Les Points d'Accès Numérique (PAN) des démarches en ligne",
    ]);
  });

  it("000: decimals, sub-items 1.1, 1.2…", () => {
    expect(headings(seed000, "DECIMAL")).toEqual([
      "1 – La dématérialisation des procédures",
      "1.1 – Les France Services",
      "1.2 – Les Points d'Accès Numérique (PAN) des démarches en ligne",
      "2 – La démarche QUAL-E-PREF",
      "2.1 – Les chiffres clés",
      "2.2 – La stratégie éditoriale : retour sur l'enquête",
      "3 – La démarche Services Publics + (SP+)",
      "3.1 – Présentation du dispositif",
      "3.2 – Présentation de « Je donne mon avis » (JDMA)",
      "3.3 – Plan d'actions",
    ]);
  });

  it("numbers a deeper tree instead of crashing", () => {
    const flat: Item[] = [
      { id: "a", parentId: null, position: 0, title: "A", plannedMinutes: null },
      { id: "b", parentId: "a", position: 0, title: "B", plannedMinutes: null },
      { id: "c", parentId: "b", position: 0, title: "C", plannedMinutes: null },
      { id: "d", parentId: "b", position: 1, title: "D", plannedMinutes: null },
    ];
    expect(headings(flat, "ROMAN_LETTERS")).toEqual(["I – A", "a) B", "i) C", "ii) D"]);
    expect(headings(flat, "POINTS")).toEqual(["Point 1 : A", "a) B", "i) C", "ii) D"]);
    expect(headings(flat, "DECIMAL")).toEqual(["1 – A", "1.1 – B", "1.1.1 – C", "1.1.2 – D"]);
    expect(numberAgenda(buildAgendaTree(flat), "DECIMAL")[0]?.children[0]?.children[1]?.depth).toBe(2);
  });

  it("keeps numbering past the roman numerals' range", () => {
    const many = Array.from({ length: 4000 }, (_, i) => ({ id: `n${i}`, children: [] as never[] }));
    const top = numberAgenda(many, "ROMAN_LETTERS");
    expect(top[3998]?.number).toBe("MMMCMXCIX");
    expect(top[3999]?.number).toBe("4000");
    const deep = numberAgenda([{ children: [{ children: [{ children: many }] }] }], "ROMAN_LETTERS");
    const third = deep[0]?.children[0]?.children[0]?.children ?? [];
    expect(third[0]?.number).toBe("i)");
    expect(third[3999]?.number).toBe("4000)");
  });

  it("numbers an empty agenda in every style", () => {
    expect(NUMBERING_STYLES).toEqual(["ROMAN_LETTERS", "POINTS", "DECIMAL"]);
    for (const style of NUMBERING_STYLES) expect(numberAgenda([], style)).toEqual([]);
  });

  it("letters run on past z", () => {
    expect([1, 2, 26, 27, 28, 52, 53, 702, 703].map(toLetters)).toEqual(["a", "b", "z", "aa", "ab", "az", "ba", "zz", "aaa"]);
  });

  it("keeps extra fields on numbered nodes", () => {
    const tree = numberAgenda(buildAgendaTree([{ id: "x", parentId: null, position: 0, title: "X", plannedMinutes: 5, theme: "titres" }]), "POINTS");
    expect(tree[0]).toMatchObject({ id: "x", theme: "titres", number: "Point 1", depth: 0, children: [] });
  });
});

describe("formatAgendaHeading", () => {
  it("prints each style as the seeds do", () => {
    expect(formatAgendaHeading("II", "L'accueil en préfecture", "ROMAN_LETTERS")).toBe("II – L'accueil en préfecture");
    expect(formatAgendaHeading("a)", "L'accueil physique", "ROMAN_LETTERS")).toBe("a) L'accueil physique");
    expect(formatAgendaHeading("Point 1", "Accueil", "POINTS")).toBe("Point 1 : Accueil");
    expect(formatAgendaHeading("b)", "Sous-point", "POINTS")).toBe("b) Sous-point");
    expect(formatAgendaHeading("1", "La démarche QUAL-E-PREF", "DECIMAL")).toBe("1 – La démarche QUAL-E-PREF");
    expect(formatAgendaHeading("1.2", "Les chiffres clés", "DECIMAL")).toBe("1.2 – Les chiffres clés");
  });

  it("trims the title and prints a bare title without a number", () => {
    expect(formatAgendaHeading("I", "  Titre  ", "ROMAN_LETTERS")).toBe("I – Titre");
    expect(formatAgendaHeading("", " Titre ", "DECIMAL")).toBe("Titre");
  });
});

describe("roman numerals", () => {
  it("converts known values", () => {
    expect([1, 2, 3, 4, 5, 6, 9, 14, 40, 90, 400, 1994, 2021, 3999].map(toRoman)).toEqual([
      "I", "II", "III", "IV", "V", "VI", "IX", "XIV", "XL", "XC", "CD", "MCMXCIV", "MMXXI", "MMMCMXCIX",
    ]);
  });

  it("refuses what has no roman numeral", () => {
    for (const n of [0, -1, 4000, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => toRoman(n)).toThrow(RangeError);
    }
  });

  it("reads canonical numerals only", () => {
    expect(fromRoman("II")).toBe(2);
    expect(fromRoman(" vi ")).toBe(6);
    expect(fromRoman("MCMXCIV")).toBe(1994);
    for (const bad of ["", "  ", "IIII", "VX", "IC", "MMMM", "ABC", "II – Accueil"]) {
      expect(fromRoman(bad)).toBeNull();
    }
  });

  it("round-trips every value from 1 to 3999", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3999 }), (n) => {
        expect(fromRoman(toRoman(n))).toBe(n);
        expect(fromRoman(toRoman(n).toLowerCase())).toBe(n);
      }),
    );
  });

  it("is increasing in length-agnostic order: distinct values give distinct numerals", () => {
    const all = new Set(Array.from({ length: 3999 }, (_, i) => toRoman(i + 1)));
    expect(all.size).toBe(3999);
  });
});

describe("buildAgendaTree", () => {
  it("orders siblings by position, then id, whatever the input order, gaps or duplicates", () => {
    const flat: Item[] = [
      { id: "c", parentId: null, position: 10, title: "C", plannedMinutes: null },
      { id: "b", parentId: null, position: 3, title: "B", plannedMinutes: null },
      { id: "a", parentId: null, position: 3, title: "A", plannedMinutes: null },
      { id: "a2", parentId: "a", position: 7, title: "A2", plannedMinutes: null },
      { id: "a1", parentId: "a", position: -1, title: "A1", plannedMinutes: null },
    ];
    const tree = buildAgendaTree(flat);
    expect(tree.map((n) => n.id)).toEqual(["a", "b", "c"]);
    expect(tree[0]?.children.map((n) => n.id)).toEqual(["a1", "a2"]);
    expect(buildAgendaTree([...flat].reverse())).toEqual(tree);
  });

  it("never drops a row: orphans, self-parents and cycles end up at the top level", () => {
    const flat: Item[] = [
      { id: "root", parentId: null, position: 1, title: "R", plannedMinutes: null },
      { id: "orphan", parentId: "ghost", position: 0, title: "O", plannedMinutes: null },
      { id: "self", parentId: "self", position: 2, title: "S", plannedMinutes: null },
      { id: "x", parentId: "y", position: 5, title: "X", plannedMinutes: null },
      { id: "y", parentId: "x", position: 4, title: "Y", plannedMinutes: null },
    ];
    const tree = buildAgendaTree(flat);
    expect(tree.map((n) => n.id)).toEqual(["orphan", "root", "self", "y"]);
    expect(tree[3]?.children.map((n) => n.id)).toEqual(["x"]);
    expect(tree[3]?.children[0]?.children).toEqual([]);
  });

  it("returns an empty tree for an empty agenda", () => {
    expect(buildAgendaTree([])).toEqual([]);
  });

  it("holds every row exactly once, whatever the parents", () => {
    const arbitraryFlat = fc
      .array(fc.record({ parent: fc.option(fc.nat({ max: 30 })), position: fc.integer({ min: -3, max: 5 }) }), { maxLength: 25 })
      .map((rows) =>
        rows.map(
          (r, i): Item => ({
            id: `n${i}`,
            parentId: r.parent === null ? null : r.parent < rows.length ? `n${r.parent}` : "ghost",
            position: r.position,
            title: `T${i}`,
            plannedMinutes: null,
          }),
        ),
      );
    fc.assert(
      fc.property(arbitraryFlat, (flat) => {
        const seen: string[] = [];
        const walk = (nodes: ReturnType<typeof buildAgendaTree<Item>>) =>
          nodes.forEach((n) => {
            seen.push(n.id);
            walk(n.children);
          });
        walk(buildAgendaTree(flat));
        expect(seen.sort()).toEqual(flat.map((n) => n.id).sort());
      }),
    );
  });
});

describe("reordering", () => {
  // I, II (a, b, c), III
  const agenda: Item[] = [
    { id: "I", parentId: null, position: 0, title: "I", plannedMinutes: null },
    { id: "II", parentId: null, position: 1, title: "II", plannedMinutes: null, theme: "accueil" },
    { id: "a", parentId: "II", position: 0, title: "a", plannedMinutes: null },
    { id: "b", parentId: "II", position: 1, title: "b", plannedMinutes: null },
    { id: "c", parentId: "II", position: 2, title: "c", plannedMinutes: null },
    { id: "III", parentId: null, position: 2, title: "III", plannedMinutes: null },
  ];

  it("moveUp swaps with the previous sibling, moving the sub-items along", () => {
    expect(shape(ok(moveUp(agenda, "II")))).toEqual(["II@-#0", "a@II#0", "b@II#1", "c@II#2", "I@-#1", "III@-#2"]);
    expect(shape(ok(moveUp(agenda, "b")))).toEqual(["I@-#0", "II@-#1", "b@II#0", "a@II#1", "c@II#2", "III@-#2"]);
  });

  it("moveDown swaps with the next sibling", () => {
    expect(shape(ok(moveDown(agenda, "I")))).toEqual(["II@-#0", "a@II#0", "b@II#1", "c@II#2", "I@-#1", "III@-#2"]);
    expect(shape(ok(moveDown(agenda, "b")))).toEqual(["I@-#0", "II@-#1", "a@II#0", "c@II#1", "b@II#2", "III@-#2"]);
  });

  it("refuses to move past the ends of a sibling group", () => {
    expect(moveUp(agenda, "I")).toEqual({ ok: false, reason: "Ce point est déjà le premier de son niveau." });
    expect(moveUp(agenda, "a")).toEqual({ ok: false, reason: "Ce point est déjà le premier de son niveau." });
    expect(moveDown(agenda, "III")).toEqual({ ok: false, reason: "Ce point est déjà le dernier de son niveau." });
    expect(moveDown(agenda, "c")).toEqual({ ok: false, reason: "Ce point est déjà le dernier de son niveau." });
  });

  it("indent makes an item the last sub-item of the item above", () => {
    expect(shape(ok(indent(agenda, "III")))).toEqual(["I@-#0", "II@-#1", "a@II#0", "b@II#1", "c@II#2", "III@II#3"]);
    const twoTop = ok(indent(agenda, "III"));
    expect(twoTop.find((i) => i.id === "III")?.parentId).toBe("II");
  });

  it("indent refuses a first item, a sub-item and an item with sub-items", () => {
    expect(indent(agenda, "I")).toEqual({
      ok: false,
      reason: "Ce point ne peut pas devenir un sous-point : aucun point ne le précède à ce niveau.",
    });
    expect(indent(agenda, "a")).toEqual({
      ok: false,
      reason: "Ce point ne peut pas devenir un sous-point : aucun point ne le précède à ce niveau.",
    });
    expect(indent(agenda, "b")).toEqual({
      ok: false,
      reason: "L'ordre du jour n'a que deux niveaux : ce sous-point ne peut pas descendre d'un niveau.",
    });
    expect(indent(agenda, "II")).toEqual({
      ok: false,
      reason: "Ce point a des sous-points : il ne peut pas devenir lui-même un sous-point.",
    });
  });

  it("outdent makes a sub-item the next sibling of its parent; the following sub-items stay", () => {
    expect(shape(ok(outdent(agenda, "b")))).toEqual(["I@-#0", "II@-#1", "a@II#0", "c@II#1", "b@-#2", "III@-#3"]);
    expect(shape(ok(outdent(agenda, "c")))).toEqual(["I@-#0", "II@-#1", "a@II#0", "b@II#1", "c@-#2", "III@-#3"]);
  });

  it("outdent refuses a top-level item", () => {
    expect(outdent(agenda, "I")).toEqual({ ok: false, reason: "Ce point est déjà au premier niveau." });
  });

  it("indent then outdent puts an item back where it was", () => {
    const back = ok(outdent(ok(indent(agenda, "III")), "III"));
    expect(shape(back)).toEqual(shape(agenda));
  });

  it("moveTo drops an item under another parent at an index", () => {
    expect(shape(ok(moveTo(agenda, "III", "II", 1)))).toEqual(["I@-#0", "II@-#1", "a@II#0", "III@II#1", "b@II#2", "c@II#3"]);
    expect(shape(ok(moveTo(agenda, "c", null, 0)))).toEqual(["c@-#0", "I@-#1", "II@-#2", "a@II#0", "b@II#1", "III@-#3"]);
    expect(shape(ok(moveTo(agenda, "a", "II", 2)))).toEqual(["I@-#0", "II@-#1", "b@II#0", "c@II#1", "a@II#2", "III@-#2"]);
    expect(shape(ok(moveTo(agenda, "I", "III", 0)))).toEqual(["II@-#0", "a@II#0", "b@II#1", "c@II#2", "III@-#1", "I@III#0"]);
  });

  it("moveTo clamps an index past either end", () => {
    expect(shape(ok(moveTo(agenda, "a", "II", 99)))).toEqual(shape(ok(moveTo(agenda, "a", "II", 2))));
    expect(shape(ok(moveTo(agenda, "III", null, -5)))).toEqual(shape(ok(moveTo(agenda, "III", null, 0))));
  });

  it("moveTo to the same place is a harmless no-op", () => {
    expect(shape(ok(moveTo(agenda, "b", "II", 1)))).toEqual(shape(agenda));
  });

  it("moveTo moves an item with its sub-items at the top level", () => {
    expect(shape(ok(moveTo(agenda, "II", null, 2)))).toEqual(["I@-#0", "III@-#1", "II@-#2", "a@II#0", "b@II#1", "c@II#2"]);
  });

  it("moveTo refuses its own subtree, a third level, unknown targets and bad indexes", () => {
    const own = "Un point ne peut pas être déplacé sous lui-même ni sous l'un de ses sous-points.";
    expect(moveTo(agenda, "II", "II", 0)).toEqual({ ok: false, reason: own });
    expect(moveTo(agenda, "II", "a", 0)).toEqual({ ok: false, reason: own });
    const tooDeep = "L'ordre du jour n'a que deux niveaux : ce déplacement créerait un troisième niveau.";
    expect(moveTo(agenda, "I", "a", 0)).toEqual({ ok: false, reason: tooDeep });
    expect(moveTo(agenda, "II", "I", 0)).toEqual({ ok: false, reason: tooDeep });
    expect(moveTo(agenda, "I", "ghost", 0)).toEqual({ ok: false, reason: "Le point de destination n'existe pas dans l'ordre du jour." });
    for (const bad of [0.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(moveTo(agenda, "I", null, bad)).toEqual({ ok: false, reason: "La position demandée n'est pas valide." });
    }
  });

  it("every operation refuses an unknown item", () => {
    const unknown = { ok: false, reason: "Ce point n'existe pas dans l'ordre du jour." };
    expect(moveUp(agenda, "ghost")).toEqual(unknown);
    expect(moveDown(agenda, "ghost")).toEqual(unknown);
    expect(indent(agenda, "ghost")).toEqual(unknown);
    expect(outdent(agenda, "ghost")).toEqual(unknown);
    expect(moveTo(agenda, "ghost", null, 0)).toEqual(unknown);
  });

  it("keeps the extra fields and never mutates its input", () => {
    const before = structuredClone(agenda);
    const items = ok(moveUp(agenda, "II"));
    expect(items.find((i) => i.id === "II")).toEqual({ ...agenda[1], position: 0 });
    expect(agenda).toEqual(before);
  });

  it("repairs gaps and duplicates in positions", () => {
    const messy: Item[] = [
      { id: "x", parentId: null, position: 5, title: "X", plannedMinutes: null },
      { id: "w", parentId: null, position: 5, title: "W", plannedMinutes: null },
      { id: "v", parentId: null, position: 40, title: "V", plannedMinutes: null },
      { id: "o", parentId: "gone", position: 2, title: "O", plannedMinutes: null },
    ];
    expect(shape(normalizeAgenda(messy))).toEqual(["o@-#0", "w@-#1", "x@-#2", "v@-#3"]);
    expect(shape(ok(moveDown(messy, "w")))).toEqual(["o@-#0", "x@-#1", "w@-#2", "v@-#3"]);
  });

  it("an outdent from a legacy third level lands on the second", () => {
    const legacy: Item[] = [
      { id: "a", parentId: null, position: 0, title: "A", plannedMinutes: null },
      { id: "b", parentId: "a", position: 0, title: "B", plannedMinutes: null },
      { id: "c", parentId: "b", position: 0, title: "C", plannedMinutes: null },
    ];
    expect(shape(ok(outdent(legacy, "c")))).toEqual(["a@-#0", "b@a#0", "c@a#1"]);
    expect(indent(legacy, "c").ok).toBe(false);
  });
});

describe("reordering properties", () => {
  /** A valid two-level agenda of 0..12 items with messy positions. */
  const validAgenda = fc
    .array(fc.record({ parent: fc.option(fc.nat({ max: 20 }), { freq: 2 }), position: fc.integer({ min: -2, max: 6 }) }), {
      maxLength: 12,
      size: "max",
    })
    .map((rows) => {
      const roots: string[] = [];
      return rows.map((r, i): Item => {
        const id = `n${i}`;
        const parent = r.parent === null || roots.length === 0 ? null : (roots[r.parent % roots.length] ?? null);
        if (parent === null) roots.push(id);
        return { id, parentId: parent, position: r.position, title: id, plannedMinutes: null };
      });
    });

  type Op =
    | { kind: "up" | "down" | "indent" | "outdent"; pick: number }
    | { kind: "moveTo"; pick: number; parent: number | null; index: number };
  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.record({ kind: fc.constantFrom("up", "down", "indent", "outdent"), pick: fc.nat() }),
    fc.record({
      kind: fc.constant("moveTo"),
      pick: fc.nat(),
      parent: fc.option(fc.nat()),
      index: fc.integer({ min: -2, max: 14 }),
    }),
  ) as fc.Arbitrary<Op>;

  /** One pick in (length + 1) addresses an unknown id, so that refusal is exercised too. */
  const idAt = (items: readonly Item[], pick: number) => items[pick % (items.length + 1)]?.id ?? "unknown";

  function apply(items: Item[], o: Op): AgendaResult<Item> {
    const id = idAt(items, o.pick);
    switch (o.kind) {
      case "up":
        return moveUp(items, id);
      case "down":
        return moveDown(items, id);
      case "indent":
        return indent(items, id);
      case "outdent":
        return outdent(items, id);
      case "moveTo":
        return moveTo(items, id, o.parent === null ? null : idAt(items, o.parent), o.index);
    }
  }

  function checkInvariants(items: readonly Item[], ids: readonly string[]) {
    expect(items.map((i) => i.id).sort()).toEqual([...ids].sort());
    const byId = new Map(items.map((i) => [i.id, i]));
    const groups = new Map<string | null, number[]>();
    for (const item of items) {
      expect(item.parentId === null || byId.has(item.parentId)).toBe(true);
      groups.set(item.parentId, [...(groups.get(item.parentId) ?? []), item.position]);
      // Walking up terminates within the depth limit: no cycle, at most two levels.
      let depth = 0;
      for (let p = item.parentId; p !== null; p = byId.get(p)?.parentId ?? null) {
        depth++;
        expect(depth).toBeLessThan(MAX_AGENDA_DEPTH);
      }
    }
    for (const positions of groups.values()) {
      expect([...positions].sort((a, b) => a - b)).toEqual(positions.map((_, i) => i));
    }
  }

  it("any sequence of operations keeps every item once, contiguous positions, no cycle, two levels", () => {
    fc.assert(
      fc.property(validAgenda, fc.array(op, { maxLength: 25 }), (start, ops) => {
        const ids = start.map((i) => i.id);
        let items = normalizeAgenda(start);
        checkInvariants(items, ids);
        for (const o of ops) {
          const result = apply(items, o);
          if (result.ok) items = result.items;
          else expect(result.reason).toMatch(/\S/);
          checkInvariants(items, ids);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("moveUp then moveDown (and the reverse) is the identity when both succeed", () => {
    fc.assert(
      fc.property(validAgenda, fc.nat(), (start, pick) => {
        const items = normalizeAgenda(start);
        const id = idAt(items, pick);
        const up = moveUp(items, id);
        if (up.ok) expect(shape(ok(moveDown(up.items, id)))).toEqual(shape(items));
        const down = moveDown(items, id);
        if (down.ok) expect(shape(ok(moveUp(down.items, id)))).toEqual(shape(items));
      }),
    );
  });

  it("normalizing is idempotent and keeps the tree's order", () => {
    fc.assert(
      fc.property(validAgenda, (start) => {
        const once = normalizeAgenda(start);
        expect(normalizeAgenda(once)).toEqual(once);
        const titles = (flat: readonly Item[]) => headings(flat, "DECIMAL");
        expect(titles(once)).toEqual(titles(start));
      }),
    );
  });
});

describe("durations", () => {
  const tree = (minutes: (number | null)[][]) =>
    minutes.map(([own = null, ...subs]) => ({
      plannedMinutes: own,
      children: subs.map((m) => ({ plannedMinutes: m, children: [] })),
    }));

  it("sums items, their sub-items and the parents' own minutes; unknown counts 0", () => {
    expect(agendaDuration([])).toBe(0);
    expect(agendaDuration(tree([[10], [5, 20, null, 15], [null]]))).toBe(50);
    expect(agendaDuration(buildAgendaTree(seed002))).toBe(10);
  });

  it("formats French style", () => {
    expect(formatDuration(0)).toBe("0 min");
    expect(formatDuration(45)).toBe("45 min");
    expect(formatDuration(60)).toBe("1 h");
    expect(formatDuration(90)).toBe("1 h 30");
    expect(formatDuration(125)).toBe("2 h 05");
    expect(formatDuration(135)).toBe("2 h 15");
    expect(formatDuration(44.6)).toBe("45 min");
    expect(formatDuration(-10)).toBe("0 min");
  });

  it("warns when the agenda is longer than the session", () => {
    const start = new Date("2021-05-06T12:30:00Z");
    const end = new Date("2021-05-06T14:30:00Z");
    expect(durationWarning(135, start, end)).toBe(
      "La durée prévue de l'ordre du jour (2 h 15) dépasse la durée de la séance (2 h).",
    );
    expect(durationWarning(120, start, end)).toBeNull();
    expect(durationWarning(30, start, new Date("2021-05-06T12:50:00Z"))).toBe(
      "La durée prévue de l'ordre du jour (30 min) dépasse la durée de la séance (20 min).",
    );
  });

  it("says nothing without a usable end time", () => {
    const start = new Date("2021-05-06T12:30:00Z");
    expect(durationWarning(500, start, null)).toBeNull();
    expect(durationWarning(500, start, start)).toBeNull();
    expect(durationWarning(500, start, new Date("2021-05-06T12:00:00Z"))).toBeNull();
    expect(durationWarning(500, start, new Date(Number.NaN))).toBeNull();
  });
});

describe("action plan review item", () => {
  it("is the one-click 'Suivi du plan d'actions' item", () => {
    expect(actionPlanReviewItem()).toEqual({
      title: "Suivi du plan d'actions",
      theme: "plan d'actions",
      isActionPlanReview: true,
      plannedMinutes: null,
    });
    expect(actionPlanReviewItem()).not.toBe(actionPlanReviewItem());
  });
});
