import { describe, expect, it } from "vitest";
import { buildSearchQuery } from "./search-query";
import { highlightSnippet } from "./snippet";

describe("buildSearchQuery", () => {
  it.each([
    ["أومسين", "اومسين:*"],
    ["أُومْسِين", "اومسين:*"],
    ["اومسيــن", "اومسين:*"],
    ["  Negotiations FAILED ", "negotiations:* & failed:*"],
    ["قُتل ١٢ شخصاً", "قتل:* & 12:* & شخصا:*"],
  ])("%s → %s", (input, tsquery) => {
    expect(buildSearchQuery(input).tsquery).toBe(tsquery);
  });

  it("keeps tsquery syntax out of reach: operators and quotes are not terms", () => {
    expect(buildSearchQuery("a & b | !c <-> 'd':* (e)").tsquery).toBe("a:* & b:* & c:* & d:* & e:*");
    expect(buildSearchQuery("&|!()':*").tsquery).toBeNull();
    expect(buildSearchQuery("").terms).toEqual([]);
  });

  it("caps the number of terms", () => {
    expect(buildSearchQuery("a b c d e f g h i j k").terms).toHaveLength(8);
  });
});

describe("highlightSnippet", () => {
  it("highlights the original spelling, diacritics and all, found through the folded form", () => {
    const parts = highlightSnippet("واتهم عمر أُومْسِين الاستخبارات الفرنسية", buildSearchQuery("اومسين").terms);
    expect(parts.filter((part) => part.match).map((part) => part.text)).toEqual(["أُومْسِين"]);
    expect(parts.map((part) => part.text).join("")).toBe("واتهم عمر أُومْسِين الاستخبارات الفرنسية");
  });

  it("extends a prefix to the whole word and trims long text around the match", () => {
    const text = `${"x ".repeat(200)}the negotiations failed ${"y ".repeat(200)}`;
    const parts = highlightSnippet(text, buildSearchQuery("negotiat").terms, 20);
    expect(parts.find((part) => part.match)?.text).toBe("negotiations");
    expect(parts[0]!.text.startsWith("…")).toBe(true);
    expect(parts.at(-1)!.text.endsWith("…")).toBe(true);
  });

  it("returns the start of the text when nothing matches", () => {
    expect(highlightSnippet("short text", ["zzz"])).toEqual([{ text: "short text", match: false }]);
  });
});
