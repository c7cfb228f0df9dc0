/**
 * A rich-text document of the minutes (lib/rich-text/document.ts) as `docx` blocks, so a
 * section body stays editable in Word or LibreOffice as what it is: headings are Word headings
 * (levels 3 and 4, under the section's level-2 heading), lists are Word numbering (bullets and
 * decimals, one list restarting at its own start), tables are Word tables with their header row
 * repeated on each page, marks are run properties and links are real hyperlinks.
 */
import {
  AlignmentType,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Paragraph,
  type ParagraphChild,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type INumberingOptions,
} from "docx";
import type {
  BlockNode,
  BulletListNode,
  InlineNode,
  ListItemNode,
  OrderedListNode,
  RichTextDocument,
  TableNode,
} from "@/lib/rich-text/document";

export const BULLET_REFERENCE = "rich-text-bullet";
export const ORDERED_REFERENCE = "rich-text-ordered";

/** Twips of indentation per list level. */
const LIST_INDENT = 360;
const BULLETS = ["•", "–", "▪"] as const;

type NumberingDefinition = INumberingOptions["config"][number];

function bulletDefinition(): NumberingDefinition {
  return {
    reference: BULLET_REFERENCE,
    levels: Array.from({ length: 6 }, (_, level) => ({
      level,
      format: LevelFormat.BULLET,
      text: BULLETS[level % BULLETS.length] ?? "•",
      alignment: AlignmentType.LEFT,
      style: { paragraph: { indent: { left: LIST_INDENT * (level + 1), hanging: LIST_INDENT } } },
    })),
  };
}

/** "1." at the first level, "a)" under it, then "i." — a numbered list's French print order. */
function orderedDefinition(reference: string, start: number): NumberingDefinition {
  const formats = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN] as const;
  return {
    reference,
    levels: Array.from({ length: 6 }, (_, level) => ({
      level,
      format: formats[level % formats.length] ?? LevelFormat.DECIMAL,
      text: level % 3 === 1 ? `%${level + 1})` : `%${level + 1}.`,
      start: level === 0 ? start : 1,
      alignment: AlignmentType.LEFT,
      style: { paragraph: { indent: { left: LIST_INDENT * (level + 1), hanging: LIST_INDENT } } },
    })),
  };
}

/** The numbering the document declares for rich-text lists (pass it to `new Document({ numbering })`). */
export function richTextNumbering(): NumberingDefinition[] {
  return [bulletDefinition(), orderedDefinition(ORDERED_REFERENCE, 1)];
}

export interface RichTextDocxOptions {
  /** Paragraph style of body paragraphs (default: Normal). */
  paragraphStyle?: string;
  /** Width of the text column in twips, for table columns (default: A4 with 2.5 + 2 cm margins). */
  textWidth?: number;
}

interface Marks {
  bold?: boolean;
  italics?: boolean;
  underline?: object;
}

function inlineChildren(content: readonly InlineNode[] | undefined): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const node of content ?? []) {
    if (node.type === "hardBreak") {
      out.push(new TextRun({ text: "", break: 1 }));
      continue;
    }
    const marks: Marks = {};
    let href: string | null = null;
    for (const mark of node.marks ?? []) {
      if (mark.type === "bold") marks.bold = true;
      else if (mark.type === "italic") marks.italics = true;
      else if (mark.type === "underline") marks.underline = {};
      else href = mark.attrs.href;
    }
    if (href) {
      out.push(new ExternalHyperlink({ link: href, children: [new TextRun({ text: node.text, style: "Hyperlink", ...marks })] }));
    } else {
      out.push(new TextRun({ text: node.text, ...marks }));
    }
  }
  return out;
}

/**
 * Converts documents for one Word file. Each list gets its own numbering instance, so a
 * numbered list after another starts again at 1 (Word would otherwise go on counting).
 */
export class RichTextDocx {
  private instance = 0;
  private readonly extraDefinitions = new Map<number, NumberingDefinition>();

  constructor(private readonly options: RichTextDocxOptions = {}) {}

  blocks(document: RichTextDocument): (Paragraph | Table)[] {
    return document.content.flatMap((block) => this.block(block));
  }

