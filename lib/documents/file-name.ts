/**
 * The name a document is stored and downloaded under: the name the user's file had, made safe
 * (no path, no control character, no NUL or lone surrogate, at most 255 characters) and
 * carrying the extension of the type read from the content.
 *
 * When the name's extension does not match the content, the right one is APPENDED ("notes.txt"
 * holding a PDF → "notes.txt.pdf") rather than substituted ("notes.pdf"): what follows the last
 * dot is often not an extension at all in administrative file names ("CR séance 06.05.2021"
 * must not become "CR séance 06.05.pdf"), the whole name the user chose stays recognisable,
 * and the double extension shows that the file was not what its name said. The downloaded file
 * then opens with the application of its real type, never of the type its name claimed.
 */
import { replaceInvalidCharacters } from "@/lib/validation/text";

/** Extensions a name may already end with for each detected type (file-type's ext → aliases). */
const EXTENSION_ALIASES: Record<string, readonly string[]> = {
  jpg: ["jpg", "jpeg"],
};

export const MAX_FILE_NAME_LENGTH = 255;

export function documentFileName(originalName: string, ext: string): string {
  const extension = ext.toLowerCase();
  const base =
    // Bounded first: a crafted request may send a name of megabytes.
    replaceInvalidCharacters(originalName.slice(-4 * MAX_FILE_NAME_LENGTH))
      // Only the last path segment: browsers send a bare name, a crafted request may not.
      .split(/[/\\]/)
      .pop()
      // C0 controls and DEL (line breaks in a header, terminal escapes) have no place in a name.
      ?.replace(/[\u0000-\u001f\u007f]/g, " ")
      .replace(/\s+/g, " ")
      .trim()
      // Trailing dots are dropped by Windows anyway, and a name made only of dots ("..") is a path.
      .replace(/\.+$/, "") || "document";
  const current = /\.([^.]+)$/.exec(base)?.[1];
  const accepted = EXTENSION_ALIASES[extension] ?? [extension];
  // The name keeps its own spelling of a right extension ("Photo.JPEG"); a wrong one gets ours.
  const matches = current !== undefined && accepted.includes(current.toLowerCase());
  const stem = matches ? base.slice(0, -(current.length + 1)) : base;
  const suffix = matches ? `.${current}` : `.${extension}`;
  // Shorten the user's part, never the extension, and never between the halves of a surrogate pair.
  const room = MAX_FILE_NAME_LENGTH - suffix.length;
  let kept = "";
  for (const char of stem) {
    if (kept.length + char.length > room) break;
    kept += char;
  }
  return `${kept || "document"}${suffix}`;
}
