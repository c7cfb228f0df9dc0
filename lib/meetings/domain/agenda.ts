/**
 * The agenda of a meeting ("ordre du jour") as a tree: building it from the flat rows the
 * database stores, numbering it the way each committee prints it, the reorder operations the
 * agenda editor triggers (keyboard buttons and drag and drop), planned durations, and the
 * "Suivi du plan d'actions" item. Numbers are computed here and never stored, so the
 * convocation, the attendance sheet, the minutes and the public page always agree.
 *
 * Numbering styles, as the seeds print them:
 * - ROMAN_LETTERS (002 Vienne): "I – Titre", sub-items "a) Titre"
 * - POINTS (004 Vosges): "Point 1 : Titre", sub-items "a) Titre"
 * - DECIMAL (000 Vienne CLU-CLAC): "1 – Titre", sub-items "1.1 – Titre" (000 bullets its
 *   sub-items; a decimal number is what a document that must refer to them can print)
 * Committees use two levels; a deeper tree (legacy data) is still numbered, never rejected:
 * third-level items get "i)", "ii)" (or "1.1.1" in DECIMAL).
 */

import type { AgendaNumberingStyle } from "@/lib/meetings/vocabulary";

export type { AgendaNumberingStyle };

/** Items and lettered sub-items: the editor refuses any operation that would add a third level. */
export const MAX_AGENDA_DEPTH = 2;

/** The structural part of an agenda row; any other field (theme, presenters…) passes through. */
export interface AgendaNode {
  id: string;
  parentId: string | null;
  position: number;
  title: string;
  plannedMinutes: number | null;
}

export type AgendaTreeNode<T extends AgendaNode = AgendaNode> = Omit<T, "children"> & {
  children: AgendaTreeNode<T>[];
};

/** Any tree whose children are already in display order. */
export interface TreeShape<N> {
  children: readonly N[];
}

export type NumberedAgendaNode<N extends TreeShape<N>> = Omit<N, "children" | "number" | "depth"> & {
  /** "II", "a)", "Point 3", "1.2" */
  number: string;
  /** 0 for an item, 1 for a sub-item */
  depth: number;
  children: NumberedAgendaNode<N>[];
};

export type AgendaResult<T> = { ok: true; items: T[] } | { ok: false; reason: string };

// ───────────────────────────── Tree ─────────────────────────────

/** Position then id: two rows saved with the same position always come out in the same order. */
function compareNodes(a: AgendaNode, b: AgendaNode): number {
  if (a.position !== b.position) return a.position - b.position;
  return Number(a.id > b.id) - Number(a.id < b.id);
}

/**
 * Nests the flat rows under their parents, siblings ordered by position then id. Ids are
 * assumed unique (primary keys). Nothing is ever dropped: a row whose parent is missing, or
 * that is its own parent, becomes a top-level item; rows cut off by a parent cycle (only
 * possible with corrupt data) are appended at the top level, the cycle broken at the first of
 * them by position.
 */
export function buildAgendaTree<T extends AgendaNode>(flat: readonly T[]): AgendaTreeNode<T>[] {
  const ids = new Set(flat.map((n) => n.id));
  const isRoot = (n: T) => n.parentId === null || n.parentId === n.id || !ids.has(n.parentId);
  const childrenOf = new Map<string, T[]>();
  for (const node of flat) {
    if (isRoot(node)) continue;
    const parentId = node.parentId as string;
    const list = childrenOf.get(parentId) ?? [];
    list.push(node);
    childrenOf.set(parentId, list);
  }
  const visited = new Set<string>();
  const grow = (node: T): AgendaTreeNode<T> => {
    visited.add(node.id);
    const children = [...(childrenOf.get(node.id) ?? [])]
      .sort(compareNodes)
      .filter((c) => !visited.has(c.id))
      .map(grow);
    return { ...node, children };
  };
  const roots = flat.filter(isRoot).sort(compareNodes).map(grow);
  for (const node of [...flat].sort(compareNodes)) {
    if (!visited.has(node.id)) roots.push(grow(node));
  }
  return roots;
}

// ───────────────────────────── Numbering ─────────────────────────────

const ROMAN_DIGITS: readonly [number, string][] = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

/** 1..3999 → "I".."MMMCMXCIX"; anything else has no roman numeral and throws. */
export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) {
    throw new RangeError(`toRoman: ${n} is not an integer between 1 and 3999`);
  }
  let rest = n;
  let out = "";
  for (const [value, digits] of ROMAN_DIGITS) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}

