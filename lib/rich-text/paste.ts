/**
 * Cleaning of HTML pasted into the minutes editor, mostly from Word: what is left is the
 * little the document format can hold (paragraphs, headings, lists, tables, bold, italic,
 * underline, safe links, line breaks), so the editor's parser never meets mso-* styles,
 * <o:p>, conditional comments, fonts, classes or images.
 *
 * Both ways of reading HTML feed one tree and one cleaning pass: the browser's DOMParser
 * when there is one (the editor), a small tokenizer otherwise (Node, where the unit tests
 * run) — so the rules tested in Node are the rules that run in the browser.
 */
import { isSafeHref } from "./document";

type HtmlNode = { kind: "text"; text: string } | HtmlElement;
interface HtmlElement {
  kind: "element";
  tag: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
}

/** Dropped with everything inside: Office metadata, scripts, images and other embedded things. */
const DROP = new Set(["head", "script", "style", "title", "meta", "link", "xml", "img", "picture", "svg", "math", "object", "embed", "iframe", "video", "audio", "canvas", "form", "input", "button", "select", "textarea", "template", "noscript", "hr"]);
/** Kept, with only the attributes listed. Everything else (span, font, div…) is unwrapped. */
const KEEP: Record<string, readonly string[]> = {
  p: [],
  br: [],
  h3: [],
  h4: [],
  strong: [],
  em: [],
  u: [],
  ul: [],
  ol: ["start"],
  li: [],
  table: [],
  tr: [],
  td: ["colspan", "rowspan"],
  th: ["colspan", "rowspan"],
  a: ["href"],
};
/** Same meaning, the one tag we keep. A compte rendu's headings are levels 3 and 4 (the page has h1 and h2). */
const RENAME: Record<string, string> = { b: "strong", i: "em", h1: "h3", h2: "h3", h5: "h4", h6: "h4", caption: "p" };
const VOID = new Set(["br", "img", "meta", "link", "hr", "input", "col", "area", "base", "wbr", "source", "embed"]);
const BLOCKS = new Set(["p", "h3", "h4", "ul", "ol", "li", "table", "tr", "td", "th"]);

export function cleanPastedHtml(html: string): string {
  const tree = typeof DOMParser === "undefined" ? parseWithTokenizer(html) : parseWithDom(html);
  return serialize(cleanChildren(groupWordLists(tree))).trim();
}

// ---------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------

function parseWithDom(html: string): HtmlNode[] {
  const body = new DOMParser().parseFromString(html, "text/html").body;
  const convert = (node: Node): HtmlNode | null => {
    if (node.nodeType === Node.TEXT_NODE) return { kind: "text", text: node.textContent ?? "" };
    if (node.nodeType !== Node.ELEMENT_NODE) return null; // comments, including Word's conditional ones
    const element = node as Element;
    const attrs: Record<string, string> = {};
    for (const attr of Array.from(element.attributes)) attrs[attr.name.toLowerCase()] = attr.value;
    return { kind: "element", tag: element.localName.toLowerCase(), attrs, children: Array.from(element.childNodes).flatMap((c) => convert(c) ?? []) };
  };
  return Array.from(body.childNodes).flatMap((c) => convert(c) ?? []);
}

