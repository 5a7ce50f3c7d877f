import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeForMatch, normalizeWithOffsets } from "./arabic-normalize";

describe("normalizeForMatch", () => {
  it("matches hamza forms, diacritics and tatweel alike", () => {
    const forms = ["أومسين", "اومسين", "أُومْسِين", "أومـــسين", "إومسين"];
    expect(new Set(forms.map(normalizeForMatch)).size).toBe(1);
  });

  it("unifies alef maqsura and taa marbuta, reads Arabic-Indic digits as digits", () => {
    expect(normalizeForMatch("مدرسة")).toBe(normalizeForMatch("مدرسه"));
    expect(normalizeForMatch("مستشفى")).toBe(normalizeForMatch("مستشفي"));
    expect(normalizeForMatch("٢٠٢٥")).toBe("2025");
    expect(normalizeForMatch("۱۲")).toBe("12");
  });

  it("folds Latin case and accents and collapses spaces", () => {
    expect(normalizeForMatch("  Forces  de SÉCURITÉ ")).toBe("forces de securite");
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(fc.string(), (text) => normalizeForMatch(normalizeForMatch(text)) === normalizeForMatch(text)),
    );
  });
});

describe("normalizeWithOffsets", () => {
  it("maps a match back to the original span", () => {
    const text = "قال عمر أُومْسِين إن";
    const { normalized, toOriginal } = normalizeWithOffsets(text);
    const at = normalized.indexOf("اومسين");
    expect(text.slice(toOriginal[at], toOriginal[at + "اومسين".length])).toBe("أُومْسِين");
  });

  it("agrees with normalizeForMatch and keeps offsets monotonic and in range", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("ا", "أ", "َ", "ـ", "ة", "٣", " ", "a", "É", "\n") }), (text) => {
        const { normalized, toOriginal } = normalizeWithOffsets(text);
        expect(normalized).toBe(normalizeForMatch(text));
        expect(toOriginal).toHaveLength(normalized.length + 1);
        for (let i = 1; i < toOriginal.length; i++) expect(toOriginal[i]!).toBeGreaterThanOrEqual(toOriginal[i - 1]!);
        expect(toOriginal.at(-1)).toBe(text.normalize("NFC").length);
      }),
    );
  });
});