const CANONICAL_ROMAN = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/**
 * "II" → 2, case-insensitive, surrounding spaces ignored. Only canonical numerals are read
 * ("IIII", "VX", "" → null) so that importing "II – …" from a seed never misreads text.
 */
export function fromRoman(text: string): number | null {
  const s = text.trim().toUpperCase();
  if (s === "" || !CANONICAL_ROMAN.test(s)) return null;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    // The pattern above admits only the seven roman digits.
    const value = ROMAN_VALUES[s.charAt(i)] as number;
    const next = i + 1 < s.length ? (ROMAN_VALUES[s.charAt(i + 1)] as number) : 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** 1 → "a", 26 → "z", 27 → "aa": an agenda never runs out of letters. */
export function toLetters(n: number): string {
  let rest = n;
  let out = "";
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    out = String.fromCharCode(97 + digit) + out;
    rest = Math.floor((rest - 1) / 26);
  }
  return out;
}

function numberAt(style: AgendaNumberingStyle, depth: number, ordinal: number, parentNumber: string): string {
  if (style === "DECIMAL") return depth === 0 ? String(ordinal) : `${parentNumber}.${ordinal}`;
  if (depth === 0) {
    if (style === "POINTS") return `Point ${ordinal}`;
    // Past 3999 items roman numerals stop; a number is better than a crash.
    return ordinal <= 3999 ? toRoman(ordinal) : String(ordinal);
  }
  if (depth === 1) return `${toLetters(ordinal)})`;
  return `${ordinal <= 3999 ? toRoman(ordinal).toLowerCase() : String(ordinal)})`;
}

/** Adds `number` and `depth` to every node; the tree must already be ordered (buildAgendaTree). */
export function numberAgenda<N extends TreeShape<N>>(
  tree: readonly N[],
  style: AgendaNumberingStyle,
): NumberedAgendaNode<N>[] {
  const walk = (nodes: readonly N[], depth: number, parentNumber: string): NumberedAgendaNode<N>[] =>
    nodes.map((node, index) => {
      const number = numberAt(style, depth, index + 1, parentNumber);
      return { ...node, number, depth, children: walk(node.children, depth + 1, number) };
    });
  return walk(tree, 0, "");
}

/**
 * The heading as printed: "II – L'accueil en préfecture", "a) L'accueil physique",
 * "Point 1 : labellisation Qual-e-pref", "1 – La dématérialisation des procédures",
 * "1.1 – Les France Services". A lettered number ("a)", "ii)") is followed by a plain space
 * whatever the style.
 */
export function formatAgendaHeading(number: string, title: string, style: AgendaNumberingStyle): string {
  const text = title.trim();
  if (number === "") return text;
  if (number.endsWith(")")) return `${number} ${text}`;
  return style === "POINTS" ? `${number} : ${text}` : `${number} – ${text}`;
}

// ───────────────────────────── Reordering ─────────────────────────────

const UNKNOWN_ITEM = "Ce point n'existe pas dans l'ordre du jour.";
const TOO_DEEP = "L'ordre du jour n'a que deux niveaux : ce déplacement créerait un troisième niveau.";

/** The sibling lists of a well-formed tree, the shape every operation edits. */
interface Layout<T extends AgendaNode> {
  byId: Map<string, T>;
  parentOf: Map<string, string | null>;
  childrenOf: Map<string | null, string[]>;
}

function toLayout<T extends AgendaNode>(flat: readonly T[]): Layout<T> {
  const byId = new Map<string, T>();
  for (const node of flat) byId.set(node.id, node);
  const parentOf = new Map<string, string | null>();
  const childrenOf = new Map<string | null, string[]>();
  const visit = (nodes: AgendaTreeNode<T>[], parentId: string | null) => {
    childrenOf.set(parentId, nodes.map((n) => n.id));
    for (const n of nodes) {
      parentOf.set(n.id, parentId);
      visit(n.children, n.id);
    }
  };
  visit(buildAgendaTree(flat), null);
  return { byId, parentOf, childrenOf };
}

/** Depth-first order, positions 0..n-1 per sibling group, parentIds repaired. */
function fromLayout<T extends AgendaNode>(layout: Layout<T>): T[] {
  const out: T[] = [];
  const walk = (parentId: string | null) => {
    siblingsOf(layout, parentId).forEach((id, position) => {
      out.push({ ...(layout.byId.get(id) as T), parentId, position });
      walk(id);
    });
  };
  walk(null);
  return out;
}

