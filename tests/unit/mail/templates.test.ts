// Convocation e-mail (lib/mail/templates.ts): French content, reply links, HTML escaping.
import { describe, expect, it } from "vitest";
import {
  convocationEmail,
  escapeHtml,
  parseReplyChoiceParam,
  REPLY_CHOICE_PARAM,
  replyLink,
  salutation,
  type ConvocationEmailInput,
} from "@/lib/mail/templates";
import { replyChoicesFor } from "@/lib/meetings/domain";

const REPLY_URL = "https://clu.example.org/reponse/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde";
const MEETING_URL = "https://clu.example.org/86/seances/6f1c2b9e-4a3d-4e8f-9b1a-2c3d4e5f6a7b";

const vienne: ConvocationEmailInput = {
  prefectureName: "Préfecture de la Vienne",
  committeeName: "Comité local des usagers de la Vienne",
  meetingLabel: "jeudi 6 mai 2021 à 14h30",
  place: "Préfecture de la Vienne, salle Jean Moulin",
  mode: "IN_PERSON",
  agenda: [
    { label: "I – Accueil des membres", children: [] },
    {
      label: "II – Les résultats des indicateurs Qual-e-Pref",
      children: [
        { label: "a) Accueil physique et téléphonique", children: [] },
        { label: "b) Délivrance des titres", children: [] },
      ],
    },
    { label: "III – Questions diverses", children: [] },
  ],
  replyUrl: REPLY_URL,
  meetingUrl: MEETING_URL,
  recipient: { civility: "MME", firstName: "Nathalie", lastName: "MASSÉ" },
};

function hrefs(html: string): string[] {
  return [...html.matchAll(/href="([^"]*)"/g)].map((m) => (m[1] ?? "").replace(/&amp;/g, "&"));
}

