// The prefecture-level upload's request rules (lib/documents/upload.ts): only a page of the
// portal may post a file (Origin is this host, behind the reverse proxy too), and the generic
// form reader hands back the text fields beside the file, refusing a file in a text field's
// place and a body that is not a multipart form, in French.
import { describe, expect, it } from "vitest";
import { isSameOriginRequest, parseDocumentTitle, readDocumentForm } from "@/lib/documents/upload";

const post = (headers: Record<string, string>, url = "http://portail.local/86/demarche-qualite/auto-evaluation/2022/preuves") =>
  new Request(url, { method: "POST", headers });

describe("isSameOriginRequest", () => {
  it("accepts the portal's own origin, by Host or by the proxy's X-Forwarded-Host", () => {
    expect(isSameOriginRequest(post({ origin: "http://portail.local", host: "portail.local" }))).toBe(true);
    expect(isSameOriginRequest(post({ origin: "https://clu.gouv.example", host: "127.0.0.1:3000", "x-forwarded-host": "clu.gouv.example, autre" }))).toBe(true);
    expect(isSameOriginRequest(post({ origin: "http://portail.local" }))).toBe(true); // no Host: the URL's
  });

  it("refuses another site, a missing or malformed Origin, and a port that differs", () => {
    expect(isSameOriginRequest(post({ origin: "https://ailleurs.example", host: "portail.local" }))).toBe(false);
    expect(isSameOriginRequest(post({ host: "portail.local" }))).toBe(false);
    expect(isSameOriginRequest(post({ origin: "null", host: "portail.local" }))).toBe(false);
    expect(isSameOriginRequest(post({ origin: "http://portail.local:8080", host: "portail.local" }))).toBe(false);
  });
});

function multipart(build: (form: FormData) => void) {
  const form = new FormData();
  build(form);
  return new Request("http://portail.local/", { method: "POST", body: form });
}

describe("readDocumentForm", () => {
  it("returns the file and every text field", async () => {
    const read = await readDocumentForm(
      multipart((f) => {
        f.set("file", new File([new Uint8Array([1, 2, 3])], "preuve.pdf"));
        f.set("title", "Charte");
        f.set("selfAssessmentId", "abc");
      }),
      "Utilisez le formulaire.",
    );
    if (!read.ok) throw new Error(read.error);
    expect(read.fileName).toBe("preuve.pdf");
    expect([...read.bytes]).toEqual([1, 2, 3]);
    expect(read.fields).toEqual({ title: "Charte", selfAssessmentId: "abc" });
  });

  it("refuses a file in a text field's place, a missing file and a body that is not a form", async () => {
    const twoFiles = multipart((f) => {
      f.set("file", new File(["x"], "a.pdf"));
      f.set("title", new File(["y"], "b.pdf"));
    });
    expect(await readDocumentForm(twoFiles, "Utilisez le formulaire.")).toEqual({ ok: false, status: 400, error: "La requête de dépôt est mal formée : réessayez." });
    expect(await readDocumentForm(multipart((f) => f.set("title", "Charte")), "Utilisez le formulaire.")).toEqual({ ok: false, status: 400, error: "Choisissez un fichier." });
    const json = new Request("http://portail.local/", { method: "POST", body: "{}", headers: { "content-type": "application/json" } });
    expect(await readDocumentForm(json, "Utilisez le formulaire.")).toEqual({ ok: false, status: 400, error: "Utilisez le formulaire." });
  });
});

describe("parseDocumentTitle", () => {
  it("trims, turns blank into null and bounds the length in French", () => {
    expect(parseDocumentTitle("  Charte  ")).toEqual({ ok: true, title: "Charte" });
    expect(parseDocumentTitle("   ")).toEqual({ ok: true, title: null });
    expect(parseDocumentTitle(undefined)).toEqual({ ok: true, title: null });
    expect(parseDocumentTitle("x".repeat(201))).toEqual({ ok: false, status: 400, error: "Titre : 200 caractères au maximum." });
  });
});
