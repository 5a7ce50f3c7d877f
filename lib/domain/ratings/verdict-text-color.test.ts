import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_SCALE } from "./rating-scale";
import { AA_NORMAL_TEXT, contrastRatio, relativeLuminance, verdictTextColor } from "./verdict-text-color";

describe("verdictTextColor", () => {
  it("knows the WCAG luminance and contrast of known colours", () => {
    expect(relativeLuminance("#ffffff")).toBeCloseTo(1, 5);
    expect(relativeLuminance("#000")).toBe(0);
    expect(contrastRatio("#ffffff", "#000000")).toBeCloseTo(21, 5);
    // slate-500 on the quote background: below AA (why the report's context text is slate-600 now).
    expect(contrastRatio("#64748b", "#fef3c7")!).toBeLessThan(AA_NORMAL_TEXT);
    expect(contrastRatio("#475569", "#fef3c7")!).toBeGreaterThanOrEqual(AA_NORMAL_TEXT);
    expect(relativeLuminance("red")).toBeNull();
  });

  it("writes dark text on the default scale's light colours and white on its dark ones", () => {
    const chosen = Object.fromEntries(DEFAULT_SCALE.map((label) => [label.key, verdictTextColor(label.color)]));
    expect(chosen).toMatchObject({ TRUE: "#ffffff", FALSE: "#ffffff", MIXED: "#0f172a", MOSTLY_TRUE: "#0f172a" });
  });

  it("reaches AA on every colour a team can choose", () => {
    const hex = fc.integer({ min: 0, max: 0xffffff }).map((value) => `#${value.toString(16).padStart(6, "0")}`);
    fc.assert(
      fc.property(hex, (background) => {
        expect(contrastRatio(verdictTextColor(background), background)!).toBeGreaterThanOrEqual(AA_NORMAL_TEXT);
      }),
      { numRuns: 5000 },
    );
  });
});
