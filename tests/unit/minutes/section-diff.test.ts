import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffSectionVersions, diffTextLines, sectionVersionLines, sectionVersionText, type DiffLine, type SectionVersionContent } from "@/lib/minutes/domain";
import { documentFromText } from "@/lib/rich-text/document";

const version = (overrides: Partial<SectionVersionContent> = {}): SectionVersionContent => ({
  title: "II – L'accueil en préfecture",
  presentation: "M. Roux présente le point.",
  body: documentFromText("Les délais d'attente ont baissé.\nLe guichet unique ouvre en septembre."),
  conclusions: documentFromText("Le comité prend acte."),
  noQuestions: false,
  interventions: [
    {
      kind: "QUESTION",
      asker: "M. Prempain, UFC-Que Choisir",
      askerLabel: null,
      askerPersonId: null,
      askerOrganizationId: null,
      text: "Quand les rendez-vous reprendront-ils ?",
      answers: [{ responder: "Mme Durand, secrétaire générale", responderLabel: null, responderPersonId: null, text: "Dès le 1er juin." }],
    },
  ],
  ...overrides,
});

/** The older text as the diff lines show it (removed and kept), and the newer one (added and kept). */
const sideOf = (lines: DiffLine[], side: "older" | "newer") =>
  lines
    .filter((l) => l.change === "modified" || l.change === "same" || l.change === (side === "older" ? "removed" : "added"))
    .map((l) => l.segments.filter((s) => s.change === "same" || s.change === (side === "older" ? "removed" : "added")).map((s) => s.text).join(""));

describe("sectionVersionText", () => {
  it("reads a version as a reader sees it: title, presentation, body, interventions and answers, conclusions", () => {
    expect(sectionVersionText(version())).toBe(
      [
        "II – L'accueil en préfecture",
        "M. Roux présente le point.",
        "Les délais d'attente ont baissé.",
        "Le guichet unique ouvre en septembre.",
        "M. Prempain, UFC-Que Choisir (question) : Quand les rendez-vous reprendront-ils ?",
        "Réponse de Mme Durand, secrétaire générale : Dès le 1er juin.",
        "Le comité prend acte.",
      ].join("\n"),
    );
  });

  it("says when no observation was made, and leaves out what is empty", () => {
    const lines = sectionVersionLines(version({ presentation: null, interventions: [], noQuestions: true, conclusions: { type: "doc", content: [{ type: "paragraph" }] } }));
    expect(lines).toEqual(["II – L'accueil en préfecture", "Les délais d'attente ont baissé.", "Le guichet unique ouvre en septembre.", "Aucune observation n'est formulée."]);
  });

  it("survives an older or damaged snapshot (bad JSON, missing fields) without throwing", () => {
    const lines = sectionVersionLines(
      version({ body: { type: "image" }, conclusions: null, interventions: [null, 3, { askerLabel: "Un usager", text: "Merci.", answers: [{ text: "De rien." }] }] }),
    );
    expect(lines.slice(2)).toEqual(["Un usager : Merci.", "Réponse de l'administration : De rien."]);
  });
});

describe("diffSectionVersions", () => {
  it("finds nothing between a version and itself", () => {
    const diff = diffSectionVersions(version(), version());
    expect(diff.counts).toEqual({ added: 0, removed: 0, modified: 0 });
    expect(diff.lines.every((l) => l.change === "same")).toBe(true);
  });

  it("marks the words changed in a paragraph, not the whole paragraph", () => {
    const diff = diffSectionVersions(version(), version({ conclusions: documentFromText("Le comité prend acte et demande un bilan.") }));
    expect(diff.counts).toEqual({ added: 0, removed: 0, modified: 1 });
    const line = diff.lines.find((l) => l.change === "modified");
    expect(line?.segments).toEqual([
      { text: "Le comité prend acte", change: "same" },
      { text: " et demande un bilan", change: "added" },
      { text: ".", change: "same" },
    ]);
  });

  it("shows a rewritten paragraph as one removed and one added line", () => {
    const diff = diffSectionVersions(version(), version({ presentation: "Point reporté à la prochaine séance." }));
    expect(diff.counts).toEqual({ added: 1, removed: 1, modified: 0 });
    expect(diff.lines[1]).toEqual({ change: "removed", segments: [{ text: "M. Roux présente le point.", change: "removed" }] });
    expect(diff.lines[2]).toEqual({ change: "added", segments: [{ text: "Point reporté à la prochaine séance.", change: "added" }] });
  });

  it("sees an answer added to an intervention, and the no-observation sentence", () => {
    const base = version();
    const withAnswer = version({
      interventions: [
        ...(base.interventions as object[]),
        { kind: "COMPLAINT", asker: "Mme Leroy", text: "Le parking est saturé.", answers: [] },
      ],
    });
    const diff = diffSectionVersions(base, withAnswer);
    expect(diff.lines.filter((l) => l.change === "added").map((l) => l.segments[0]?.text)).toEqual(["Mme Leroy (réclamation) : Le parking est saturé."]);

    const none = diffSectionVersions(version({ interventions: [] }), version({ interventions: [], noQuestions: true }));
    expect(none.lines.filter((l) => l.change === "added").map((l) => l.segments[0]?.text)).toEqual(["Aucune observation n'est formulée."]);
  });

  it("keeps removed lines in the place they had", () => {
    const diff = diffTextLines(["a", "b", "c"], ["a", "c"]);
    expect(diff.lines.map((l) => `${l.change}:${l.segments.map((s) => s.text).join("")}`)).toEqual(["same:a", "removed:b", "same:c"]);
  });

  it("always gives back both texts: the older from kept and removed parts, the newer from kept and added parts", () => {
    const line = fc.stringMatching(/^[a-zé ,.']{1,30}$/).map((s) => s.trim()).filter(Boolean);
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), fc.array(line, { maxLength: 8 }), (older, newer) => {
        const { lines } = diffTextLines(older, newer);
        expect(sideOf(lines, "older")).toEqual(older);
        expect(sideOf(lines, "newer")).toEqual(newer);
      }),
      { numRuns: 300 },
    );
  });
});
