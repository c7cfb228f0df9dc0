/**
 * Marianne, the State's typeface, for the meeting documents. The files are the ones the DSFR
 * package ships (@codegouvfr/react-dsfr/dsfr/fonts, WOFF only): nothing is copied into the
 * repository (the font's licence restricts its use to State services, which the portal is)
 * and nothing is downloaded.
 * - PDF: @react-pdf/renderer reads WOFF itself (fontkit) and embeds a subset, which the font
 *   allows (its OS/2 fsType is 4, "preview & print" embedding: exactly what a PDF is).
 * - DOCX: named "Marianne", not embedded. The same fsType makes Word open a file that embeds
 *   it read-only and LibreOffice ignore the embedded copy, and the convocation is meant to be
 *   edited further. State workstations have Marianne installed; elsewhere the font table
 *   names Arial as the substitute (convocation-docx.ts).
 * When the files are missing (a trimmed install), the PDFs fall back to Helvetica rather
 * than fail.
 */
import { existsSync } from "node:fs";
import path from "node:path";

export const MARIANNE = "Marianne";

export type FaceName = "regular" | "bold" | "italic" | "boldItalic";

/** Word's substitute where Marianne is not installed: a sans-serif of the same role. */
export const MARIANNE_FALLBACK = "Arial";

const FILES: Record<FaceName, string> = {
  regular: "Marianne-Regular.woff",
  bold: "Marianne-Bold.woff",
  italic: "Marianne-Regular_Italic.woff",
  boldItalic: "Marianne-Bold_Italic.woff",
};

/**
 * The folder of the DSFR fonts. Resolved from the working directory (the project root for
 * `next start`, the scripts and the tests) rather than through the module resolver, which a
 * bundled route handler rewrites.
 */
function fontsDir(): string {
  return path.join(process.cwd(), "node_modules", "@codegouvfr", "react-dsfr", "dsfr", "fonts");
}

/** Paths of the four Marianne faces, or null when any is missing. */
export function marianneFiles(): Record<FaceName, string> | null {
  const dir = fontsDir();
  const files = Object.fromEntries(Object.entries(FILES).map(([face, file]) => [face, path.join(dir, file)])) as Record<FaceName, string>;
  return Object.values(files).every((file) => existsSync(file)) ? files : null;
}
