/**
 * A stored rich-text document as semantic HTML, built node by node with React elements — never
 * dangerouslySetInnerHTML, so nothing in a document can become markup we did not write.
 * Server-safe (no hooks): pages, e-mails and the review screen all use it.
 *
 * Headings are stored at levels 3 and 4 relative to a depth-1 section (whose title is the h2);
 * `headingOffset` shifts them for deeper sections so the page's outline never skips a level.
 */
import { Fragment, type ReactNode } from "react";
import { isSafeHref, type BlockNode, type InlineNode, type ListItemNode, type ParagraphNode, type RichTextDocument, type TableCellNode, type TableNode, type TextNode } from "@/lib/rich-text/document";

export interface RichTextViewProps {
  document: RichTextDocument;
  /** Added to the stored heading level (3 or 4); capped at h6. */
  headingOffset?: number;
}

export function RichTextView({ document, headingOffset = 0 }: RichTextViewProps) {
  return <>{document.content.map((block, index) => renderBlock(block, index, headingOffset))}</>;
}

type HeadingTag = "h3" | "h4" | "h5" | "h6";

function renderBlock(block: BlockNode, key: number, headingOffset: number): ReactNode {
  switch (block.type) {
    case "paragraph":
      // Empty paragraphs are the editor's spacing: a screen reader would say "empty" for each.
      return block.content?.length ? <p key={key}>{renderInline(block.content)}</p> : null;
    case "heading": {
      const Tag = `h${Math.min(6, Math.max(3, block.attrs.level + headingOffset))}` as HeadingTag;
      return block.content?.length ? <Tag key={key}>{renderInline(block.content)}</Tag> : null;
    }
    case "bulletList":
      return <ul key={key}>{block.content.map((item, i) => renderListItem(item, i, headingOffset))}</ul>;
    case "orderedList":
      return (
        <ol key={key} start={block.attrs?.start}>
          {block.content.map((item, i) => renderListItem(item, i, headingOffset))}
        </ol>
      );
    case "table":
      return renderTable(block, key);
  }
}

/** One paragraph prints inline (no margins inside a list item or a cell); several print as paragraphs. */
function renderParagraphs(paragraphs: ParagraphNode[]): ReactNode {
  if (paragraphs.length === 1) return renderInline(paragraphs[0]?.content ?? []);
  return paragraphs.map((p, i) => <p key={i}>{renderInline(p.content ?? [])}</p>);
}

function renderListItem(item: ListItemNode, key: number, headingOffset: number): ReactNode {
  const [first, ...rest] = item.content;
  return (
    <li key={key}>
      {first?.type === "paragraph" ? renderInline(first.content ?? []) : first && renderBlock(first, 0, headingOffset)}
      {rest.map((block, i) => renderBlock(block, i + 1, headingOffset))}
    </li>
  );
}

function renderTable(table: TableNode, key: number): ReactNode {
  const [firstRow, ...otherRows] = table.content;
  // A first row made only of header cells is the column headings; otherwise there is no thead.
  const hasHead = !!firstRow && firstRow.content.every((cell) => cell.type === "tableHeader");
  const bodyRows = hasHead ? otherRows : table.content;
  const cell = (c: TableCellNode, i: number, scope: "col" | "row") => {
    const spans = { colSpan: c.attrs?.colspan, rowSpan: c.attrs?.rowspan };
    return c.type === "tableHeader" ? (
      <th key={i} scope={scope} {...spans}>
        {renderParagraphs(c.content)}
      </th>
    ) : (
      <td key={i} {...spans}>
        {renderParagraphs(c.content)}
      </td>
    );
  };
  return (
    <div key={key} className="fr-table fr-table--no-caption">
      <table>
        {hasHead && firstRow && (
          <thead>
            <tr>{firstRow.content.map((c, i) => cell(c, i, "col"))}</tr>
          </thead>
        )}
        <tbody>
          {bodyRows.map((row, r) => (
            <tr key={r}>{row.content.map((c, i) => cell(c, i, "row"))}</tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function renderInline(content: InlineNode[]): ReactNode {
  return content.map((node, i) => (node.type === "hardBreak" ? <br key={i} /> : <Fragment key={i}>{renderText(node)}</Fragment>));
}

function renderText(node: TextNode): ReactNode {
  let out: ReactNode = node.text;
  const marks = node.marks ?? [];
  if (marks.some((m) => m.type === "underline")) out = <u>{out}</u>;
  if (marks.some((m) => m.type === "italic")) out = <em>{out}</em>;
  if (marks.some((m) => m.type === "bold")) out = <strong>{out}</strong>;
  const link = marks.find((m) => m.type === "link");
  // The schema already refused other addresses; checked again because a renderer is the last
  // place a javascript: link could slip through (a document built in code, not parsed).
  if (link && isSafeHref(link.attrs.href)) out = <a href={link.attrs.href} rel="noopener">{out}</a>;
  return out;
}
