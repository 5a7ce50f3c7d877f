import { describe, expect, it } from "vitest";
import { locateQuote } from "./locate-quote";

describe("locateQuote", () => {
  const text = "قال المرصد إن 12 شخصاً قتلوا. وقال المرصد إن الحصيلة سترتفع.";

  it("finds a quote as written, NFC-normalised and trimmed", () => {
    expect(locateQuote(text, "  12 شخصاً قتلوا ")).toEqual({ found: true, start: 14, end: 28 });
    expect(locateQuote("café noir", "cafe\u0301")).toEqual({ found: true, start: 0, end: 4 });
  });

  it("refuses to guess between several occurrences unless told which one", () => {
    expect(locateQuote(text, "قال المرصد")).toEqual({ found: false, reason: "quoteAmbiguous", occurrences: 2 });
    const second = locateQuote(text, "قال المرصد", 2);
    expect(second.found && text.slice(second.start, second.end)).toBe("قال المرصد");
    expect(second.found && second.start).toBeGreaterThan(20);
    expect(locateQuote(text, "قال المرصد", 3)).toEqual({ found: false, reason: "quoteNotFound" });
  });

  it("says when the quote is not there, and stays bounded on a one-letter quote of a long text", () => {
    expect(locateQuote(text, "لم يقل")).toEqual({ found: false, reason: "quoteNotFound" });
    expect(locateQuote(text, "   ")).toEqual({ found: false, reason: "quoteNotFound" });
    expect(locateQuote("a".repeat(1_000_000), "a")).toEqual({
      found: false,
      reason: "quoteAmbiguous",
      occurrences: 1000,
    });
  });
});