/** toLayout gives the top level and every node a list, possibly empty. */
function siblingsOf<T extends AgendaNode>(layout: Layout<T>, parentId: string | null): string[] {
  return layout.childrenOf.get(parentId) as string[];
}

function depthOf<T extends AgendaNode>(layout: Layout<T>, id: string): number {
  let depth = 0;
  for (let p = layout.parentOf.get(id) ?? null; p !== null; p = layout.parentOf.get(p) ?? null) depth++;
  return depth;
}

/** 0 for a leaf, 1 for an item with sub-items… */
function heightOf<T extends AgendaNode>(layout: Layout<T>, id: string): number {
  return siblingsOf(layout, id).reduce((max, child) => Math.max(max, heightOf(layout, child) + 1), 0);
}

function isInSubtree<T extends AgendaNode>(layout: Layout<T>, rootId: string, candidate: string): boolean {
  for (let p: string | null = candidate; p !== null; p = layout.parentOf.get(p) ?? null) {
    if (p === rootId) return true;
  }
  return false;
}

function detach<T extends AgendaNode>(layout: Layout<T>, id: string): void {
  const siblings = siblingsOf(layout, layout.parentOf.get(id) ?? null);
  siblings.splice(siblings.indexOf(id), 1);
}

function attach<T extends AgendaNode>(layout: Layout<T>, id: string, parentId: string | null, index: number): void {
  siblingsOf(layout, parentId).splice(index, 0, id);
  layout.parentOf.set(id, parentId);
}

function refuse(reason: string): { ok: false; reason: string } {
  return { ok: false, reason };
}

/** Renumbers positions 0..n-1 per sibling group (after a deletion, or to repair imported data). */
export function normalizeAgenda<T extends AgendaNode>(flat: readonly T[]): T[] {
  return fromLayout(toLayout(flat));
}

/** Swaps with the previous sibling; a first item stays first (it never jumps to another parent). */
export function moveUp<T extends AgendaNode>(flat: readonly T[], id: string): AgendaResult<T> {
  const layout = toLayout(flat);
  if (!layout.byId.has(id)) return refuse(UNKNOWN_ITEM);
  const siblings = siblingsOf(layout, layout.parentOf.get(id) ?? null);
  const index = siblings.indexOf(id);
  if (index === 0) return refuse("Ce point est déjà le premier de son niveau.");
  siblings.splice(index - 1, 2, id, siblings[index - 1] as string);
  return { ok: true, items: fromLayout(layout) };
}

/** Swaps with the next sibling; a last item stays last. */
export function moveDown<T extends AgendaNode>(flat: readonly T[], id: string): AgendaResult<T> {
  const layout = toLayout(flat);
  if (!layout.byId.has(id)) return refuse(UNKNOWN_ITEM);
  const siblings = siblingsOf(layout, layout.parentOf.get(id) ?? null);
  const index = siblings.indexOf(id);
  if (index === siblings.length - 1) return refuse("Ce point est déjà le dernier de son niveau.");
  siblings.splice(index, 2, siblings[index + 1] as string, id);
  return { ok: true, items: fromLayout(layout) };
}

/** Becomes the last sub-item of the item just above it. */
export function indent<T extends AgendaNode>(flat: readonly T[], id: string): AgendaResult<T> {
  const layout = toLayout(flat);
  if (!layout.byId.has(id)) return refuse(UNKNOWN_ITEM);
  const siblings = siblingsOf(layout, layout.parentOf.get(id) ?? null);
  const index = siblings.indexOf(id);
  const previous = siblings[index - 1];
  if (previous === undefined) {
    return refuse("Ce point ne peut pas devenir un sous-point : aucun point ne le précède à ce niveau.");
  }
  const newDepth = depthOf(layout, previous) + 1;
  const height = heightOf(layout, id);
  if (newDepth + height >= MAX_AGENDA_DEPTH) {
    return refuse(
      height > 0 && newDepth < MAX_AGENDA_DEPTH
        ? "Ce point a des sous-points : il ne peut pas devenir lui-même un sous-point."
        : "L'ordre du jour n'a que deux niveaux : ce sous-point ne peut pas descendre d'un niveau.",
    );
  }
  detach(layout, id);
  attach(layout, id, previous, siblingsOf(layout, previous).length);
  return { ok: true, items: fromLayout(layout) };
}

