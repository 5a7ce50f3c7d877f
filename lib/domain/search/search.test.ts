import { describe, expect, it } from "vitest";
import { buildSearchQuery, expandWithAliases, mayNameEntities } from "./search-query";
import { highlightMatch, highlightSnippet } from "./snippet";

describe("buildSearchQuery", () => {
  it.each([
    ["أومسين", "اومسين:*"],
    ["أُومْسِين", "اومسين:*"],
    ["اومسيــن", "اومسين:*"],
    ["  Negotiations FAILED ", "negotiations:* & failed:*"],
    ["قُتل ١٢ شخصاً", "قتل:* & 12:* & شخصا:*"],
    // Stemmed like the stored words: attached و، ال، لل … go, short words and ب/ف/ل alone stay.
    ["تفاوض", "تفاوض:*"],
    ["والتفاوض", "تفاوض:*"],
    ["للتفاوض فلسطين", "تفاوض:* & فلسطين:*"],
    ["ولد بلد الله", "ولد:* & بلد:* & الله:*"],
    // Quotes: whole words next to each other, in that order.
    ['"التفاوض مع" باكير', "(تفاوض <-> مع) & باكير:*"],
    ["«عمر أومسين»", "(عمر <-> اومسين)"],
    ["“failed”", "failed"],
    ['negotiations "talks failed" "he refused', "(talks <-> failed) & (he <-> refused) & negotiations:*"],
    ['"" ""', null],
  ])("%s → %s", (input, tsquery) => {
    expect(buildSearchQuery(input).tsquery).toBe(tsquery);
  });

  it("keeps tsquery syntax out of reach: operators and quotes are not terms", () => {
    expect(buildSearchQuery("a & b | !c <-> 'd':* (e)").tsquery).toBe("a:* & b:* & c:* & d:* & e:*");
    expect(buildSearchQuery("&|!()':*").tsquery).toBeNull();
    expect(buildSearchQuery("").terms).toEqual([]);
  });

  it("caps the number of terms, phrases' words included", () => {
    expect(buildSearchQuery("a b c d e f g h i j k").terms).toHaveLength(8);
    expect(buildSearchQuery('"a b c d e f" g h i j').tsquery).toBe("(a <-> b <-> c <-> d <-> e <-> f) & g:* & h:*");
  });
});

describe("expandWithAliases", () => {
  it("adds each alias, stemmed, as a phrase of whole words, highlighted as one", () => {
    const query = buildSearchQuery("Omsen");
    expect(mayNameEntities(query)).toBe(true);
    const expanded = expandWithAliases({ ...query, tsquery: query.tsquery! }, [
      "omar omsen",
      "عمر اومسين",
      "اومسين",
      "المرصد السوري",
      "x",
    ]);
    expect(expanded.tsquery).toBe("(omsen:*) | (omar <-> omsen) | (عمر <-> اومسين) | اومسين | (مرصد <-> سوري)");
    expect(expanded.aliasPhrases).toEqual([["omar", "omsen"], ["عمر", "اومسين"], ["اومسين"], ["مرصد", "سوري"]]);
    // The query's own words are highlighted where they are; the aliases only where they are not.
    const text = "قال عمر أُومْسِين";
    expect(highlightMatch(text, query, expanded.aliasPhrases).filter((part) => part.match)).toEqual([
      { text: "عمر أُومْسِين", match: true },
    ]);
    expect(highlightMatch("Omsen said", query, expanded.aliasPhrases).filter((part) => part.match)).toEqual([
      { text: "Omsen", match: true },
    ]);
  });

  it("leaves a query without aliases as it is, and lets no one-letter query name entities", () => {
    const query = buildSearchQuery("التفاوض");
    expect(expandWithAliases({ ...query, tsquery: query.tsquery! }, [])).toEqual({
      tsquery: "تفاوض:*",
      aliasPhrases: [],
    });
    expect(mayNameEntities(buildSearchQuery("a b"))).toBe(false);
  });
});

describe("highlightSnippet", () => {
  it("highlights the original spelling, diacritics and all, found through the folded form", () => {
    const parts = highlightSnippet("واتهم عمر أُومْسِين الاستخبارات الفرنسية", buildSearchQuery("اومسين"));
    expect(parts.filter((part) => part.match).map((part) => part.text)).toEqual(["أُومْسِين"]);
    expect(parts.map((part) => part.text).join("")).toBe("واتهم عمر أُومْسِين الاستخبارات الفرنسية");
  });

  it("extends a prefix to the whole word and trims long text around the match", () => {
    const text = `${"x ".repeat(200)}the negotiations failed ${"y ".repeat(200)}`;
    const parts = highlightSnippet(text, buildSearchQuery("negotiat"), 20);
    expect(parts.find((part) => part.match)?.text).toBe("negotiations");
    expect(parts[0]!.text.startsWith("…")).toBe(true);
    expect(parts.at(-1)!.text.endsWith("…")).toBe(true);
  });

  it("highlights the whole word as written when the query found its stem", () => {
    const text = "مؤكداً أن القوات الأمنية سعت بدايةً للتفاوض مع زعيم المجموعة";
    for (const query of ["تفاوض", "التفاوض", '"التفاوض مع"']) {
      const marked = highlightSnippet(text, buildSearchQuery(query))
        .filter((part) => part.match)
        .map((part) => part.text);
      expect(marked.join(" "), query).toContain("للتفاوض");
    }
    const phrase = highlightSnippet(text, buildSearchQuery('"زعيم المجموعة"'));
    expect(phrase.filter((part) => part.match).map((part) => part.text)).toEqual(["زعيم المجموعة"]);
  });

  it("highlights a quoted phrase only where its whole words stand together, in order", () => {
    const text = "زعيمها في المجموعة، ثم المجموعة زعيم، ثم وزعيم المجموعة وحده";
    const marked = highlightSnippet(text, buildSearchQuery('"زعيم المجموعة"'))
      .filter((part) => part.match)
      .map((part) => part.text);
    // Not "زعيمها" (a longer word), not the pair in the other order: "وزعيم" (و attached) and the word after it.
    expect(marked).toEqual(["وزعيم المجموعة"]);
    const mixed = highlightSnippet(
      "negotiations failed; the negotiator failed",
      buildSearchQuery('"negotiator failed" negotiat'),
    )
      .filter((part) => part.match)
      .map((part) => part.text);
    expect(mixed).toEqual(["negotiations", "negotiator failed"]);
  });

  it("highlights words the term starts, not words it is found inside (as the database matches)", () => {
    const parts = highlightSnippet("جمع الوفد مع المجتمع", buildSearchQuery("مع الوفد"));
    expect(parts.filter((part) => part.match).map((part) => part.text)).toEqual(["الوفد", "مع"]);
  });

  it("returns the start of the text when nothing matches", () => {
    expect(highlightSnippet("short text", { prefixes: ["zzz"], phrases: [] })).toEqual([
      { text: "short text", match: false },
    ]);
  });
});
