/**
 * Characters no free text may carry. PostgreSQL refuses a NUL in a text column (the request
 * would end in a 500), and an unpaired UTF-16 surrogate has no UTF-8 encoding (the driver
 * would silently store U+FFFD instead of what was typed). Both only reach the server from a
 * crafted request or a broken copy-paste, never from a keyboard, so they are refused with a
 * field error rather than cleaned up. Other control characters are left to the fields' own
 * rules: they are storable and some (tab, line breaks) are legitimate in comments.
 */

export const INVALID_CHARACTER_MESSAGE = "Ce texte contient un caractère invalide.";

/** Index of the first NUL or unpaired surrogate at or after `from`, or -1. Never throws. */
export function findInvalidCharacter(value: string, from = 0): number {
  for (let i = from; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 0) return i;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1); // NaN past the end
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++; // a well-formed pair: skip its low half
        continue;
      }
      return i;
    }
    if (code >= 0xdc00 && code <= 0xdfff) return i; // a low half without its high half
  }
  return -1;
}

export function isCleanText(value: string): boolean {
  return findInvalidCharacter(value) === -1;
}

/** For text that must be stored even when damaged (an uploaded file's name): NULs and lone surrogates become "_". */
export function replaceInvalidCharacters(value: string): string {
  let out = "";
  let from = 0;
  // Linear however many bad characters: each search starts where the previous one stopped.
  for (let at = findInvalidCharacter(value, from); at !== -1; at = findInvalidCharacter(value, from)) {
    out += `${value.slice(from, at)}_`;
    from = at + 1;
  }
  return out + value.slice(from);
}