/**
 * Becomes the next sibling of its parent. The sub-items that followed it stay with the old
 * parent: adopting them would silently change the numbering of points the user did not touch.
 */
export function outdent<T extends AgendaNode>(flat: readonly T[], id: string): AgendaResult<T> {
  const layout = toLayout(flat);
  if (!layout.byId.has(id)) return refuse(UNKNOWN_ITEM);
  const parentId = layout.parentOf.get(id) ?? null;
  if (parentId === null) return refuse("Ce point est déjà au premier niveau.");
  const grandParentId = layout.parentOf.get(parentId) ?? null;
  detach(layout, id);
  attach(layout, id, grandParentId, siblingsOf(layout, grandParentId).indexOf(parentId) + 1);
  return { ok: true, items: fromLayout(layout) };
}

/**
 * Drag and drop: puts the item (with its sub-items) under `newParentId` (null: top level) so
 * that it ends at `newIndex` among its new siblings, counted without itself. An index past
 * either end is clamped, since a drop beyond the last row means "last".
 */
export function moveTo<T extends AgendaNode>(
  flat: readonly T[],
  id: string,
  newParentId: string | null,
  newIndex: number,
): AgendaResult<T> {
  const layout = toLayout(flat);
  if (!layout.byId.has(id)) return refuse(UNKNOWN_ITEM);
  if (newParentId !== null && !layout.byId.has(newParentId)) {
    return refuse("Le point de destination n'existe pas dans l'ordre du jour.");
  }
  if (!Number.isInteger(newIndex)) return refuse("La position demandée n'est pas valide.");
  if (newParentId !== null && isInSubtree(layout, id, newParentId)) {
    return refuse("Un point ne peut pas être déplacé sous lui-même ni sous l'un de ses sous-points.");
  }
  const newDepth = newParentId === null ? 0 : depthOf(layout, newParentId) + 1;
  if (newDepth + heightOf(layout, id) >= MAX_AGENDA_DEPTH) return refuse(TOO_DEEP);
  detach(layout, id);
  const count = siblingsOf(layout, newParentId).length;
  attach(layout, id, newParentId, Math.min(Math.max(newIndex, 0), count));
  return { ok: true, items: fromLayout(layout) };
}

// ───────────────────────────── Durations ─────────────────────────────

/** Total planned minutes: an item's own minutes (introduction) plus its sub-items'. Unknown counts 0. */
export function agendaDuration<N extends { plannedMinutes: number | null; children: readonly N[] }>(
  tree: readonly N[],
): number {
  return tree.reduce((sum, node) => sum + (node.plannedMinutes ?? 0) + agendaDuration(node.children), 0);
}

/** 45 → "45 min", 60 → "1 h", 90 → "1 h 30", 125 → "2 h 05" (rounded to the minute, never negative). */
export function formatDuration(minutes: number): string {
  const total = Math.max(0, Math.round(minutes));
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  if (hours === 0) return `${rest} min`;
  if (rest === 0) return `${hours} h`;
  return `${hours} h ${String(rest).padStart(2, "0")}`;
}

/**
 * A warning (not an error: the chair may well run over) when the agenda is planned longer
 * than the session. No end time, or an end not after the start, means nothing to compare.
 */
export function durationWarning(totalMinutes: number, startsAt: Date, endsAt: Date | null): string | null {
  if (endsAt === null) return null;
  const sessionMinutes = Math.floor((endsAt.getTime() - startsAt.getTime()) / 60_000);
  if (!(sessionMinutes > 0) || totalMinutes <= sessionMinutes) return null;
  return `La durée prévue de l'ordre du jour (${formatDuration(totalMinutes)}) dépasse la durée de la séance (${formatDuration(sessionMinutes)}).`;
}

// ───────────────────────────── Action plan review ─────────────────────────────

export interface ActionPlanReviewItem {
  title: string;
  theme: string;
  isActionPlanReview: true;
  plannedMinutes: number | null;
}

/**
 * The item the agenda editor adds in one click (domain.md §8): open actions are reviewed at
 * the next meeting. No planned duration: it depends on how many actions are open.
 */
export function actionPlanReviewItem(): ActionPlanReviewItem {
  return { title: "Suivi du plan d'actions", theme: "plan d'actions", isActionPlanReview: true, plannedMinutes: null };
}