describe("convocation e-mail", () => {
  it("says who is convened, to what, when and where, in French", () => {
    const { subject, text, html } = convocationEmail(vienne);
    expect(subject).toBe("Convocation : Comité local des usagers de la Vienne — jeudi 6 mai 2021 à 14h30");
    for (const body of [text, html]) {
      expect(body).toContain("Madame Nathalie MASSÉ,");
      expect(body).toContain("jeudi 6 mai 2021 à 14h30");
      expect(body).toContain("en présentiel");
      expect(body).toContain("salle Jean Moulin");
      expect(body).toContain("II – Les résultats des indicateurs Qual-e-Pref");
      expect(body).toContain("disponibles sur le portail");
      expect(body).toContain("Préfecture de la Vienne");
    }
    expect(text.startsWith("Madame Nathalie MASSÉ,\n")).toBe(true);
    expect(text).toContain("Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.");
  });

  it("greets the person by civility and name, or Madame, Monsieur when the civility is unknown", () => {
    expect(salutation({ civility: "MME", firstName: "Chantal", lastName: "CASTELNOT" })).toBe("Madame Chantal CASTELNOT,");
    expect(salutation({ civility: "M", firstName: "Eric", lastName: "ROSE" })).toBe("Monsieur Eric ROSE,");
    expect(salutation({ civility: "M", firstName: null, lastName: "PREMPAIN" })).toBe("Monsieur PREMPAIN,");
    expect(salutation({ civility: null, firstName: "Camille", lastName: "DUPONT" })).toBe("Madame, Monsieur,");
    expect(salutation(null)).toBe("Madame, Monsieur,");

    const mister = convocationEmail({ ...vienne, recipient: { civility: "M", firstName: "Eric", lastName: "ROSE" } });
    expect(mister.text.startsWith("Monsieur Eric ROSE,\n")).toBe(true);
    expect(mister.html).toContain("<p>Monsieur Eric ROSE,</p>");
    expect(mister.text).toContain("Nous vous prions d'agréer, Monsieur, l'expression");
    const unknown = convocationEmail({ ...vienne, recipient: { civility: null, firstName: "Camille", lastName: "DUPONT" } });
    expect(unknown.text.startsWith("Madame, Monsieur,\n")).toBe(true);
    expect(unknown.text).toContain("Nous vous prions d'agréer, Madame, Monsieur, l'expression");
  });

  it("keeps the agenda levels: sub-items indented under their item, numbered as in the convocation", () => {
    const { text, html } = convocationEmail(vienne);
    expect(text).toContain(
      [
        "Ordre du jour :",
        "  I – Accueil des membres",
        "  II – Les résultats des indicateurs Qual-e-Pref",
        "      a) Accueil physique et téléphonique",
        "      b) Délivrance des titres",
        "  III – Questions diverses",
      ].join("\n"),
    );
    // Nested lists: the sub-items are a list inside their item's <li>.
    expect(html).toMatch(
      /<li>II – Les résultats des indicateurs Qual-e-Pref\n<ul[^>]*>\n<li>a\) Accueil physique et téléphonique<\/li>\n<li>b\) Délivrance des titres<\/li>\n<\/ul><\/li>/,
    );
    expect(html).toContain("<li>III – Questions diverses</li>");
  });

  it("links the meeting's page on the portal beside the reply links, and mentions the attached .ics", () => {
    const { text, html } = convocationEmail({ ...vienne, calendarAttached: true });
    expect(text).toContain(`Page de la séance sur le portail (avec votre compte) : ${MEETING_URL}`);
    expect(hrefs(html)).toContain(MEETING_URL);
    const replySection = text.slice(text.indexOf("Votre réponse"));
    expect(replySection.indexOf(MEETING_URL)).toBeGreaterThan(replySection.indexOf("Je serai représenté(e) par…"));
    expect(text).toContain("jusqu'au début de la séance");
    expect(text).toContain("(fichier .ics)");
    expect(html).toContain("(fichier .ics)");
    const without = convocationEmail({ ...vienne, meetingUrl: null });
    expect(without.text).not.toContain("Page de la séance sur le portail");
    expect(without.text).not.toContain(".ics");
    expect(() => convocationEmail({ ...vienne, meetingUrl: "javascript:alert(1)" })).toThrow();
  });

  it("offers the answers that fit the meeting's mode, each with its own personal link", () => {
    const inPerson = convocationEmail(vienne);
    expect(inPerson.text).toContain("Je serai présent(e) : ");
    expect(inPerson.text).toContain("Je serai excusé(e) : ");
    expect(inPerson.text).toContain("Je serai représenté(e) par… : ");
    expect(inPerson.text).not.toContain("à distance :");
    expect(inPerson.text).toContain("Aucun compte n'est nécessaire");

    const hybrid = convocationEmail({ ...vienne, mode: "HYBRID" });
    expect(hybrid.text).toContain("Je participerai à distance : ");
    const links = hrefs(hybrid.html);
    expect(links).toHaveLength(5);
    expect(links.pop()).toBe(MEETING_URL);
    for (const link of links) expect(link.startsWith(`${REPLY_URL}?reponse=`)).toBe(true);
    expect(links.map((l) => parseReplyChoiceParam(new URL(l).searchParams.get("reponse")))).toEqual([
      "IN_PERSON",
      "REMOTE",
      "EXCUSED",
      "REPRESENTED",
    ]);

    expect(replyChoicesFor("VIDEOCONFERENCE")).toEqual(["REMOTE", "EXCUSED", "REPRESENTED"]);
    expect(convocationEmail({ ...vienne, mode: "VIDEOCONFERENCE", place: null }).text).toContain("par visioconférence");
  });

  it("maps reply parameters both ways and rejects unknown ones", () => {
    for (const [choice, param] of Object.entries(REPLY_CHOICE_PARAM)) {
      expect(parseReplyChoiceParam(param)).toBe(choice);
    }
    expect(parseReplyChoiceParam("oui")).toBeNull();
    expect(parseReplyChoiceParam(null)).toBeNull();
    expect(replyLink("https://x.example.org/r/t?lang=fr", "EXCUSED")).toBe("https://x.example.org/r/t?lang=fr&reponse=excuse");
  });

  it("escapes every value in the HTML and keeps the text raw", () => {
    const nasty = convocationEmail({
      ...vienne,
      committeeName: `Comité <script>alert("x")</script> & « usagers »`,
      place: `Salle "A" & <b>B</b>`,
      agenda: [{ label: "<img src=x onerror=alert(1)>", children: [{ label: "L'accueil", children: [] }] }],
      recipient: { civility: "M", firstName: "O'Brien", lastName: "<o@example.org>" },
    });
    expect(nasty.html).not.toContain("<script>");
    expect(nasty.html).not.toContain("<img");
    expect(nasty.html).not.toContain("<b>");
    expect(nasty.html).toContain("Comité &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; « usagers »");
    expect(nasty.html).toContain("Salle &quot;A&quot; &amp; &lt;b&gt;B&lt;/b&gt;");
    expect(nasty.html).toContain("Monsieur O&#39;Brien &lt;o@example.org&gt;,");
    expect(nasty.text).toContain(`Comité <script>alert("x")</script> & « usagers »`);
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });

  it("is an accessible French HTML document", () => {
    const { html, subject } = convocationEmail(vienne);
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="fr">/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain(`<title>${escapeHtml(subject)}</title>`);
    expect(html).toContain("<h2");
    expect(html).toMatch(/<a href="[^"]+"[^>]*>Je serai présent\(e\)<\/a>/);
  });

  it("keeps the subject on one line and copes with an empty agenda or no recipient name", () => {
    const mail = convocationEmail({
      ...vienne,
      committeeName: "Comité\r\nBcc: victim@example.org",
      agenda: [{ label: " ", children: [] }],
      recipient: null,
    });
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.subject).toContain("Comité Bcc: victim@example.org");
    expect(mail.text).toContain("L'ordre du jour vous sera communiqué prochainement.");
    expect(mail.text.startsWith("Madame, Monsieur,")).toBe(true);
  });

  it("refuses a reply URL that is not an absolute http(s) URL", () => {
    expect(() => convocationEmail({ ...vienne, replyUrl: "javascript:alert(1)" })).toThrow();
    expect(() => convocationEmail({ ...vienne, replyUrl: "/reponse/abc" })).toThrow();
  });
});
