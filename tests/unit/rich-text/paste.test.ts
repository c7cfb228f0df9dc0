import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cleanPastedHtml } from "@/lib/rich-text/paste";

// Node has no DOMParser: these tests run the tokenizer, which feeds the same cleaning pass as
// the browser's DOM.
const WORD = readFileSync(new URL("../../fixtures/word-paste.html", import.meta.url), "utf8");

describe("cleanPastedHtml on a Word document", () => {
  const cleaned = cleanPastedHtml(WORD);

  it("leaves no Office markup, style, class, font, comment or image", () => {
    expect(cleaned).not.toMatch(/mso-|MsoNormal|<o:|<v:|<w:|style=|class=|<font|<span|<img|<!--|<!\[|<meta|<link|<xml|javascript:|file:/i);
  });

  it("keeps the text, bold (tag or style), italic, underline and the safe link", () => {
    expect(cleaned).toContain(
      "<p>Mme\nSAUVAIRE présente les résultats de l’enquête de satisfaction\u00a0: le délai\nmoyen d’attente est de <strong>12\u00a0minutes</strong>,\ncontre <strong>18 minutes</strong> en 2019 (<em>source\u00a0: Qual-e-Pref</em>).</p>",
    );
    expect(cleaned).toContain('<a href="https://www.vienne.gouv.fr/Demarches">le site de la préfecture</a>');
    expect(cleaned).toContain("ou ce lien piégé.</p>");
    expect(cleaned).toContain("<u>médiateur</u>");
  });

  it("turns a level-1 Word heading into the highest heading a section may hold", () => {
    expect(cleaned).toMatch(/^<h3>Accueil des usagers<\/h3>/);
  });

  it("drops Word's spacing paragraphs", () => {
    expect(cleaned).not.toMatch(/<p>\s*<\/p>|<p>\u00a0<\/p>/);
  });

  it("rebuilds the list paragraphs as a nested list without their printed markers", () => {
    expect(cleaned).toContain(
      "<ul><li><p>Accueil physique sur rendez-vous</p><ul><li><p>titres de séjour</p></li></ul></li><li><p>Point numérique avec un <u>médiateur</u></p></li></ul>",
    );
    expect(cleaned).not.toContain("·");
  });

  it("keeps the table, its cells and spans, without widths or borders", () => {
    expect(cleaned).toContain(
      '<table><tr><td><p><strong>Site</strong></p></td><td><p><strong>Délai moyen</strong></p></td></tr><tr><td colspan="2"><p>Poitiers\u00a0: 12 min</p></td></tr></table>',
    );
  });

  it("unwraps <font>", () => {
    expect(cleaned).toMatch(/<p>Fin du point\.<\/p>$/);
  });
});

describe("cleanPastedHtml", () => {
  it("numbers a Word list whose marker is a number", () => {
    const html =
      "<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><!--[if !supportLists]--><span style='mso-list:Ignore'>1.<span>&nbsp;</span></span><!--[endif]-->Premier</p>\n" +
      "<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><!--[if !supportLists]--><span style='mso-list:Ignore'>2.<span>&nbsp;</span></span><!--[endif]-->Second</p>";
    expect(cleanPastedHtml(html)).toBe("<ol><li><p>Premier</p></li><li><p>Second</p></li></ol>");
  });

  it("keeps real lists with their start, and headings within the allowed levels", () => {
    expect(cleanPastedHtml('<ol start="3" type="a" class="x"><li>Trois</li></ol><h2>T</h2><h5>S</h5>')).toBe('<ol start="3"><li>Trois</li></ol><h3>T</h3><h4>S</h4>');
  });

  it("drops scripts, styles, images and event handlers, and escapes what is text", () => {
    expect(cleanPastedHtml('<p onclick="x()">a &lt;b&gt; &amp; <script>alert(1)</script><style>p{}</style><img src=x onerror=alert(1)>c</p>')).toBe(
      "<p>a &lt;b&gt; &amp; c</p>",
    );
  });

  it("keeps only http(s) and mailto links", () => {
    expect(cleanPastedHtml('<a href="mailto:clu@vienne.gouv.fr">écrire</a> <a href="data:text/html,x">x</a> <a href="/relatif">y</a>')).toBe(
      '<a href="mailto:clu@vienne.gouv.fr">écrire</a> x y',
    );
  });

  it("turns styled spans (Google Docs) into emphasis and drops the style", () => {
    expect(cleanPastedHtml('<p><span style="font-weight:700;font-style:italic">a</span><span style="text-decoration:underline">b</span><span style="color:red"></span></p>')).toBe(
      "<p><em><strong>a</strong></em><u>b</u></p>",
    );
  });

  it("survives broken HTML", () => {
    expect(cleanPastedHtml("<p>un <b>deux</p> trois</i></div>")).toBe("<p>un <strong>deux</strong></p> trois");
    expect(cleanPastedHtml("")).toBe("");
    expect(cleanPastedHtml("texte &unknown; &#0; &#x1F600;")).toBe("texte &amp;unknown;  😀");
  });
});
