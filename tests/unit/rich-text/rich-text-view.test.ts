// .ts, not .tsx: the unit project only collects *.test.ts; elements are built with createElement.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RichTextView } from "@/components/rich-text/rich-text-view";
import { richTextDocument, type RichTextDocument } from "@/lib/rich-text/document";

const render = (document: RichTextDocument, headingOffset?: number) => renderToStaticMarkup(createElement(RichTextView, { document, headingOffset }));
const p = (text: string) => ({ type: "paragraph" as const, content: [{ type: "text" as const, text }] });
const doc = (...content: unknown[]) => richTextDocument.parse({ type: "doc", content });

describe("RichTextView", () => {
  it("renders paragraphs, marks, links and line breaks as semantic HTML", () => {
    const html = render(
      doc({
        type: "paragraph",
        content: [
          { type: "text", text: "Délai : " },
          { type: "text", text: "12 min", marks: [{ type: "bold" }, { type: "italic" }] },
          { type: "hardBreak" },
          { type: "text", text: "souligné", marks: [{ type: "underline" }] },
          { type: "text", text: " voir ", marks: [] },
          { type: "text", text: "le site", marks: [{ type: "link", attrs: { href: "https://www.vienne.gouv.fr/?a=1&b=2", target: "_blank" } }] },
        ],
      }),
    );
    expect(html).toBe('<p>Délai : <strong><em>12 min</em></strong><br/><u>souligné</u> voir <a href="https://www.vienne.gouv.fr/?a=1&amp;b=2" rel="noopener">le site</a></p>');
    expect(html).not.toContain("_blank");
  });

  it("shifts headings by the offset and caps them at h6", () => {
    const headings = doc({ type: "heading", attrs: { level: 3 }, content: [{ type: "text", text: "A" }] }, { type: "heading", attrs: { level: 4 }, content: [{ type: "text", text: "B" }] });
    expect(render(headings)).toBe("<h3>A</h3><h4>B</h4>");
    expect(render(headings, 1)).toBe("<h4>A</h4><h5>B</h5>");
    expect(render(headings, 5)).toBe("<h6>A</h6><h6>B</h6>");
  });

  it("renders nested lists with their start, and skips empty paragraphs", () => {
    const html = render(
      doc(
        { type: "paragraph" },
        {
          type: "orderedList",
          attrs: { start: 4 },
          content: [
            { type: "listItem", content: [p("Quatre")] },
            { type: "listItem", content: [p("Cinq"), { type: "bulletList", content: [{ type: "listItem", content: [p("puce")] }] }] },
          ],
        },
      ),
    );
    expect(html).toBe('<ol start="4"><li>Quatre</li><li>Cinq<ul><li>puce</li></ul></li></ol>');
  });

  it("puts a first row of header cells in a thead with column scope", () => {
    const html = render(
      doc({
        type: "table",
        content: [
          { type: "tableRow", content: [{ type: "tableHeader", content: [p("Canal")] }, { type: "tableHeader", content: [p("Délai")] }] },
          { type: "tableRow", content: [{ type: "tableHeader", content: [p("Courriel")] }, { type: "tableCell", content: [p("2 jours"), p("ouvrés")] }] },
          { type: "tableRow", content: [{ type: "tableCell", attrs: { colspan: 2 }, content: [p("Total")] }] },
        ],
      }),
    );
    expect(html).toContain('<thead><tr><th scope="col">Canal</th><th scope="col">Délai</th></tr></thead>');
    expect(html).toContain('<tr><th scope="row">Courriel</th><td><p>2 jours</p><p>ouvrés</p></td></tr>');
    expect(html).toContain('<td colSpan="2">Total</td>');
    expect(html).toMatch(/^<div class="fr-table fr-table--no-caption"><table>/);
  });

  it("has no thead when the first row is not all headers", () => {
    const html = render(doc({ type: "table", content: [{ type: "tableRow", content: [{ type: "tableCell", content: [p("a")] }] }] }));
    expect(html).not.toContain("<thead>");
    expect(html).toContain("<tbody><tr><td>a</td></tr></tbody>");
  });

  it("never renders markup from text, nor an unsafe link from a document built in code", () => {
    const unsafe: RichTextDocument = {
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "<script>alert(1)</script>", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }],
    };
    const html = render(unsafe);
    expect(html).toBe("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
  });
});
