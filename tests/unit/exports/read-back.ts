/**
 * Reading generated documents back for the export tests: PDF text and metadata (pdf-parse 2.x:
 * `new PDFParse({ data })`, then `getText()` / `getInfo()`, then `destroy()`), DOCX text
 * (mammoth) and raw parts of the DOCX package (a minimal ZIP reader on node:zlib).
 */
import { inflateRawSync, inflateSync } from "node:zlib";
import mammoth from "mammoth";
import { PDFParse } from "pdf-parse";

/** Whitespace runs (line breaks, tabs, no-break spaces) as one space. */
export function normalize(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}

export async function readPdf(buffer: Buffer) {
  const parser = new PDFParse({ data: new Uint8Array(buffer) });
  try {
    const text = await parser.getText();
    const info = await parser.getInfo();
    return {
      text: normalize(text.text),
      pages: text.pages.map((p) => normalize(p.text)),
      total: text.total,
      info: (info.info ?? {}) as Record<string, unknown>,
    };
  } finally {
    await parser.destroy();
  }
}

export async function readDocx(buffer: Buffer) {
  const [raw, html] = await Promise.all([
    mammoth.extractRawText({ buffer }),
    mammoth.convertToHtml({ buffer }),
  ]);
  return { text: normalize(raw.value), html: html.value };
}

/** One file of a ZIP package (a DOCX part such as "word/styles.xml"), as text. */
export function zipEntry(zip: Buffer, name: string): string {
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd -= 1;
  if (eocd < 0) throw new Error("Not a ZIP file");
  const entries = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i += 1) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error("Bad central directory");
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const entryName = zip.toString("utf8", at + 46, at + 46 + nameLength);
    if (entryName === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString("utf8");
    }
    at += 46 + nameLength + extraLength + commentLength;
  }
  throw new Error(`No ${name} in the package`);
}

/** Names of the fonts a PDF embeds or references ("Marianne-Bold", "Helvetica"), subset tags removed. */
export function pdfFontNames(pdf: Buffer): string[] {
  const names = [...pdf.toString("latin1").matchAll(/\/BaseFont\s*\/(?:[A-Z]{6}\+)?([A-Za-z0-9-]+)/g)].map((m) => m[1] as string);
  return [...new Set(names)].sort();
}

/** The decompressed content streams that draw text (one per page, in page order). */
export function pdfPageStreams(pdf: Buffer): string[] {
  const out: string[] = [];
  for (const m of pdf.toString("latin1").matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(m[1] as string, "latin1")).toString("latin1");
    } catch (error) {
      // Not deflated (uncompressed font programs, images): skip only those, not a bug.
      if (typeof (error as { code?: unknown }).code === "string" && (error as { code: string }).code.startsWith("Z_")) continue;
      throw error;
    }
    if (/\bBT\b/.test(content)) out.push(content);
  }
  return out;
}
