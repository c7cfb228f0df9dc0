import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  RICH_TEXT_LIMITS,
  documentFromText,
  documentToPlainText,
  isEmptyDocument,
  isSafeHref,
  readDocument,
  richTextDocument,
  type BlockNode,
  type InlineNode,
  type ListItemNode,
  type Mark,
  type ParagraphNode,
  type RichTextDocument,
} from "@/lib/rich-text/document";

/** What Tiptap v3's `editor.getJSON()` gives for a realistic section body (attrs included). */
const TIPTAP_JSON = {
  type: "doc",
  content: [
    { type: "heading", attrs: { textAlign: null, level: 3 }, content: [{ type: "text", text: "L'accueil physique" }] },
    {
      type: "paragraph",
      attrs: { textAlign: null },
      content: [
        { type: "text", text: "Le délai moyen d'attente est de " },
        { type: "text", marks: [{ type: "bold" }], text: "12 minutes" },
        { type: "hardBreak" },
        {
          type: "text",
          marks: [{ type: "link", attrs: { href: "https://www.vienne.gouv.fr", target: "_blank", rel: "noopener noreferrer nofollow", class: null, title: null } }],
          text: "site de la préfecture",
        },
      ],
    },
    { type: "paragraph", attrs: { textAlign: null } },
    {
      type: "orderedList",
      attrs: { start: 3, type: null },
      content: [
        { type: "listItem", content: [{ type: "paragraph", attrs: { textAlign: null }, content: [{ type: "text", marks: [{ type: "italic" }, { type: "underline" }], text: "Titres" }] }] },
        {
          type: "listItem",
          content: [
            { type: "paragraph", content: [{ type: "text", text: "Étrangers" }] },
            { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "Séjour" }] }] }] },
          ],
        },
      ],
    },
    {
      type: "table",
      content: [
        {
          type: "tableRow",
          content: [
            { type: "tableHeader", attrs: { colspan: 1, rowspan: 1, colwidth: null }, content: [{ type: "paragraph", content: [{ type: "text", text: "Site" }] }] },
            { type: "tableHeader", attrs: { colspan: 1, rowspan: 1, colwidth: null }, content: [{ type: "paragraph", content: [{ type: "text", text: "Délai" }] }] },
          ],
        },
        {
          type: "tableRow",
          content: [
            { type: "tableCell", attrs: { colspan: 2, rowspan: 1, colwidth: [120, 80] }, content: [{ type: "paragraph" }] },
          ],
        },
      ],
    },
  ],
};

const paragraph = (...content: InlineNode[]): ParagraphNode => ({ type: "paragraph", content });
const doc = (...content: unknown[]) => ({ type: "doc", content });
const text = (t: string, marks?: unknown[]) => ({ type: "text", text: t, ...(marks ? { marks } : {}) });

