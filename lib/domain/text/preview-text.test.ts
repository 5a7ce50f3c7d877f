import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PREVIEW_LIMIT, previewText } from "./preview-text";

describe("previewText", () => {
  it("keeps a short text whole", () => {
    expect(previewText("قال المرصد إن 12 شخصاً قتلوا")).toBe("قال المرصد إن 12 شخصاً قتلوا");
  });

  it("cuts a long Arabic text at a word, with an ellipsis", () => {
    const text = "قال المرصد السوري لحقوق الإنسان ".repeat(20);
    const preview = previewText(text);
    expect(preview.length).toBeLessThanOrEqual(PREVIEW_LIMIT);
    expect(preview.endsWith("…")).toBe(true);
    expect(text.startsWith(preview.slice(0, -1))).toBe(true);
    expect(text[preview.length - 1]).toBe(" ");
  });

  it("never exceeds the limit nor splits a character, for any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 600 }), fc.integer({ min: 10, max: 300 }), (text, limit) => {
        const preview = previewText(text, limit);
        expect(preview.length).toBeLessThanOrEqual(Math.max(limit, text.length <= limit ? text.length : 0));
        // No lone surrogate: the cut never falls inside a character.
        expect(preview).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
        if (preview !== text) expect(text.startsWith(preview.slice(0, -1))).toBe(true);
      }),
    );
  });
});
