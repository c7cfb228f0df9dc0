/**
 * Numbers typed or pasted the French way into the entry grid: "1 234,5", "9 903" (spaces,
 * no-break or narrow no-break spaces as thousands separators), "8,98 %", "77,1%", "−3".
 * Pasted from a spreadsheet in another locale, "1,234.5" and "8.98" are understood too:
 * when both separators appear the last one is the decimal mark; a lone dot is a decimal mark
 * unless it groups digits by three more than once ("1.234.567").
 *
 * A percentage keeps its figure (8,98 % → 8.98, as the domain stores percentages).
 * Empty text is "no figure" (null), not zero. Pure: used by the grid and its tests.
 */
export type FrenchNumberResult =
  | { ok: true; value: number | null; percent: boolean }
  | { ok: false; message: string };

const SPACES = /[\s\u00a0\u202f\u2009']/g;

export function parseFrenchNumber(text: string): FrenchNumberResult {
  let s = text.trim();
  if (s === "") return { ok: true, value: null, percent: false };
  let percent = false;
  if (s.endsWith("%")) {
    percent = true;
    s = s.slice(0, -1).trim();
  }
  s = s.replace(/^[\u2212\u2013]/, "-").replace(SPACES, "");
  const lastComma = s.lastIndexOf(",");
  const lastDot = s.lastIndexOf(".");
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? "," : ".";
    const grouping = decimal === "," ? "." : ",";
    s = s.split(grouping).join("");
    if (s.split(decimal).length > 2) return invalid(text);
    s = s.replace(decimal, ".");
  } else if (lastComma >= 0) {
    if (s.split(",").length > 2) return invalid(text);
    s = s.replace(",", ".");
  } else if (lastDot >= 0 && s.split(".").length > 2) {
    if (!/^-?\d{1,3}(\.\d{3})+$/.test(s)) return invalid(text);
    s = s.split(".").join("");
  }
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(s)) return invalid(text);
  const value = Number(s);
  if (!Number.isFinite(value)) return invalid(text);
  return { ok: true, value: Object.is(value, -0) ? 0 : value, percent };
}

function invalid(text: string): FrenchNumberResult {
  return { ok: false, message: `« ${text.trim()} » n'est pas un nombre (exemples : 1 234,5 ou 8,98 %).` };
}

/**
 * A block copied from Excel or LibreOffice: rows separated by newlines, cells by tabs. The
 * trailing newline spreadsheets add is dropped; cells are returned as typed (parse each).
 */
export function parsePastedBlock(text: string): string[][] {
  const rows = text.replace(/\r\n?/g, "\n").split("\n");
  if (rows.length > 1 && rows[rows.length - 1] === "") rows.pop();
  return rows.map((row) => row.split("\t"));
}