  private block(block: BlockNode): (Paragraph | Table)[] {
    switch (block.type) {
      case "paragraph":
        return [new Paragraph({ style: this.options.paragraphStyle, children: inlineChildren(block.content) })];
      case "heading":
        return [new Paragraph({ heading: block.attrs.level === 3 ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_4, children: inlineChildren(block.content) })];
      case "bulletList":
      case "orderedList":
        return this.list(block, 0);
      case "table":
        return [this.table(block)];
    }
  }

  private list(list: BulletListNode | OrderedListNode, level: number): Paragraph[] {
    this.instance += 1;
    const instance = this.instance;
    const start = list.type === "orderedList" ? (list.attrs?.start ?? 1) : 1;
    // A list starting elsewhere than 1 needs a definition of its own (the start is a level's).
    const reference =
      list.type === "bulletList" ? BULLET_REFERENCE : start === 1 ? ORDERED_REFERENCE : this.startingAt(start);
    return list.content.flatMap((item) => this.item(item, reference, instance, Math.min(level, 5)));
  }

  private startingAt(start: number): string {
    let definition = this.extraDefinitions.get(start);
    if (!definition) {
      definition = orderedDefinition(`${ORDERED_REFERENCE}-${start}`, start);
      this.extraDefinitions.set(start, definition);
    }
    return definition.reference;
  }

  /** Definitions of lists starting elsewhere than 1 met so far: add them to the document's numbering. */
  numbering(): NumberingDefinition[] {
    return [...richTextNumbering(), ...this.extraDefinitions.values()];
  }

  private item(item: ListItemNode, reference: string, instance: number, level: number): Paragraph[] {
    const out: Paragraph[] = [];
    let first = true;
    for (const child of item.content) {
      if (child.type === "paragraph") {
        out.push(
          new Paragraph({
            style: this.options.paragraphStyle,
            spacing: { after: 40 },
            // The item's first paragraph carries the bullet; the next ones are indented under it.
            ...(first
              ? { numbering: { reference, level, instance } }
              : { indent: { left: LIST_INDENT * (level + 1) } }),
            children: inlineChildren(child.content),
          }),
        );
        first = false;
      } else {
        out.push(...this.list(child, level + 1));
      }
    }
    return out;
  }

  private table(table: TableNode): Table {
    const columns = Math.max(1, ...table.content.map((row) => row.content.reduce((n, cell) => n + (cell.attrs?.colspan ?? 1), 0)));
    const width = this.options.textWidth ?? 9355;
    const columnWidth = Math.floor(width / columns);
    return new Table({
      width: { size: width, type: WidthType.DXA },
      columnWidths: Array.from({ length: columns }, () => columnWidth),
      rows: table.content.map(
        (row) =>
          new TableRow({
            // A header row repeats at the top of each page the table runs onto. Left out, not
            // false, on other rows: mammoth reads <w:tblHeader w:val="off"/> as a header row.
            ...(row.content.every((cell) => cell.type === "tableHeader") ? { tableHeader: true } : {}),
            cantSplit: true,
            children: row.content.map(
              (cell) =>
                new TableCell({
                  columnSpan: cell.attrs?.colspan,
                  rowSpan: cell.attrs?.rowspan,
                  width: { size: columnWidth * (cell.attrs?.colspan ?? 1), type: WidthType.DXA },
                  margins: { top: 40, bottom: 40, left: 80, right: 80 },
                  ...(cell.type === "tableHeader" ? { shading: { fill: "E3E3FD", type: ShadingType.CLEAR, color: "auto" } } : {}),
                  children: cell.content.map(
                    (paragraph) =>
                      new Paragraph({
                        spacing: { after: 0 },
                        children:
                          cell.type === "tableHeader"
                            ? inlineChildren(paragraph.content?.map((n) => (n.type === "text" ? { ...n, marks: [...(n.marks ?? []), { type: "bold" as const }] } : n)))
                            : inlineChildren(paragraph.content),
                      }),
                  ),
                }),
            ),
          }),
      ),
    });
  }
}

/** One document at once (a test, a single body): its blocks and the numbering they need. */
export function richTextToDocx(document: RichTextDocument, options: RichTextDocxOptions = {}) {
  const converter = new RichTextDocx(options);
  const blocks = converter.blocks(document);
  return { blocks, numbering: converter.numbering() };
}