describe("richTextDocument", () => {
  it("accepts what Tiptap emits and keeps only the attributes we render", () => {
    const parsed = richTextDocument.parse(TIPTAP_JSON);
    expect(parsed.content[0]).toEqual({ type: "heading", attrs: { level: 3 }, content: [{ type: "text", text: "L'accueil physique" }] });
    const link = parsed.content[1]?.type === "paragraph" ? parsed.content[1].content?.[3] : undefined;
    expect(link).toEqual({ type: "text", text: "site de la préfecture", marks: [{ type: "link", attrs: { href: "https://www.vienne.gouv.fr" } }] });
    expect(parsed.content[2]).toEqual({ type: "paragraph" });
    expect(parsed.content[3]).toMatchObject({ type: "orderedList", attrs: { start: 3 } });
    const table = parsed.content[4];
    expect(table?.type === "table" && table.content[1]?.content[0]).toEqual({ type: "tableCell", attrs: { colspan: 2 }, content: [{ type: "paragraph" }] });
    expect(table?.type === "table" && table.content[0]?.content[0]).toEqual({ type: "tableHeader", content: [{ type: "paragraph", content: [{ type: "text", text: "Site" }] }] });
  });

  it("keeps a list that starts at 0 and drops the default start of 1", () => {
    const list = (start: number) => doc({ type: "orderedList", attrs: { start }, content: [{ type: "listItem", content: [paragraph(text("a") as InlineNode)] }] });
    expect(richTextDocument.parse(list(0)).content[0]).toMatchObject({ attrs: { start: 0 } });
    expect(richTextDocument.parse(list(1)).content[0]).not.toHaveProperty("attrs");
  });

  it("accepts the empty document Tiptap starts with", () => {
    expect(richTextDocument.parse(doc({ type: "paragraph" }))).toEqual(doc({ type: "paragraph" }));
    expect(richTextDocument.parse({ type: "doc" })).toEqual({ type: "doc", content: [] });
  });

  it.each([
    ["a javascript: link", doc(paragraph(text("x", [{ type: "link", attrs: { href: "javascript:alert(1)" } }]) as InlineNode))],
    ["a data: link", doc(paragraph(text("x", [{ type: "link", attrs: { href: "data:text/html,<script>" } }]) as InlineNode))],
    ["a link with a quote", doc(paragraph(text("x", [{ type: "link", attrs: { href: 'https://a.fr/" onclick="x' } }]) as InlineNode))],
    ["an image", doc({ type: "image", attrs: { src: "https://a.fr/x.png" } })],
    ["an inline image", doc(paragraph({ type: "image", attrs: { src: "https://a.fr/x.png" } } as unknown as InlineNode))],
    ["a script-ish node", doc({ type: "script", content: [text("alert(1)")] })],
    ["raw HTML", doc({ type: "html", text: "<b>x</b>" })],
    ["a code block", doc({ type: "codeBlock", content: [text("x")] })],
    ["a level-1 heading", doc({ type: "heading", attrs: { level: 1 }, content: [text("x")] })],
    ["an unknown mark", doc(paragraph(text("x", [{ type: "strike" }]) as InlineNode))],
    ["a mark with a style", doc(paragraph(text("x", [{ type: "bold", attrs: { style: "color:red" } }]) as InlineNode))],
    ["a NUL character", doc(paragraph(text("a\u0000b") as InlineNode))],
    ["a lone surrogate", doc(paragraph(text("a\uD800b") as InlineNode))],
    ["an empty text node", doc(paragraph(text("") as InlineNode))],
    ["a table inside a cell", doc({ type: "table", content: [{ type: "tableRow", content: [{ type: "tableCell", content: [{ type: "table", content: [] }] }] }] })],
    ["a heading inside a list", doc({ type: "bulletList", content: [{ type: "listItem", content: [{ type: "heading", attrs: { level: 3 }, content: [text("x")] }] }] })],
    ["a stray property on the document", { type: "doc", content: [], style: "x" }],
    ["something that is not a document", "<p>bonjour</p>"],
  ])("refuses %s", (_label, value) => {
    expect(richTextDocument.safeParse(value).success).toBe(false);
  });

  it("refuses a document with too many nodes, in French", () => {
    const many = doc(...Array.from({ length: 1_500 }, () => paragraph(text("a") as InlineNode, { type: "hardBreak" }, text("b") as InlineNode)));
    const result = richTextDocument.safeParse(many);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/trop long/);
  });

  it("says in French what is wrong, and where", () => {
    const image = richTextDocument.safeParse(doc(paragraph(text("a") as InlineNode), { type: "image" }));
    expect(image.error?.issues[0]).toMatchObject({ path: ["content", 1], message: expect.stringMatching(/élément non permis/) as unknown });
    const strike = richTextDocument.safeParse(doc(paragraph(text("x", [{ type: "strike" }]) as InlineNode)));
    expect(strike.error?.issues[0]?.message).toMatch(/mise en forme non permise/);
    const link = richTextDocument.safeParse(doc(paragraph(text("x", [{ type: "link", attrs: { href: "javascript:alert(1)" } }]) as InlineNode)));
    expect(link.error?.issues[0]?.message).toMatch(/https:\/\/, http:\/\/ ou mailto:/);
  });

  it("refuses a paragraph longer than the limit", () => {
    const long = doc(paragraph(text("a".repeat(RICH_TEXT_LIMITS.textLength + 1)) as InlineNode));
    expect(richTextDocument.safeParse(long).error?.issues[0]?.message).toMatch(/ne peut dépasser/);
  });

  it("reads a damaged stored value as the empty document", () => {
    expect(readDocument({ type: "doc", content: [{ type: "image" }] })).toEqual({ type: "doc", content: [] });
    expect(readDocument(null)).toEqual({ type: "doc", content: [] });
  });
});

describe("isSafeHref", () => {
  it.each(["https://www.service-public.fr/particuliers", "http://intranet.local/page?a=1&b=2", "mailto:pref-clu@vienne.gouv.fr", "HTTPS://EXAMPLE.FR"])("accepts %s", (href) => {
    expect(isSafeHref(href)).toBe(true);
  });
  it.each(["javascript:alert(1)", " https://a.fr", "https://", "ftp://a.fr", "/relative", "www.a.fr", "https://a.fr/x y", "vbscript:x"])("refuses %s", (href) => {
    expect(isSafeHref(href)).toBe(false);
  });
});

describe("documentToPlainText", () => {
  it("gives one line per block, lists and table rows flattened", () => {
    const parsed = richTextDocument.parse(TIPTAP_JSON);
    expect(documentToPlainText(parsed)).toBe(
      ["L'accueil physique", "Le délai moyen d'attente est de 12 minutes\nsite de la préfecture", "", "Titres", "Étrangers", "Séjour", "Site | Délai", ""].join("\n"),
    );
  });

  it("says whether a document holds any text", () => {
    expect(isEmptyDocument({ type: "doc", content: [{ type: "paragraph" }] })).toBe(true);
    expect(isEmptyDocument(documentFromText("Bonjour"))).toBe(false);
  });
});

