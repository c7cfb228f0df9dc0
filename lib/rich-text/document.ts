/**
 * The rich-text document of the minutes: the JSON the editor (Tiptap/ProseMirror) produces,
 * restricted to what a compte rendu needs — paragraphs, headings (levels 3–4: the section
 * title is the level-2 heading of the page), bulleted and numbered lists, bold, italic,
 * underline, links, hard breaks and tables. This is what is stored (never HTML) and the one
 * structure the HTML view, the DOCX and the PDF are rendered from.
 *
 * `richTextDocument` (zod) is the boundary: a document from a browser is parsed with it, and
 * anything else (a script, an image, a style, a javascript: link) is refused with a French
 * message. Pasted Word content is cleaned in the editor before it becomes a document.
 */
import { z } from "zod";

export type Mark =
  | { type: "bold" }
  | { type: "italic" }
  | { type: "underline" }
  | { type: "link"; attrs: { href: string } };

export interface TextNode {
  type: "text";
  text: string;
  marks?: Mark[];
}
export interface HardBreakNode {
  type: "hardBreak";
}
export type InlineNode = TextNode | HardBreakNode;

export interface ParagraphNode {
  type: "paragraph";
  content?: InlineNode[];
}
export interface HeadingNode {
  type: "heading";
  attrs: { level: 3 | 4 };
  content?: InlineNode[];
}
export interface ListItemNode {
  type: "listItem";
  content: (ParagraphNode | BulletListNode | OrderedListNode)[];
}
export interface BulletListNode {
  type: "bulletList";
  content: ListItemNode[];
}
export interface OrderedListNode {
  type: "orderedList";
  attrs?: { start?: number };
  content: ListItemNode[];
}
export interface TableCellNode {
  type: "tableCell" | "tableHeader";
  attrs?: { colspan?: number; rowspan?: number };
  content: ParagraphNode[];
}
export interface TableRowNode {
  type: "tableRow";
  content: TableCellNode[];
}
export interface TableNode {
  type: "table";
  content: TableRowNode[];
}
export type BlockNode = ParagraphNode | HeadingNode | BulletListNode | OrderedListNode | TableNode;

export interface RichTextDocument {
  type: "doc";
  content: BlockNode[];
}

export const EMPTY_DOCUMENT: RichTextDocument = { type: "doc", content: [] };

/** Limits that keep a hostile document from taking a page down (sizes of a real compte rendu × 10). */
export const RICH_TEXT_LIMITS = { textLength: 20_000, nodes: 5_000 } as const;

const SAFE_HREF = /^(https?:\/\/|mailto:)[^\s<>"]+$/i;

/** The one rule for a link's address: http(s) or mailto, no space, no quote, no angle bracket (the editor checks it too). */
export function isSafeHref(href: string): boolean {
  return href.length <= 2000 && SAFE_HREF.test(href);
}

/**
 * A node chosen by its `type`, parsed by that type's schema only: the errors are the ones of
 * the node actually sent (a plain union would answer "Invalid input" for a too-long paragraph),
 * and a type we do not render (image, script, codeBlock, strike…) gets `unknownMessage`.
 */
function byType<T>(schemas: Record<string, () => z.ZodType<T>>, unknownMessage: string): z.ZodType<T> {
  return z.unknown().transform((value, ctx): T => {
    const type = typeof value === "object" && value !== null && "type" in value ? value.type : undefined;
    const schema = typeof type === "string" && Object.hasOwn(schemas, type) ? schemas[type] : undefined;
    if (!schema) {
      ctx.addIssue({ code: "custom", message: unknownMessage });
      return z.NEVER;
    }
    const parsed = schema().safeParse(value);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, code: "custom", message: issue.message, path: issue.path });
    return z.NEVER;
  }) as unknown as z.ZodType<T>;
}

const UNKNOWN_MARK = "Ce texte contient une mise en forme non permise : seuls le gras, l'italique, le souligné et les liens sont acceptés.";
const UNKNOWN_NODE = "Ce texte contient un élément non permis : seuls les paragraphes, intertitres, listes, tableaux et liens sont acceptés.";

const markSchema: z.ZodType<Mark> = byType<Mark>(
  {
    bold: () => z.object({ type: z.literal("bold") }).strict(),
    italic: () => z.object({ type: z.literal("italic") }).strict(),
    underline: () => z.object({ type: z.literal("underline") }).strict(),
    link: () =>
      z
        .object({
          type: z.literal("link"),
          // Tiptap adds target, rel, class, title: we keep the address only.
          attrs: z
            .object({ href: z.string().refine(isSafeHref, "Un lien doit commencer par https://, http:// ou mailto: (sans espace).") })
            .passthrough()
            .transform(({ href }) => ({ href })),
        })
        .strict(),
  },
  UNKNOWN_MARK,
);

// Text: no NUL, no lone surrogate (the same rule as lib/validation's safeText).
const textSchema = z
  .string()
  .min(1)
  .max(RICH_TEXT_LIMITS.textLength, `Un paragraphe ne peut dépasser ${RICH_TEXT_LIMITS.textLength} caractères.`)
  .refine((s) => !/\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s), "Le texte contient des caractères invalides.");

const inlineSchema: z.ZodType<InlineNode> = byType<InlineNode>(
  {
    text: () => z.object({ type: z.literal("text"), text: textSchema, marks: z.array(markSchema).max(4).optional() }).strict(),
    hardBreak: () => z.object({ type: z.literal("hardBreak") }).strict(),
  },
  UNKNOWN_NODE,
);

