/**
 * A rich-text document of the minutes (lib/rich-text/document.ts) as @react-pdf/renderer
 * elements: paragraphs and headings as <Text> with nested runs (bold and italic pick the real
 * Marianne faces registered by loadReactPdf), links as <Link> (clickable in the PDF), lists as
 * rows of a marker column and a text column (react-pdf has no list element), tables as rows of
 * bordered cells (a row never splits across pages).
 */
import type { ReactNode } from "react";
import type {
  BlockNode,
  BulletListNode,
  InlineNode,
  ListItemNode,
  OrderedListNode,
  ParagraphNode,
  RichTextDocument,
  TableNode,
} from "@/lib/rich-text/document";
import type { PdfKit, PdfStyle } from "./convocation-pdf";
import { pdfSafe } from "./format";

const LINK_BLUE = "#000091";
const BORDER = "#929292";
const BULLETS = ["•", "–", "•"] as const;

/** react-pdf hyphenates with English patterns by default: wrong for French, so never split words. */
const noHyphenation = (word: string) => [word];

export const richTextStyles = {
  paragraph: { fontSize: 10.5, lineHeight: 1.35, marginBottom: 5, textAlign: "justify" },
  heading3: { fontSize: 11, lineHeight: 1.3, fontWeight: "bold", marginTop: 6, marginBottom: 3 },
  heading4: { fontSize: 10.5, lineHeight: 1.3, fontWeight: "bold", fontStyle: "italic", marginTop: 4, marginBottom: 2 },
  listItem: { flexDirection: "row", marginBottom: 2 },
  marker: { width: 16, fontSize: 10.5, lineHeight: 1.35 },
  itemBody: { flex: 1 },
  itemParagraph: { fontSize: 10.5, lineHeight: 1.35, marginBottom: 1 },
  table: { borderTop: `0.75pt solid ${BORDER}`, borderLeft: `0.75pt solid ${BORDER}`, marginTop: 3, marginBottom: 8 },
  row: { flexDirection: "row" },
  cell: { borderRight: `0.75pt solid ${BORDER}`, borderBottom: `0.75pt solid ${BORDER}`, paddingVertical: 2.5, paddingHorizontal: 4 },
  headerCell: { backgroundColor: "#e3e3fd" },
  cellText: { fontSize: 9.5, lineHeight: 1.3 },
} satisfies Record<string, PdfStyle>;

function runs(kit: PdfKit, content: readonly InlineNode[] | undefined, bold = false): ReactNode[] {
  const { R } = kit;
  return (content ?? []).map((node, i) => {
    // Hard breaks are split out by paragraph() before.
    if (node.type === "hardBreak") return null;
    const style: PdfStyle = bold ? { fontWeight: "bold" } : {};
    let href: string | null = null;
    for (const mark of node.marks ?? []) {
      if (mark.type === "bold") style.fontWeight = "bold";
      else if (mark.type === "italic") style.fontStyle = "italic";
      else if (mark.type === "underline") style.textDecoration = "underline";
      else href = mark.attrs.href;
    }
    const text = pdfSafe(node.text);
    if (href) {
      return (
        <R.Link key={i} src={href} style={{ ...style, color: LINK_BLUE, textDecoration: "underline" }}>
          {text}
        </R.Link>
      );
    }
    return Object.keys(style).length ? (
      <R.Text key={i} style={style}>
        {text}
      </R.Text>
    ) : (
      text
    );
  });
}

/**
 * A paragraph; one with hard breaks as one <Text> per line, spaced as one paragraph: react-pdf
 * sets a "\n" inside a text in Helvetica whatever the font, which would put a second font in
 * the file.
 */
function paragraph(kit: PdfKit, node: ParagraphNode, style: PdfStyle, key: string | number, bold = false): ReactNode {
  const { R } = kit;
  const lines: InlineNode[][] = [[]];
  for (const inline of node.content ?? []) {
    if (inline.type === "hardBreak") lines.push([]);
    else lines[lines.length - 1]?.push(inline);
  }
  if (lines.length === 1) {
    return (
      <R.Text key={key} style={style} hyphenationCallback={noHyphenation}>
        {runs(kit, node.content, bold)}
      </R.Text>
    );
  }
  const { marginBottom, ...lineStyle } = style as PdfStyle & { marginBottom?: number };
  return (
    <R.View key={key} style={{ marginBottom }}>
      {lines.map((line, i) => (
        <R.Text key={i} style={lineStyle} hyphenationCallback={noHyphenation}>
          {line.length ? runs(kit, line, bold) : " "}
        </R.Text>
      ))}
    </R.View>
  );
}