const TOKEN = /<!--[\s\S]*?-->|<!\[[\s\S]*?\]>|<![^>]*>|<\?[^>]*>|<(\/?)([a-zA-Z][\w:.-]*)((?:\s+[^\s/>"'=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s/>"'=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** A forgiving reader for Node: comments and <![if …]> dropped, unknown closing tags ignored. */
function parseWithTokenizer(html: string): HtmlNode[] {
  // Raw-text elements first: their content may hold "<" that is not a tag.
  const source = html.replace(/<(script|style|xml|title|template)\b[\s\S]*?<\/\1\s*>/gi, "");
  const root: HtmlElement = { kind: "element", tag: "#root", attrs: {}, children: [] };
  const stack: HtmlElement[] = [root];
  const top = () => stack[stack.length - 1] ?? root;
  let last = 0;
  for (const match of source.matchAll(TOKEN)) {
    if (match.index > last) top().children.push({ kind: "text", text: decodeEntities(source.slice(last, match.index)) });
    last = match.index + match[0].length;
    const [, closing, rawTag, rawAttrs = ""] = match;
    if (!rawTag) continue; // comment, declaration, <![if !supportLists]>
    const tag = rawTag.toLowerCase();
    if (closing) {
      const at = stack.map((e) => e.tag).lastIndexOf(tag);
      if (at > 0) stack.length = at;
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const [, name, d, s, u] of rawAttrs.matchAll(ATTRIBUTE)) if (name) attrs[name.toLowerCase()] = decodeEntities(d ?? s ?? u ?? "");
    const element: HtmlElement = { kind: "element", tag, attrs, children: [] };
    top().children.push(element);
    if (!VOID.has(tag) && !match[0].endsWith("/>")) stack.push(element);
  }
  if (last < source.length) top().children.push({ kind: "text", text: decodeEntities(source.slice(last)) });
  return root.children;
}

const ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", laquo: "«", raquo: "»", lsquo: "‘", rsquo: "’", ldquo: "“", rdquo: "”",
  hellip: "…", ndash: "–", mdash: "—", euro: "€", middot: "·", bull: "•", deg: "°", eacute: "é", egrave: "è", ecirc: "ê", agrave: "à", acirc: "â",
  ccedil: "ç", ocirc: "ô", ucirc: "û", ugrave: "ù", icirc: "î", iuml: "ï", euml: "ë", Eacute: "É", Egrave: "È", Agrave: "À", Ccedil: "Ç", oelig: "œ",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : "";
    }
    return ENTITIES[name] ?? whole;
  });
}

// ---------------------------------------------------------------------------------------------
// Word lists: Word does not write <ul>/<ol> but paragraphs styled "mso-list: l0 level2 lfo1"
// that start with the printed marker ("·", "1.", "a)") in a span styled "mso-list: Ignore".
// Consecutive such paragraphs become real, nested lists; the marker says bullets or numbers.
// ---------------------------------------------------------------------------------------------

const styleOf = (node: HtmlNode) => (node.kind === "element" ? (node.attrs.style ?? "").toLowerCase().replace(/\s+/g, "") : "");
const isMarker = (node: HtmlNode) => styleOf(node).includes("mso-list:ignore");

function wordListLevel(node: HtmlNode): number | null {
  if (node.kind !== "element" || node.tag !== "p") return null;
  const level = /mso-list:[^;]*level(\d+)/.exec(styleOf(node));
  return level ? Math.min(Number(level[1]), 4) : null;
}

function textOf(node: HtmlNode): string {
  return node.kind === "text" ? node.text : node.children.map(textOf).join("");
}

function findMarker(nodes: HtmlNode[]): HtmlNode | undefined {
  for (const node of nodes) {
    if (node.kind !== "element") continue;
    if (isMarker(node)) return node;
    const inner = findMarker(node.children);
    if (inner) return inner;
  }
  return undefined;
}

function withoutMarker(nodes: HtmlNode[]): HtmlNode[] {
  return nodes.filter((n) => !isMarker(n)).map((n) => (n.kind === "element" ? { ...n, children: withoutMarker(n.children) } : n));
}

function groupWordLists(nodes: HtmlNode[]): HtmlNode[] {
  const out: HtmlNode[] = [];
  let index = 0;
  while (index < nodes.length) {
    const node = nodes[index]!;
    if (wordListLevel(node) === null) {
      out.push(node.kind === "element" ? { ...node, children: groupWordLists(node.children) } : node);
      index += 1;
      continue;
    }
    // A run of list paragraphs (white space between them does not break it).
    const run: HtmlElement[] = [];
    while (index < nodes.length) {
      const next = nodes[index]!;
      if (wordListLevel(next) !== null) run.push(next as HtmlElement);
      else if (!(next.kind === "text" && next.text.trim() === "")) break;
      index += 1;
    }
    out.push(...buildList(run));
  }
  return out;
}