const paragraphSchema: z.ZodType<ParagraphNode> = z
  .object({
    type: z.literal("paragraph"),
    // Tiptap sends attrs like textAlign: null; we keep no attribute of a paragraph.
    attrs: z.unknown().optional(),
    content: z.array(inlineSchema).optional(),
  })
  .transform(({ type, content }) => (content?.length ? { type, content } : { type }));

const headingSchema: z.ZodType<HeadingNode> = z
  .object({
    type: z.literal("heading"),
    attrs: z.object({ level: z.union([z.literal(3), z.literal(4)]) }).passthrough(),
    content: z.array(inlineSchema).optional(),
  })
  .transform(({ type, attrs, content }) => ({ type, attrs: { level: attrs.level }, ...(content?.length ? { content } : {}) }));

const listItemSchema: z.ZodType<ListItemNode> = z.lazy(() =>
  z.object({
    type: z.literal("listItem"),
    attrs: z.unknown().optional(),
    content: z.array(byType<ListItemNode["content"][number]>({ paragraph: () => paragraphSchema, bulletList: () => bulletListSchema, orderedList: () => orderedListSchema }, UNKNOWN_NODE)).min(1),
  }).transform(({ type, content }) => ({ type, content })),
);
const bulletListSchema: z.ZodType<BulletListNode> = z.lazy(() =>
  z.object({ type: z.literal("bulletList"), attrs: z.unknown().optional(), content: z.array(listItemSchema).min(1) })
    .transform(({ type, content }) => ({ type, content })),
);
const orderedListSchema: z.ZodType<OrderedListNode> = z.lazy(() =>
  z
    .object({
      type: z.literal("orderedList"),
      attrs: z.object({ start: z.number().int().min(0).max(10_000).optional() }).passthrough().optional(),
      content: z.array(listItemSchema).min(1),
    })
    // A list may start at 0; only the default start (1) is dropped.
    .transform(({ type, attrs, content }) => ({ type, ...(attrs?.start !== undefined && attrs.start !== 1 ? { attrs: { start: attrs.start } } : {}), content })),
);

const cellSchema: z.ZodType<TableCellNode> = z
  .object({
    type: z.union([z.literal("tableCell"), z.literal("tableHeader")]),
    attrs: z
      .object({ colspan: z.number().int().min(1).max(50).optional(), rowspan: z.number().int().min(1).max(500).optional() })
      .passthrough()
      .optional(),
    content: z.array(paragraphSchema).min(1),
  })
  .transform(({ type, attrs, content }) => {
    const spans = { ...(attrs?.colspan && attrs.colspan > 1 ? { colspan: attrs.colspan } : {}), ...(attrs?.rowspan && attrs.rowspan > 1 ? { rowspan: attrs.rowspan } : {}) };
    return { type, ...(Object.keys(spans).length ? { attrs: spans } : {}), content };
  });
const tableSchema: z.ZodType<TableNode> = z.object({
  type: z.literal("table"),
  content: z.array(z.object({ type: z.literal("tableRow"), content: z.array(cellSchema).min(1).max(50) }).strict()).min(1).max(500),
}).strict();

const blockSchema: z.ZodType<BlockNode> = byType<BlockNode>(
  { paragraph: () => paragraphSchema, heading: () => headingSchema, bulletList: () => bulletListSchema, orderedList: () => orderedListSchema, table: () => tableSchema },
  UNKNOWN_NODE,
);

export const richTextDocument = z
  .object({ type: z.literal("doc"), content: z.array(blockSchema).max(2_000).default([]) })
  .strict()
  .refine((doc) => countNodes(doc) <= RICH_TEXT_LIMITS.nodes, "Le texte est trop long pour une section : scindez-le en plusieurs sections.") as unknown as z.ZodType<RichTextDocument>;

type AnyNode = { content?: unknown };
function countNodes(node: AnyNode): number {
  const children = Array.isArray(node.content) ? (node.content as AnyNode[]) : [];
  return 1 + children.reduce((sum, child) => sum + countNodes(child), 0);
}

/** A stored document (database JSON, trusted but possibly older): parsed, or the empty document. */
export function readDocument(value: unknown): RichTextDocument {
  const parsed = richTextDocument.safeParse(value);
  return parsed.success ? parsed.data : EMPTY_DOCUMENT;
}

/** Plain text → one paragraph per non-empty line (demo data, imports, the old text column). */
export function documentFromText(text: string): RichTextDocument {
  const paragraphs = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line): ParagraphNode => ({ type: "paragraph", content: [{ type: "text", text: line }] }));
  return { type: "doc", content: paragraphs };
}

function inlineText(content: InlineNode[] | undefined): string {
  return (content ?? []).map((node) => (node.type === "text" ? node.text : "\n")).join("");
}

function blockText(block: BlockNode | ListItemNode | TableRowNode | TableCellNode): string[] {
  switch (block.type) {
    case "paragraph":
    case "heading":
      return [inlineText(block.content)];
    case "bulletList":
    case "orderedList":
      return block.content.flatMap(blockText);
    case "listItem":
      return block.content.flatMap(blockText);
    case "table":
      return block.content.flatMap(blockText);
    case "tableRow":
      return [block.content.map((cell) => blockText(cell).join(" ")).join(" | ")];
    case "tableCell":
    case "tableHeader":
      return block.content.flatMap(blockText);
  }
}

/** One line per block: what search indexes and what the version diff compares. */
export function documentToPlainText(doc: RichTextDocument): string {
  return doc.content.flatMap(blockText).join("\n");
}

export function isEmptyDocument(doc: RichTextDocument): boolean {
  return documentToPlainText(doc).trim() === "";
}