/** "1.", "a)", "i." as the DOCX numbers the levels. */
function orderedMarker(n: number, level: number): string {
  if (level % 3 === 1) return `${String.fromCharCode(96 + (((n - 1) % 26) + 1))})`;
  if (level % 3 === 2) return `${toRoman(n).toLowerCase()}.`;
  return `${n}.`;
}

function toRoman(n: number): string {
  const table: [number, string][] = [[1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"], [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
  let rest = n;
  let out = "";
  for (const [value, letters] of table) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

function list(kit: PdfKit, node: BulletListNode | OrderedListNode, level: number, key: string | number): ReactNode {
  const { R } = kit;
  const start = node.type === "orderedList" ? (node.attrs?.start ?? 1) : 1;
  return (
    <R.View key={key} style={{ marginLeft: level === 0 ? 4 : 0, marginBottom: level === 0 ? 5 : 0 }}>
      {node.content.map((item, i) => listItem(kit, item, node.type === "orderedList" ? orderedMarker(start + i, level) : (BULLETS[level % BULLETS.length] ?? "•"), level, i))}
    </R.View>
  );
}

function listItem(kit: PdfKit, item: ListItemNode, marker: string, level: number, key: number): ReactNode {
  const { R } = kit;
  return (
    <R.View key={key} style={richTextStyles.listItem}>
      <R.Text style={richTextStyles.marker}>{marker}</R.Text>
      <R.View style={richTextStyles.itemBody}>
        {item.content.map((child, i) =>
          child.type === "paragraph" ? paragraph(kit, child, richTextStyles.itemParagraph, i) : list(kit, child, level + 1, i),
        )}
      </R.View>
    </R.View>
  );
}

function table(kit: PdfKit, node: TableNode, key: string | number): ReactNode {
  const { R } = kit;
  return (
    <R.View key={key} style={richTextStyles.table}>
      {node.content.map((row, r) => {
        const header = row.content.every((cell) => cell.type === "tableHeader");
        return (
          // A row never splits across two pages; a header row stays with the row after it.
          <R.View key={r} style={richTextStyles.row} wrap={false} minPresenceAhead={header ? 20 : undefined}>
            {row.content.map((cell, c) => (
              <R.View
                key={c}
                style={[richTextStyles.cell, { flexGrow: cell.attrs?.colspan ?? 1, flexBasis: 0 }, ...(cell.type === "tableHeader" ? [richTextStyles.headerCell] : [])]}
              >
                {cell.content.map((p, i) => paragraph(kit, p, richTextStyles.cellText, i, cell.type === "tableHeader"))}
              </R.View>
            ))}
          </R.View>
        );
      })}
    </R.View>
  );
}

function block(kit: PdfKit, node: BlockNode, key: number, paragraphStyle: PdfStyle): ReactNode {
  const { R } = kit;
  switch (node.type) {
    case "paragraph":
      return paragraph(kit, node, paragraphStyle, key);
    case "heading":
      return (
        <R.View key={key} minPresenceAhead={24}>
          <R.Text
            style={node.attrs.level === 3 ? richTextStyles.heading3 : richTextStyles.heading4}
            hyphenationCallback={noHyphenation}
          >
            {runs(kit, node.content)}
          </R.Text>
        </R.View>
      );
    case "bulletList":
    case "orderedList":
      return list(kit, node, 0, key);
    case "table":
      return table(kit, node, key);
  }
}

/** The document's blocks, in a <View> of their own. */
export function richTextPdf(kit: PdfKit, document: RichTextDocument, paragraphStyle: PdfStyle = richTextStyles.paragraph): ReactNode {
  const { R } = kit;
  if (document.content.length === 0) return null;
  return <R.View>{document.content.map((node, i) => block(kit, node, i, paragraphStyle))}</R.View>;
}
