// Upload boundaries (lib/documents): the announced 20 Mo reach the route whole, anything larger
// is a 413 with a French message — from Content-Length before reading, and again while
// reading — and a download's name carries the extension of the type read from the content.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config";
import { documentFileName, MAX_FILE_NAME_LENGTH } from "@/lib/documents/file-name";
import { DOCUMENT_TOO_LARGE_MESSAGE, MAX_DOCUMENT_BYTES, MAX_UPLOAD_BODY_BYTES } from "@/lib/documents/limits";
import { checkDeclaredLength, readBodyWithLimit, readUploadForm } from "@/lib/documents/upload";
import { CSV_IMPORT_MAX_CHARS } from "@/lib/committees/schemas";
import { isCleanText } from "@/lib/validation";

const MiB = 1024 * 1024;

/** A body stream of `total` bytes in chunks of `chunk`, counting how much was pulled. */
function stream(total: number, chunk = 64 * 1024) {
  const state = { pulled: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const size = Math.min(chunk, total - state.pulled);
      if (size <= 0) return controller.close();
      state.pulled += size;
      controller.enqueue(new Uint8Array(size));
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { body, state };
}

/** The smallest valid PDF header file-type recognises. */
const pdfBytes = (size: number) => {
  const bytes = new Uint8Array(size);
  bytes.set(new TextEncoder().encode("%PDF-1.7\n"));
  return bytes;
};

function uploadRequest(file: Blob | null, name = "compte-rendu.pdf", fields: Record<string, string> = {}, headers: Record<string, string> = {}) {
  const form = new FormData();
  if (file) form.set("file", file, name);
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return new Request("http://localhost/86/seances/x/documents", { method: "POST", body: form, headers });
}

describe("upload size rules", () => {
  it("refuses a declared Content-Length over the limit before reading anything", () => {
    expect(checkDeclaredLength(String(MAX_UPLOAD_BODY_BYTES + 1))).toEqual({ ok: false, status: 413, error: "Le fichier dépasse 20 Mo." });
    expect(checkDeclaredLength(String(MAX_UPLOAD_BODY_BYTES))).toBeNull();
    expect(checkDeclaredLength(String(15 * MiB))).toBeNull();
    expect(checkDeclaredLength(null)).toBeNull(); // chunked: counted while reading
    expect(checkDeclaredLength("abc")).toMatchObject({ ok: false, status: 400 });
  });

  it("reads a body up to the limit, and stops reading (and cancels) as soon as it is exceeded", async () => {
    const small = stream(3 * MiB);
    const read = await readBodyWithLimit(small.body, 4 * MiB);
    expect(read.ok && read.bytes.byteLength).toBe(3 * MiB);

    const big = stream(100 * MiB);
    expect(await readBodyWithLimit(big.body, 4 * MiB)).toEqual({ ok: false, status: 413, error: DOCUMENT_TOO_LARGE_MESSAGE });
    expect(big.state.pulled).toBeLessThan(5 * MiB); // never read to the end
    expect(big.state.cancelled).toBe(true);
  });

  it("accepts a 15 Mo document (it used to be cut at 10 MB) and refuses one over 20 Mo, with or without Content-Length", async () => {
    const ok = await readUploadForm(uploadRequest(new Blob([pdfBytes(15 * MiB)])));
    expect(ok.ok).toBe(true);
    if (ok.ok) expect(ok.input.bytes.byteLength).toBe(15 * MiB);

    const declared = uploadRequest(new Blob([pdfBytes(21 * MiB)]), "gros.pdf", {}, { "content-length": String(21 * MiB + 300) });
    expect(await readUploadForm(declared)).toEqual({ ok: false, status: 413, error: DOCUMENT_TOO_LARGE_MESSAGE });

    // No Content-Length at all: the count while reading catches it.
    const undeclared = uploadRequest(new Blob([pdfBytes(21 * MiB)]));
    expect(undeclared.headers.get("content-length")).toBeNull();
    expect(await readUploadForm(undeclared)).toEqual({ ok: false, status: 413, error: DOCUMENT_TOO_LARGE_MESSAGE });

    // Just over 20 Mo, within the multipart allowance: the file's own size is checked too.
    const justOver = await readUploadForm(uploadRequest(new Blob([pdfBytes(MAX_DOCUMENT_BYTES + 1)])));
    expect(justOver).toEqual({ ok: false, status: 413, error: DOCUMENT_TOO_LARGE_MESSAGE });
  });

  it("says what is missing or wrong in the form, in French", async () => {
    expect(await readUploadForm(uploadRequest(null))).toEqual({ ok: false, status: 400, error: "Choisissez un fichier." });
    expect(await readUploadForm(uploadRequest(new Blob([]), ""))).toEqual({ ok: false, status: 400, error: "Choisissez un fichier." });
    expect(await readUploadForm(uploadRequest(new Blob([pdfBytes(100)]), "a.pdf", { title: "Ordre du jour\u0000" }))).toEqual({
      ok: false,
      status: 400,
      error: "Ce texte contient un caractère invalide.",
    });
    expect(await readUploadForm(uploadRequest(new Blob([pdfBytes(100)]), "a.pdf", { agendaItemId: "../42" }))).toEqual({
      ok: false,
      status: 400,
      error: "Ce point n'appartient pas à la séance.",
    });
    const notMultipart = new Request("http://localhost/x", { method: "POST", body: "file=1", headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(await readUploadForm(notMultipart)).toMatchObject({ ok: false, status: 400 });
    // A multipart body cut in the middle (what the proxy's 10 MB limit used to do) is not "no file".
    const whole = await uploadRequest(new Blob([pdfBytes(1000)])).arrayBuffer();
    const contentType = uploadRequest(new Blob([pdfBytes(1000)])).headers.get("content-type") ?? "";
    const boundary = /boundary=(.+)$/.exec(contentType)?.[1] ?? "";
    const cut = new Request("http://localhost/x", {
      method: "POST",
      body: whole.slice(0, 500),
      headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
    });
    expect(await readUploadForm(cut)).toEqual({ ok: false, status: 400, error: "Le document est arrivé incomplet ou mal formé : réessayez." });
  });

  it("matches next.config.ts: the proxy passes every accepted upload whole, the action body fits every accepted CSV", () => {
    const proxyLimit = nextConfig.experimental?.proxyClientMaxBodySize;
    const actionLimit = nextConfig.experimental?.serverActions?.bodySizeLimit;
    expect(typeof proxyLimit).toBe("number");
    expect(typeof actionLimit).toBe("number");
    // More than one stream chunk (64 KiB) above the route's cap, so a body the proxy truncated
    // still arrives larger than the cap and is answered 413 rather than parsed as a broken form.
    expect(proxyLimit as number).toBeGreaterThan(MAX_UPLOAD_BODY_BYTES + 64 * 1024);
    // The CSV text, JSON-encoded in UTF-8: at most 3 bytes a character, plus the other fields.
    expect(actionLimit as number).toBeGreaterThanOrEqual(3 * CSV_IMPORT_MAX_CHARS + 64 * 1024);
    expect(proxyLimit as number).toBeGreaterThan(actionLimit as number);
  });
});

describe("download file names", () => {
  it("appends the detected type's extension when the name does not carry it", () => {
    expect(documentFileName("notes.txt", "pdf")).toBe("notes.txt.pdf");
    expect(documentFileName("CR séance 06.05.2021", "pdf")).toBe("CR séance 06.05.2021.pdf");
    expect(documentFileName("ordre du jour", "docx")).toBe("ordre du jour.docx");
    expect(documentFileName("photo.png", "jpg")).toBe("photo.png.jpg");
  });

  it("keeps a name that already carries it, in any case, aliases included", () => {
    expect(documentFileName("Compte rendu.pdf", "pdf")).toBe("Compte rendu.pdf");
    expect(documentFileName("SCAN.PDF", "pdf")).toBe("SCAN.PDF");
    expect(documentFileName("photo.jpeg", "jpg")).toBe("photo.jpeg");
    expect(documentFileName("photo.JPG", "jpg")).toBe("photo.JPG");
  });

  it("makes a crafted name safe: no path, no control character, no NUL, never empty", () => {
    expect(documentFileName("../../etc/passwd", "pdf")).toBe("passwd.pdf");
    expect(documentFileName("C:\\Users\\agent\\CR.pdf", "pdf")).toBe("CR.pdf");
    expect(documentFileName("a\u0000b\r\nc.pdf", "pdf")).toBe("a_b c.pdf");
    expect(documentFileName("", "pdf")).toBe("document.pdf");
    expect(documentFileName("..", "pdf")).toBe("document.pdf");
    expect(documentFileName(".pdf", "pdf")).toBe("document.pdf");
    expect(documentFileName("notes.", "pdf")).toBe("notes.pdf");
  });

  it("always ends with an accepted extension, within 255 clean characters (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 600 }), fc.constantFrom("pdf", "docx", "xlsx", "odt", "png", "jpg"), (name, ext) => {
        const result = documentFileName(name, ext);
        expect(result.length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
        expect(isCleanText(result)).toBe(true);
        expect(result).not.toMatch(/[\u0000-\u001f\u007f/\\]/);
        const suffix = result.slice(result.lastIndexOf(".") + 1).toLowerCase();
        expect(ext === "jpg" ? ["jpg", "jpeg"] : [ext]).toContain(suffix);
        expect(documentFileName(result, ext)).toBe(result); // stable: a stored name is served as is
      }),
    );
  });
});
