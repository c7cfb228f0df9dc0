/**
 * The differences between two saved versions of a section, for its history page. A version is
 * first reduced to comparable lines (what a reader sees: title, presentation, body, the
 * interventions with their answers, conclusions); lines are matched with `diffArrays`, and a
 * removed line followed by an added one that resembles it is shown as one modified line with
 * the changed words marked (`diffWordsWithSpace`) — a paragraph rewritten from scratch stays a
 * whole removed line and a whole added line, which reads better than a salad of words.
 */
import { diffArrays, diffWordsWithSpace } from "diff";
import { documentToPlainText, readDocument } from "@/lib/rich-text/document";
import { INTERVENTION_KIND_LABELS, NO_OBSERVATION_SENTENCE, type InterventionKind } from "@/lib/minutes/vocabulary";

/** A stored version as the history query returns it (body, conclusions and interventions are database JSON). */
export interface SectionVersionContent {
  title: string;
  presentation?: string | null;
  body: unknown;
  conclusions: unknown;
  noQuestions: boolean;
  interventions: unknown;
}

export type DiffChange = "added" | "removed" | "same";

export interface DiffSegment {
  text: string;
  change: DiffChange;
}

/** One line (paragraph) of the comparison: kept, added, removed, or modified (its segments say which words). */
export interface DiffLine {
  change: DiffChange | "modified";
  segments: DiffSegment[];
}

export interface SectionDiff {
  lines: DiffLine[];
  /** Lines added, removed, modified: 0/0/0 when both versions read the same. */
  counts: { added: number; removed: number; modified: number };
}

/*
 * Past these sizes the diff gives up and shows the old text removed and the new one added: a
 * bound on the work a hostile or huge section can cause (deterministic, unlike a timeout).
 */
const MAX_LINE_EDITS = 2_000;
const MAX_WORD_EDITS = 1_000;
/** Share of a line's characters (spaces aside) that must be kept for it to read as "modified". */
const SIMILARITY_THRESHOLD = 0.5;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const stringOf = (value: unknown): string => (typeof value === "string" ? value.trim() : "");

function kindLabel(kind: unknown): string | null {
  return typeof kind === "string" && Object.hasOwn(INTERVENTION_KIND_LABELS, kind) ? INTERVENTION_KIND_LABELS[kind as InterventionKind].toLowerCase() : null;
}

/** The interventions snapshot (see recordHistory in lib/minutes/actions.ts), read defensively: an older row may lack a field. */
function interventionLines(interventions: unknown): string[] {
  if (!Array.isArray(interventions)) return [];
  return interventions.filter(isRecord).flatMap((intervention) => {
    const asker = stringOf(intervention.asker) || stringOf(intervention.askerLabel) || "Intervenant non précisé";
    const kind = kindLabel(intervention.kind);
    const answers = Array.isArray(intervention.answers) ? intervention.answers.filter(isRecord) : [];
    return [
      `${asker}${kind ? ` (${kind})` : ""} : ${stringOf(intervention.text)}`,
      ...answers.map((answer) => `Réponse de ${stringOf(answer.responder) || stringOf(answer.responderLabel) || "l'administration"} : ${stringOf(answer.text)}`),
    ];
  });
}

const documentLines = (value: unknown): string[] => documentToPlainText(readDocument(value)).split("\n");

/** The comparable text of a version, one line per paragraph, blank lines left out. */
export function sectionVersionLines(version: SectionVersionContent): string[] {
  return [
    version.title,
    version.presentation ?? "",
    ...documentLines(version.body),
    ...interventionLines(version.interventions),
    version.noQuestions ? NO_OBSERVATION_SENTENCE : "",
    ...documentLines(version.conclusions),
  ]
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The comparable text of a version, as one string (a line per paragraph). */
export function sectionVersionText(version: SectionVersionContent): string {
  return sectionVersionLines(version).join("\n");
}

const wholeLine = (text: string, change: DiffChange): DiffLine => ({ change, segments: [{ text, change }] });

/** Non-space characters the two lines share, over the longer of the two. */
function similarity(segments: DiffSegment[]): number {
  const size = (change: DiffChange) => segments.filter((s) => s.change === change).reduce((n, s) => n + s.text.replace(/\s+/g, "").length, 0);
  const same = size("same");
  const longer = Math.max(same + size("removed"), same + size("added"));
  return longer === 0 ? 1 : same / longer;
}

/** A removed line against the added line in its place: one modified line, or the two whole lines when they have little in common. */
function compareLines(older: string, newer: string): DiffLine[] {
  const changes = diffWordsWithSpace(older, newer, { maxEditLength: MAX_WORD_EDITS });
  if (changes) {
    const segments = changes
      .filter((c) => c.value !== "")
      .map((c): DiffSegment => ({ text: c.value, change: c.added ? "added" : c.removed ? "removed" : "same" }));
    if (similarity(segments) >= SIMILARITY_THRESHOLD) return [{ change: "modified", segments }];
  }
  return [wholeLine(older, "removed"), wholeLine(newer, "added")];
}

/** Removed lines then added lines of one place: paired in order, the extra ones whole. */
function compareBlocks(removed: string[], added: string[]): DiffLine[] {
  const lines: DiffLine[] = [];
  const paired = Math.min(removed.length, added.length);
  for (let i = 0; i < paired; i++) lines.push(...compareLines(removed[i] ?? "", added[i] ?? ""));
  for (const line of removed.slice(paired)) lines.push(wholeLine(line, "removed"));
  for (const line of added.slice(paired)) lines.push(wholeLine(line, "added"));
  return lines;
}

/** The differences from `older` to `newer`, line by line, in the order of the newer text. */
export function diffSectionVersions(older: SectionVersionContent, newer: SectionVersionContent): SectionDiff {
  return diffTextLines(sectionVersionLines(older), sectionVersionLines(newer));
}

/** The same comparison on lines already extracted (exported for tests and other plain texts). */
export function diffTextLines(olderLines: string[], newerLines: string[]): SectionDiff {
  const changes = diffArrays(olderLines, newerLines, { maxEditLength: MAX_LINE_EDITS }) ?? [
    { value: olderLines, removed: true, added: false, count: olderLines.length },
    { value: newerLines, removed: false, added: true, count: newerLines.length },
  ];
  const lines: DiffLine[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    lines.push(...compareBlocks(removed, added));
    removed = [];
    added = [];
  };
  for (const change of changes) {
    if (change.removed) removed.push(...change.value);
    else if (change.added) added.push(...change.value);
    else {
      flush();
      lines.push(...change.value.map((line) => wholeLine(line, "same")));
    }
  }
  flush();
  return {
    lines,
    counts: {
      added: lines.filter((l) => l.change === "added").length,
      removed: lines.filter((l) => l.change === "removed").length,
      modified: lines.filter((l) => l.change === "modified").length,
    },
  };
}
