import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { locateQuoteLoosely, locateSelectedQuote } from "./locate-quote-loosely";

const at = (text: string, location: ReturnType<typeof locateQuoteLoosely>) =>
  location.found ? text.slice(location.start, location.end) : location;

describe("locateQuoteLoosely", () => {
  it("finds a selection that spans a line break the browser turned into a space", () => {
    const text = "The ministry said 40 people died.\nOfficials denied it on Tuesday.";
    const location = locateQuoteLoosely(text, "40 people died. Officials denied it");
    expect(location).toEqual({ found: true, start: 18, end: 53 });
    expect(at(text, location)).toBe("40 people died.\nOfficials denied it");
  });

  it("finds a selection across paragraphs joined by blank lines, with a non-breaking space and a trailing newline", () => {
    const text = "First paragraph ends here.\nSecond\u00a0one starts here.";
    const location = locateQuoteLoosely(text, "  ends here.\n\n\nSecond one  starts\n");
    expect(at(text, location)).toBe("ends here.\nSecond\u00a0one starts");
  });

  it("finds Arabic text whose whitespace and invisible marks differ, keeping offsets in the original", () => {
    const text = "قال المرصد السوري إن خمسة أشخاص قتلوا.\n\nونفى المسؤولون ذلك.";
    const selection = "خمسة  أشخاص\u200f قتلوا. ونفى المسؤولون";
    const location = locateQuoteLoosely(text, selection);
    expect(at(text, location)).toBe("خمسة أشخاص قتلوا.\n\nونفى المسؤولون");
  });

  it("finds an Arabic quote given in decomposed form (NFD) after NFC", () => {
    const text = "أعلنت الوزارة وقف إطلاق النار.";
    const location = locateQuoteLoosely(text, "أعلنت الوزارة".normalize("NFD"));
    expect(at(text, location)).toBe("أعلنت الوزارة");
  });

  it("says a passage that is not in the text is not found, and a repeated one is ambiguous", () => {
    const text = "Five were killed. Five were killed.";
    expect(locateQuoteLoosely(text, "Six were  killed")).toEqual({ found: false, reason: "quoteNotFound" });
    expect(locateQuoteLoosely(text, "Five  were killed")).toEqual({
      found: false,
      reason: "quoteAmbiguous",
      occurrences: 2,
    });
    expect(locateQuoteLoosely(text, " \n\u200b ")).toEqual({ found: false, reason: "quoteNotFound" });
  });

  it("maps any whitespace variant of a passage back to exactly that passage", () => {
    const word = fc.stringMatching(/^[a-zء-ي]{1,6}$/);
    const space = fc.constantFrom(" ", "\n", "  ", "\n\n", "\t", "\u00a0");
    fc.assert(
      fc.property(fc.array(fc.tuple(word, space), { minLength: 2, maxLength: 12 }), space, (pairs, other) => {
        const text = `«${pairs.map(([w, s]) => w + s).join("")}»`;
        const selection = pairs.map(([w]) => w).join(other);
        const location = locateQuoteLoosely(text, selection);
        expect(location.found).toBe(true);
        if (!location.found) return;
        expect(location.start).toBe(1);
        expect(text.slice(location.start, location.end).replace(/\s+/g, " ")).toBe(selection.replace(/\s+/g, " "));
      }),
    );
  });

  it("finds a passage at the end of an article-sized text", () => {
    const text = `${"word\n".repeat(80_000)}needle \u00a0here`;
    expect(locateQuoteLoosely(text, "needle here")).toEqual({ found: true, start: 400_000, end: 400_012 });
  });
});

describe("locateSelectedQuote", () => {
  it("prefers the exact quote and falls back to the loose match", () => {
    const text = "A said: five died.\nB said: five  died.";
    expect(locateSelectedQuote(text, "B said: five  died.")).toEqual({ found: true, start: 19, end: 38 });
    expect(at(text, locateSelectedQuote(text, "died. B said"))).toBe("died.\nB said");
  });

  it("does not guess between repeated exact occurrences", () => {
    expect(locateSelectedQuote("five died; five died", "five died")).toMatchObject({ reason: "quoteAmbiguous" });
  });
});
