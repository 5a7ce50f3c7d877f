import { describe, expect, it } from "vitest";
import { DEFAULT_SCALE, labelKeyFor, labelName, reviewRatingOf } from "./rating-scale";

describe("the default scale", () => {
  it("maps the five graded labels to 5…1 and leaves MISLEADING and UNPROVEN without a number", () => {
    expect(DEFAULT_SCALE.map((label) => [label.key, label.ratingValue])).toEqual([
      ["TRUE", 5],
      ["MOSTLY_TRUE", 4],
      ["MIXED", 3],
      ["MOSTLY_FALSE", 2],
      ["FALSE", 1],
      ["MISLEADING", null],
      ["UNPROVEN", null],
    ]);
  });

  it("gives ClaimReview an alternateName always, and best/worst with every number", () => {
    expect(reviewRatingOf({ name: "Mostly true", ratingValue: 4 })).toEqual({
      alternateName: "Mostly true",
      ratingValue: 4,
      bestRating: 5,
      worstRating: 1,
    });
    expect(reviewRatingOf({ name: "Misleading", ratingValue: null })).toEqual({ alternateName: "Misleading" });
  });
});

describe("labels", () => {
  it("are named in Arabic when the team gave an Arabic name", () => {
    expect(labelName({ name: "False", nameAr: "خاطئ" }, "ar")).toBe("خاطئ");
    expect(labelName({ name: "Satire", nameAr: null }, "ar")).toBe("Satire");
    expect(labelName({ name: "False", nameAr: "خاطئ" }, "en")).toBe("False");
  });

  it("get a unique key from their name", () => {
    expect(labelKeyFor("Needs context", new Set())).toBe("NEEDS_CONTEXT");
    expect(labelKeyFor("Needs context", new Set(["NEEDS_CONTEXT"]))).toBe("NEEDS_CONTEXT_2");
    expect(labelKeyFor("ساخر", new Set())).toBe("LABEL");
  });
});
