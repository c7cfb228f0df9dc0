// Free text (lib/validation/text.ts and safeText/optionalText): NUL and unpaired surrogates are
// refused with a field error, everything a keyboard can type is kept, trimmed.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  INVALID_CHARACTER_MESSAGE,
  findInvalidCharacter,
  isCleanText,
  optionalText,
  replaceInvalidCharacters,
  requiredText,
  safeText,
} from "@/lib/validation";

describe("findInvalidCharacter", () => {
  it("finds NUL and unpaired surrogates, and nothing else", () => {
    expect(findInvalidCharacter("Salle\u0000 Marzellier")).toBe(5);
    expect(findInvalidCharacter("abc\uD800")).toBe(3); // high half at the end
    expect(findInvalidCharacter("\uD800x")).toBe(0); // high half followed by a non-surrogate
    expect(findInvalidCharacter("x\uDC00")).toBe(1); // low half alone
    expect(findInvalidCharacter("\uDC00\uD800")).toBe(0); // halves in the wrong order
    expect(findInvalidCharacter("Réunion 😀 à 14h30\t\n")).toBe(-1);
    expect(findInvalidCharacter("")).toBe(-1);
  });

  it("agrees with UTF-8 round-tripping on any string (property)", () => {
    const encoder = new TextEncoder();
    const decoder = new TextDecoder();
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (value) => {
        const wellFormed = decoder.decode(encoder.encode(value)) === value;
        expect(isCleanText(value)).toBe(wellFormed && !value.includes("\u0000"));
      }),
      { numRuns: 2000 },
    );
  });

  it("replaceInvalidCharacters leaves clean text as is and always returns clean text (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (value) => {
        const cleaned = replaceInvalidCharacters(value);
        expect(isCleanText(cleaned)).toBe(true);
        expect(cleaned.length).toBe(value.length);
        if (isCleanText(value)) expect(cleaned).toBe(value);
      }),
    );
    expect(replaceInvalidCharacters("a\u0000b\uD800c")).toBe("a_b_c");
  });
});

describe("text schemas", () => {
  const fieldErrors = (schema: z.ZodType, value: unknown) => {
    const r = schema.safeParse(value);
    return r.success ? [] : r.error.issues.map((i) => i.message);
  };

  it("refuses a NUL or an unpaired surrogate with a French field error", () => {
    expect(fieldErrors(safeText(), "Salle\u0000")).toEqual([INVALID_CHARACTER_MESSAGE]);
    expect(fieldErrors(optionalText(200, "Salle"), "Salle \uD83D")).toEqual([INVALID_CHARACTER_MESSAGE]);
    expect(fieldErrors(requiredText(200, "Nom", "Saisissez le nom."), "\u0000")).toContain(INVALID_CHARACTER_MESSAGE);
  });

  it("trims, turns blank optional text into null, and measures the trimmed text", () => {
    expect(optionalText(5, "Salle").parse("  Salle  ")).toBe("Salle");
    expect(optionalText(5, "Salle").parse("   ")).toBeNull();
    expect(optionalText(5, "Salle").parse(null)).toBeNull();
    expect(optionalText(5, "Salle").parse(undefined)).toBeNull();
    expect(fieldErrors(optionalText(5, "Salle"), "Salles")).toEqual(["Salle : 5 caractères au maximum."]);
    expect(fieldErrors(requiredText(5, "Nom", "Saisissez le nom."), "  ")).toEqual(["Saisissez le nom."]);
  });

  it("parses its own output again to the same value (property)", () => {
    const schema = optionalText(50, "Commentaire");
    fc.assert(
      fc.property(fc.option(fc.string({ unit: "grapheme", maxLength: 40 })), (value) => {
        const first = schema.safeParse(value);
        if (!first.success) return;
        expect(schema.parse(first.data)).toBe(first.data);
      }),
    );
  });
});
