import fc from "fast-check";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { canonicalizeArticleText } from "@/lib/domain/articles/canonical-text";
import { isWholeWordSpan, keepsQuoteShape } from "./anchor-shape";
import { createAnchor, reanchor, reanchorAll } from "./anchoring";

const article = canonicalizeArticleText(
  readFileSync(path.join(import.meta.dirname, "../../../tests/fixtures/articles/002_494f5185cd61c60b.txt"), "utf8"),
);
const quote = "وردت معلومات عن سقوط عدد من القتلى والجرحى";
const start = article.indexOf(quote);

describe("createAnchor", () => {
  it("cuts the quote and up to 32 characters of context from the text", () => {
    const anchor = createAnchor(article, start, start + quote.length);
    expect(anchor.exact).toBe(quote);
    expect(anchor.prefix).toBe(article.slice(start - 32, start));
    expect(anchor.suffix).toBe(article.slice(start + quote.length, start + quote.length + 32));
  });

  it("refuses spans outside the text or empty ones", () => {
    expect(() => createAnchor(article, 5, 5)).toThrow(RangeError);
    expect(() => createAnchor(article, -1, 3)).toThrow(RangeError);
    expect(() => createAnchor(article, 0, article.length + 1)).toThrow(RangeError);
  });
});

describe("reanchor", () => {
  const anchor = createAnchor(article, start, start + quote.length);

  it("keeps a claim in place when the text around it is unchanged", () => {
    expect(reanchor(article, anchor)).toEqual({ status: "ANCHORED", start: anchor.start, end: anchor.end });
  });

  it("moves a claim when text is inserted before it", () => {
    const edited = `تحديث: أضيفت فقرة في أعلى المقال.\n\n${article}`;
    const result = reanchor(edited, anchor);
    expect(result.status).toBe("MOVED");
    if (result.status !== "ORPHANED") expect(edited.slice(result.start, result.end)).toBe(quote);
  });

  it("picks the occurrence whose context matches when the quote appears twice", () => {
    const repeated = `${quote}.\n\n${article}`;
    const result = reanchor(repeated, anchor);
    expect(result).toMatchObject({ status: "MOVED", start: start + quote.length + 3 });
  });

  it("finds a lightly reworded quote as needing a look", () => {
    const edited = article.replace(quote, "وردت معلومات عن سقوط عدد من القتلى و الجرحى");
    const result = reanchor(edited, anchor);
    expect(result.status).toBe("FUZZY");
    if (result.status === "FUZZY") {
      expect(edited.slice(result.start, result.end)).toContain("القتلى و الجرحى");
      expect(isWholeWordSpan(edited, result.start, result.end)).toBe(true);
    }
  });

  it("does not keep a quote in place once the same letters sit inside a longer word", () => {
    const before = "They said five were killed.";
    const anchor = createAnchor(before, 10, 14);
    const after = "They said fivefold were killed.";
    const result = reanchor(after, anchor);
    expect(result.status).toBe("FUZZY");
    if (result.status === "FUZZY") expect(after.slice(result.start, result.end)).toBe("fivefold");
  });

  it("skips an occurrence of the quote that cuts a word the fact-checker did not cut", () => {
    const before = "Officials said ten people died.\n\nLater, ten people were found.";
    const anchor = createAnchor(before, 15, 25);
    const after = "Officials said often people die.\n\nLater, ten people were found.";
    expect(reanchor(after, anchor)).toMatchObject({ status: "MOVED", start: after.lastIndexOf("ten people") });
  });

  it("keeps a cut the fact-checker made (a word selected without its Arabic conjunction)", () => {
    const before = "قال البيان ذلك.\n\nوأكد المرصد مقتل ثلاثة.";
    const start = before.indexOf("أكد المرصد");
    const anchor = createAnchor(before, start, start + "أكد المرصد".length);
    const after = `تحديث.\n\n${before}`;
    expect(reanchor(after, anchor)).toMatchObject({ status: "MOVED", start: after.indexOf("أكد المرصد") });
  });

  it("orphans a quote rather than match it across a paragraph break", () => {
    const before = "The army said five people were killed in the attack on Monday.\n\nOfficials denied it.";
    const start = before.indexOf("five");
    const anchor = createAnchor(before, start, before.indexOf(" on Monday"));
    const after = "The army said five people were\n\nkilled in the attack on Monday. Officials denied it.";
    expect(reanchor(after, anchor).status).toBe("ORPHANED");
  });

  it("never lands on half a word or over a paragraph break the quote did not have, whatever the edit (property)", () => {
    const edit = fc.record({
      at: fc.nat(article.length),
      remove: fc.integer({ min: 0, max: 30 }),
      insert: fc.string({ unit: fc.constantFrom("ا", "ب", "ت", " ", "\n\n", "x", "1", "،"), maxLength: 20 }),
    });
    const spans = fc
      .tuple(fc.integer({ min: 0, max: article.length - 2 }), fc.integer({ min: 8, max: 80 }))
      .map(([from, length]) => [from, Math.min(article.length, from + length)] as const)
      .filter(([from, to]) => article.slice(from, to).trim().length >= 8);
    fc.assert(
      fc.property(spans, fc.array(edit, { minLength: 1, maxLength: 4 }), ([from, to], edits) => {
        const anchor = createAnchor(article, from, to);
        let text = article;
        for (const { at, remove, insert } of edits) {
          const position = Math.min(at, text.length);
          text = text.slice(0, position) + insert + text.slice(position + remove);
        }
        const result = reanchor(text, anchor);
        if (result.status === "ORPHANED") return;
        if (result.status === "FUZZY") expect(isWholeWordSpan(text, result.start, result.end)).toBe(true);
        else {
          expect(text.slice(result.start, result.end)).toBe(anchor.exact);
          expect(keepsQuoteShape(text, result.start, result.end, anchor)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("orphans a claim whose quote was removed", () => {
    expect(reanchor(article.replace(quote, "أفاد مصدر آخر بشيء مختلف تماماً هنا"), anchor)).toEqual({
      status: "ORPHANED",
    });
  });

  it("re-anchors to the same text after random edits that leave the span alone", () => {
    const spans = fc
      .tuple(fc.integer({ min: 0, max: article.length - 2 }), fc.integer({ min: 8, max: 120 }))
      .map(([from, length]) => [from, Math.min(article.length, from + length)] as const)
      // Not touching either end of the text: there an edit "clear of the span" would still glue onto its edge.
      .filter(([from, to]) => from > 0 && to < article.length && article.slice(from, to).trim().length >= 8);
    const edit = fc.record({
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      remove: fc.integer({ min: 0, max: 40 }),
      insert: fc.string({ unit: fc.constantFrom("ا", "ب", "ت", " ", "\n", "x", "1", "،"), maxLength: 60 }),
    });
    fc.assert(
      fc.property(spans, fc.array(edit, { minLength: 1, maxLength: 5 }), ([from, to], edits) => {
        const claim = createAnchor(article, from, to);
        let text = article;
        let claimStart = from;
        for (const { at, remove, insert } of edits) {
          // Edits stay clear of the span and its edges: before it or after it.
          const before = at < 0.5;
          const position = before
            ? Math.floor(at * 2 * Math.max(0, claimStart - 1))
            : claimStart +
              claim.exact.length +
              1 +
              Math.floor((at - 0.5) * 2 * (text.length - claimStart - claim.exact.length - 1));
          const limit = before ? Math.max(0, claimStart - 1 - position) : text.length - position;
          const removed = Math.min(remove, limit);
          text = text.slice(0, position) + insert + text.slice(position + removed);
          if (before) claimStart += insert.length - removed;
        }
        const result = reanchor(text, claim);
        expect(["ANCHORED", "MOVED"]).toContain(result.status);
        if (result.status !== "ORPHANED") expect(text.slice(result.start, result.end)).toBe(claim.exact);
      }),
      { numRuns: 300 },
    );
  });
});

describe("reanchorAll", () => {
  it("re-anchors many claims in one pass", () => {
    const anchors = [0, 100, 200].map((at) => createAnchor(article, at, at + 20));
    expect(reanchorAll(article, anchors).map((result) => result.status)).toEqual(["ANCHORED", "ANCHORED", "ANCHORED"]);
  });
});