function buildList(paragraphs: HtmlElement[]): HtmlNode[] {
  const roots: HtmlElement[] = [];
  // stack[i] is the open list at level i + 1
  const stack: HtmlElement[] = [];
  for (const paragraph of paragraphs) {
    const level = wordListLevel(paragraph) ?? 1;
    const marker = textOf(findMarker(paragraph.children) ?? { kind: "text", text: "" }).replace(/\u00a0/g, " ").trim();
    const ordered = /^(\d+|[a-z]|[ivxlc]+)[.)]/i.test(marker);
    const item: HtmlElement = { kind: "element", tag: "li", attrs: {}, children: [{ kind: "element", tag: "p", attrs: {}, children: withoutMarker(paragraph.children) }] };
    while (stack.length > level) stack.pop();
    while (stack.length < level) {
      const list: HtmlElement = { kind: "element", tag: ordered ? "ol" : "ul", attrs: {}, children: [] };
      const parentItem = stack[stack.length - 1]?.children.at(-1);
      if (parentItem?.kind === "element") parentItem.children.push(list);
      else if (stack.length === 0) roots.push(list);
      else stack[stack.length - 1]!.children.push({ kind: "element", tag: "li", attrs: {}, children: [list] });
      stack.push(list);
    }
    stack[stack.length - 1]!.children.push(item);
  }
  return roots;
}

// ---------------------------------------------------------------------------------------------
// Cleaning: allow-list of tags and attributes; styled spans keep their meaning (bold, italic,
// underline), never their style.
// ---------------------------------------------------------------------------------------------

function cleanChildren(nodes: HtmlNode[]): HtmlNode[] {
  // Unwrapping leaves text beside text: merged, so white space between blocks is one node.
  return nodes.flatMap(cleanNode).reduce<HtmlNode[]>((merged, node) => {
    const previous = merged[merged.length - 1];
    if (node.kind === "text" && previous?.kind === "text") merged[merged.length - 1] = { kind: "text", text: previous.text + node.text };
    else merged.push(node);
    return merged;
  }, []);
}

function cleanNode(node: HtmlNode): HtmlNode[] {
  if (node.kind === "text") return [node];
  const tag = RENAME[node.tag] ?? node.tag;
  // Office namespaces (<o:p>, <v:shape>, <w:sdt>…) and marker spans left by a list we did not group.
  if (DROP.has(tag) || tag.includes(":") || isMarker(node)) return [];
  const children = cleanChildren(node.children);
  const allowed = KEEP[tag];
  if (!allowed) return emphasisFromStyle(styleOf(node), children);
  if (tag === "a") {
    const href = (node.attrs.href ?? "").trim();
    return isSafeHref(href) ? [{ kind: "element", tag, attrs: { href }, children }] : children;
  }
  const attrs: Record<string, string> = {};
  for (const name of allowed) {
    const value = node.attrs[name];
    if (value !== undefined && /^\d{1,4}$/.test(value)) attrs[name] = value;
  }
  // Word writes empty paragraphs (<o:p>&nbsp;</o:p>) for spacing: they carry nothing.
  if ((tag === "p" || tag === "h3" || tag === "h4") && !children.some((c) => c.kind === "element" || c.text.replace(/\u00a0/g, " ").trim() !== "")) return [];
  return [{ kind: "element", tag, attrs, children }];
}

function emphasisFromStyle(style: string, children: HtmlNode[]): HtmlNode[] {
  if (children.length === 0) return [];
  let wrapped = children;
  const wrap = (tag: string) => {
    wrapped = [{ kind: "element", tag, attrs: {}, children: wrapped }];
  };
  if (/font-weight:(bold|[6-9]00)/.test(style)) wrap("strong");
  if (/font-style:italic/.test(style)) wrap("em");
  if (/text-decoration(-line)?:[^;]*underline/.test(style)) wrap("u");
  return wrapped;
}

// ---------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------

const escapeText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttribute = (value: string) => escapeText(value).replace(/"/g, "&quot;");

const isBlock = (node: HtmlNode | undefined) => node?.kind === "element" && BLOCKS.has(node.tag);

function serialize(nodes: HtmlNode[]): string {
  return nodes
    .map((node, index) => {
      if (node.kind === "text") {
        // Source line breaks beside a block are layout of the HTML file, not text.
        if (node.text.trim() === "" && (isBlock(nodes[index - 1]) || isBlock(nodes[index + 1]))) return "";
        return escapeText(node.text);
      }
      const attrs = Object.entries(node.attrs)
        .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
        .join("");
      if (node.tag === "br") return "<br>";
      const inner = serialize(node.children);
      return `<${node.tag}${attrs}>${BLOCKS.has(node.tag) ? inner.trim() : inner}</${node.tag}>`;
    })
    .join("");
}