describe("documentFromText", () => {
  it("makes one paragraph per non-empty line, trimmed", () => {
    expect(documentFromText("  Première ligne \r\n\r\nSeconde ligne\n")).toEqual({
      type: "doc",
      content: [paragraph(text("Première ligne") as InlineNode), paragraph(text("Seconde ligne") as InlineNode)],
    });
    expect(documentFromText("")).toEqual({ type: "doc", content: [] });
  });

  it("round-trips through the plain text", () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[A-Za-zéèà0-9][A-Za-zéèà0-9 ,.'’-]{0,30}[A-Za-zéèà0-9.]$/), { maxLength: 10 }), (lines) => {
        expect(documentToPlainText(documentFromText(lines.join("\n")))).toBe(lines.join("\n"));
      }),
    );
  });
});

// Documents built only from allowed nodes, in the normal form the schema gives back (no empty
// content arrays, no default attributes), so parsing must return them unchanged.
const markArb: fc.Arbitrary<Mark> = fc.oneof(
  fc.constant<Mark>({ type: "bold" }),
  fc.constant<Mark>({ type: "italic" }),
  fc.constant<Mark>({ type: "underline" }),
  fc.constantFrom("https://www.vienne.gouv.fr/x", "mailto:clu@vienne.gouv.fr", "http://a.fr/?q=1").map((href): Mark => ({ type: "link", attrs: { href } })),
);
const inlineArb: fc.Arbitrary<InlineNode> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ type: fc.constant("text" as const), text: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => !s.includes("\u0000")) }, { requiredKeys: ["type", "text"] }) },
  { weight: 2, arbitrary: fc.tuple(fc.string({ minLength: 1, maxLength: 10 }).filter((s) => !s.includes("\u0000")), fc.uniqueArray(markArb, { minLength: 1, maxLength: 3, selector: (m) => m.type })).map(([t, marks]): InlineNode => ({ type: "text", text: t, marks })) },
  { weight: 1, arbitrary: fc.constant<InlineNode>({ type: "hardBreak" }) },
);
const paragraphArb: fc.Arbitrary<ParagraphNode> = fc.array(inlineArb, { maxLength: 4 }).map((content) => (content.length ? { type: "paragraph", content } : { type: "paragraph" }));
const { list: listArb } = fc.letrec<{ list: BlockNode; item: ListItemNode }>((tie) => ({
  item: fc.tuple(paragraphArb, fc.array(fc.oneof({ depthSize: "small" }, paragraphArb, tie("list")), { maxLength: 2 })).map(([first, rest]) => ({ type: "listItem" as const, content: [first, ...rest] as ListItemNode["content"] })),
  list: fc.oneof(
    fc.array(tie("item") as fc.Arbitrary<ListItemNode>, { minLength: 1, maxLength: 3 }).map((content): BlockNode => ({ type: "bulletList", content })),
    fc.tuple(fc.option(fc.integer({ min: 0, max: 50 }).filter((n) => n !== 1), { nil: undefined }), fc.array(tie("item") as fc.Arbitrary<ListItemNode>, { minLength: 1, maxLength: 3 })).map(
      ([start, content]): BlockNode => ({ type: "orderedList", ...(start !== undefined ? { attrs: { start } } : {}), content }),
    ),
  ),
}));
const tableArb: fc.Arbitrary<BlockNode> = fc.integer({ min: 1, max: 3 }).chain((cols) =>
  fc.array(fc.array(fc.tuple(fc.boolean(), paragraphArb), { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: 3 }).map(
    (rows): BlockNode => ({
      type: "table",
      content: rows.map((cells) => ({ type: "tableRow", content: cells.map(([header, p]) => ({ type: header ? "tableHeader" : "tableCell", content: [p] })) })),
    }),
  ),
);
const blockArb: fc.Arbitrary<BlockNode> = fc.oneof(
  paragraphArb,
  fc.tuple(fc.constantFrom(3 as const, 4 as const), fc.array(inlineArb, { maxLength: 3 })).map(([level, content]): BlockNode => ({ type: "heading", attrs: { level }, ...(content.length ? { content } : {}) })),
  listArb,
  tableArb,
);
const documentArb: fc.Arbitrary<RichTextDocument> = fc.array(blockArb, { maxLength: 6 }).map((content) => ({ type: "doc", content }));

describe("any document of allowed nodes", () => {
  it("parses to itself and survives a JSON round-trip", () => {
    fc.assert(
      fc.property(documentArb, (document) => {
        const stored = JSON.parse(JSON.stringify(document)) as unknown;
        const parsed = richTextDocument.parse(stored);
        expect(parsed).toEqual(document);
        expect(richTextDocument.parse(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
      }),
    );
  });
});
