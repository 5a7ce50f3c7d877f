import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createAnchor } from "./anchoring";
import { cutsWordAt, isWholeWordSpan, keepsQuoteShape, quoteShape, spanShape, widenToWholeWords } from "./anchor-shape";

const text = "قالت المصادر إن الاشتباكات أسفرت عن قتلى.\n\nوأكد المرصد السوري مقتل ثلاثة عناصر.";
const at = (words: string) => text.indexOf(words);

describe("spanShape", () => {
  it("sees a cut inside an Arabic word, vowel signs and digits included", () => {
    expect(cutsWordAt(text, at("المصادر") + 2)).toBe(true);
    expect(cutsWordAt(text, at("المصادر"))).toBe(false);
    expect(cutsWordAt("كَتَبَ", 2)).toBe(true);
    expect(cutsWordAt("the 125 killed", 5)).toBe(true);
    expect(cutsWordAt("the 125 killed", 7)).toBe(false);
    expect(cutsWordAt("", 0)).toBe(false);
  });

  it("sees a span running over a paragraph break", () => {
    expect(spanShape(text, at("قتلى"), at("المرصد") + 6).crossesParagraph).toBe(true);
    expect(spanShape(text, at("المرصد"), at("عناصر")).crossesParagraph).toBe(false);
  });

  it("treats a letter outside the Basic Multilingual Plane as one character", () => {
    const math = "x 𝐀𝐁 y";
    expect(cutsWordAt(math, 2 + 2)).toBe(true);
    expect(cutsWordAt(math, 2)).toBe(false);
  });
});

describe("quoteShape and keepsQuoteShape", () => {
  it("reads from the anchor whether the fact-checker cut a word (a clitic left out)", () => {
    // "أكد" selected without its "و".
    const anchor = createAnchor(text, at("أكد"), at("أكد") + 3);
    expect(quoteShape(anchor)).toEqual({ cutsWordAtStart: true, cutsWordAtEnd: false, crossesParagraph: false });
    const whole = createAnchor(text, at("المرصد"), at("المرصد") + 6);
    expect(quoteShape(whole)).toEqual({ cutsWordAtStart: false, cutsWordAtEnd: false, crossesParagraph: false });
  });

  it("allows a cut where the quote had one, and refuses new cuts or paragraph breaks", () => {
    const clitic = createAnchor(text, at("أكد"), at("أكد") + 3);
    expect(keepsQuoteShape(text, at("أكد"), at("أكد") + 3, clitic)).toBe(true);
    const word = createAnchor("five were killed", 0, 4);
    expect(keepsQuoteShape("twenty-five were killed", 7, 11, word)).toBe(true);
    expect(keepsQuoteShape("fivefold were killed", 0, 4, word)).toBe(false);
    const sentence = createAnchor(text, at("وأكد"), text.length);
    expect(keepsQuoteShape(text, at("قتلى"), at("قتلى") + sentence.exact.length, sentence)).toBe(false);
  });

  it("holds for any span of the text it was cut from (property)", () => {
    fc.assert(
      fc.property(fc.nat(text.length - 1), fc.integer({ min: 1, max: 40 }), (start, length) => {
        const end = Math.min(text.length, start + length);
        return keepsQuoteShape(text, start, end, createAnchor(text, start, end));
      }),
    );
  });
});

describe("widenToWholeWords", () => {
  it("widens a match to the words it touches and trims spaces", () => {
    const from = at("المصادر") + 3;
    const span = widenToWholeWords(text, from, at("الاشتباكات") + 4)!;
    expect(text.slice(span.start, span.end)).toBe("المصادر إن الاشتباكات");
    expect(isWholeWordSpan(text, span.start, span.end)).toBe(true);
    const spaced = widenToWholeWords(text, at("إن") - 1, at("إن") + 3)!;
    expect(text.slice(spaced.start, spaced.end)).toBe("إن");
  });

  it("refuses a match over a paragraph break, or a word that never ends", () => {
    expect(widenToWholeWords(text, at("قتلى"), at("المرصد") + 2)).toBeNull();
    expect(widenToWholeWords("a".repeat(500), 100, 110)).toBeNull();
  });

  it("always returns whole words of one paragraph (property)", () => {
    fc.assert(
      fc.property(fc.nat(text.length - 1), fc.integer({ min: 1, max: 30 }), (start, length) => {
        const span = widenToWholeWords(text, start, Math.min(text.length, start + length));
        return span === null || isWholeWordSpan(text, span.start, span.end);
      }),
    );
  });
});
