import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AA_NORMAL_TEXT, contrastRatio } from "@/lib/domain/ratings/verdict-text-color";
import { isReadableTagColor, normaliseTagColor, TAG_PALETTE, tagTextColor } from "./tag-color";

describe("tag colours", () => {
  it("are stored as lower-case #rrggbb, anything else refused", () => {
    expect(normaliseTagColor(" #B91C1C ")).toBe("#b91c1c");
    for (const bad of ["red", "#fff", "#12345g", "b91c1c", "#b91c1c00", "", "url(x)"])
      expect(normaliseTagColor(bad)).toBeNull();
    expect(isReadableTagColor("#12345g")).toBe(false);
  });

  it("of the palette carry white text at WCAG AA", () => {
    for (const color of TAG_PALETTE) {
      expect(tagTextColor(color)).toBe("#ffffff");
      expect(contrastRatio("#ffffff", color)).toBeGreaterThanOrEqual(AA_NORMAL_TEXT);
    }
  });

  it("chosen freely get the text colour that reaches AA on them", () => {
    expect(tagTextColor("#ffff00")).not.toBe("#ffffff");
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffff }), (value) => {
        const color = `#${value.toString(16).padStart(6, "0")}`;
        expect(isReadableTagColor(color)).toBe(true);
        expect(contrastRatio(tagTextColor(color), color)).toBeGreaterThanOrEqual(AA_NORMAL_TEXT);
      }),
    );
  });
});
