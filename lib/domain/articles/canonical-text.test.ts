import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalizeArticleText, paragraphsOf, sha256Hex } from "./canonical-text";

describe("canonicalizeArticleText", () => {
  it("keeps paragraphs, one blank line apart, and drops empty lines and stray spaces", () => {
    expect(canonicalizeArticleText("  First line. \r\n\r\n\r\nSecond\t line\n")).toBe("First line.\n\nSecond line");
  });

  it("composes to NFC so the same Arabic text always hashes the same", () => {
    const decomposed = "إ".normalize("NFD");
    expect(decomposed.length).toBe(2);
    expect(canonicalizeArticleText(decomposed)).toBe("إ");
    expect(sha256Hex(canonicalizeArticleText(decomposed))).toBe(sha256Hex("إ"));
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        const once = canonicalizeArticleText(text);
        expect(canonicalizeArticleText(once)).toBe(once);
      }),
    );
  });

  it("splits canonical text back into its paragraphs", () => {
    expect(paragraphsOf("a\n\nb")).toEqual(["a", "b"]);
    expect(paragraphsOf("")).toEqual([]);
  });
});
